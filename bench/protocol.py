"""A viewer without a browser: one Streamlit session driven over the server's own WebSocket protocol.

What the Streamlit frontend does, reduced to what a rerun costs the server:

1. open `/_stcore/stream` (subprotocol "streamlit", an Origin of the server itself);
2. send a `BackMsg` with `rerun_script` (a `ClientState`: the page's URL path as `page_name` on the
   first run, then the `page_script_hash` the server named in `new_session`; the query string the
   server last set; the widget states; the hashes of the large messages already received, so the
   server sends references to them instead, as it does for a browser);
3. read `ForwardMsg`s until `script_finished`, noting the widgets (their ids and current values) and
   any exception element, which the frontend would show as an error.

A rerun after a widget change sends the widget's new value in `widget_states`, under the widget id
the server gave it, with the value field that widget uses (the selectbox: the option's label in
`string_value`). The time of a rerun runs from sending the BackMsg to receiving `script_finished`:
the script's run plus sending every delta of it, without the browser's drawing (bench/browser.py
measures that).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# Chart specs of a large page run to a few MB; websockets' default limit is 1 MiB.
MAX_MESSAGE = 256 * 1024 * 1024
FINISHED = {
    ForwardMsg.FINISHED_SUCCESSFULLY: "ok",
    ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY: "ok",
    ForwardMsg.FINISHED_WITH_COMPILE_ERROR: "compile error",
    ForwardMsg.FINISHED_EARLY_FOR_RERUN: "stopped for a newer rerun",
}


class ProtocolError(Exception):
    """The server did not answer as a browser would expect (no session, a script error, a time-out)."""


@dataclass
class Widget:
    id: str
    kind: str  # the element's proto field ("selectbox", "text_input", ...)
    label: str
    options: list[str]
    value: str | None  # the option label or text now shown, when the element carries it


@dataclass
class Run:
    """What one script run sent."""

    seconds: float
    status: str
    messages: int = 0
    bytes: int = 0
    references: int = 0  # large messages the client already had, sent as a hash
    exceptions: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # headings and markdown, as a viewer reads them


class Session:
    """One viewer's session; use `async with Session(url, page) as s:` then `await s.rerun(...)`."""

    def __init__(self, url: str, page: str = "", *, timeout: float = 120.0) -> None:
        parts = urlsplit(url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.stream_url = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
        self.page = page.strip("/")
        self.timeout = timeout
        self.ws = None
        self.page_script_hash = ""
        self.title = ""  # the page's name in the app's navigation
        self.query_string = ""
        self.widgets: dict[str, Widget] = {}
        self.first: Run | None = None
        self._chosen: dict[str, str] = {}  # widget id -> the value this viewer chose
        self._hashes: dict[str, int] = {}  # cacheable message hash -> run in which it was last seen
        self._runs = 0
        self._max_age = 2  # the server's max_cached_message_age, told in new_session

    async def __aenter__(self) -> Session:
        self.ws = await websockets.connect(
            self.stream_url,
            subprotocols=["streamlit"],
            origin=self.origin,
            max_size=MAX_MESSAGE,
            open_timeout=self.timeout,
        )
        self.first = await self._run(self._rerun_message(first=True))
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.ws is not None:
            await self.ws.close()

    def widget(self, key: str) -> Widget:
        """The widget with user key `key` (Streamlit puts the key at the end of the widget id)."""
        for widget in self.widgets.values():
            if widget.id.endswith(f"-{key}"):
                return widget
        raise ProtocolError(f"no widget with key {key!r} on page {self.page or '(default)'}")

    async def rerun(self, key: str, value: str) -> Run:
        """Set the selectbox (or text input) with user key `key` to `value` and rerun the page."""
        widget = self.widget(key)
        self._chosen[widget.id] = value
        widget.value = value
        return await self._run(self._rerun_message())

    def _rerun_message(self, *, first: bool = False) -> BackMsg:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query_string
        if first:
            state.page_name = self.page
        else:
            state.page_script_hash = self.page_script_hash
        # like the frontend, every value the viewer has chosen so far, not only the last one
        for widget_id, value in self._chosen.items():
            state.widget_states.widgets.add(id=widget_id, string_value=value)
        state.cached_message_hashes.extend(
            h for h, seen in self._hashes.items() if self._runs - seen < self._max_age
        )
        info = state.context_info
        info.timezone = "Asia/Jakarta"
        info.timezone_offset = -420
        info.locale = "id-ID"
        info.url = f"{self.origin}/{self.page}"
        return msg

    async def _run(self, msg: BackMsg) -> Run:
        started = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        run = Run(seconds=0.0, status="")
        self._runs += 1
        try:
            async with asyncio.timeout(self.timeout):
                while True:
                    raw = await self.ws.recv()
                    run.messages += 1
                    run.bytes += len(raw)
                    fwd = ForwardMsg()
                    fwd.ParseFromString(raw)
                    if self._read(fwd, run):
                        break
        except TimeoutError as exc:
            raise ProtocolError(f"no script_finished within {self.timeout:.0f} s") from exc
        run.seconds = time.perf_counter() - started
        return run

    def _read(self, fwd: ForwardMsg, run: Run) -> bool:
        """Note what a message says; True when it ends the run."""
        kind = fwd.WhichOneof("type")
        if fwd.metadata.cacheable and fwd.hash:
            self._hashes[fwd.hash] = self._runs
        if kind == "ref_hash":
            run.references += 1
            self._hashes[fwd.ref_hash] = self._runs
        elif kind == "new_session":
            self.page_script_hash = fwd.new_session.page_script_hash
            self._max_age = fwd.new_session.config.max_cached_message_age or self._max_age
        elif kind == "navigation":
            if fwd.navigation.page_script_hash:
                self.page_script_hash = fwd.navigation.page_script_hash
            for app_page in fwd.navigation.app_pages:
                if app_page.page_script_hash == self.page_script_hash:
                    self.title = app_page.page_name
        elif kind == "page_info_changed":
            self.query_string = fwd.page_info_changed.query_string
        elif kind == "page_not_found":
            run.exceptions.append(f"page not found: {self.page}")
        elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
            self._element(fwd.delta.new_element, run)
        elif kind == "script_finished":
            run.status = FINISHED.get(fwd.script_finished, str(fwd.script_finished))
            return fwd.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
        return False

    def _element(self, element, run: Run) -> None:
        kind = element.WhichOneof("type")
        if kind == "exception":
            run.exceptions.append(f"{element.exception.type}: {element.exception.message}")
            return
        if kind in ("heading", "markdown"):
            run.texts.append(getattr(element, kind).body)
            return
        proto = getattr(element, kind, None)
        widget_id = getattr(proto, "id", "")
        if not widget_id.startswith("$$ID"):  # only widgets carry a generated id
            return
        options = [str(o) for o in getattr(proto, "options", [])]
        value = None
        if kind == "selectbox" and proto.HasField("raw_value"):
            value = proto.raw_value
        elif kind == "selectbox" and proto.HasField("default") and options:
            value = options[proto.default]
        value = self._chosen.get(widget_id, value)  # the server repeats the default, not the choice
        self.widgets[widget_id] = Widget(widget_id, kind, getattr(proto, "label", ""), options, value)
