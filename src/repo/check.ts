import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitsVouchedFor, councilSummary, decideCouncil, judgeTouchedByChange, resolveQuorum, type CouncilDecision } from '../core/council.js';
import { manifestPaths } from '../core/coverage.js';
import { AoError } from '../core/errors.js';
import type { CheckPolicy } from '../core/policy.js';
import { LEDGER_DIR, MAX_RECORD_BYTES, RECORD_SCHEMA, renderRecord, type Actor, type Evidence, type Subject, type VerdictRecord } from '../core/record.js';
import {
  buildReviewRequest,
  clip,
  commitsWithin,
  judgeResult,
  MAX_REQUEST_DIFF_BYTES,
  MAX_REVIEW_BYTES,
  outputTail,
  runEvidence,
  runPassed,
  reviewEvidence,
  type JudgeResult,
  type ProcessOutcome,
  type RequestCommit,
  type ReviewRequest,
} from '../core/review.js';
import { formatSchemaProblems } from '../core/schemas.js';
import { validateReviewRequestShape } from '../core/review-schemas.js';
import type { Git } from '../git/git.js';
import { resolveSubject, type ResolvedSubject, type SubjectScope } from './subjects.js';
import { policyAt } from './verify.js';
import { commandOutsideChange, judgeEnv, judgeSurroundings } from './judges.js';
import { appendVerdict, type AppendOptions } from './writer.js';

/**
 * `ao check`: materialises exactly the tree under review in fresh temporary directories
 * outside the user's checkout and runs each checker there in a fresh context (its own
 * process group, an allowlisted environment, a temporary HOME), then turns the outcomes
 * into one verdict. No terminal here: the CLI renders what this returns.
 */

/** SIGKILL follows a timeout's SIGTERM this much later; pipes held open this long after the leader exits are cut. */
const KILL_GRACE_MS = 2000;
/** What a --run command's output tail is taken from; its digest covers every byte. */
const RUN_TAIL_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 4 * 1024;
/** Always passed through; HOME and TMPDIR are replaced by fresh directories. */
const BASE_ENV = ['PATH', 'LANG'];
/** The share of the record's byte budget that judges' findings may fill. */
const FINDINGS_SHARE = 0.6;

export interface JudgeSpec {
  command: string;
  /** The checker id its review is recorded under, e.g. judge:claude. */
  reviewer: string;
}

export interface CheckOptions {
  scope: SubjectScope;
  runs: string[];
  judges: JudgeSpec[];
  /** Distinct judges that must pass; default all. */
  quorum?: number;
  timeoutMs: number;
  /** Checkers running at once. */
  jobs: number;
  /** The compiled project context for the touched paths (markdown), sent to judges; '' for none. */
  context: string;
  /** The environment of the process that asked: only allowlisted names reach checkers. */
  parentEnv: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Called once the subject is known and before anything runs; throw to stop (e.g. a checker that is not independent). */
  beforeRunning?: (resolved: ResolvedSubject) => void;
  onEvent?: (event: CheckEvent) => void;
  /** Where the temporary directories go; default the system's. */
  tmpRoot?: string;
  /** Where ao check was run: judges' relative paths resolve from here, never inside a checkout. Default: the process's. */
  cwd?: string;
}

export type CheckEvent =
  | { type: 'start'; resolved: ResolvedSubject; tree: string; policySource: string; checkers: number }
  | { type: 'done'; checker: CheckerResult };

export type CheckerResult =
  | { kind: 'run'; index: number; command: string; outcome: ProcessOutcome; passed: boolean; evidence: Evidence }
  | { kind: 'judge'; index: number; result: JudgeResult };

export interface CheckResult {
  resolved: ResolvedSubject;
  /**
   * What the verdict names: the resolved subject, except that a passing range verdict lists
   * only the commits its judges reviewed on their own (docs/check.md#what-a-range-verdict-names).
   */
  subject: Subject;
  /** Set when a range verdict names fewer commits than the range has: which, and why. */
  namingNote?: string;
  tree: string;
  policy: CheckPolicy;
  policySource: string;
  checkers: CheckerResult[];
  decision: CouncilDecision;
  summary: string;
  /** Set when a temporary directory could not be removed (it is named). */
  cleanupProblem?: string;
}

/** The environment every checker starts with: allowlisted names only, fresh HOME and TMPDIR. */
export function checkerEnv(parentEnv: NodeJS.ProcessEnv, policy: CheckPolicy, home: string, tmp: string): NodeJS.ProcessEnv {
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

export async function runCheck(git: Git, options: CheckOptions): Promise<CheckResult> {
  if (process.platform === 'win32') throw new AoError('ao check runs checkers in POSIX process groups and does not support Windows yet', { fix: 'run it under WSL, or in CI on Linux or macOS' });
  if (options.runs.length + options.judges.length === 0) {
    throw new AoError('ao check needs something to check with', { fix: 'add --run CMD (e.g. --run "npm test") and/or --judge CMD' });
  }
  const quorum = resolveQuorum(options.judges.map((j) => j.reviewer), options.quorum);
  const root = realpathSync(mkdtempSync(join(options.tmpRoot ?? tmpdir(), 'ao-check-')));
  // Stops every checker at once: on an interrupt, on an error, and in any case at the end.
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  options.signal?.addEventListener('abort', onInterrupt);
  let outcome: CheckResult | undefined;
  try {
    throwIfAborted(options.signal);
    // Every judge's program, resolved outside the change before anything runs (docs/check.md#where-a-judge-comes-from).
    const around = options.judges.length > 0 ? await judgeSurroundings(git, { cwd: options.cwd ?? process.cwd(), parentEnv: options.parentEnv, checkoutsRoot: root }) : undefined;
    const judgeSpecs = options.judges.map((judge) => ({ ...judge, command: commandOutsideChange(judge.command, around!) }));
    let tree: string;
    let resolved: ResolvedSubject;
    if (options.scope.kind === 'staged') {
      // The index may change while we look: the tree checked must be the one the subject names.
      const before = await git.writeStagedTree(join(root, 'staged-index'));
      resolved = await resolveSubject(git, options.scope);
      tree = await git.writeStagedTree(join(root, 'staged-index'));
      if (tree !== before) throw new AoError('the index changed while ao check was reading it', { fix: 'run the command again once nothing else is staging files' });
    } else {
      resolved = await resolveSubject(git, options.scope);
      tree = resolved.headRev!;
    }
    options.beforeRunning?.(resolved);

    const loaded = await policyAt(git, resolved.baseRev);
    const policy = loaded.policy?.check ?? {};
    const diff = await git.unifiedDiff(resolved.diffBase, tree, { maxBytes: MAX_REQUEST_DIFF_BYTES, exclude: [LEDGER_DIR] });
    const changedPaths = manifestPaths(resolved.manifest);
    // A range's commits, each with its own diff: the checkout holds only the head, so this is
    // the only place a judge sees what one commit did (one that a later commit reverted, say).
    const commits = resolved.commitChanges && options.judges.length > 0 ? await commitDiffs(git, resolved.commitChanges) : undefined;
    const requestFor = (reviewer: string): ReviewRequest => {
      // The context is the caller's to compile; it is passed through unchanged.
      const request = buildReviewRequest({ reviewer, subject: resolved.subject, label: resolved.label, diff, context: options.context, commits });
      const problems = validateReviewRequestShape(request);
      if (problems.length > 0) throw new Error(`ao built an invalid review request: ${formatSchemaProblems(problems)}`);
      return request;
    };
    options.onEvent?.({ type: 'start', resolved, tree, policySource: loaded.source, checkers: options.runs.length + options.judges.length });

    const runJobs = options.runs.map((command, index) => async (): Promise<CheckerResult> => {
        const box = await freshBox(git, tree, join(root, `run-${index + 1}`), options.parentEnv, policy);
        const ran = await runProcess({ command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'run' });
        removeTree(box.dir);
        const passed = runPassed(ran.outcome);
        return { kind: 'run', index, command, outcome: ran.outcome, passed, evidence: runEvidence(command, ran.outcome, { digest: ran.digest, tail: outputTail(ran.output) }) };
      });
    const judgeJobs = judgeSpecs.map((judge, index) => async (): Promise<CheckerResult> => {
        const touched = judgeTouchedByChange(judge.command, changedPaths);
        if (touched) {
          const error = `the change under review modifies ${touched}, which this judge runs: a change cannot judge itself`;
          return { kind: 'judge', index, result: { reviewer: judge.reviewer, command: judge.command, verdict: 'error', durationMs: 0, error } };
        }
        const box = await freshBox(git, tree, join(root, `judge-${index + 1}`), options.parentEnv, policy);
        box.env = judgeEnv(box.env, around!);
        const input = `${JSON.stringify(requestFor(judge.reviewer))}\n`;
        const ran = await runProcess({ command: judge.command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'judge', input });
        removeTree(box.dir);
        const result = judgeResult({ reviewer: judge.reviewer, command: judge.command, outcome: ran.outcome, stdout: ran.output, stdoutOverflow: ran.overflow, stderrTail: ran.stderrTail });
        return { kind: 'judge', index, result };
      });
    const hooks = {
      stop,
      onDone: (result: CheckerResult) => {
        if (!stop.signal.aborted) options.onEvent?.({ type: 'done', checker: result });
      },
    };
    // Judges first: a --run command executes the change's code as the user, and could
    // otherwise rewrite a judge's program (wherever it lives) before the judge starts.
    const checkers = [...(await pool(judgeJobs, options.jobs, hooks))];
    throwIfAborted(options.signal);
    checkers.push(...(await pool(runJobs, options.jobs, hooks)));
    throwIfAborted(options.signal);

    const judges = checkers.flatMap((c) => (c.kind === 'judge' ? [c.result] : []));
    const decision = decideCouncil({
      runs: checkers.flatMap((c) => (c.kind === 'run' ? [{ command: c.command, passed: c.passed }] : [])),
      judges,
      quorum,
      policy,
    });
    const named = namedSubject(resolved, decision, { commits, judges, quorum, policy });
    const summary = named.note ? clip(`${councilSummary(decision)} ${named.note}`, 4000) : councilSummary(decision);
    outcome = { resolved, subject: named.subject, namingNote: named.note, tree, policy, policySource: loaded.source, checkers, decision, summary };
    return outcome;
  } finally {
    options.signal?.removeEventListener('abort', onInterrupt);
    stop.abort();
    const problem = removeTree(root);
    if (outcome && problem) outcome.cleanupProblem = problem;
  }
}

export interface RecordCheckOptions {
  checker: Actor;
  worker: Actor;
  /** Stage the record (the staged scope): it lands with the commit. */
  stage: boolean;
  /** Signs the record id; the writer's hook, so `ao check --sign` needs nothing else here. */
  sign?: AppendOptions['sign'];
}

/** Records the check as one verdict with every checker's evidence, runs first, in command-line order. */
export async function recordCheck(git: Git, check: CheckResult, options: RecordCheckOptions): Promise<{ record: VerdictRecord; path: string }> {
  const evidence = checkEvidence(check, findingsBudget(check, options));
  return appendVerdict(
    git,
    { subject: check.subject, verdict: check.decision.verdict, checker: options.checker, worker: options.worker, evidence, summary: check.summary },
    { stage: options.stage, sign: options.sign },
  );
}

function checkEvidence(check: CheckResult, budget: number): Evidence[] {
  const runs = check.checkers.filter((c) => c.kind === 'run').sort((a, b) => a.index - b.index);
  const judges = check.checkers.flatMap((c) => (c.kind === 'judge' ? [c] : [])).sort((a, b) => a.index - b.index);
  const evidence: Evidence[] = runs.map((c) => (c.kind === 'run' ? c.evidence : ({} as Evidence)));
  let left = budget;
  for (const judge of judges) {
    const { evidence: item, used } = reviewEvidence(judge.result, left);
    left -= used;
    evidence.push(item);
  }
  return evidence;
}

/** Bytes left for findings once everything else of the record is counted, with room for indentation. */
function findingsBudget(check: CheckResult, options: RecordCheckOptions): number {
  const bare = checkEvidence(check, 0);
  const probe = {
    schema: RECORD_SCHEMA,
    type: 'verdict',
    id: `sha256:${'0'.repeat(64)}`,
    seq: 0,
    prev: Array(8).fill(`sha256:${'0'.repeat(64)}`),
    createdAt: new Date().toISOString(),
    ledger: `sha256:${'0'.repeat(64)}`,
    subject: check.subject,
    verdict: check.decision.verdict,
    checker: options.checker,
    worker: options.worker,
    evidence: bare,
    summary: check.summary,
  } as VerdictRecord;
  const used = Buffer.byteLength(renderRecord(probe)) + 16 * 1024;
  // Rendered findings carry indentation and multi-byte characters: count them at half.
  return Math.max(0, Math.floor(((MAX_RECORD_BYTES - used) * FINDINGS_SHARE) / 2));
}

/** Each commit's own diff, in one git call, within the request's bound for all of them together. */
async function commitDiffs(git: Git, changes: NonNullable<ResolvedSubject['commitChanges']>): Promise<RequestCommit[]> {
  const diffs = await git.patchBatch([...new Set(changes.map((c) => c.patchItem))], { exclude: [LEDGER_DIR] });
  return commitsWithin(changes.map((c) => ({ ...c, diff: diffs.get(c.patchItem) ?? '' })), MAX_REQUEST_DIFF_BYTES);
}

/**
 * The subject the verdict names. A pass on a range vouches for a commit of it on its own only
 * when the council reviewed that commit's own diff (`commitsVouchedFor`); the range's combined
 * digest is what its checkers were shown as a whole. A fail names every commit, as a refusal of
 * the range is one of each commit in it until a new verdict says otherwise.
 */
function namedSubject(
  resolved: ResolvedSubject,
  decision: CouncilDecision,
  args: { commits: RequestCommit[] | undefined; judges: JudgeResult[]; quorum: number; policy: CheckPolicy },
): { subject: Subject; note?: string } {
  const { subject } = resolved;
  if (subject.kind !== 'range' || decision.verdict !== 'pass') return { subject };
  const shown = (args.commits ?? []).filter((c) => !c.diffTruncated).map((c) => c.commit);
  const vouched = new Set(commitsVouchedFor({ shown, judges: args.judges, quorum: args.quorum, policy: args.policy }));
  const commits = subject.commits.filter((c) => vouched.has(c.commit));
  const total = subject.commits.length;
  const note =
    commits.length === total
      ? undefined
      : `Names ${commits.length} of the range's ${total} commit${total === 1 ? '' : 's'} on ${commits.length === 1 ? 'its' : 'their'} own (${args.judges.length === 0 ? '--run commands see the head only' : 'the ones the passing judges reviewed whole'}); the others only as part of the range.`;
  return { subject: { ...subject, commits }, note };
}

interface Box {
  dir: string;
  tree: string;
  env: NodeJS.ProcessEnv;
}

/** A directory of its own for one checker: the tree under review, an empty HOME and TMPDIR. */
async function freshBox(git: Git, tree: string, dir: string, parentEnv: NodeJS.ProcessEnv, policy: CheckPolicy): Promise<Box> {
  const home = join(dir, 'home');
  const tmp = join(dir, 'tmp');
  const worktree = join(dir, 'tree');
  for (const path of [home, tmp, worktree]) mkdirSync(path, { recursive: true, mode: 0o700 });
  await git.exportTree(tree, worktree, join(dir, 'index'));
  return { dir, tree: worktree, env: checkerEnv(parentEnv, policy, home, tmp) };
}

interface Ran {
  outcome: ProcessOutcome;
  /** run: the last bytes of stdout and stderr together; judge: stdout. */
  output: string;
  overflow: boolean;
  digest: string;
  stderrTail: string;
}

/**
 * Runs `/bin/sh -c command` in the box as the leader of a new process group (and session,
 * so it has no terminal). When the leader exits, the rest of its group is killed: nothing a
 * checker starts outlives it. When the time limit passes, the group gets SIGTERM, and
 * SIGKILL once KILL_GRACE_MS have passed.
 */
function runProcess(args: { command: string; box: Box; timeoutMs: number; stop: AbortSignal; mode: 'run' | 'judge'; input?: string }): Promise<Ran> {
  const { box, mode } = args;
  return new Promise((resolve) => {
    const started = Date.now();
    const hash = createHash('sha256');
    let kept: Buffer[] = [];
    let keptBytes = 0;
    let overflow = false;
    let stderrTail = Buffer.alloc(0);
    let timedOut = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let endedAt = 0;
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    let onStop = () => undefined as void;
    const finish = (spawnError?: string) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      // Whatever the checker left running (a server, a watcher, a TERM-ignoring child) ends with it.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      args.stop.removeEventListener('abort', onStop);
      const durationMs = (endedAt || Date.now()) - started;
      const output = Buffer.concat(kept);
      resolve({
        outcome: { exitCode: exit?.code ?? null, signal: timedOut ? null : (exit?.signal ?? null), durationMs, timedOut, timeoutMs: args.timeoutMs, spawnError },
        output: output.toString('utf8'),
        overflow,
        digest: `sha256:${hash.digest('hex')}`,
        stderrTail: stderrTail.toString('utf8').trim(),
      });
    };

    const child = spawn('/bin/sh', ['-c', args.command], {
      cwd: box.tree,
      env: box.env,
      detached: true,
      stdio: [mode === 'judge' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) {
      child.on('error', (error) => finish(error.message));
      return;
    }
    const pid = child.pid;
    onStop = () => killGroup(pid, 'SIGKILL');
    if (args.stop.aborted) onStop();
    else args.stop.addEventListener('abort', onStop);

    const keepTail = (chunk: Buffer) => {
      kept.push(chunk);
      keptBytes += chunk.length;
      if (keptBytes > RUN_TAIL_BYTES * 2) {
        const all = Buffer.concat(kept);
        kept = [all.subarray(all.length - RUN_TAIL_BYTES)];
        keptBytes = RUN_TAIL_BYTES;
      }
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      if (mode === 'run') {
        hash.update(chunk);
        keepTail(chunk);
      } else if (!overflow) {
        keptBytes += chunk.length;
        if (keptBytes > MAX_REVIEW_BYTES) overflow = true;
        else kept.push(chunk);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (mode === 'run') {
        hash.update(chunk);
        keepTail(chunk);
      } else {
        stderrTail = Buffer.concat([stderrTail, chunk]);
        if (stderrTail.length > STDERR_TAIL_BYTES) stderrTail = stderrTail.subarray(stderrTail.length - STDERR_TAIL_BYTES);
      }
    });
    if (child.stdin) {
      // A judge that answers without reading its request closes the pipe: not our error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(args.input ?? '');
    }

    timers.push(
      setTimeout(() => {
        timedOut = true;
        killGroup(pid, 'SIGTERM');
        timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
      }, args.timeoutMs),
    );
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      endedAt = Date.now();
      // After a timeout the rest of the group has its grace period to shut down; otherwise it goes now.
      if (!timedOut) killGroup(pid, 'SIGKILL');
      // A process that left the group but holds our pipes open must not hold up the check.
      timers.push(
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        }, KILL_GRACE_MS),
      );
    });
    child.on('error', (error) => {
      if (!exit) finish(error.message);
    });
    child.on('close', () => finish());
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/** Runs at most `limit` jobs at once; the first error stops the rest and is rethrown once all have settled. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number, hooks: { stop: AbortController; onDone: (result: T) => void }): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < jobs.length && !failure && !hooks.stop.signal.aborted) {
      const index = next++;
      try {
        results[index] = await jobs[index]!();
        hooks.onDone(results[index]!);
      } catch (error) {
        failure ??= { error };
        hooks.stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AoError('ao check was interrupted: every checker was stopped and nothing was recorded', { fix: 'run the command again', exitCode: 130 });
  }
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
