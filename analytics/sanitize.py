"""Text from files made safe: one clean form for storing, one safe form for the terminal.

`clean_text()` is applied to every text cell an import reads. It makes one spelling of what looks
the same to a reader, so the duplicate check and the OPD lookup are not fooled by invisible
differences: Unicode NFKC (full-width letters, ligatures and compatibility forms become the plain
ones), no bidirectional controls (a right-to-left override can make a name read differently from
what is stored), no zero-width characters, and no control characters other than tab and newline
(an escape sequence in a cell would otherwise reach a terminal).

`terminal_text()` is what the command line prints: the same controls removed, also from text
stored before imports were cleaned and from the reference files.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional formatting controls: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), the isolates
# LRI, RLI, FSI, PDI (U+2066–U+2069), the marks LRM, RLM (U+200E, U+200F) and ALM (U+061C).
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# Zero-width space, non-joiner, joiner (U+200B–U+200D), word joiner (U+2060), BOM / ZWNBSP (U+FEFF).
ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff"
# C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F; U+009B is a CSI).
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"

_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}{CONTROLS}]")
_ASCII_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n?")


def clean_text(text: str) -> str:
    """NFKC, without bidi controls, zero-width characters and controls other than tab and newline.

    A carriage return ends a line (Windows line ends inside a cell become newlines).
    """
    if text.isascii():  # the common case: nothing to normalise, at most ASCII controls to drop
        if text.isprintable():  # no control character at all (one C-level pass)
            return text
        return _ASCII_CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text)))


def terminal_text(text: str) -> str:
    """`text` without anything a terminal would act on or reorder (escape sequences, bidi controls)."""
    if text.isascii() and text.isprintable():
        return text
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
