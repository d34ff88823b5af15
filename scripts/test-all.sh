#!/usr/bin/env bash
# Everything the project checks, in order of speed: static checks, unit tests, production build, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export TMPDIR="${TMPDIR:-$PWD/.tmp}"
mkdir -p "$TMPDIR" test-results/screens

bash scripts/ensure-system-deps.sh
echo "== lint, format, types"
npm run -s lint
npm run -s format:check
npm run -s typecheck
echo "== generated test models"
for variant in micro tiny-en ner sentiment moonshine-micro multi-micro; do
  case $variant in
    micro) id=whisper-micro ;;
    multi-micro) id=whisper-multi-micro ;;
    moonshine-micro) id=moonshine-micro ;;
    tiny-en) id=whisper-tiny.en-random ;;
    ner) id=bert-ner-micro ;;
    sentiment) id=distilbert-sst2-micro ;;
  esac
  dir="public/models/copilot-test/$id"
  if [ ! -f "$dir/copilot-manifest.json" ] || ! grep -q copilot-generator-v3 "$dir/config.json"; then
    npm run -s models:generate -- "$variant"
  fi
done
echo "== unit and integration tests (vitest)"
npm run -s test:unit
echo "== production build"
# A canary key in the build environment: the e2e run checks no client file contains it.
# The same for the ATS connectors' credentials (playwright.config.ts: ATS_BUILD_CANARIES).
COPILOT_LLM_API_KEY=sk-build-canary-7d1e55 \
  COPILOT_GREENHOUSE_CLIENT_ID=gh-client COPILOT_GREENHOUSE_USER_ID=1 \
  COPILOT_GREENHOUSE_CLIENT_SECRET=gh-build-canary-3c9e1f \
  COPILOT_LEVER_API_KEY=lever-build-canary-4d0f2a \
  COPILOT_ASHBY_API_KEY=ashby-build-canary-5e1a3b \
  COPILOT_WEBHOOK_URL=https://hooks.example.org/copilot \
  COPILOT_WEBHOOK_SECRET=whsec_YnVpbGQtY2FuYXJ5LXdlYmhvb2stNmYyYjRj \
  npm run -s build
echo "== end-to-end tests (Playwright, Debian Chromium)"
npm run -s test:e2e
