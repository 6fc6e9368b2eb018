/**
 * Runs a built hostile case through every verifier we ship and checks the answers: the
 * real `ao` CLI (working-tree ledger), the same verification reading the ledger from the head
 * commit (the GitHub Action's source), and the bundled action itself once it exists.
 */
import { spawn, spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { Git } from '../../src/git/git.js';
import { verify } from '../../src/repo/verify.js';
import { AoError } from '../../src/core/errors.js';
import { AO_BIN } from '../helpers/repo.js';
import type { CaseRepo, Expectation, HostileCase } from '../fixtures/hostile/corpus.js';

export const HANG_MS = 60_000;
/** HOSTILE_AO_BIN runs the corpus against another build (e.g. an older release), to see what it lets through. */
const CLI = process.env.HOSTILE_AO_BIN ?? AO_BIN;

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  json?: Record<string, any>;
}

/** The built CLI with a hard timeout: a hang is a failure, never a stuck suite. */
export function ao(
  repo: { dir: string; env: NodeJS.ProcessEnv },
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Outcome {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo.dir,
    env: { ...repo.env, ...env },
    encoding: 'utf8',
    timeout: HANG_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const outcome: Outcome = {
    code: result.status ?? -1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    timedOut: result.error?.message.includes('ETIMEDOUT') ?? result.signal === 'SIGKILL',
  };
  if (args.includes('--json') && outcome.stdout.trim().startsWith('{')) outcome.json = JSON.parse(outcome.stdout);
  return outcome;
}

/** The same, without blocking: the verifiers of one case run side by side. */
export function aoAsync(repo: { dir: string; env: NodeJS.ProcessEnv }, args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: repo.dir,
      env: repo.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const outcome: Outcome = { code: code ?? -1, stdout, stderr, timedOut };
      if (args.includes('--json') && stdout.trim().startsWith('{')) outcome.json = JSON.parse(stdout);
      resolve(outcome);
    });
  });
}

/** `verify()` in-process, reading the ledger from the head commit as the action does. */
export async function verifyFromCommit(repo: CaseRepo): Promise<Outcome> {
  try {
    const git = await Git.open(repo.dir);
    const head = await git.resolveCommit('feature');
    const report = await verify(
      git,
      { kind: 'range', base: 'main', head: 'feature' },
      { ledger: { kind: 'commit', commit: head } },
    );
    const json = {
      ok: report.ok,
      ledger: { problems: report.ledger.problems },
      changes: report.decisions.map((d) => ({ failedRule: d.failedRule ?? null, outcome: d.outcome })),
    };
    return { code: report.ok ? 0 : 1, stdout: JSON.stringify(json), stderr: '', timedOut: false, json };
  } catch (error) {
    if (error instanceof AoError)
      return {
        code: error.exitCode,
        stdout: '',
        stderr: `ao: error: ${error.message}\n  fix: ${error.fix ?? ''}`,
        timedOut: false,
      };
    throw error;
  }
}

function problemCodes(json: Record<string, any> | undefined): string[] {
  const problems = (json?.ledger?.problems ?? json?.problems ?? []) as { code: string; message: string; fix: string }[];
  for (const p of problems) {
    expect(p.message, `problem ${p.code} has a message`).toBeTruthy();
    expect(p.fix, `problem ${p.code} names a fix`).toBeTruthy();
  }
  return problems.map((p) => p.code);
}

/** Checks one verifier's answer against what the case expects. */
export function expectOutcome(
  label: string,
  out: Outcome,
  code: number,
  expectation: { codes?: string[]; failedRule?: string; stderr?: RegExp },
): void {
  const context = `${label}\n--- stdout\n${out.stdout.slice(0, 3000)}\n--- stderr\n${out.stderr.slice(0, 3000)}`;
  expect(out.timedOut, `${label}: hung`).toBe(false);
  expect(out.stderr, context).not.toMatch(/internal error/);
  expect(out.code, context).toBe(code);
  if (code === 2) expect(out.stderr, context).toMatch(/fix: \S/);
  if (expectation.stderr) expect(out.stderr, context).toMatch(expectation.stderr);
  if (code === 0 || code === 1) expect(out.json, context).toBeDefined();
  if (code === 1 && out.json) expect(out.json.ok, context).toBe(false);
  const codes = problemCodes(out.json);
  for (const wanted of expectation.codes ?? []) {
    expect(
      wanted.split('|').some((c) => codes.includes(c)),
      `${context}\n--- wanted ${wanted} among ${codes.join(', ') || '(none)'}`,
    ).toBe(true);
  }
  if (expectation.failedRule) {
    const rules = ((out.json?.changes ?? []) as { failedRule: string | null }[]).map((c) => c.failedRule);
    expect(rules, context).toContain(expectation.failedRule);
  }
}

export type ActionRunner = (repo: CaseRepo) => Promise<Outcome & { outputs: Record<string, string> }>;

/** Runs every verifier over a built case, side by side, and checks each answer. */
export async function checkCase(repo: CaseRepo, hostile: HostileCase, runAction?: ActionRunner): Promise<void> {
  const e: Expectation = hostile.expect;
  const [verifyRun, ledgerRun, fromCommit, action] = await Promise.all([
    aoAsync(repo, ['verify', '--range', 'main..feature', '--json']),
    e.ledger === 'skip' ? undefined : aoAsync(repo, ['ledger', 'verify', '--since', 'main', '--json']),
    e.worktreeOnly ? undefined : verifyFromCommit(repo),
    e.worktreeOnly || !runAction ? undefined : runAction(repo),
  ]);
  // `ao verify --range` reads the ledger as committed in the head, as the action does.
  expectOutcome(`${hostile.id}: ao verify --range main..feature`, verifyRun, e.verify, {
    ...e,
    codes: e.commitCodes ?? e.codes,
  });

  if (ledgerRun) {
    const ledgerCode = e.ledger ?? (e.codes?.length && e.verify !== 2 ? 1 : 0);
    const ledgerCodes = e.ledgerCodes ?? (ledgerCode === 1 ? e.codes : []);
    expectOutcome(`${hostile.id}: ao ledger verify --since main`, ledgerRun, ledgerCode as number, {
      codes: ledgerCodes,
    });
  }

  if (fromCommit) {
    expectOutcome(`${hostile.id}: verify() reading the ledger from the head commit`, fromCommit, e.verify, {
      ...e,
      codes: e.commitCodes ?? e.codes,
    });
  }
  if (action) {
    const context = `${hostile.id}: the bundled action on pull request feature → main\n--- stdout\n${action.stdout.slice(-3000)}\n--- stderr\n${action.stderr.slice(-3000)}`;
    expect(action.timedOut, `${hostile.id}: the action hung`).toBe(false);
    expect(`${action.stdout}${action.stderr}`, context).not.toMatch(/internal error|TypeError|ReferenceError/);
    if (e.verify === 0) {
      expect(action.code, context).toBe(0);
      expect(action.outputs.result, context).toBe('pass');
    } else {
      expect(action.code, context).not.toBe(0);
      expect(action.outputs.result ?? 'fail', context).toBe('fail');
    }
  }
}
