#!/usr/bin/env bash
# Install the package with its test extras (and Debian's Chromium for the browser tests), then run
# every test.  Corpus tests read ../shared when it is there and skip otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
# torch 2.13.0 is the CPU build this machine keeps on disk; asking for it by version stops pip from
# fetching a multi-GB CUDA build for the training extra (used by one test: the training script on a slice)
python3 -m pip install --quiet --disable-pip-version-check 'torch==2.13.0' \
    || echo "warning: could not install torch; the training-script test will skip" >&2
python3 -m pip install --quiet --disable-pip-version-check -e '.[test,dist,train]'
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    # fonts-wqy-microhei: a CJK font, so that screenshots show Chinese rather than boxes
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null) \
        || echo "warning: could not install chromium; browser tests will skip" >&2
fi
python3 -m pytest -q -p no:cacheprovider "$@"
