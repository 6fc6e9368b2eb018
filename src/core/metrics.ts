import {
  compileForbidPattern,
  describeRule,
  MAX_SCAN_WORK,
  scanWork,
  verdictMeets,
  type AddedLine,
} from './constraints.js';
import { compareRecords, digestsNamedBy } from './ledger.js';
import { globMatcher } from './policy.js';
import type { Constraint, LedgerRecord, PromotionRecord, RetirementRecord, VerdictRecord } from './record.js';

/**
 * Measured compounding: pure computations over the ledger's records and the branch's
 * commits. Every definition is written out in docs/metrics.md; the comments here only
 * point at it. Nothing reads the clock: the same input gives the same numbers.
 *
 * What a record claims about itself (`createdAt`) is bounded by what git holds: only records
 * that landed on the branch count, each dated no later than the commit that added it and no
 * earlier than the records it points to; commits are dated no later than the branch's tip.
 * Figures resting on fewer than MIN_SAMPLE cases are marked insufficient.
 */

/** One commit on the branch, as the repository layer reads it from one `git log`. */
export interface CommitFact {
  sha: string;
  /** Committer time, seconds since the epoch. */
  committedAt: number;
  /** The manifest digest of its change (what a verdict names), and the paths it changes outside the ledger (none for a merge). */
  digest: string;
  paths: string[];
  parents: string[];
  /** The ids of the ledger records its change adds (a merge: against its first parent). */
  addsRecords?: string[];
  /** Lines it adds to the paths of forbidPattern constraints (only read for commits touching them). */
  addedLines?: AddedLine[];
}

export interface MetricsInput {
  records: LedgerRecord[];
  /** Every commit reachable from the tip, in any order. */
  commits: CommitFact[];
  /** The branch's tip (default: the one commit that is no other's parent). */
  head?: string;
  /** Only commits and records at or after this instant count (ISO timestamp). */
  since?: string;
}

/** Below this many cases a share, a time or a before/after effect is marked insufficient. */
const MIN_SAMPLE = 10;

interface DurationStats {
  count: number;
  medianHours: number | null;
  meanHours: number | null;
  maxHours: number | null;
  /** Fewer than MIN_SAMPLE cycles. */
  insufficient: boolean;
  /** Cycles whose pass is dated before its fail (records claim their dates): left out of the figures. */
  inconsistent: number;
}

interface ConstraintPeriod {
  /** Commits in the period that touch the constraint's paths. */
  commits: number;
  /** Of those, commits that commit the failure the constraint names. */
  occurrences: number;
  /** occurrences / commits, or null without commits. */
  rate: number | null;
  /** Failed verdicts that landed in the period on changes touching the constraint's paths. */
  failedVerdicts: number;
  /** Of the commits, those too large to test (a forbidPattern above the work bound): not counted as occurrences. */
  unchecked: number;
  /** Fewer than MIN_SAMPLE commits. */
  insufficient: boolean;
}

interface ConstraintMetrics {
  constraint: string;
  promotion: string;
  learning: string;
  rule: string;
  paths: string[];
  /** The commit that added the promotion record, and its date (bounded as above). */
  promotedIn: string;
  promotedAt: string;
  retiredIn: string | null;
  retiredAt: string | null;
  before: ConstraintPeriod;
  after: ConstraintPeriod;
  /** after.rate − before.rate; insufficient unless both periods have MIN_SAMPLE commits. */
  effect: { rateChange: number | null; insufficient: boolean };
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
  /** The week's shares rest on fewer than MIN_SAMPLE commits or subjects. */
  insufficient: { coverage: boolean; firstPass: boolean };
}

export interface Metrics {
  since: string | null;
  minSample: number;
  /**
   * Records of the working tree's ledger: those a commit on the branch added (the only ones
   * counted), those it did not, and those dated after the commit that added them (bounded).
   */
  records: { landed: number; unlanded: number; datedAfterLanding: number };
  /** adoptedIn: the commit that added the ledger's genesis record, if it is on the branch. */
  coverage: {
    adoptedIn: string | null;
    commits: number;
    covered: number;
    share: number | null;
    uncovered: string[];
    insufficient: boolean;
  };
  /** unlanded: subjects whose change never landed on the branch (not counted). */
  firstPass: { subjects: number; firstPassed: number; rate: number | null; insufficient: boolean; unlanded: number };
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
const MAX_WEEKS = 104;

/** A record with its bounded date (ms) and the commit that added it. */
interface Landed {
  record: LedgerRecord;
  at: number;
  commit: string;
}

export function computeMetrics(input: MetricsInput): Metrics {
  const sinceMs = input.since ? Date.parse(input.since) : -Infinity;
  const graph = commitGraph(input.commits, input.head);
  const landed = landRecords(input.records, input.commits, graph.at);
  const inWindow = (l: Landed) => l.at >= sinceMs;
  const all = [...landed.values()].sort((a, b) => compareRecords(a.record, b.record));
  const records = all.filter(inWindow);
  const allVerdicts = all.filter((l) => l.record.type === 'verdict') as (Landed & { record: VerdictRecord })[];
  // Non-merge commits that change something outside the ledger, in the window.
  const changes = input.commits.filter((c) => c.paths.length > 0);
  const commits = changes
    .filter((c) => graph.at(c.sha) >= sinceMs)
    .sort((a, b) => graph.at(a.sha) - graph.at(b.sha) || (a.sha < b.sha ? -1 : 1));
  // Coverage counts only commits made under agentops/verdict: the descendants of the commit that set it up.
  const genesis = all.find((l) => l.record.type === 'genesis');
  const adoption = genesis?.commit;
  const enforced = adoption ? commits.filter((c) => graph.descends(c.sha, adoption)) : commits;

  // Coverage: the latest landed verdict naming a commit's digest decides, as `ao verify` does
  // (whatever its date: a verdict from before the window still covers a commit in it).
  const latest = latestByDigest(allVerdicts.map((l) => l.record));
  const coveredBy = (c: CommitFact) => {
    const v = latest.get(c.digest);
    return v?.verdict === 'pass' ? v : undefined;
  };
  const uncovered = enforced.filter((c) => !coveredBy(c)).map((c) => c.sha);

  // Subjects count when their change landed: a verdict on work that never lands measures nothing.
  const onBranch = new Set(changes.map((c) => c.digest));
  const grouped = groupSubjects(
    records.filter((l) => l.record.type === 'verdict').map((l) => l.record as VerdictRecord),
    (v) => landed.get(v.id)!.at,
  );
  const subjects = grouped.filter((s) => s.verdicts.some((v) => digestsNamedBy(v).some((d) => onBranch.has(d))));
  const firstPassed = subjects.filter((s) => s.verdicts[0]!.verdict === 'pass');
  const cycles = subjects.flatMap((s) => s.cycles);
  const consistent = cycles.filter((c) => c.hours >= 0);

  const constraints = constraintMetrics(all, commits, graph, latest, sinceMs);
  const weekly = weeklyMetrics(enforced, graph.at, coveredBy, subjects, records);
  return {
    since: input.since ?? null,
    minSample: MIN_SAMPLE,
    records: {
      landed: landed.size,
      unlanded: input.records.length - landed.size,
      datedAfterLanding: [...landed.values()].filter((l) => Date.parse(l.record.createdAt) > graph.at(l.commit)).length,
    },
    coverage: {
      adoptedIn: adoption ?? null,
      commits: enforced.length,
      covered: enforced.length - uncovered.length,
      share: ratio(enforced.length - uncovered.length, enforced.length),
      uncovered,
      insufficient: enforced.length < MIN_SAMPLE,
    },
    firstPass: {
      subjects: subjects.length,
      firstPassed: firstPassed.length,
      rate: ratio(firstPassed.length, subjects.length),
      insufficient: subjects.length < MIN_SAMPLE,
      unlanded: grouped.length - subjects.length,
    },
    rework: {
      subjectsReworked: subjects.filter((s) => s.cycles.length > 0).length,
      cycles: cycles.length,
      cyclesPerSubject: ratio(cycles.length, subjects.length),
      stillFailing: subjects.filter((s) => s.verdicts.at(-1)!.verdict === 'fail').length,
      failToPass: { ...durationStats(consistent.map((c) => c.hours)), inconsistent: cycles.length - consistent.length },
    },
    constraints,
    learnings: {
      recorded: records.filter((l) => l.record.type === 'learning').length,
      promoted: records.filter((l) => l.record.type === 'promotion').length,
      retired: records.filter((l) => l.record.type === 'retirement').length,
    },
    weekly,
  };
}

interface CommitGraph {
  /** A commit's date in ms: its committer date, but never after the tip's. */
  at: (sha: string) => number;
  /** Whether `sha` is a strict descendant of `ancestor` (both on the branch). */
  descends: (sha: string, ancestor: string) => boolean;
}

function commitGraph(commits: CommitFact[], head: string | undefined): CommitGraph {
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const parents = new Set(commits.flatMap((c) => c.parents));
  const tip = (head ? bySha.get(head) : undefined) ?? commits.find((c) => !parents.has(c.sha));
  const tipMs = tip ? tip.committedAt * 1000 : Infinity;
  const children = new Map<string, string[]>();
  for (const c of commits) for (const p of c.parents) (children.get(p) ?? children.set(p, []).get(p)!).push(c.sha);
  const descendants = new Map<string, Set<string>>();
  return {
    at: (sha) => Math.min((bySha.get(sha)?.committedAt ?? 0) * 1000, tipMs),
    descends: (sha, ancestor) => {
      let set = descendants.get(ancestor);
      if (!set) {
        set = new Set();
        const stack = [...(children.get(ancestor) ?? [])];
        while (stack.length > 0) {
          const next = stack.pop()!;
          if (set.has(next)) continue;
          set.add(next);
          stack.push(...(children.get(next) ?? []));
        }
        descendants.set(ancestor, set);
      }
      return set.has(sha);
    },
  };
}

/**
 * The records a commit on the branch added, each with the earliest such commit and its date
 * bounded: no later than that commit, no earlier than the records it points to (docs/metrics.md#terms).
 */
function landRecords(records: LedgerRecord[], commits: CommitFact[], at: (sha: string) => number): Map<string, Landed> {
  const addedIn = new Map<string, string>();
  for (const c of commits) {
    for (const id of c.addsRecords ?? []) {
      const known = addedIn.get(id);
      if (!known || at(c.sha) < at(known) || (at(c.sha) === at(known) && c.sha < known)) addedIn.set(id, c.sha);
    }
  }
  const landed = new Map<string, Landed>();
  for (const record of [...records].sort(compareRecords)) {
    const commit = addedIn.get(record.id);
    if (!commit) continue;
    const claimed = Date.parse(record.createdAt);
    const after = Math.max(-Infinity, ...record.prev.map((p) => landed.get(p)?.at ?? -Infinity));
    landed.set(record.id, { record, commit, at: Math.min(Math.max(claimed, after), at(commit)) });
  }
  return landed;
}

function latestByDigest(verdicts: VerdictRecord[]): Map<string, VerdictRecord> {
  const latest = new Map<string, VerdictRecord>();
  for (const v of [...verdicts].sort(compareRecords)) for (const d of digestsNamedBy(v)) latest.set(d, v); // sorted: later wins
  return latest;
}

interface Subject {
  verdicts: VerdictRecord[];
  worker: string;
  paths: Set<string>;
  /** Each fail-to-pass transition: when the failing streak began, when the pass came, hours between (ms timestamps). */
  cycles: { failAt: number; passAt: number; hours: number }[];
}

/**
 * Groups verdicts into subjects, one piece of work each (docs/metrics.md#subjects): a verdict
 * on a digest already seen joins that digest's subject; otherwise it continues the most recent
 * open subject (last verdict a fail) of the same worker whose paths overlap its own; otherwise
 * it starts a new subject. `at` dates a verdict (default: its createdAt).
 */
function groupSubjects(
  verdicts: VerdictRecord[],
  at: (v: VerdictRecord) => number = (v) => Date.parse(v.createdAt),
): Subject[] {
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
      const failAt = at(subject.verdicts[start]!);
      const passAt = at(v);
      subject.cycles.push({ failAt, passAt, hours: (passAt - failAt) / 3_600_000 });
    }
    subject.verdicts.push(v);
    for (const p of paths) subject.paths.add(p);
    byDigest.set(v.subject.digest, subject);
  }
  return subjects;
}

function constraintMetrics(
  all: Landed[],
  commits: CommitFact[],
  graph: CommitGraph,
  latest: Map<string, VerdictRecord>,
  sinceMs: number,
): ConstraintMetrics[] {
  const promotions = all.filter((l) => l.record.type === 'promotion') as (Landed & { record: PromotionRecord })[];
  const retirements = all.filter((l) => l.record.type === 'retirement') as (Landed & { record: RetirementRecord })[];
  const failed = all.filter(
    (l) => l.record.type === 'verdict' && l.record.verdict === 'fail' && l.at >= sinceMs,
  ) as (Landed & { record: VerdictRecord })[];
  return promotions.map(({ record: promotion, commit: promotedIn, at: promotedAt }) => {
    const c = promotion.constraint;
    const matches = globMatcher(c.paths);
    // The retirement of this promotion: one linking it, else the first later one naming the constraint.
    const retirement =
      retirements.find((r) => r.record.promotion === promotion.id) ??
      retirements.find(
        (r) =>
          r.record.promotion === undefined && r.record.constraint === c.id && compareRecords(promotion, r.record) < 0,
      );
    // Bound by the constraint: the commits after the one that carried it, until the one that retired it.
    const after = (sha: string) =>
      graph.descends(sha, promotedIn) && !(retirement && graph.descends(sha, retirement.commit));
    const before = (sha: string) => !graph.descends(sha, promotedIn);
    const occurs = occurrenceTest(c, latest);
    const period = (inPeriod: (sha: string) => boolean): ConstraintPeriod => {
      const touching = commits.filter((k) => inPeriod(k.sha) && k.paths.some(matches));
      const tested = touching.map(occurs);
      const occurrences = tested.filter((t) => t === true).length;
      const failedVerdicts = failed.filter(
        (v) => inPeriod(v.commit) && v.record.subject.entries.some((e) => !!e.path && matches(e.path)),
      ).length;
      return {
        commits: touching.length,
        occurrences,
        rate: ratio(occurrences, touching.length),
        failedVerdicts,
        unchecked: tested.filter((t) => t === undefined).length,
        insufficient: touching.length < MIN_SAMPLE,
      };
    };
    const b = period(before);
    const a = period(after);
    return {
      constraint: c.id,
      promotion: promotion.id,
      learning: promotion.learning,
      rule: describeRule(c),
      paths: c.paths,
      promotedIn,
      promotedAt: new Date(promotedAt).toISOString(),
      retiredIn: retirement?.commit ?? null,
      retiredAt: retirement ? new Date(retirement.at).toISOString() : null,
      before: b,
      after: a,
      effect: {
        rateChange: a.rate === null || b.rate === null ? null : round(a.rate - b.rate),
        insufficient: b.insufficient || a.insufficient,
      },
    };
  });
}

/**
 * Whether a commit commits the failure a constraint names (docs/metrics.md#constraints);
 * undefined when it cannot be told: a forbidPattern whose test would exceed the work bound.
 */
function occurrenceTest(
  c: Constraint,
  latest: Map<string, VerdictRecord>,
): (commit: CommitFact) => boolean | undefined {
  const matches = globMatcher(c.paths);
  if ('forbidPattern' in c) {
    let regex: RegExp | undefined;
    try {
      regex = compileForbidPattern(c);
    } catch {
      return () => false; // an unusable pattern never bound anything; `ao verify` reports it
    }
    return (commit) => {
      const lines = commit.addedLines ?? [];
      if (scanWork([c], lines, globMatcher) > MAX_SCAN_WORK) return undefined;
      return lines.some((l) => matches(l.path) && regex!.test(l.text));
    };
  }
  return (commit) => {
    const v = latest.get(commit.digest);
    return v?.verdict === 'pass' && !verdictMeets(c, v);
  };
}

function weeklyMetrics(
  commits: CommitFact[],
  at: (sha: string) => number,
  coveredBy: (c: CommitFact) => VerdictRecord | undefined,
  subjects: Subject[],
  records: Landed[],
): WeekMetrics[] {
  const weeks = new Map<string, WeekMetrics>();
  const week = (ms: number): WeekMetrics => {
    const { week, start } = isoWeek(ms);
    let w = weeks.get(week);
    if (!w) {
      w = {
        week,
        start,
        commits: 0,
        covered: 0,
        coverageShare: null,
        subjects: 0,
        firstPassed: 0,
        firstPassRate: null,
        failToPassCycles: 0,
        learnings: 0,
        promotions: 0,
        retirements: 0,
        insufficient: { coverage: true, firstPass: true },
      };
      weeks.set(week, w);
    }
    return w;
  };
  for (const c of commits) {
    const w = week(at(c.sha));
    w.commits++;
    if (coveredBy(c)) w.covered++;
  }
  const landedAt = new Map(records.map((l) => [l.record.id, l.at]));
  for (const s of subjects) {
    const w = week(landedAt.get(s.verdicts[0]!.id) ?? s.cycles[0]?.failAt ?? 0);
    w.subjects++;
    if (s.verdicts[0]!.verdict === 'pass') w.firstPassed++;
    for (const cycle of s.cycles) week(cycle.passAt).failToPassCycles++;
  }
  for (const { record: r, at: ms } of records) {
    if (r.type === 'learning') week(ms).learnings++;
    else if (r.type === 'promotion') week(ms).promotions++;
    else if (r.type === 'retirement') week(ms).retirements++;
  }
  if (weeks.size === 0) return [];
  // Fill the gaps between the first and last week, so a trend shows quiet weeks as zeros.
  const starts = [...weeks.values()].map((w) => Date.parse(`${w.start}T00:00:00Z`));
  const last = Math.max(...starts);
  const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * 7 * 86_400_000);
  const out: WeekMetrics[] = [];
  for (let t = first; t <= last; t += 7 * 86_400_000) {
    const w = week(t);
    w.coverageShare = ratio(w.covered, w.commits);
    w.firstPassRate = ratio(w.firstPassed, w.subjects);
    w.insufficient = { coverage: w.commits < MIN_SAMPLE, firstPass: w.subjects < MIN_SAMPLE };
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

function durationStats(hours: number[]): Omit<DurationStats, 'inconsistent'> {
  if (hours.length === 0) return { count: 0, medianHours: null, meanHours: null, maxHours: null, insufficient: true };
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    count: sorted.length,
    medianHours: round(median),
    meanHours: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    maxHours: round(sorted.at(-1)!),
    insufficient: sorted.length < MIN_SAMPLE,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
