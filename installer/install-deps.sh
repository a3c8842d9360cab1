#!/usr/bin/env bash
# Installs every package CommunityCheck needs to build, test and run, from Debian's
# (or Ubuntu's) own archives. Debian 12 gets Catch2 v3 from bookworm-backports.
# Safe to run again: apt skips what is already there.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive

. /etc/os-release
packages=(
    # build
    cmake ninja-build ccache pkg-config g++ clang-format
    # Qt 6 (libqt6opengl6-dev: Qt6Charts needs it; libqt6sql6-sqlite: the QSQLITE plugin;
    # qt6-svg-dev: the dashboard exports its charts as SVG)
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qt6-translations-l10n qt6-pdf-dev qt6-svg-dev
    libsqlite3-dev
    # the county server: Qt's PostgreSQL driver and libpq (the app), and PostgreSQL itself (the
    # tests start a throw-away cluster of their own)
    libqt6sql6-psql libpq-dev postgresql
    libxlsxwriter-dev
    # XLSX reading (buildings, and the spreadsheet importers): liborcus with its cell model (ixion,
    # whose headers need Boost's)
    liborcus-dev libixion-dev libboost-dev
    zlib1g-dev
    # photos: EXIF capture time and GPS
    libexiv2-dev
    # reports: the CJK font is a hard dependency of the report layout
    fonts-noto-cjk fonts-dejavu-core
    # packaging: man pages from --help (help2man), icons from the SVG (rsvg-convert), and the
    # package's checks (lintian, hardening-check from devscripts)
    dpkg-dev fakeroot file help2man librsvg2-bin lintian devscripts
    # fuzzing the file readers (the fuzz preset: clang with libFuzzer, ASan, UBSan)
    clang libfuzzer-14-dev
    # looking at the app and its PDFs as a user would
    xvfb xauth poppler-utils imagemagick
    # a test takes a workbook apart and puts it together again
    zip unzip
    # what the app writes, opened as a county office opens it: tests convert its XLSX and ODT files
    # (and sets edited in a spreadsheet) headless with LibreOffice and compare the values
    libreoffice-calc-nogui libreoffice-writer-nogui
)

catch2_from_backports=no
if [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; then
    catch2_from_backports=yes
    if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        # Reuse the mirror the machine already uses; no host is hard-coded here.
        uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
        [ -n "$uri" ] || uri=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
        [ -n "$uri" ] || { echo "error: no Debian mirror found in /etc/apt to add bookworm-backports" >&2; exit 1; }
        cat > /etc/apt/sources.list.d/bookworm-backports.sources <<EOT
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOT
    fi
else
    # Ubuntu 24.04 and Debian 13 ship Catch2 v3 in the main archive.
    packages+=(catch2)
fi

apt-get update -q
apt-get install -y -q --no-install-recommends "${packages[@]}"
if [ "$catch2_from_backports" = yes ]; then
    apt-get install -y -q --no-install-recommends -t bookworm-backports libcatch2-dev
fi
echo "CommunityCheck build dependencies are installed."
