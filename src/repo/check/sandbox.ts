import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckPolicy } from '../../core/policy.js';
import type { Git } from '../../git/git.js';

/** A checker's sandbox: a fresh directory with the tree under review and an allowlisted environment. */

/** Always passed through; HOME and TMPDIR are replaced by fresh directories. */
const BASE_ENV = ['PATH', 'LANG'];

export interface Box {
  dir: string;
  tree: string;
  env: NodeJS.ProcessEnv;
}

/** A directory of its own for one checker: the tree under review, an empty HOME and TMPDIR. */
export async function freshBox(
  git: Git,
  tree: string,
  dir: string,
  parentEnv: NodeJS.ProcessEnv,
  policy: CheckPolicy,
): Promise<Box> {
  const home = join(dir, 'home');
  const tmp = join(dir, 'tmp');
  const worktree = join(dir, 'tree');
  for (const path of [home, tmp, worktree]) mkdirSync(path, { recursive: true, mode: 0o700 });
  await git.exportTree(tree, worktree, join(dir, 'index'));
  return { dir, tree: worktree, env: checkerEnv(parentEnv, policy, home, tmp) };
}

/** The environment every checker starts with: allowlisted names only, fresh HOME and TMPDIR. */
export function checkerEnv(
  parentEnv: NodeJS.ProcessEnv,
  policy: CheckPolicy,
  home: string,
  tmp: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of [...BASE_ENV, ...(policy.envAllow ?? [])]) {
    // The policy schema refuses these names; repeated here because leaking them defeats the point.
    if (/^(AO_|GIT_)/.test(name)) continue;
    const value = parentEnv[name];
    if (value !== undefined) env[name] = value;
  }
  env.HOME = home;
  env.TMPDIR = tmp;
  return env;
}

/**
 * Removes a checker's directory even when it made parts of it read-only. Returns a message
 * when something is left behind.
 */
export function removeTree(dir: string): string | undefined {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    return undefined;
  } catch {
    makeWritable(dir);
  }
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    return undefined;
  } catch (error) {
    return `could not remove ${dir}: ${(error as Error).message}`;
  }
}

function makeWritable(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return;
  try {
    chmodSync(path, 0o700);
    for (const entry of readdirSync(path)) makeWritable(join(path, entry));
  } catch {
    // Left for the final rmSync to report.
  }
}
