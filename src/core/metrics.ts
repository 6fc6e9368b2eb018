import { compileForbidPattern, describeRule, verdictMeets, type AddedLine } from './constraints.js';
import { compareRecords, digestsNamedBy } from './ledger.js';
import { globMatcher } from './policy.js';
import type { Constraint, LedgerRecord, PromotionRecord, RetirementRecord, VerdictRecord } from './record.js';

/**
 * Measured compounding: pure computations over the ledger's records and the branch's
 * commits. Every definition is written out in docs/metrics.md; the comments here only
 * point at it. Nothing reads the clock: the same input gives the same numbers.
 */

/** One non-merge commit on the branch, as the repository layer reads it from one `git log`. */
export interface CommitFact {
  sha: string;
  /** Committer time, seconds since the epoch. */
  committedAt: number;
  /** The manifest digest of its change (what a verdict names), and the paths it changes outside the ledger. */
  digest: string;
  paths: string[];
  parents: string[];
  /** It adds the ledger's genesis record: the commit that set agentops/verdict up. */
  adopts?: boolean;
  /** Lines it adds to the paths of forbidPattern constraints (only read for commits touching them). */
  addedLines?: AddedLine[];
}

export interface MetricsInput {
  records: LedgerRecord[];
  /** Newest or oldest first: the order does not matter. */
  commits: CommitFact[];
  /** Only commits and records at or after this instant count (ISO timestamp). */
  since?: string;
}

export interface DurationStats {
  count: number;
  medianHours: number | null;
  meanHours: number | null;
  maxHours: number | null;
}

export interface ConstraintPeriod {
  /** Commits in the period that touch the constraint's paths. */
  commits: number;
  /** Of those, commits that commit the failure the constraint names. */
  occurrences: number;
  /** occurrences / commits, or null without commits. */
  rate: number | null;
  /** Failed verdicts in the period on changes touching the constraint's paths. */
  failedVerdicts: number;
}

export interface ConstraintMetrics {
  constraint: string;
  promotion: string;
  learning: string;
  rule: string;
  paths: string[];
  promotedAt: string;
  retiredAt: string | null;
  before: ConstraintPeriod;
  after: ConstraintPeriod;
}

export interface WeekMetrics {
  /** ISO 8601 week, e.g. "2026-W48", and the date of its Monday. */
  week: string;
  start: string;
  commits: number;
  covered: number;
  coverageShare: number | null;
  subjects: number;
  firstPassed: number;
  firstPassRate: number | null;
  failToPassCycles: number;
  learnings: number;
  promotions: number;
  retirements: number;
}

export interface Metrics {
  since: string | null;
  /** adoptedIn: the commit that added the ledger's genesis record, if it is on the branch. */
  coverage: { adoptedIn: string | null; commits: number; covered: number; share: number | null; uncovered: string[] };
  firstPass: { subjects: number; firstPassed: number; rate: number | null };
  rework: {
    subjectsReworked: number;
    cycles: number;
    /** cycles / subjects (all subjects), or null without subjects. */
    cyclesPerSubject: number | null;
    stillFailing: number;
    failToPass: DurationStats;
  };
  constraints: ConstraintMetrics[];
  learnings: { recorded: number; promoted: number; retired: number };
  weekly: WeekMetrics[];
}

/** Weeks shown in the trend: the most recent this many that hold data, gaps included. */
export const MAX_WEEKS = 104;

export function computeMetrics(input: MetricsInput): Metrics {
  const sinceMs = input.since ? Date.parse(input.since) : -Infinity;
  const records = [...input.records].sort(compareRecords).filter((r) => Date.parse(r.createdAt) >= sinceMs);
  const allVerdicts = [...input.records].filter((r): r is VerdictRecord => r.type === 'verdict').sort(compareRecords);
  const commits = input.commits.filter((c) => c.committedAt * 1000 >= sinceMs && c.paths.length > 0).sort((a, b) => a.committedAt - b.committedAt || (a.sha < b.sha ? -1 : 1));
  // Coverage counts only commits made under agentops/verdict: not the one that set it up, nor its ancestors.
  const preAdoption = adoptionAncestry(input.commits);
  const enforced = commits.filter((c) => !preAdoption.has(c.sha));

  // Coverage: the latest verdict naming a commit's digest decides, as `ao verify` does
  // (whatever its date: a verdict from before the window still covers a commit in it).
  const latest = latestByDigest(allVerdicts);
  const coveredBy = (c: CommitFact) => {
    const v = latest.get(c.digest);
    return v?.verdict === 'pass' ? v : undefined;
  };
  const uncovered = enforced.filter((c) => !coveredBy(c)).map((c) => c.sha);

  const verdicts = records.filter((r): r is VerdictRecord => r.type === 'verdict');
  const subjects = groupSubjects(verdicts);
  const firstPassed = subjects.filter((s) => s.verdicts[0]!.verdict === 'pass');
  const cycles = subjects.flatMap((s) => s.cycles);

  const constraints = constraintMetrics(input.records, commits, allVerdicts, latest, sinceMs);

  const weekly = weeklyMetrics(enforced, coveredBy, subjects, records);
  const adoption = input.commits.find((c) => c.adopts);
  return {
    since: input.since ?? null,
    coverage: {
      adoptedIn: adoption?.sha ?? null,
      commits: enforced.length,
      covered: enforced.length - uncovered.length,
      share: ratio(enforced.length - uncovered.length, enforced.length),
      uncovered,
    },
    firstPass: { subjects: subjects.length, firstPassed: firstPassed.length, rate: ratio(firstPassed.length, subjects.length) },
    rework: {
      subjectsReworked: subjects.filter((s) => s.cycles.length > 0).length,
      cycles: cycles.length,
      cyclesPerSubject: ratio(cycles.length, subjects.length),
      stillFailing: subjects.filter((s) => s.verdicts.at(-1)!.verdict === 'fail').length,
      failToPass: durationStats(cycles.map((c) => c.hours)),
    },
    constraints,
    learnings: {
      recorded: records.filter((r) => r.type === 'learning').length,
      promoted: records.filter((r) => r.type === 'promotion').length,
      retired: records.filter((r) => r.type === 'retirement').length,
    },
    weekly,
  };
}

/** The commit that adopted agentops/verdict and every ancestor of it (among the commits given). */
function adoptionAncestry(commits: CommitFact[]): Set<string> {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const seen = new Set<string>();
  const stack = commits.filter((c) => c.adopts).map((c) => c.sha);
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    for (const parent of bySha.get(sha)?.parents ?? []) stack.push(parent);
  }
  return seen;
}

function latestByDigest(verdicts: VerdictRecord[]): Map<string, VerdictRecord> {
  const latest = new Map<string, VerdictRecord>();
  for (const v of verdicts) for (const d of digestsNamedBy(v)) latest.set(d, v); // sorted: later wins
  return latest;
}

export interface Subject {
  verdicts: VerdictRecord[];
  worker: string;
  paths: Set<string>;
  /** Each fail-to-pass transition: when the failing streak began, when the pass came, hours between. */
  cycles: { failAt: string; passAt: string; hours: number }[];
}

/**
 * Groups verdicts into subjects, one piece of work each (docs/metrics.md#subjects): a verdict
 * on a digest already seen joins that digest's subject; otherwise it continues the most recent
 * open subject (last verdict a fail) of the same worker whose paths overlap its own; otherwise
 * it starts a new subject.
 */
export function groupSubjects(verdicts: VerdictRecord[]): Subject[] {
  const subjects: Subject[] = [];
  const byDigest = new Map<string, Subject>();
  for (const v of [...verdicts].sort(compareRecords)) {
    const paths = v.subject.entries.map((e) => e.path ?? e.pathBase64 ?? '');
    let subject = byDigest.get(v.subject.digest);
    if (!subject) {
      for (let i = subjects.length - 1; i >= 0; i--) {
        const s = subjects[i]!;
        if (s.verdicts.at(-1)!.verdict === 'fail' && s.worker === v.worker.id && paths.some((p) => s.paths.has(p))) {
          subject = s;
          break;
        }
      }
    }
    if (!subject) {
      subject = { verdicts: [], worker: v.worker.id, paths: new Set(), cycles: [] };
      subjects.push(subject);
    }
    const previous = subject.verdicts.at(-1);
    if (previous?.verdict === 'fail' && v.verdict === 'pass') {
      // The failing streak began at the first fail after the last pass (or at the start).
      let start = subject.verdicts.length - 1;
      while (start > 0 && subject.verdicts[start - 1]!.verdict === 'fail') start--;
      const failAt = subject.verdicts[start]!.createdAt;
      subject.cycles.push({ failAt, passAt: v.createdAt, hours: (Date.parse(v.createdAt) - Date.parse(failAt)) / 3_600_000 });
    }
    subject.verdicts.push(v);
    for (const p of paths) subject.paths.add(p);
    byDigest.set(v.subject.digest, subject);
  }
  return subjects;
}

function constraintMetrics(
  allRecords: LedgerRecord[],
  commits: CommitFact[],
  allVerdicts: VerdictRecord[],
  latest: Map<string, VerdictRecord>,
  sinceMs: number,
): ConstraintMetrics[] {
  const sorted = [...allRecords].sort(compareRecords);
  const promotions = sorted.filter((r): r is PromotionRecord => r.type === 'promotion');
  const retirements = sorted.filter((r): r is RetirementRecord => r.type === 'retirement');
  const failed = allVerdicts.filter((v) => v.verdict === 'fail' && Date.parse(v.createdAt) >= sinceMs);
  return promotions.map((promotion) => {
    const c = promotion.constraint;
    const matches = globMatcher(c.paths);
    const promotedMs = Date.parse(promotion.createdAt);
    const retirement = retirements.find((r) => r.constraint === c.id && compareRecords(promotion, r) < 0);
    const retiredMs = retirement ? Date.parse(retirement.createdAt) : Infinity;
    const occurs = occurrenceTest(c, latest);
    const period = (from: number, to: number): ConstraintPeriod => {
      const inPeriod = commits.filter((k) => k.committedAt * 1000 >= from && k.committedAt * 1000 < to && k.paths.some(matches));
      const occurrences = inPeriod.filter(occurs).length;
      const failedVerdicts = failed.filter((v) => {
        const at = Date.parse(v.createdAt);
        return at >= from && at < to && v.subject.entries.some((e) => !!e.path && matches(e.path));
      }).length;
      return { commits: inPeriod.length, occurrences, rate: ratio(occurrences, inPeriod.length), failedVerdicts };
    };
    return {
      constraint: c.id,
      promotion: promotion.id,
      learning: promotion.learning,
      rule: describeRule(c),
      paths: c.paths,
      promotedAt: promotion.createdAt,
      retiredAt: retirement?.createdAt ?? null,
      before: period(-Infinity, promotedMs),
      after: period(promotedMs, retiredMs),
    };
  });
}

/** Whether a commit commits the failure a constraint names (docs/metrics.md#constraints). */
function occurrenceTest(c: Constraint, latest: Map<string, VerdictRecord>): (commit: CommitFact) => boolean {
  const matches = globMatcher(c.paths);
  if ('forbidPattern' in c) {
    let regex: RegExp | undefined;
    try {
      regex = compileForbidPattern(c);
    } catch {
      return () => false; // an unusable pattern never bound anything; `ao verify` reports it
    }
    return (commit) => (commit.addedLines ?? []).some((l) => matches(l.path) && regex!.test(l.text));
  }
  return (commit) => {
    const v = latest.get(commit.digest);
    return v?.verdict === 'pass' && !verdictMeets(c, v);
  };
}

function weeklyMetrics(commits: CommitFact[], coveredBy: (c: CommitFact) => VerdictRecord | undefined, subjects: Subject[], records: LedgerRecord[]): WeekMetrics[] {
  const weeks = new Map<string, WeekMetrics>();
  const at = (ms: number): WeekMetrics => {
    const { week, start } = isoWeek(ms);
    let w = weeks.get(week);
    if (!w) {
      w = { week, start, commits: 0, covered: 0, coverageShare: null, subjects: 0, firstPassed: 0, firstPassRate: null, failToPassCycles: 0, learnings: 0, promotions: 0, retirements: 0 };
      weeks.set(week, w);
    }
    return w;
  };
  for (const c of commits) {
    const w = at(c.committedAt * 1000);
    w.commits++;
    if (coveredBy(c)) w.covered++;
  }
  for (const s of subjects) {
    const w = at(Date.parse(s.verdicts[0]!.createdAt));
    w.subjects++;
    if (s.verdicts[0]!.verdict === 'pass') w.firstPassed++;
    for (const cycle of s.cycles) at(Date.parse(cycle.passAt)).failToPassCycles++;
  }
  for (const r of records) {
    if (r.type === 'learning') at(Date.parse(r.createdAt)).learnings++;
    else if (r.type === 'promotion') at(Date.parse(r.createdAt)).promotions++;
    else if (r.type === 'retirement') at(Date.parse(r.createdAt)).retirements++;
  }
  if (weeks.size === 0) return [];
  // Fill the gaps between the first and last week, so a trend shows quiet weeks as zeros.
  const starts = [...weeks.values()].map((w) => Date.parse(`${w.start}T00:00:00Z`));
  const last = Math.max(...starts);
  const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * 7 * 86_400_000);
  const out: WeekMetrics[] = [];
  for (let t = first; t <= last; t += 7 * 86_400_000) {
    const w = at(t);
    w.coverageShare = ratio(w.covered, w.commits);
    w.firstPassRate = ratio(w.firstPassed, w.subjects);
    out.push(w);
  }
  return out;
}

/** ISO 8601 week (UTC) of an instant: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(ms: number): { week: string; start: string } {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0
  const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day);
  const thursday = new Date(monday + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: new Date(monday).toISOString().slice(0, 10) };
}

export function durationStats(hours: number[]): DurationStats {
  if (hours.length === 0) return { count: 0, medianHours: null, meanHours: null, maxHours: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: sorted.length, medianHours: round(median), meanHours: round(sorted.reduce((a, b) => a + b, 0) / sorted.length), maxHours: round(sorted.at(-1)!) };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
