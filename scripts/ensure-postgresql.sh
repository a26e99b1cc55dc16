#!/usr/bin/env bash
# Makes sure Debian's PostgreSQL server binaries are installed for the centre's tests, which start a
# throwaway cluster of their own in a temporary directory (never the system cluster). Only Debian's
# package, through apt (as root, or with sudo).
set -euo pipefail
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ -x "$BIN/initdb" ] && [ -x "$BIN/pg_ctl" ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "PostgreSQL is missing and this user cannot install it: run 'apt-get install postgresql' as root, or set PG_BIN." >&2
  exit 1
fi
echo "Installing Debian's postgresql for the centre's tests…"
if ! ls /var/lib/apt/lists/ 2>/dev/null | grep -q '_Packages'; then $SUDO apt-get update -qq; fi
$SUDO apt-get install -y -qq postgresql >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql >/dev/null; }
