#!/usr/bin/env bash
# `npm test`: the whole suite against a throwaway real Neo4j, plus the browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser test (once)…"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/tmp/liaison-chromium-install.log 2>&1; then
      echo "Installing chromium failed (see /tmp/liaison-chromium-install.log): run 'sudo apt-get install -y chromium' and retry." >&2
      exit 1
    fi
  else
    echo "The browser test needs Chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and retry." >&2
    exit 1
  fi
fi

echo "Type-checking…"
npx tsc -p api && npx tsc -p web && npx tsc -p tests

# The lint gate: ESLint (typescript-eslint, react-hooks, jsx-a11y) and Prettier; an error fails the run.
echo "Linting…"
npm run --silent lint

status=0
npx vitest run "$@" || status=$?
# A closing line any CI can read, whatever the reporter printed above.
node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync(".artifacts/vitest-results.json", "utf8"));
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  } catch { console.log("0 passed, 1 failed"); }
'
exit $status
