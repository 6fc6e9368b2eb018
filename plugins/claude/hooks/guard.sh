#!/bin/sh
# agentops/verdict plugin for Claude Code: runs `ao guard EVENT --harness claude` with the
# project's ao (its node_modules/.bin/ao, else ao on PATH). In a project that has no
# agentops/verdict set-up (no .agents/policy.json) it does nothing. When ao cannot be
# found in a project that has one, it refuses (exit 2) rather than let the agent past.
root=${CLAUDE_PROJECT_DIR:-.}
[ -f "$root/.agents/policy.json" ] || { cat >/dev/null; exit 0; }
if [ -n "${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so the agent guard cannot check this." >&2
  echo "  fix: run \`npm install\` (or \`npm i -D @agentops/verdict\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi
exec "$ao" guard "$@"
