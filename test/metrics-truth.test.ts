import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendForged } from './helpers/forge.js';
import { cleanupAll, CHECKER, makeRepo, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

const DAY = 86_400_000;
const MIN_SAMPLE = 10;
/** A Monday, 09:00 UTC, thirty weeks ago: every scripted date lies well in the past. */
const T0 = (() => {
  const now = new Date(Date.now() - 30 * 7 * DAY);
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7));
  return monday + 9 * 3_600_000;
})();
const dayMs = (day: number) => T0 + day * DAY;

/** The ISO week of an instant, written out independently of the code under test. */
function isoWeek(ms: number): string {
  const d = new Date(ms);
  const thursday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3),
  );
  const jan4 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week1Thursday = Date.UTC(jan4.getUTCFullYear(), 0, 4 - ((jan4.getUTCDay() + 6) % 7) + 3);
  return `${thursday.getUTCFullYear()}-W${String(1 + Math.round((thursday.getTime() - week1Thursday) / (7 * DAY))).padStart(2, '0')}`;
}

/**
 * The truth the script knows, kept as it runs: every commit (when it was made, whether it is
 * under the gate, whether a passing verdict covers it, what it touches and adds), every
 * subject as it was worked, and the day each counted record landed. Everything expected
 * below is computed from this model, not by the code under test.
 */
interface ModelCommit {
  name: string;
  sha: string;
  /** The commit's date as git holds it, and as metrics may use it (never after the tip). */
  at: number;
  /** Changes something outside the ledger and descends from the set-up commit. */
  counted: boolean;
  covered: boolean;
  /** Touches src/** (the paths of no-console and no-debugger) or src/api/** (api-tests). */
  src: boolean;
  api: boolean;
  /** Adds a console.log / debugger line; its passing verdict lacks test evidence. */
  consoleLog?: boolean;
  debuggerLine?: boolean;
  passWithoutTests?: boolean;
  /** Lands a failed verdict on src/**. */
  landsFailOnSrc?: boolean;
}
interface ModelSubject {
  first: 'pass' | 'fail';
  /** The day its first verdict landed (record dates are bounded by the commit that added them). */
  firstAt: number;
  cycles: { failAt: number; passAt: number }[];
  last: 'pass' | 'fail';
}

const commits: ModelCommit[] = [];
const subjects: ModelSubject[] = [];
const landed = { learnings: [] as number[], promotions: [] as number[], retirements: [] as number[] };
let repo: TestRepo;
let neverLanded = 0;

function dates(ms: number): NodeJS.ProcessEnv {
  const iso = new Date(ms).toISOString();
  return { GIT_COMMITTER_DATE: iso, GIT_AUTHOR_DATE: iso };
}

/** Commits what is staged at `day`: through the pre-commit hook, or bypassing it. */
function commit(
  name: string,
  day: number,
  facts: Omit<ModelCommit, 'name' | 'sha' | 'at'>,
  options: { bypass?: boolean; date?: number } = {},
): ModelCommit {
  const result = repo.git(['commit', '-q', ...(options.bypass ? ['--no-verify'] : []), '-m', name], {
    env: dates(options.date ?? dayMs(day)),
    allowFail: true,
  });
  expect(result.code, `${name}: ${result.stderr}`).toBe(0);
  const made = { name, sha: repo.head(), at: dayMs(day), ...facts };
  commits.push(made);
  return made;
}

function stage(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git(['add', '-A']);
}

/** One piece of work that passes first time through the hook. */
function work(
  name: string,
  day: number,
  path: string,
  content: string,
  facts: Partial<ModelCommit> = {},
  verdictArgs: string[] = [],
  date?: number,
): ModelCommit {
  stage({ [path]: content });
  expect(verdictStaged(repo, verdictArgs).code).toBe(0);
  const bypass = facts.consoleLog || facts.debuggerLine || facts.passWithoutTests;
  const made = commit(
    name,
    day,
    { counted: true, covered: true, src: path.startsWith('src/'), api: path.startsWith('src/api/'), ...facts },
    { bypass, date },
  );
  subjects.push({ first: 'pass', firstAt: day, cycles: [], last: 'pass' });
  return made;
}

/** Commits only the ledger (the staged work is put aside): records land, no change does. */
function ledgerOnly(name: string, day: number, keep: string[] = []): void {
  if (keep.length > 0) repo.git(['reset', '-q', '--', ...keep]);
  commit(name, day, { counted: false, covered: false, src: false, api: false }, { bypass: true });
}

beforeAll(() => {
  repo = makeRepo({ init: false });
  // Before set-up: the first commit, and a branch forked from it that is merged after set-up.
  stage({ 'README.md': '# shop\n', 'src/app.js': 'export const app = 1;\n' });
  commit('p1', 0, { counted: false, covered: false, src: true, api: false });
  repo.git(['checkout', '-q', '-b', 'old-feature']);
  stage({ 'src/old.js': 'console.log("old");\n' });
  commit('o1', 1, { counted: false, covered: false, src: true, api: false, consoleLog: true });
  repo.git(['checkout', '-q', 'main']);
  expect(repo.ao(['init', '--hooks', 'git']).code).toBe(0);
  repo.git(['add', '-A']);
  commit('setup', 2, { counted: false, covered: false, src: false, api: false }, { bypass: true });

  const learnConsole = repo
    .ao(['learn', 'Never call console.log in src', '--paths', 'src/**', '--negative'])
    .stdout.trim();
  const learnTests = repo.ao(['learn', 'API changes need tests', '--paths', 'src/api/**']).stdout.trim();
  landed.learnings.push(3, 3);
  work('w1', 3, 'src/a.js', 'console.log(1);\n', { consoleLog: true });
  for (let i = 1; i <= 10; i++)
    work(`a${i}`, 3 + i, `src/api/e${i}.js`, `export const e${i} = ${i};\n`, { passWithoutTests: true });

  // Rework: a fail that lands on day 14, the fixed change passing on day 16.
  stage({ 'src/b.js': 'export const b = () => nul;\n' });
  expect(repo.ao(['verdict', 'fail', '--checker', CHECKER, '--summary', 'typo']).code).toBe(0);
  ledgerOnly('b-fail', 14, ['src/b.js']);
  commits.at(-1)!.landsFailOnSrc = true;
  stage({ 'src/b.js': 'export const b = () => null;\n' });
  verdictStaged(repo);
  commit('b-pass', 16, { counted: true, covered: true, src: true, api: false });
  subjects.push({ first: 'fail', firstAt: 14, cycles: [{ failAt: 14, passAt: 16 }], last: 'pass' });

  // Gamed: ten passes on changes that never land.
  for (let i = 0; i < 10; i++) {
    repo.write(`never/j${i}.js`, `${i}\n`);
    repo.git(['add', '--', `never/j${i}.js`]);
    expect(verdictStaged(repo).code).toBe(0);
    repo.git(['reset', '-q', '--', 'never']);
    neverLanded++;
  }
  ledgerOnly('never-landed', 17);
  repo.git(['clean', '-qfd', 'never']);

  const promote = (name: string, day: number, learning: string, args: string[]) => {
    expect(repo.ao(['promote', learning.slice(7, 19), ...args]).code).toBe(0);
    verdictStaged(repo);
    landed.promotions.push(day);
    subjects.push({ first: 'pass', firstAt: day, cycles: [], last: 'pass' });
    return commit(name, day, { counted: true, covered: true, src: false, api: false });
  };
  promote('k1', 18, learnConsole, ['--forbid-pattern', 'console\\.log', '--id', 'no-console']);
  promote('k2', 19, learnTests, ['--require-evidence', 'test', '--id', 'api-tests']);

  // Gamed: the branch forked before set-up, merged after it.
  expect(
    repo.git(['merge', '-q', '--no-ff', '--no-verify', '-m', 'Merge old-feature', 'old-feature'], {
      env: dates(dayMs(20)),
    }).code,
  ).toBe(0);
  commits.push({
    name: 'merge',
    sha: repo.head(),
    at: dayMs(20),
    counted: false,
    covered: false,
    src: false,
    api: false,
  });

  work('w2', 21, 'src/c.js', 'export const c = 3;\n');
  work('d-sneak', 22, 'src/d.js', 'console.log("sneak");\n', { consoleLog: true });
  work('a11', 23, 'src/api/e11.js', 'export const e11 = 11;\n', {}, ['--evidence', 'test:npm test: 3 passed']);
  work('a12', 24, 'src/api/e12.js', 'export const e12 = 12;\n', { passWithoutTests: true });
  // Gamed: a learning that says it was written in 2099.
  appendForged(repo, {
    type: 'learning',
    createdAt: '2099-01-01T00:00:00.000Z',
    text: 'From the future',
    paths: ['docs/**'],
    tags: [],
    negative: false,
    author: { id: 'agent@example.com', kind: 'agent' },
  });
  landed.learnings.push(25);
  work('w3', 25, 'docs/guide.md', '# Guide\n');

  // Gamed: a pass dated before its fail. The fail lands on day 26; the pass, forged with a
  // date of day 20, on the same change, lands on day 28: it is dated by its fail at the earliest.
  stage({ 'src/e.js': 'export const e = 5;\n' });
  expect(repo.ao(['verdict', 'fail', '--checker', CHECKER, '--summary', 'needs a second look']).code).toBe(0);
  ledgerOnly('e-fail', 26, ['src/e.js']);
  commits.at(-1)!.landsFailOnSrc = true;
  const fail = (
    JSON.parse(repo.ao(['log', '--json']).stdout) as { type: string; verdict?: string; subject?: unknown; id: string }[]
  ).find((r) => r.type === 'verdict' && r.verdict === 'fail' && JSON.stringify(r.subject).includes('src/e.js'))!;
  repo.git(['add', '-A']);
  appendForged(repo, {
    type: 'verdict',
    createdAt: new Date(dayMs(20)).toISOString(),
    subject: fail.subject,
    verdict: 'pass',
    checker: { id: CHECKER, kind: 'agent' },
    worker: { id: 'agent@example.com', kind: 'agent' },
    evidence: [],
    summary: 'fine',
  } as never);
  commit('e-pass', 28, { counted: true, covered: true, src: true, api: false });
  subjects.push({ first: 'fail', firstAt: 26, cycles: [{ failAt: 26, passAt: 26 }], last: 'pass' });

  expect(repo.ao(['retire', 'no-console', '--why', 'the logger redacts now']).code).toBe(0);
  verdictStaged(repo);
  landed.retirements.push(30);
  subjects.push({ first: 'pass', firstAt: 30, cycles: [], last: 'pass' });
  commit('r1', 30, { counted: true, covered: true, src: false, api: false });
  work('w4', 31, 'src/f.js', 'console.log("allowed again");\n');
  promote('k3', 32, learnConsole, ['--forbid-pattern', 'debugger', '--id', 'no-debugger']);
  work('g', 33, 'src/g.js', 'debugger;\n', { debuggerLine: true });

  // A pass that landed before its fail did: committed on day 34 without the fail it points to,
  // which lands on day 35. Its time is inconsistent and left out, never negative.
  stage({ 'src/k.js': 'export const k = 7;\n' });
  expect(repo.ao(['verdict', 'fail', '--checker', CHECKER, '--summary', 'hmm']).code).toBe(0);
  const ledgerBefore = new Set(readdirSync(join(repo.dir, '.agents/ledger'), { recursive: true }).map(String));
  repo.git(['reset', '-q', '--', '.agents/ledger']);
  expect(verdictStaged(repo).code).toBe(0);
  const passFile = readdirSync(join(repo.dir, '.agents/ledger'), { recursive: true })
    .map(String)
    .find((p) => p.endsWith('.json') && !ledgerBefore.has(p))!;
  repo.git(['reset', '-q', '--', '.agents/ledger']);
  repo.git(['add', '--', 'src/k.js', join('.agents/ledger', passFile)]);
  commit('k-pass', 34, { counted: true, covered: true, src: true, api: false }, { bypass: true });
  repo.git(['add', '-A']);
  commit(
    'k-fail',
    35,
    { counted: false, covered: false, src: false, api: false, landsFailOnSrc: true },
    { bypass: true },
  );
  subjects.push({ first: 'fail', firstAt: 35, cycles: [{ failAt: 35, passAt: 34 }], last: 'pass' });

  // Still failing: a fail committed with its change, past the hook.
  stage({ 'src/i.js': 'export const i = 9;\n' });
  expect(repo.ao(['verdict', 'fail', '--checker', CHECKER, '--summary', 'wrong']).code).toBe(0);
  commit('i', 36, { counted: true, covered: false, src: true, api: false, landsFailOnSrc: true }, { bypass: true });
  subjects.push({ first: 'fail', firstAt: 36, cycles: [], last: 'fail' });

  // Gamed: a commit dated 2099 in the middle of the history. It is dated by the tip at the
  // latest (day 39), and so is the verdict it carries.
  work('h', 37, 'src/h.js', 'export const h = 8;\n', {}, [], Date.parse('2099-06-01T00:00:00Z'));
  subjects.at(-1)!.firstAt = 39;

  stage({ 'docs/notes.md': 'notes\n' });
  commit('notes', 38, { counted: true, covered: false, src: false, api: false }, { bypass: true });
  work('j', 39, 'src/j.js', 'export const j = 10;\n');
  // Recorded, never committed.
  repo.ao(['learn', 'Not committed yet', '--paths', 'src/**']);
  // The 2099 commit is dated by the tip at the latest.
  const tip = commits.at(-1)!.at;
  for (const c of commits) c.at = Math.min(c.at, tip);
}, 600_000);

/** Descendants, from the model's order: the main line is linear after the merge (o1 is on the side). */
function after(name: string): (c: ModelCommit) => boolean {
  const index = commits.findIndex((c) => c.name === name);
  return (c) => c.name !== 'o1' && commits.indexOf(c) > index;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function expectedMetrics(since = -Infinity) {
  const inWindow = (ms: number) => ms >= since;
  const counted = commits.filter((c) => c.counted && inWindow(c.at));
  const covered = counted.filter((c) => c.covered);
  const subjectsIn = subjects.filter((s) => inWindow(dayMs(s.firstAt)));
  const cycles = subjectsIn.flatMap((s) => s.cycles);
  const hours = cycles
    .map((c) => (dayMs(c.passAt) - dayMs(c.failAt)) / 3_600_000)
    .filter((h) => h >= 0)
    .sort((a, b) => a - b);
  const period = (
    inPeriod: (c: ModelCommit) => boolean,
    touches: (c: ModelCommit) => boolean,
    occurs: (c: ModelCommit) => boolean,
  ) => {
    const touching = commits.filter(
      (c) => inPeriod(c) && touches(c) && c.name !== 'merge' && c.name !== 'setup' && inWindow(c.at),
    );
    const occurrences = touching.filter(occurs).length;
    const failedVerdicts = commits.filter(
      (c) => inPeriod(c) && c.landsFailOnSrc && touches({ ...c, src: true, api: false }),
    ).length;
    return {
      commits: touching.length,
      occurrences,
      rate: ratio(occurrences, touching.length),
      failedVerdicts,
      unchecked: 0,
      insufficient: touching.length < MIN_SAMPLE,
    };
  };
  const constraint = (
    promotedIn: string,
    retiredIn: string | null,
    touches: (c: ModelCommit) => boolean,
    occurs: (c: ModelCommit) => boolean,
  ) => {
    const isAfter = after(promotedIn);
    const retired = retiredIn ? after(retiredIn) : () => false;
    const before = period((c) => !isAfter(c), touches, occurs);
    const later = period((c) => isAfter(c) && !retired(c), touches, occurs);
    return {
      promotedIn: commits.find((c) => c.name === promotedIn)!.sha,
      retiredIn: retiredIn ? commits.find((c) => c.name === retiredIn)!.sha : null,
      before,
      after: later,
      effect: {
        rateChange:
          later.rate === null || before.rate === null ? null : Math.round((later.rate - before.rate) * 10_000) / 10_000,
        insufficient: before.insufficient || later.insufficient,
      },
    };
  };
  const weeks = new Map<
    string,
    {
      commits: number;
      covered: number;
      subjects: number;
      firstPassed: number;
      failToPassCycles: number;
      learnings: number;
      promotions: number;
      retirements: number;
    }
  >();
  const week = (ms: number) => {
    const key = isoWeek(ms);
    if (!weeks.has(key))
      weeks.set(key, {
        commits: 0,
        covered: 0,
        subjects: 0,
        firstPassed: 0,
        failToPassCycles: 0,
        learnings: 0,
        promotions: 0,
        retirements: 0,
      });
    return weeks.get(key)!;
  };
  for (const c of counted) {
    week(c.at).commits++;
    if (c.covered) week(c.at).covered++;
  }
  for (const s of subjectsIn) {
    week(dayMs(s.firstAt)).subjects++;
    if (s.first === 'pass') week(dayMs(s.firstAt)).firstPassed++;
    for (const c of s.cycles) week(dayMs(c.passAt)).failToPassCycles++;
  }
  for (const [kind, days] of Object.entries(landed))
    for (const d of days.filter((d) => inWindow(dayMs(d)))) week(dayMs(d))[kind as 'learnings']++;
  return {
    coverage: {
      commits: counted.length,
      covered: covered.length,
      share: ratio(covered.length, counted.length),
      uncovered: counted.filter((c) => !c.covered).map((c) => c.sha),
      insufficient: counted.length < MIN_SAMPLE,
    },
    firstPass: {
      subjects: subjectsIn.length,
      firstPassed: subjectsIn.filter((s) => s.first === 'pass').length,
      rate: ratio(subjectsIn.filter((s) => s.first === 'pass').length, subjectsIn.length),
      insufficient: subjectsIn.length < MIN_SAMPLE,
    },
    rework: {
      subjectsReworked: subjectsIn.filter((s) => s.cycles.length > 0).length,
      cycles: cycles.length,
      cyclesPerSubject: ratio(cycles.length, subjectsIn.length),
      stillFailing: subjectsIn.filter((s) => s.last === 'fail').length,
      failToPass: {
        count: hours.length,
        medianHours: hours.length
          ? hours.length % 2
            ? hours[(hours.length - 1) / 2]!
            : (hours[hours.length / 2 - 1]! + hours[hours.length / 2]!) / 2
          : null,
        meanHours: hours.length ? hours.reduce((a, b) => a + b, 0) / hours.length : null,
        maxHours: hours.length ? hours.at(-1)! : null,
        insufficient: hours.length < MIN_SAMPLE,
        inconsistent: cycles.length - hours.length,
      },
    },
    learnings: {
      recorded: landed.learnings.filter((d) => inWindow(dayMs(d))).length,
      promoted: landed.promotions.filter((d) => inWindow(dayMs(d))).length,
      retired: landed.retirements.filter((d) => inWindow(dayMs(d))).length,
    },
    constraints: [
      constraint(
        'k1',
        'r1',
        (c) => c.src,
        (c) => !!c.consoleLog,
      ),
      constraint(
        'k2',
        null,
        (c) => c.api,
        (c) => !!c.passWithoutTests,
      ),
      constraint(
        'k3',
        null,
        (c) => c.src,
        (c) => !!c.debuggerLine,
      ),
    ],
    weeks,
  };
}

describe('ao metrics on a scripted history with known truth', () => {
  it('gives every figure the model gives, and none of the gamed records moves one', () => {
    const result = repo.ao(['metrics', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const m = JSON.parse(result.stdout);
    const want = expectedMetrics();

    const records = readdirSync(join(repo.dir, '.agents/ledger'), { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('.json')).length;
    // Every record but the uncommitted learning landed; all are dated after the commit that
    // added them (the commits are backdated), except the pass forged with an earlier date.
    expect(m.records).toEqual({ landed: records - 1, unlanded: 1, datedAfterLanding: records - 2 });
    expect(m.minSample).toBe(MIN_SAMPLE);
    expect(m.coverage).toEqual({ adoptedIn: commits.find((c) => c.name === 'setup')!.sha, ...want.coverage });
    // o1 (forked before set-up, merged after) is not counted; neither are the merge, p1 or set-up.
    expect(m.coverage.uncovered).not.toContain(commits.find((c) => c.name === 'o1')!.sha);
    expect(m.firstPass).toEqual({ ...want.firstPass, unlanded: neverLanded });
    expect(m.rework).toEqual(want.rework);
    expect(m.rework.failToPass).toMatchObject({ count: 2, medianHours: 24, maxHours: 48, inconsistent: 1 });
    expect(m.learnings).toEqual(want.learnings);
    expect(m.constraints.map((c: { constraint: string }) => c.constraint)).toEqual([
      'no-console',
      'api-tests',
      'no-debugger',
    ]);
    m.constraints.forEach((c: Record<string, unknown>, i: number) => expect(c).toMatchObject(want.constraints[i]!));
    expect(m.constraints[1].before).toMatchObject({ commits: 10, occurrences: 10, insufficient: false });
    expect(m.constraints[1].effect.insufficient).toBe(true);

    // The trend: every week from the first with data to the tip's, none in 2099.
    const weeks = [...want.weeks.keys()].sort();
    expect(m.weekly[0].week).toBe(weeks[0]);
    expect(m.weekly.at(-1).week).toBe(isoWeek(commits.at(-1)!.at));
    expect(m.weekly.length).toBe(
      Math.round((Date.parse(m.weekly.at(-1).start) - Date.parse(m.weekly[0].start)) / (7 * DAY)) + 1,
    );
    for (const w of m.weekly) {
      const known = want.weeks.get(w.week) ?? {
        commits: 0,
        covered: 0,
        subjects: 0,
        firstPassed: 0,
        failToPassCycles: 0,
        learnings: 0,
        promotions: 0,
        retirements: 0,
      };
      expect(w, w.week).toMatchObject({
        ...known,
        coverageShare: ratio(known.covered, known.commits),
        firstPassRate: ratio(known.firstPassed, known.subjects),
        insufficient: { coverage: known.commits < MIN_SAMPLE, firstPass: known.subjects < MIN_SAMPLE },
      });
    }
  });

  it('windows by the bounded dates', () => {
    const since = new Date(dayMs(21)).toISOString();
    const m = JSON.parse(repo.ao(['metrics', '--since', since, '--json']).stdout);
    const want = expectedMetrics(dayMs(21));
    expect(m.coverage).toMatchObject(want.coverage);
    expect(m.firstPass).toMatchObject(want.firstPass);
    expect(m.rework).toEqual(want.rework);
    expect(m.learnings).toEqual(want.learnings);
  });

  it('prints the sample sizes and marks what rests on too few cases', () => {
    const table = repo.ao(['metrics']);
    expect(table.code).toBe(0);
    const want = expectedMetrics();
    const text = table.stdout;
    expect(text).toContain(`commits covered by a passing verdict  (n=${want.coverage.commits})`);
    expect(text).toContain(
      `subjects passed their first verdict  (n=${want.firstPass.subjects}); ${neverLanded} subjects whose change never landed, not counted`,
    );
    expect(text).toContain(
      'fail→pass median 24.0 h, mean 24.0 h  [insufficient data: n=2, fewer than 10]; 1 cycle whose pass is dated before its fail, left out',
    );
    expect(text).toMatch(
      /requires evidence of kind test; promoted in [0-9a-f]{7} \(\d{4}-\d\d-\d\d\); effect: insufficient data \(before n=10, after n=2; fewer than 10 in a period\)/,
    );
    expect(text).toMatch(/records {6}\d+ added by commits on the branch \(counted\); 1 not \(not counted\)/);
    expect(text).toContain('fewer than 10 cases, insufficient data');
  });
});
