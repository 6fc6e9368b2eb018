/**
 * The plain POSIX sh hooks. `hooks/` in the package holds exactly these texts (a test
 * keeps them equal); `ao init --hooks git` installs them into git's hooks directory.
 */
/** Finds the ao a hook runs ($AO_BIN, the project's, then PATH), or refuses (exit 2): never lets the change past unchecked. */
export function findAoScript(rootLine: string, unchecked: string): string {
  return `${rootLine}
if [ -n "\${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so ${unchecked}." >&2
  echo "  fix: run \\\`npm install\\\` (or \\\`npm i -D @agentops/verdict\\\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi`;
}

const FIND_AO = findAoScript('root=$(git rev-parse --show-toplevel) || exit 2', 'this change cannot be checked');

const PRE_COMMIT_SCRIPT = `#!/bin/sh
# agentops/verdict pre-commit hook (installed by \`ao init\`).
# Refuses a commit whose staged change has no passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-commit.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
if [ -x "$0.pre-ao" ]; then "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
exec "$ao" hook pre-commit
`;

const PRE_PUSH_SCRIPT = `#!/bin/sh
# agentops/verdict pre-push hook (installed by \`ao init\`).
# Refuses a push that carries a commit without a passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-push.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
refs=$(cat)
if [ -x "$0.pre-ao" ]; then printf '%s\\n' "$refs" | "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
printf '%s\\n' "$refs" | "$ao" hook pre-push "$@"
`;

export const HOOK_SCRIPTS: Record<'pre-commit' | 'pre-push', string> = {
  'pre-commit': PRE_COMMIT_SCRIPT,
  'pre-push': PRE_PUSH_SCRIPT,
};

/** Lines `ao init` adds to husky's hook files. */
export const HUSKY_LINES: Record<'pre-commit' | 'pre-push', string> = {
  'pre-commit': 'ao hook pre-commit',
  'pre-push': 'ao hook pre-push "$@"',
};

export const HOOK_MARKER = 'agentops/verdict';
