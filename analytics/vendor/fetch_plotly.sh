#!/bin/sh
# Fetch the plotly.js cartesian bundle that the offline snapshot inlines (analytics/snapshot.py)
# from the npm registry. For the version recorded in PLOTLY_VERSION the file must match the
# recorded sha256; for another version, the new checksum is printed to record there.
# Usage: sh analytics/vendor/fetch_plotly.sh [VERSION]   (needs npm; run from any folder)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
recorded=$(sed -n 's/^version=//p' "$here/PLOTLY_VERSION")
version=${1:-$recorded}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "plotly.js-cartesian-dist-min@$version" >/dev/null && tar xzf ./*.tgz)
actual=$(sha256sum "$work/package/plotly-cartesian.min.js" | cut -d' ' -f1)
if [ "$version" = "$recorded" ]; then
    expected=$(sed -n 's/^sha256=//p' "$here/PLOTLY_VERSION")
    [ "$actual" = "$expected" ] || { echo "checksum differs: $actual (expected $expected)" >&2; exit 1; }
fi
cp "$work/package/plotly-cartesian.min.js" "$here/plotly-cartesian.min.js"
cp "$work/package/LICENSE" "$here/LICENSE-plotly.js.txt"
echo "plotly.js-cartesian-dist-min $version: sha256=$actual"
