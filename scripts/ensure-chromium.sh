#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the demo's end-to-end tests. Never downloads a
# browser of its own: only Debian's package, through apt (as root, or with sudo).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Chromium is missing and this user cannot install it: run 'apt-get install chromium' as root, or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium for the end-to-end tests…"
if ! ls /var/lib/apt/lists/ 2>/dev/null | grep -q '_Packages'; then $SUDO apt-get update -qq; fi
$SUDO apt-get install -y -qq chromium >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; }
