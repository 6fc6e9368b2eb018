import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitsVouchedFor,
  councilSummary,
  decideCouncil,
  judgeTouchedByChange,
  resolveQuorum,
  type CouncilDecision,
} from '../../core/council.js';
import { manifestPaths } from '../../core/coverage.js';
import { AoError } from '../../core/errors.js';
import type { CheckPolicy } from '../../core/policy.js';
import { LEDGER_DIR, type Evidence, type Subject } from '../../core/record.js';
import {
  buildReviewRequest,
  commitsWithin,
  judgeResult,
  MAX_REQUEST_DIFF_BYTES,
  outputTail,
  runEvidence,
  runPassed,
  type JudgeResult,
  type ProcessOutcome,
  type RequestCommit,
  type ReviewRequest,
} from '../../core/review.js';
import { formatSchemaProblems } from '../../core/schemas.js';
import { validateReviewRequestShape } from '../../core/review-schemas.js';
import type { Git } from '../../git/git.js';
import { commandOutsideChange, judgeEnv, judgeSurroundings } from '../judges.js';
import { resolveSubject, type ResolvedSubject, type SubjectScope } from '../subjects.js';
import { policyAt } from '../verify.js';
import { clip } from '../../core/words.js';
import { pool } from './pool.js';
import { runProcess } from './process.js';
import { freshBox, removeTree } from './sandbox.js';

/**
 * `ao check`: materialises exactly the tree under review in fresh temporary directories
 * outside the user's checkout and runs each checker there in a fresh context (its own
 * process group, an allowlisted environment, a temporary HOME), then turns the outcomes
 * into one verdict (recorded by `record.ts`). No terminal here: the CLI renders what
 * this returns. The pieces: a checker's directory and environment (`sandbox.ts`), its
 * process group (`process.ts`), how many run at once (`pool.ts`).
 */

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

export async function runCheck(git: Git, options: CheckOptions): Promise<CheckResult> {
  if (process.platform === 'win32')
    throw new AoError('ao check runs checkers in POSIX process groups and does not support Windows yet', {
      fix: 'run it under WSL, or in CI on Linux or macOS',
    });
  if (options.runs.length + options.judges.length === 0) {
    throw new AoError('ao check needs something to check with', {
      fix: 'add --run CMD (e.g. --run "npm test") and/or --judge CMD',
    });
  }
  const quorum = resolveQuorum(
    options.judges.map((j) => j.reviewer),
    options.quorum,
  );
  const root = realpathSync(mkdtempSync(join(options.tmpRoot ?? tmpdir(), 'ao-check-')));
  // Stops every checker at once: on an interrupt, on an error, and in any case at the end.
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  options.signal?.addEventListener('abort', onInterrupt);
  let outcome: CheckResult | undefined;
  try {
    throwIfAborted(options.signal);
    // Every judge's program, resolved outside the change before anything runs (docs/check.md#where-a-judge-comes-from).
    const around =
      options.judges.length > 0
        ? await judgeSurroundings(git, {
            cwd: options.cwd ?? process.cwd(),
            parentEnv: options.parentEnv,
            checkoutsRoot: root,
          })
        : undefined;
    const judgeSpecs = options.judges.map((judge) => ({
      ...judge,
      command: commandOutsideChange(judge.command, around!),
    }));
    let tree: string;
    let resolved: ResolvedSubject;
    if (options.scope.kind === 'staged') {
      // The index may change while we look: the tree checked must be the one the subject names.
      const before = await git.writeStagedTree(join(root, 'staged-index'));
      resolved = await resolveSubject(git, options.scope);
      tree = await git.writeStagedTree(join(root, 'staged-index'));
      if (tree !== before)
        throw new AoError('the index changed while ao check was reading it', {
          fix: 'run the command again once nothing else is staging files',
        });
    } else {
      resolved = await resolveSubject(git, options.scope);
      tree = resolved.headRev!;
    }
    options.beforeRunning?.(resolved);

    const loaded = await policyAt(git, resolved.baseRev);
    const policy = loaded.policy?.check ?? {};
    const diff = await git.unifiedDiff(resolved.diffBase, tree, {
      maxBytes: MAX_REQUEST_DIFF_BYTES,
      exclude: [LEDGER_DIR],
    });
    const changedPaths = manifestPaths(resolved.manifest);
    // A range's commits, each with its own diff: the checkout holds only the head, so this is
    // the only place a judge sees what one commit did (one that a later commit reverted, say).
    const commits =
      resolved.commitChanges && options.judges.length > 0 ? await commitDiffs(git, resolved.commitChanges) : undefined;
    const requestFor = (reviewer: string): ReviewRequest => {
      // The context is the caller's to compile; it is passed through unchanged.
      const request = buildReviewRequest({
        reviewer,
        subject: resolved.subject,
        label: resolved.label,
        diff,
        context: options.context,
        commits,
      });
      const problems = validateReviewRequestShape(request);
      if (problems.length > 0) throw new Error(`ao built an invalid review request: ${formatSchemaProblems(problems)}`);
      return request;
    };
    options.onEvent?.({
      type: 'start',
      resolved,
      tree,
      policySource: loaded.source,
      checkers: options.runs.length + options.judges.length,
    });

    const runJobs = options.runs.map((command, index) => async (): Promise<CheckerResult> => {
      const box = await freshBox(git, tree, join(root, `run-${index + 1}`), options.parentEnv, policy);
      const ran = await runProcess({ command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'run' });
      removeTree(box.dir);
      const passed = runPassed(ran.outcome);
      return {
        kind: 'run',
        index,
        command,
        outcome: ran.outcome,
        passed,
        evidence: runEvidence(command, ran.outcome, { digest: ran.digest, tail: outputTail(ran.output) }),
      };
    });
    const judgeJobs = judgeSpecs.map((judge, index) => async (): Promise<CheckerResult> => {
      const touched = judgeTouchedByChange(judge.command, changedPaths);
      if (touched) {
        const error = `the change under review modifies ${touched}, which this judge runs: a change cannot judge itself`;
        return {
          kind: 'judge',
          index,
          result: { reviewer: judge.reviewer, command: judge.command, verdict: 'error', durationMs: 0, error },
        };
      }
      const box = await freshBox(git, tree, join(root, `judge-${index + 1}`), options.parentEnv, policy);
      box.env = judgeEnv(box.env, around!);
      const input = `${JSON.stringify(requestFor(judge.reviewer))}\n`;
      const ran = await runProcess({
        command: judge.command,
        box,
        timeoutMs: options.timeoutMs,
        stop: stop.signal,
        mode: 'judge',
        input,
      });
      removeTree(box.dir);
      const result = judgeResult({
        reviewer: judge.reviewer,
        command: judge.command,
        outcome: ran.outcome,
        stdout: ran.output,
        stdoutOverflow: ran.overflow,
        stderrTail: ran.stderrTail,
      });
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
    outcome = {
      resolved,
      subject: named.subject,
      namingNote: named.note,
      tree,
      policy,
      policySource: loaded.source,
      checkers,
      decision,
      summary,
    };
    return outcome;
  } finally {
    options.signal?.removeEventListener('abort', onInterrupt);
    stop.abort();
    const problem = removeTree(root);
    if (outcome && problem) outcome.cleanupProblem = problem;
  }
}

/** Each commit's own diff, in one git call, within the request's bound for all of them together. */
async function commitDiffs(git: Git, changes: NonNullable<ResolvedSubject['commitChanges']>): Promise<RequestCommit[]> {
  const diffs = await git.patchBatch([...new Set(changes.map((c) => c.patchItem))], { exclude: [LEDGER_DIR] });
  return commitsWithin(
    changes.map((c) => ({ ...c, diff: diffs.get(c.patchItem) ?? '' })),
    MAX_REQUEST_DIFF_BYTES,
  );
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

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AoError('ao check was interrupted: every checker was stopped and nothing was recorded', {
      fix: 'run the command again',
      exitCode: 130,
    });
  }
}
