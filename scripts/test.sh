#!/usr/bin/env bash
# Install the package with its test extras (and Debian's Chromium for the browser tests), then run
# every test.  Corpus tests read ../shared when it is there and skip otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test,dist]'
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    # fonts-wqy-microhei: a CJK font, so that screenshots show Chinese rather than boxes
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null) \
        || echo "warning: could not install chromium; browser tests will skip" >&2
fi
python3 -m pytest -q -p no:cacheprovider "$@"
