#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium (Playwright drives the
# system browser; downloading one is impossible here), espeak-ng and sox (speech for e2e tests), and
# redis-server (the rate-limit test starts its own on loopback: two server processes share one limit),
# and poppler-utils (pdftotext reads the debrief's printed PDF back).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v sox >/dev/null 2>&1 || missing+=(sox)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
