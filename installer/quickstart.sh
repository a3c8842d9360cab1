#!/usr/bin/env bash
# One command from a fresh Debian 12 / Ubuntu 24.04 machine to the app open on a demo database:
# installs the packages (apt, asks for sudo), builds, fills build/demo.sqlite with sample data and
# starts the GUI on it. Run again at will: every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
cmake --preset default
cmake --build --preset default
build/app/communitycheck-cli --db build/demo.sqlite init --demo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/communitycheck --db build/demo.sqlite
else
    echo "No display found: start the app later with  build/app/communitycheck --db build/demo.sqlite"
fi
