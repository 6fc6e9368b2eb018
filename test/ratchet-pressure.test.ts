import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PATTERN_WEIGHT, MAX_SCAN_WORK, patternWeight } from '../src/core/constraints.js';
import { appendForged } from './helpers/forge.js';
import { cleanupAll, makeRepo, openRepo, tempDir, verdictStaged, type TestRepo } from './helpers/repo.js';
import { execFileSync } from 'node:child_process';

afterAll(cleanupAll);

/** These drive dozens of real git and ao processes; a shared two-core machine can be slow. */
const SLOW = 300_000;
const actor = { id: 'agent@example.com', kind: 'agent' as const };

function learn(repo: TestRepo, text: string, paths: string[]): string {
  const result = repo.ao(['learn', text, '--paths', ...paths]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.trim();
}

function promote(repo: TestRepo, learning: string, args: string[]) {
  return repo.ao(['promote', learning.slice(7, 19), ...args]);
}

/** Stages everything, records a passing verdict and commits through the pre-commit hook. */
function commitChecked(repo: TestRepo, message: string) {
  repo.git(['add', '-A']);
  expect(verdictStaged(repo).code).toBe(0);
  return repo.git(['commit', '-m', message], { allowFail: true });
}

function verifyJson(repo: TestRepo, args: string[]) {
  const result = repo.ao(['verify', ...args, '--json']);
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}

function policy(repo: TestRepo) {
  return JSON.parse(repo.read('.agents/policy.json'));
}

function writePolicy(repo: TestRepo, json: unknown) {
  repo.write('.agents/policy.json', `${JSON.stringify(json, null, 2)}\n`);
}

/** A fresh clone of the repository, as CI sees it. */
function cloneOf(repo: TestRepo): TestRepo {
  const dir = tempDir('ao-clone-');
  execFileSync('git', ['clone', '-q', repo.dir, dir], { env: repo.env });
  return openRepo(dir, repo.env);
}

describe('no pattern can make a check slow', () => {
  it(
    'weighs a pattern by the work it asks per character and refuses heavy ones when promoted and when a policy is read',
    () => {
      expect(patternWeight('.*'.repeat(40) + 'x')).toBe(40 * 8 + 1);
      expect(patternWeight('TODO\\(security\\)')).toBe(14);
      expect(patternWeight('\\S{15,}')).toBe(11 * 16 * 2);
      expect(patternWeight('\\S{15}')).toBe(11 * 15);
      expect(patternWeight('[^\'"]+')).toBe(3 * 4);
      expect(patternWeight('(?<k>a|b)')).toBe(4);

      const repo = makeRepo();
      const learning = learn(repo, 'No debug output in src', ['src/**']);
      const heavy = promote(repo, learning, ['--forbid-pattern', '.*'.repeat(40) + 'x', '--id', 'dot-stars']);
      expect(heavy.code).toBe(2);
      expect(heavy.stderr).toContain('constraint "dot-stars" has an unusable forbidPattern');
      expect(heavy.stderr).toContain(`its weight is 321, above the limit of ${MAX_PATTERN_WEIGHT}`);
      expect(heavy.stderr).toContain('one .* finds the lines several do');
      expect(policy(repo).constraints ?? []).toEqual([]);

      // Hostile: the same pattern written into the policy by hand. The change that does it is
      // refused (the policy it leaves could not be read), and a base holding it stops with exit 2.
      const base = repo.head();
      writePolicy(repo, {
        ...policy(repo),
        constraints: [{ id: 'dot-stars', learning, paths: ['src/**'], forbidPattern: '.*'.repeat(40) + 'x' }],
      });
      repo.git(['add', '-A']);
      verdictStaged(repo);
      const staged = repo.ao(['verify']);
      expect(staged.code).toBe(1);
      expect(staged.stdout).toContain('the change leaves an invalid policy');
      expect(staged.stdout).toContain('its weight is 321');
      repo.git(['commit', '-q', '--no-verify', '-m', 'Sneak a heavy pattern in']);
      repo.write('src/a.js', 'x\n');
      repo.git(['add', '-A']);
      const after = repo.ao(['verify']);
      expect(after.code).toBe(2);
      expect(after.stderr).toContain('its weight is 321');
      expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(1);
    },
    SLOW,
  );

  it(
    'bounds the work per change: a change whose lines would cost more than the bound is refused as not checkable, quickly',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, 'Long secrets must not be committed', ['src/**']);
      // Weight 11 * 15 + 1 = 166: allowed, but each character it tests costs 166.
      expect(promote(repo, learning, ['--forbid-pattern', '\\S{15}=', '--id', 'no-long-secret']).code).toBe(0);
      expect(commitChecked(repo, 'Promote no-long-secret').code).toBe(0);
      const weight = 166;

      // Below the bound: checked line by line, the matching line named.
      repo.write('src/ok.js', 'const a = 1;\nkey abcdefghijklmnopq= 2\n');
      repo.git(['add', '-A']);
      verdictStaged(repo);
      const small = verifyJson(repo, []);
      expect(small.report.changes[0]).toMatchObject({
        outcome: 'uncovered',
        failedRule: 'constraint',
        constraint: 'no-long-secret',
      });
      expect(small.report.changes[0].reason).toContain('src/ok.js:2');
      repo.git(['reset', '-q', '--hard']);
      repo.git(['clean', '-qfd']);

      // Hostile: lines built to keep every thread of the engine alive, past the bound.
      const line = 'a'.repeat(999);
      const lines = Math.ceil(MAX_SCAN_WORK / weight / (line.length + 1)) + 10;
      repo.write('src/blob.txt', `${line}\n`.repeat(lines));
      repo.write('src/other.js', 'ok\n');
      repo.git(['add', '-A']);
      verdictStaged(repo);
      const big = verifyJson(repo, []);
      expect(big.code).toBe(1);
      const decision = big.report.changes[0];
      expect(decision).toMatchObject({ outcome: 'uncovered', failedRule: 'constraint', constraint: 'no-long-secret' });
      const work = (line.length + 1) * lines * weight + 3 * weight;
      expect(decision.reason).toContain(
        `could not be checked: testing the lines this change adds would cost ${work.toLocaleString('en-US')} weight-characters, above the bound of ${MAX_SCAN_WORK.toLocaleString('en-US')} per change`,
      );
      expect(decision.fix).toContain('split the change into smaller commits');
      // The hook reaches the same decision; so does a commit that bypassed it, re-checked.
      const hook = repo.git(['commit', '-m', 'Add a blob'], { allowFail: true });
      expect(hook.code).toBe(1);
      expect(hook.stderr).toContain('could not be checked');
      repo.git(['commit', '-q', '--no-verify', '-m', 'Add a blob']);
      expect(verifyJson(repo, ['--commit', 'HEAD']).report.changes[0].failedRule).toBe('constraint');
    },
    SLOW,
  );
});

describe('the documented way to change a constraint: retire it, promote again', () => {
  it(
    'is accepted in one change, by the hook and by CI',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, 'No TODO markers in src', ['src/**']);
      expect(promote(repo, learning, ['--forbid-pattern', 'TODO', '--id', 'no-todo']).code).toBe(0);
      expect(commitChecked(repo, 'Promote no-todo').code).toBe(0);
      const base = repo.head();

      expect(repo.ao(['retire', 'no-todo', '--why', 'FIXME is the marker we forbid now']).code).toBe(0);
      expect(promote(repo, learning, ['--forbid-pattern', 'FIXME', '--id', 'no-todo']).code).toBe(0);
      expect(policy(repo).constraints).toMatchObject([{ id: 'no-todo', forbidPattern: 'FIXME' }]);
      const hook = commitChecked(repo, 'Change no-todo: FIXME, not TODO');
      expect(hook.stderr).not.toContain('uncovered');
      expect(hook.code).toBe(0);
      expect(verifyJson(repo, ['--range', `${base}..HEAD`]).code).toBe(0);
      expect(cloneOf(repo).ao(['verify', '--range', `${base}..HEAD`]).code).toBe(0);

      // The new rule binds; the old one no longer does.
      repo.write('src/a.js', '// TODO later\n');
      expect(commitChecked(repo, 'A TODO').code).toBe(0);
      repo.write('src/b.js', '// FIXME now\n');
      expect(commitChecked(repo, 'A FIXME').code).toBe(1);
    },
    SLOW,
  );

  it(
    'is accepted across two commits, and stays accepted when the history is checked again after the later promotion',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, 'Schema changes need the migration check', ['db/**']);
      expect(promote(repo, learning, ['--require-check', 'npm run check:migrations', '--id', 'migrations']).code).toBe(
        0,
      );
      expect(commitChecked(repo, 'Promote migrations').code).toBe(0);
      const base = repo.head();

      expect(repo.ao(['retire', 'migrations', '--why', 'the check moved to make']).code).toBe(0);
      expect(commitChecked(repo, 'Retire migrations').code).toBe(0);
      const retired = repo.head();
      expect(verifyJson(repo, ['--commit', retired]).code).toBe(0);

      expect(promote(repo, learning, ['--require-check', 'make migrations', '--id', 'migrations']).code).toBe(0);
      expect(commitChecked(repo, 'Promote migrations again').code).toBe(0);

      // The retirement commit is judged exactly as it was when it landed: by the hook's copy,
      // by ao verify on the commit and on the range, and by a fresh clone (CI).
      const again = verifyJson(repo, ['--commit', retired]);
      expect(again.report.changes[0].outcome).toBe('covered');
      const range = verifyJson(repo, ['--range', `${base}..HEAD`]);
      expect(range.report.changes.map((c: { outcome: string }) => c.outcome)).toEqual(['covered', 'covered']);
      expect(range.code).toBe(0);
      expect(cloneOf(repo).ao(['verify', '--range', `${base}..HEAD`]).code).toBe(0);
    },
    SLOW,
  );
});

describe('every back-link is checked', () => {
  it(
    'refuses retirements whose back-links name nothing, or another constraint, and says which',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, 'API changes need tests', ['src/api/**']);
      expect(promote(repo, learning, ['--require-evidence', 'test', '--id', 'api-tests']).code).toBe(0);
      expect(commitChecked(repo, 'Promote api-tests').code).toBe(0);
      const other = learn(repo, 'Docs in plain English', ['*.md']);
      expect(promote(repo, other, ['--require-checker-kind', 'human', '--id', 'docs-human']).code).toBe(0);
      expect(commitChecked(repo, 'Promote docs-human').code).toBe(0);
      const log = JSON.parse(repo.ao(['log', '--json']).stdout) as {
        id: string;
        type: string;
        constraint?: { id: string };
      }[];
      const docsPromotion = log.find((r) => r.type === 'promotion' && r.constraint?.id === 'docs-human')!.id;
      const nothing = `sha256:${'d'.repeat(64)}`;
      const dropWith = (links: { learning: string; promotion?: string }) => {
        repo.git(['reset', '-q', '--hard']);
        repo.git(['clean', '-qfd']);
        const current = policy(repo);
        writePolicy(repo, {
          ...current,
          constraints: current.constraints.filter((c: { id: string }) => c.id !== 'api-tests'),
        });
        appendForged(repo, {
          type: 'retirement',
          createdAt: '2026-11-02T10:00:00.000Z',
          constraint: 'api-tests',
          ...links,
          why: 'tests are slow',
          author: actor,
        });
        repo.git(['add', '-A']);
        verdictStaged(repo);
        return verifyJson(repo, []);
      };

      const noLearning = dropWith({ learning: nothing });
      expect(noLearning.report.ledger.problems).toEqual([]);
      expect(noLearning.report.changes[0]).toMatchObject({
        outcome: 'uncovered',
        failedRule: 'ratchet',
        constraint: 'api-tests',
      });
      expect(noLearning.report.changes[0].reason).toContain(
        `names learning ${nothing.slice(0, 19)}…, but the constraint was learned in ${learning.slice(0, 19)}…`,
      );

      const noPromotion = dropWith({ learning, promotion: nothing });
      expect(noPromotion.report.changes[0].reason).toContain(
        `links promotion ${nothing.slice(0, 19)}…, which is no promotion record in the ledger`,
      );

      const wrongPromotion = dropWith({ learning, promotion: docsPromotion });
      expect(wrongPromotion.report.changes[0].reason).toContain(
        `retires the constraint promotion ${docsPromotion.slice(0, 19)}… made`,
      );

      // Linking a learning record as the promotion is no better.
      const notAPromotion = dropWith({ learning, promotion: learning });
      expect(notAPromotion.report.changes[0].reason).toContain('which is no promotion record in the ledger');

      // The retirement ao retire writes, for comparison, is accepted.
      repo.git(['reset', '-q', '--hard']);
      repo.git(['clean', '-qfd']);
      expect(repo.ao(['retire', 'api-tests', '--why', 'tests are slow']).code).toBe(0);
      repo.git(['add', '-A']);
      verdictStaged(repo);
      expect(verifyJson(repo, []).code).toBe(0);
    },
    SLOW,
  );

  it(
    'refuses a constraint added by hand whose learning names nothing; one added by hand under a retired id needs its own retirement to go',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, 'No TODO markers in src', ['src/**']);
      expect(promote(repo, learning, ['--forbid-pattern', 'TODO', '--id', 'no-todo']).code).toBe(0);
      expect(commitChecked(repo, 'Promote no-todo').code).toBe(0);
      expect(repo.ao(['retire', 'no-todo', '--why', 'not useful']).code).toBe(0);
      expect(commitChecked(repo, 'Retire no-todo').code).toBe(0);

      // Hostile: a hand-written constraint whose back-link names no learning.
      const constraint = { id: 'no-todo', learning, paths: ['src/**'], forbidPattern: 'TODO' };
      const ghost = `sha256:${'e'.repeat(64)}`;
      writePolicy(repo, { ...policy(repo), constraints: [{ ...constraint, learning: ghost }] });
      const dangling = commitChecked(repo, 'Add a constraint by hand');
      expect(dangling.code).toBe(1);
      expect(dangling.stderr).toContain(
        `adds constraint "no-todo" to .agents/policy.json whose learning back-link ${ghost.slice(0, 19)}… names no learning record in the ledger`,
      );
      expect(dangling.stderr).toContain('ao learn "..." --paths \'src/**\'');

      // The same constraint, exactly as it was before its retirement, added back by hand: accepted.
      writePolicy(repo, { ...policy(repo), constraints: [constraint] });
      expect(commitChecked(repo, 'Add no-todo back by hand').code).toBe(0);
      const readded = repo.head();

      // Hostile: dropping it again, leaning on the old retirement. Refused: a retirement is spent
      // by the change it landed with.
      writePolicy(repo, { ...policy(repo), constraints: [] });
      const dropped = commitChecked(repo, 'Drop no-todo again');
      expect(dropped.code).toBe(1);
      expect(dropped.stderr).toContain('removes constraint "no-todo"');
      expect(dropped.stderr).toContain('with no retirement on record in this change');
      // With a retirement of its own, it goes (the record links the promotion of exactly this constraint).
      const retire = repo.ao(['retire', 'no-todo', '--why', 'really not useful', '--json']);
      expect(retire.code).toBe(0);
      const record = JSON.parse(retire.stdout);
      const promotions = (JSON.parse(repo.ao(['log', '--json']).stdout) as { id: string; type: string }[]).filter(
        (r) => r.type === 'promotion',
      );
      expect(record).toMatchObject({ constraint: 'no-todo', learning, promotion: promotions[0]!.id });
      expect(repo.git(['commit', '-m', 'Drop no-todo again'], { allowFail: true }).code).toBe(0);
      expect(verifyJson(repo, ['--range', `${readded}~1..HEAD`]).code).toBe(0);
    },
    SLOW,
  );
});
