import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { LEDGER_DIR } from '../core/record.js';
import type { Git } from '../git/git.js';
import { verify, type VerifyReport } from '../repo/verify.js';

/**
 * The stop guard: an agent may not end its turn as "done" while the change it left in the
 * working tree (staged or not, untracked files included, the ledger aside) has no passing
 * independent verdict. The change is judged exactly as `git commit` would judge it once
 * everything is staged: a scratch copy of the index gets `git add -A`, and `verify()` runs
 * the staged scope on it. The user's index is never touched.
 */

export interface StopCheck {
  /** True when there is nothing uncommitted, or a passing verdict covers all of it. */
  covered: boolean;
  /** The uncommitted paths outside the ledger (at most a few, for the message). */
  paths: string[];
  report?: VerifyReport;
  /** Identifies the uncovered state, so a repeated stop on the same state is recognised. */
  stateKey: string;
}

/** After this many refusals in a row on the same uncovered state, the agent may stop (saying so): no endless loop. */
export const MAX_STOP_REFUSALS = 3;

export async function checkStop(git: Git): Promise<StopCheck> {
  const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
  const paths = status.stdout
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3))
    .filter((path) => path !== LEDGER_DIR && !path.startsWith(`${LEDGER_DIR}/`));
  if (paths.length === 0) return { covered: true, paths, stateKey: 'clean' };

  const scratch = join(git.gitDir, `ao-stop-index-${process.pid}`);
  const previous = process.env.GIT_INDEX_FILE;
  try {
    const index = await git.gitPath('index');
    if (existsSync(index)) copyFileSync(index, scratch);
    await git.run(['add', '-A', '--', '.'], { env: { ...process.env, GIT_INDEX_FILE: scratch } });
    // verify() runs git through process.env: point every call of this check at the scratch index.
    process.env.GIT_INDEX_FILE = scratch;
    const report = await verify(git, { kind: 'staged' });
    const digests = report.decisions.map((d) => d.change.manifest.digest).join(',');
    return {
      covered: report.ok,
      paths,
      report,
      stateKey: createHash('sha256').update(digests).digest('hex').slice(0, 16),
    };
  } finally {
    if (previous === undefined) delete process.env.GIT_INDEX_FILE;
    else process.env.GIT_INDEX_FILE = previous;
    rmSync(scratch, { force: true });
  }
}

interface StopState {
  stateKey: string;
  refusals: number;
}

function stateFile(git: Git, session: string): string {
  return join(
    git.gitDir,
    'ao',
    'stop-guard',
    `${createHash('sha256').update(session).digest('hex').slice(0, 32)}.json`,
  );
}

/**
 * Counts the refusals of one session in a row on the same uncovered state. Returns how
 * many there have been before this one; `reset` clears the count (the agent may stop).
 */
export function countRefusal(git: Git, session: string, stateKey: string): number {
  const file = stateFile(git, session);
  let state: StopState | undefined;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as StopState;
  } catch {
    state = undefined;
  }
  const before = state && state.stateKey === stateKey ? state.refusals : 0;
  mkdirSync(join(git.gitDir, 'ao', 'stop-guard'), { recursive: true });
  writeFileSync(file, JSON.stringify({ stateKey, refusals: before + 1 }));
  return before;
}

export function resetRefusals(git: Git, session: string): void {
  rmSync(stateFile(git, session), { force: true });
}
