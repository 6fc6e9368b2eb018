import { SEVERITIES } from './record.js';
import { AoError } from './errors.js';
import { clip, plural } from './words.js';
import type { CheckPolicy } from './policy.js';
import type { JudgeResult, JudgeVerdict } from './review.js';

/**
 * The rules of `ao check`: who a judge is, and when a set of runs and a council of
 * judges adds up to a passing verdict.
 */

const JUDGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
/** Words that start a program rather than name it: `node judge.mjs` is the judge "judge". */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash']);
const LAUNCHERS = new Set([
  'node',
  'nodejs',
  'deno',
  'bun',
  'tsx',
  'ts-node',
  'python',
  'python3',
  'uv',
  'uvx',
  'pipx',
  'ruby',
  'perl',
  'php',
  'sh',
  'bash',
  'zsh',
  'dash',
  'env',
  'exec',
  'command',
  'nice',
  'timeout',
  'npx',
  'pnpm',
  'yarn',
  'npm',
  'run',
  'x',
  'dlx',
]);

/** A judge's name: letters, digits and . _ @ + -, at most 64, starting with a letter or digit. */
export function isJudgeName(name: string): boolean {
  return JUDGE_NAME.test(name);
}

/**
 * A judge's name when none is given: the program its command runs, without directory or
 * extension (`claude -p ...` is "claude", `node judges/strict.mjs` is "strict"). Only
 * for naming: the command itself is run by /bin/sh as written.
 */
export function judgeNameFromCommand(command: string): string {
  const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  let index = 0;
  while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]!)) index++;
  const launcher = words[index] ?? '';
  let program = launcher;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const base = word.split('/').pop() ?? '';
    if (word.startsWith('-')) {
      const next = words[index + 1];
      // `sh -c 'claude -p ...'` is named by its script; `node -e CODE` by its interpreter.
      if (word === '-c' && next !== undefined && SHELLS.has(baseName(launcher))) return judgeNameFromCommand(next);
      if (['-c', '-e', '--eval', '-p', '--print'].includes(word) && LAUNCHERS.has(baseName(launcher))) break;
      continue;
    }
    if (!LAUNCHERS.has(base) && !/^[0-9.]+[a-z]?$/.test(base)) {
      program = word;
      break;
    }
  }
  const name = baseName(program)
    .replace(/\.(m?[jt]s|cjs|py|sh|rb|pl|php)$/, '')
    .replace(/[^A-Za-z0-9._@+-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 64);
  return name || 'judge';
}

function baseName(word: string): string {
  return word.split('/').pop() ?? '';
}

/**
 * A judge whose own program is part of the change under review would judge itself: the
 * change could rewrite it to always pass. Returns the first word of the command that
 * names a path the change touches (relative paths resolve inside the checkout under review).
 */
export function judgeTouchedByChange(command: string, changedPaths: string[]): string | undefined {
  const changed = new Set(changedPaths);
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? '')
      .replace(/^[A-Za-z_][A-Za-z0-9_]*=/, '')
      .replace(/^(?:\.\/)+/, '');
    if (word && changed.has(word)) return word;
  }
  return undefined;
}

export function judgeId(name: string): string {
  return `judge:${name}`;
}

/** Why a quorum can never be met (the adapter words it, naming its own options). */
export type QuorumProblem =
  | { problem: 'no-judges' }
  | { problem: 'not-whole'; quorum: number }
  /** More than the distinct judges; `given` counts a judge given twice twice. */
  | { problem: 'unreachable'; quorum: number; distinct: number; given: number };

/** The quorum a council needs: at least 1, at most the number of distinct judges (a judge given twice counts once). */
export function quorumProblem(judgeIds: string[], quorum: number | undefined): QuorumProblem | undefined {
  const distinct = new Set(judgeIds).size;
  if (quorum === undefined) return undefined;
  if (distinct === 0) return { problem: 'no-judges' };
  if (!Number.isSafeInteger(quorum) || quorum < 1) return { problem: 'not-whole', quorum };
  if (quorum > distinct) return { problem: 'unreachable', quorum, distinct, given: judgeIds.length };
  return undefined;
}

/** The quorum a council needs (default: all of its distinct judges); the caller has refused a `quorumProblem`. */
export function resolveQuorum(judgeIds: string[], quorum: number | undefined): number {
  const problem = quorumProblem(judgeIds, quorum);
  if (problem)
    throw new AoError(`the quorum cannot be met (${problem.problem})`, {
      fix: 'give a quorum from 1 to the number of distinct judges',
    });
  return quorum ?? new Set(judgeIds).size;
}

export interface CouncilDecision {
  verdict: 'pass' | 'fail';
  /**
   * "not proven" when the judges' errors (a judge that did not run, crashed, timed out or
   * answered outside the schema) left the quorum out of reach: distinct from a fail on
   * findings. The recorded verdict is then a fail all the same: never green by default.
   */
  outcome: 'pass' | 'fail' | 'not proven';
  /** Judges whose every answer was an error. */
  errored: string[];
  runs: { total: number; passed: number; failed: string[] };
  judges: { distinct: number; passed: number; quorum: number; passing: string[]; duplicates: string[] };
  /** Distinct model families among the passing judges, sorted. */
  families: string[];
  /** Why the verdict fails; empty when it passes. */
  reasons: string[];
}

function countsAsPass(verdict: JudgeVerdict, policy: CheckPolicy = {}): boolean {
  return verdict === 'pass' || (verdict === 'warn' && policy.warnIsPass !== false);
}

/**
 * A judge's verdict as the policy counts it: with `check.failOn`, a review holding a finding
 * of that severity or worse is a fail, whatever the judge concluded.
 */
function effectiveVerdict(result: JudgeResult, policy: CheckPolicy = {}): JudgeVerdict {
  if (result.verdict === 'error' || result.verdict === 'fail' || !policy.failOn) return result.verdict;
  // SEVERITIES lists them least first: the index is the rank.
  const threshold = SEVERITIES.indexOf(policy.failOn);
  return (result.review?.findings ?? []).some((f) => SEVERITIES.indexOf(f.severity) >= threshold)
    ? 'fail'
    : result.verdict;
}

/**
 * The verdict: every run passes, at least `quorum` distinct judges pass, and the passing
 * judges span at least `policy.minModelFamilies` model families. A judge given more than
 * once passes only when every one of its answers does.
 */
export function decideCouncil(args: {
  runs: { command: string; passed: boolean }[];
  judges: JudgeResult[];
  quorum: number;
  policy?: CheckPolicy;
}): CouncilDecision {
  const policy = args.policy ?? {};
  const failedRuns = args.runs.filter((run) => !run.passed).map((run) => run.command);
  const byJudge = new Map<string, JudgeResult[]>();
  for (const result of args.judges) byJudge.set(result.reviewer, [...(byJudge.get(result.reviewer) ?? []), result]);
  const passing = [...byJudge]
    .filter(([, results]) => results.every((r) => countsAsPass(effectiveVerdict(r, policy), policy)))
    .map(([id]) => id);
  const errored = [...byJudge].filter(([, results]) => results.every((r) => r.verdict === 'error')).map(([id]) => id);
  const failedOn = policy.failOn
    ? args.judges.filter((r) => r.verdict !== 'fail' && effectiveVerdict(r, policy) === 'fail').map((r) => r.reviewer)
    : [];
  const duplicates = [...byJudge].filter(([, results]) => results.length > 1).map(([id]) => id);
  const families = [
    ...new Set(args.judges.filter((r) => passing.includes(r.reviewer) && r.family).map((r) => r.family!)),
  ].sort();

  const reasons: string[] = [];
  if (failedRuns.length > 0)
    reasons.push(`${failedRuns.length} of ${plural(args.runs.length, 'run')} failed: ${failedRuns.join(', ')}`);
  let notProven = false;
  if (byJudge.size > 0 && passing.length < args.quorum) {
    // Not proven: without the judges that errored the quorum was out of reach, and none of the rest failed it.
    notProven = failedRuns.length === 0 && errored.length > 0 && passing.length + errored.length >= args.quorum;
    reasons.push(
      `${passing.length} of ${plural(byJudge.size, 'judge')} passed; the quorum is ${args.quorum}` +
        (errored.length ? ` (${errored.length} errored and do not count: ${errored.join(', ')})` : '') +
        (failedOn.length
          ? ` (the policy's check.failOn ${policy.failOn} turned ${[...new Set(failedOn)].join(', ')} into a fail)`
          : ''),
    );
  }
  const minFamilies = policy.minModelFamilies;
  if (minFamilies !== undefined && families.length < minFamilies) {
    reasons.push(
      `the passing judges span ${families.length} model famil${families.length === 1 ? 'y' : 'ies'}${families.length ? ` (${families.join(', ')})` : ''}; the policy requires ${minFamilies}`,
    );
  }
  const verdict = reasons.length === 0 ? 'pass' : 'fail';
  return {
    verdict,
    outcome: verdict === 'pass' ? 'pass' : notProven ? 'not proven' : 'fail',
    errored,
    runs: { total: args.runs.length, passed: args.runs.length - failedRuns.length, failed: failedRuns },
    judges: { distinct: byJudge.size, passed: passing.length, quorum: args.quorum, passing, duplicates },
    families,
    reasons,
  };
}

/**
 * The commits of a range a passing verdict names on their own: those whose diff the judges
 * were shown whole (`shown`) and on which the council passes counting, for each commit,
 * only the answers that list it in their review's `commits` (every other answer counts as
 * not passing it). `--run` commands see the range's head only: they vouch for no commit.
 */
export function commitsVouchedFor(args: {
  shown: string[];
  judges: JudgeResult[];
  quorum: number;
  policy?: CheckPolicy;
}): string[] {
  if (args.judges.length === 0) return [];
  return args.shown.filter((commit) => {
    const judges = args.judges.map((j) =>
      j.review?.commits?.includes(commit) ? j : { ...j, verdict: 'error' as const },
    );
    return decideCouncil({ runs: [], judges, quorum: args.quorum, policy: args.policy }).verdict === 'pass';
  });
}

/** The record's summary: the outcome in one paragraph, with the council's families. */
export function councilSummary(decision: CouncilDecision): string {
  const parts = [
    `ao check: ${decision.outcome === 'not proven' ? 'fail (not proven: judges errored and the quorum was out of reach)' : decision.verdict}.`,
  ];
  if (decision.runs.total > 0) parts.push(`Runs: ${decision.runs.passed} of ${decision.runs.total} passed.`);
  if (decision.judges.distinct > 0) {
    parts.push(
      `Judges: ${decision.judges.passed} of ${decision.judges.distinct} passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}.`,
    );
  }
  if (decision.judges.duplicates.length > 0) parts.push(`Counted once: ${decision.judges.duplicates.join(', ')}.`);
  if (decision.reasons.length > 0) parts.push(`Fails because ${decision.reasons.join('; ')}.`);
  return clip(parts.join(' '), 4000);
}
