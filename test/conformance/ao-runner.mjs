// Runs one check of a conformance vector through the built `ao` command (dist/cli/ao.cjs) and reduces
// its JSON to what the vector states: the exit code, the problem codes (with their paths), and
// each commit's outcome, failed rule and digest by commit name (test/conformance/README.md).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkout } from './build.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const AO_BIN = join(ROOT, 'dist', 'cli', 'ao.cjs');

/** The command line a check stands for, and the commit the working tree is put at. */
export function aoCommand(check, ids) {
  const id = (name) => {
    const found = ids.get(name);
    if (!found) throw new Error(`check ${check.name} names unknown commit ${name}`);
    return found;
  };
  switch (check.command) {
    case 'verify-range':
      return {
        worktree: id(check.worktree ?? check.head),
        args: ['verify', '--range', `${id(check.base)}..${id(check.head)}`, '--json'],
      };
    case 'verify-commit':
      return { worktree: id(check.worktree ?? check.commit), args: ['verify', '--commit', id(check.commit), '--json'] };
    case 'ledger-verify':
      return {
        worktree: id(check.worktree),
        args: ['ledger', 'verify', ...(check.since ? ['--since', id(check.since)] : []), '--json'],
      };
    default:
      throw new Error(`unknown check command ${check.command}`);
  }
}

/** "code" or "code path": problems compare as a set of these. */
export function problemKey(problem) {
  return problem.path ? `${problem.code} ${problem.path}` : problem.code;
}

function decisionOf(change) {
  return {
    outcome: change.outcome,
    ...(change.failedRule ? { failedRule: change.failedRule } : {}),
    digest: change.digest,
  };
}

/** Runs `check` with the working tree at its commit; returns the answer in the vector's terms. */
export function runWithAo(dir, env, ids, check) {
  const { worktree, args } = aoCommand(check, ids);
  checkout(dir, env, worktree);
  const result = spawnSync(process.execPath, [AO_BIN, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const answer = { exit: result.status ?? -1, stderr: result.stderr, args };
  if (!result.stdout.trim().startsWith('{')) return answer;
  const json = JSON.parse(result.stdout);
  const problems = json.ledger?.problems ?? json.problems ?? [];
  answer.problems = [...new Set(problems.map(problemKey))].sort();
  if (json.changes) {
    const names = new Map([...ids].map(([name, id]) => [id, name]));
    answer.changes = {};
    for (const change of json.changes) answer.changes[names.get(change.commit) ?? change.commit] = decisionOf(change);
    if (json.range) answer.range = decisionOf(json.range);
  }
  return answer;
}

/** The expectation in the same terms as `runWithAo`'s answer. */
export function expected(check) {
  const expect = check.expect;
  const out = { exit: expect.exit };
  if (expect.problems) out.problems = [...new Set(expect.problems.map(problemKey))].sort();
  if (expect.changes) out.changes = expect.changes;
  if (expect.range) out.range = expect.range;
  return out;
}

/** JSON with every object's keys sorted: equal values give equal text whatever the key order. */
export function canon(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canon(value[k])}`)
    .join(',')}}`;
}

/** What differs between an answer and the expectation, in words; empty when they agree. */
export function differences(answer, check) {
  const want = expected(check);
  const found = [];
  if (answer.exit !== want.exit) found.push(`exit ${answer.exit}, expected ${want.exit}`);
  if (want.problems && canon(answer.problems) !== canon(want.problems)) {
    found.push(`problems ${JSON.stringify(answer.problems ?? null)}, expected ${JSON.stringify(want.problems)}`);
  }
  for (const field of ['changes', 'range']) {
    if (!want[field]) continue;
    if (!answer[field]) {
      found.push(`no ${field} in the answer`);
      continue;
    }
    const entries =
      field === 'range'
        ? { range: [answer.range, want.range] }
        : Object.fromEntries(
            [...new Set([...Object.keys(answer.changes), ...Object.keys(want.changes)])].map((k) => [
              k,
              [answer.changes[k], want.changes[k]],
            ]),
          );
    for (const [name, [got, exp]] of Object.entries(entries)) {
      if (canon(got) !== canon(exp))
        found.push(`${name}: ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(exp ?? null)}`);
    }
  }
  return found;
}
