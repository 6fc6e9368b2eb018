import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll, CHECKER, makeRepo, tempDir, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

const CHROMIUM = '/usr/bin/chromium';
const DAY = 86_400_000;

/**
 * A scripted history with known numbers (docs/metrics.md has the definitions):
 *   setup (adoption), 35 days ago
 *   c1  src/api/users.js   a failed verdict, fixed, passed          28 days ago
 *   c2  src/api/orders.js  passed first time                         21 days ago
 *   c3  docs/guide.md      committed with --no-verify, no verdict    14 days ago
 *   promotion of learning A (--require-evidence test), with a verdict  7 days ago
 *   c4  src/api/users.js   passed with test evidence                 now (after the promotion)
 * Learnings: A on src/api/**, B on src/api/users.js, C on *.md.
 */
interface History {
  repo: TestRepo;
  learningA: string;
  learningB: string;
  learningC: string;
  commits: Record<'setup' | 'c1' | 'c2' | 'c3' | 'promote' | 'c4', string>;
}

function at(daysAgo: number): NodeJS.ProcessEnv {
  const date = new Date(Date.now() - daysAgo * DAY).toISOString();
  return { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
}

function scriptHistory(): History {
  const repo = makeRepo({ init: false });
  expect(repo.ao(['init', '--hooks', 'git']).code).toBe(0);
  repo.write('README.md', '# shop\n');
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '--no-verify', '-m', 'Set up agentops/verdict'], { env: at(35) });
  const setup = repo.head();
  const learn = (args: string[]) => repo.ao(['learn', ...args]).stdout.trim();
  const commit = (message: string, daysAgo: number) => {
    expect(repo.git(['commit', '-q', '-m', message], { env: at(daysAgo), allowFail: true }).code).toBe(0);
    return repo.head();
  };

  const learningA = learn(['Validate user input at the API boundary', '--paths', 'src/api/**', '--tag', 'validation']);
  repo.write('src/api/users.js', 'export const user = (id) => db.get(id);\n');
  repo.git(['add', '-A']);
  expect(
    repo.ao([
      'verdict',
      'fail',
      '--checker',
      CHECKER,
      '--summary',
      'missing null check on id',
      '--evidence',
      'review:id may be undefined',
    ]).code,
  ).toBe(0);
  repo.write('src/api/users.js', 'export const user = (id) => (id == null ? undefined : db.get(String(id)));\n');
  repo.git(['add', '-A']);
  verdictStaged(repo);
  const c1 = commit('Add users endpoint', 28);

  repo.write('src/api/orders.js', 'export const orders = () => [];\n');
  repo.git(['add', '-A']);
  verdictStaged(repo);
  const c2 = commit('Add orders endpoint', 21);

  repo.write('docs/guide.md', '# Guide\n');
  repo.git(['add', '-A']);
  repo.git(['commit', '-q', '--no-verify', '-m', 'Write a guide'], { env: at(14) });
  const c3 = repo.head();

  const learningB = learn([
    'users.js ids are strings, never numbers',
    '--paths',
    'src/api/users.js',
    '--from',
    readLastVerdictFail(repo),
  ]);
  const learningC = learn(['Keep the docs in plain English', '--paths', '*.md', '--tag', 'docs']);
  expect(
    repo.ao(['promote', learningA.slice(7, 19), '--require-evidence', 'test', '--id', 'api-needs-tests']).code,
  ).toBe(0);
  verdictStaged(repo);
  const promote = commit('Promote: API changes need tests', 7);

  repo.write('src/api/users.js', 'export const user = (id) => (id == null ? undefined : db.get(String(id).trim()));\n');
  repo.git(['add', '-A']);
  verdictStaged(repo, ['--evidence', 'test:npm test: 12 passed']);
  // Dated after the promotion record (git dates have whole seconds), so it falls after it.
  const c4 = commit('Trim user ids', -5 / 86_400);
  return { repo, learningA, learningB, learningC, commits: { setup, c1, c2, c3, promote, c4 } };
}

function readLastVerdictFail(repo: TestRepo): string {
  const records = JSON.parse(repo.ao(['log', '--json']).stdout) as { id: string; type: string; verdict?: string }[];
  return records.find((r) => r.type === 'verdict' && r.verdict === 'fail')!.id;
}

let h: History;
beforeAll(() => {
  h = scriptHistory();
}, 240_000);

describe('ao metrics', () => {
  it('measures coverage, first pass, rework, constraints before/after and learnings on a scripted history', () => {
    const result = h.repo.ao(['metrics', '--json']);
    expect(result.code).toBe(0);
    const m = JSON.parse(result.stdout);
    // c1, c2, c3, promote, c4: all but c3 covered. The set-up commit is not counted.
    expect(m.coverage).toEqual({
      adoptedIn: h.commits.setup,
      commits: 5,
      covered: 4,
      share: 0.8,
      uncovered: [h.commits.c3],
      insufficient: true,
    });
    // Subjects: c1 (fail, then pass), c2, the promotion, c4: three passed first time.
    expect(m.firstPass).toEqual({ subjects: 4, firstPassed: 3, rate: 0.75, insufficient: true, unlanded: 0 });
    expect(m.rework).toMatchObject({ subjectsReworked: 1, cycles: 1, cyclesPerSubject: 0.25, stillFailing: 0 });
    expect(m.rework.failToPass.count).toBe(1);
    expect(m.rework.failToPass.medianHours).toBeGreaterThanOrEqual(0);
    expect(m.learnings).toEqual({ recorded: 3, promoted: 1, retired: 0 });
    // Before its promotion, both src/api commits had passing verdicts without test evidence.
    expect(m.constraints).toHaveLength(1);
    expect(m.constraints[0]).toMatchObject({
      constraint: 'api-needs-tests',
      learning: h.learningA,
      rule: 'requires evidence of kind test',
      before: { commits: 2, occurrences: 2, rate: 1, failedVerdicts: 1 },
      after: { commits: 1, occurrences: 0, rate: 0, failedVerdicts: 0 },
    });
    // The trend: one row per ISO week from the first commit to the last, gaps included.
    const weeks = m.weekly.map((w: { week: string }) => w.week);
    expect(weeks.length).toBeGreaterThanOrEqual(5);
    expect(m.weekly.reduce((n: number, w: { commits: number }) => n + w.commits, 0)).toBe(5);
    expect(m.weekly.reduce((n: number, w: { subjects: number }) => n + w.subjects, 0)).toBe(4);

    const since = new Date(Date.now() - 17 * DAY).toISOString().slice(0, 10);
    const recent = JSON.parse(h.repo.ao(['metrics', '--since', since, '--json']).stdout);
    expect(recent.coverage).toMatchObject({ commits: 3, covered: 2 });
    const table = h.repo.ao(['metrics']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('coverage     80.0%  4 of 5 commits covered by a passing verdict');
    expect(table.stdout).toContain('first pass   75.0%  3 of 4 subjects');
    expect(table.stdout).toMatch(/api-needs-tests\s+2\s+2 \(100\.0%\)\s+1\s+1\s+0 \(0\.0%\)\s+0/);
    expect(table.stdout).toMatch(/trend {6}coverage \S+/);
    expect(h.repo.ao(['metrics', '--since', 'last tuesday']).code).toBe(2);
  });
});

describe('ao context', () => {
  it('compiles constraints, learnings (most specific first), failed verdicts and heads, deterministically', () => {
    const first = h.repo.ao(['context', '--paths', 'src/api/users.js']);
    const second = h.repo.ao(['context', '--paths', 'src/api/users.js']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const text = first.stdout;
    expect(text).toContain(
      '- api-needs-tests: in force (in the base); on "src/api/**"; requires evidence of kind test\n',
    );
    const learningsAt = text.indexOf('## Learnings');
    const specific = text.indexOf('users.js ids are strings', learningsAt);
    const general = text.indexOf('"Validate user input at the API boundary"\n', learningsAt);
    expect(specific).toBeGreaterThan(0);
    expect(general).toBeGreaterThan(specific);
    expect(text).not.toContain('plain English');
    expect(text).toContain('missing null check on id');
    expect(text).toContain('## Open heads of the ledger');

    const json = JSON.parse(h.repo.ao(['context', '--paths', 'src/api/users.js', '--format', 'json']).stdout);
    expect(json.learnings.map((l: { id: string }) => l.id)).toEqual([h.learningB, h.learningA]);
    expect(json.learnings[1].enforcedBy).toEqual(['api-needs-tests']);
    expect(json.failedVerdicts).toHaveLength(1);
    expect(json.heads).toHaveLength(1);
    expect(json.cut.applied).toBe(false);

    // Cut to the budget: a prefix of the priority order, with the cut reported.
    const budget = json.cut.fullTokens - 10;
    const cut = h.repo.ao(['context', '--paths', 'src/api/users.js', '--format', 'json', '--budget', String(budget)]);
    const cutJson = JSON.parse(cut.stdout);
    expect(cutJson.cut).toMatchObject({ applied: true, budget, omitted: { constraints: 0, learnings: 0, heads: 1 } });
    expect(Math.ceil(cut.stdout.length / 4)).toBeLessThanOrEqual(budget); // the final newline included
    expect(cutJson.cut.tokens).toBe(Math.ceil(cut.stdout.length / 4));
    expect(cut.stderr).toContain(`cut to ${budget} tokens`);
    const md = h.repo.ao(['context', '--paths', 'src/api/users.js', '--budget', '200']);
    expect(md.stdout.trimEnd()).toMatch(
      /_Cut to the budget of 200 tokens \(this text: ~\d+\): left out .*; the full context is ~\d+ tokens\._$/,
    );
    expect(Math.ceil(md.stdout.length / 4)).toBeLessThanOrEqual(200);

    // --commit: the paths that commit changes.
    expect(h.repo.ao(['context', '--commit', h.commits.c3]).stdout).toContain('Keep the docs in plain English');
  });
});

describe('ao export --format in-toto', () => {
  it('writes each verdict as an in-toto Statement v1 with a SLSA verification summary predicate', () => {
    const out = join(tempDir(), 'verdicts.jsonl');
    const result = h.repo.ao(['export', '--format', 'in-toto', '--out', out]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const records = JSON.parse(h.repo.ao(['log', '--json']).stdout)
      .filter((r: { type: string }) => r.type === 'verdict')
      .reverse();
    expect(lines).toHaveLength(records.length);
    lines.forEach((line, i) => {
      const statement = JSON.parse(line);
      const record = records[i];
      expect(Object.keys(statement)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
      expect(statement._type).toBe('https://in-toto.io/Statement/v1');
      expect(statement.predicateType).toBe('https://slsa.dev/verification_summary/v1');
      expect(statement.subject[0].digest).toEqual({ sha256: record.subject.digest.slice(7) });
      for (const s of statement.subject) {
        expect(typeof s.name).toBe('string');
        for (const [algorithm, value] of Object.entries(s.digest))
          expect(value).toMatch(algorithm === 'sha256' ? /^[0-9a-f]{64}$/ : /^[0-9a-f]{40}$/);
      }
      const p = statement.predicate;
      expect(p.verifier.id).toBe(`mailto:${CHECKER}`);
      expect(p.timeVerified).toBe(record.createdAt);
      expect(p.resourceUri).toMatch(/^[a-z][a-z0-9+.-]*:/);
      expect(p.policy.uri).toMatch(/^(https:\/\/|urn:agentops-verdict:policy:[0-9a-f]{40}:)/);
      expect(p.inputAttestations[0].digest.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(p.verificationResult).toBe(record.verdict === 'pass' ? 'PASSED' : 'FAILED');
      expect(p.verifiedLevels).toEqual(record.verdict === 'pass' ? ['AGENTOPS_INDEPENDENT_CHECK'] : ['FAILED']);
      expect(p['https://agentops.dev/verdict/v1'].record).toBe(record.id);
    });
    // The passing verdict on c1's staged change names the commit it landed in.
    const c1 = lines
      .map((l) => JSON.parse(l))
      .find((s) => s.subject.some((x: { digest: { gitCommit?: string } }) => x.digest.gitCommit === h.commits.c1));
    expect(c1.predicate.verificationResult).toBe('PASSED');

    h.repo.git(['remote', 'add', 'origin', 'git@github.com:acme/shop.git']);
    const array = JSON.parse(h.repo.ao(['export', '--format', 'in-toto', '--array']).stdout);
    expect(array).toHaveLength(records.length);
    expect(array.at(-1).predicate.resourceUri).toBe(`git+ssh://git@github.com/acme/shop@${h.commits.c4}`);
    h.repo.git(['remote', 'remove', 'origin']);
    expect(h.repo.ao(['export', '--format', 'spdx']).code).toBe(2);
  });
});

describe('ao report', () => {
  const title = existsSync(CHROMIUM)
    ? 'renders in headless Chromium: no console errors, charts drawn, records open'
    : `SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium), so the report page is not tested in a browser`;
  it.skipIf(!existsSync(CHROMIUM))(title, async () => {
    const dir = tempDir('ao-report-');
    const written = h.repo.ao(['report', '--out', dir]);
    expect(written.code).toBe(0);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//); // no external assets

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (!/^(?:file|data):/.test(request.url())) problems.push(`network request: ${request.url()}`);
      });
      await page.goto(`file://${join(dir, 'index.html')}`);

      // Every chart renders, with marks of nonzero size.
      const charts = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = [...svg.querySelectorAll('rect.bar, circle.point, polyline.series')].filter((m) => {
            const b = (m as unknown as { getBBox(): { width: number; height: number } }).getBBox();
            return b.width > 0 || b.height > 0;
          });
          return { id: svg.id, width: box.width, height: box.height, marks: marks.length };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual([
        'chart-coverage',
        'chart-first-pass',
        'chart-rework',
        'chart-learnings',
        'chart-constraints',
      ]);
      for (const chart of charts) {
        expect(chart.width).toBeGreaterThan(200);
        expect(chart.height).toBeGreaterThan(80);
        expect(chart.marks, chart.id).toBeGreaterThan(0);
      }
      const nodes = await page.$$('svg.dag .node');
      const records = JSON.parse(h.repo.ao(['log', '--json']).stdout);
      expect(nodes).toHaveLength(records.length);

      // A record opens in the panel: from the DAG, and from a learning's link.
      expect(await page.isVisible('#panel')).toBe(false);
      const fail = records.find(
        (r: { type: string; verdict?: string }) => r.type === 'verdict' && r.verdict === 'fail',
      );
      await page.click(`svg.dag .node[data-id="${fail.id}"]`);
      expect(await page.isVisible('#panel')).toBe(true);
      expect(await page.textContent('#panel-title')).toContain('verdict fail');
      expect(await page.textContent('#panel-fields')).toContain('missing null check on id');
      expect(JSON.parse((await page.textContent('#panel-json'))!)).toEqual(fail);
      await page.click(`#knowledge a.rec[data-id="${h.learningB}"]`);
      expect(await page.textContent('#panel-fields')).toContain('users.js ids are strings');
      expect(await page.textContent('#knowledge')).toContain('api-needs-tests');

      const screenshot = process.env.AO_REPORT_SCREENSHOT ?? join(dir, 'report.png');
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.keyboard.press('Escape');
      expect(await page.isVisible('#panel')).toBe(false);
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('ao check hands the context to its judges', () => {
  it('puts the compiled context for the touched paths in the review request', () => {
    const saved = join(tempDir(), 'request.json');
    const judge = [
      process.execPath,
      join(dirname(new URL(import.meta.url).pathname), 'fixtures', 'judges', 'pass.mjs'),
      'claude-sonnet-4-5',
      '--save',
      saved,
    ]
      .map((w) => `'${w}'`)
      .join(' ');
    h.repo.write('src/api/users.js', 'export const user = (id) => db.get(String(id));\n');
    h.repo.git(['add', '-A']);
    const result = h.repo.ao(['check', '--judge', judge, '--checker', CHECKER]);
    expect(result.code).toBe(0);
    const { request } = JSON.parse(readFileSync(saved, 'utf8'));
    expect(request.context).toContain('# What to know before changing "src/api/users.js"');
    expect(request.context).toContain('- api-needs-tests: in force (in the base)');
    expect(request.context).toContain('users.js ids are strings, never numbers');
  });
});
