import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

/** These drive dozens of real git and ao processes; a shared two-core machine can be slow. */
const SLOW = 240_000;

/** `sha256:` + 12 hex: how refusals name a learning. */
const short = (id: string) => id.slice(0, 19);

function learn(repo: TestRepo, args: string[]): string {
  const result = repo.ao(['learn', ...args]);
  expect(result.stderr).toContain('recorded learning');
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

/** Promotes, then commits the policy change with the verdict it needs (through the hook). */
function promoteAndCommit(repo: TestRepo, learning: string, args: string[], checkRefusal = false): void {
  const promoted = repo.ao(['promote', learning.slice(7, 19), ...args]);
  expect(promoted.stderr).toContain('the policy change is itself a change that needs a verdict: ao verdict pass');
  expect(promoted.code).toBe(0);
  if (checkRefusal) {
    const unchecked = repo.git(['commit', '-m', 'Promote a learning'], { allowFail: true });
    expect(unchecked.code).not.toBe(0); // the policy change needs a verdict like any other
  }
  expect(verdictStaged(repo).code).toBe(0);
  expect(repo.git(['commit', '-m', 'Promote a learning'], { allowFail: true }).code).toBe(0);
}

function commitChecked(repo: TestRepo, message: string, extra: string[] = []) {
  repo.git(['add', '-A']);
  expect(verdictStaged(repo, extra).code).toBe(0);
  return repo.git(['commit', '-m', message], { allowFail: true });
}

describe('the ratchet: learn, promote, enforce, retire', () => {
  it(
    'enforces a forbidPattern constraint in ao verify and the pre-commit hook, naming the learning, until it is retired',
    () => {
      const repo = makeRepo();
      const text = 'Never call console.log in src: it leaks tokens';
      const learning = learn(repo, [text, '--paths', 'src/**', '--tag', 'logging', '--negative']);
      expect(learning).toMatch(/^sha256:[0-9a-f]{64}$/);
      promoteAndCommit(repo, learning, ['--forbid-pattern', 'console\\.log', '--id', 'no-console-log'], true);

      const policyText = repo.read('.agents/policy.json');
      const policy = JSON.parse(policyText);
      expect(policyText).toBe(`${JSON.stringify(policy, null, 2)}\n`);
      expect(policy.constraints).toEqual([
        { id: 'no-console-log', learning, paths: ['src/**'], forbidPattern: 'console\\.log', note: text },
      ]);
      const log = repo.ao(['log']).stdout;
      expect(log).toMatch(/promotion .* -> constraint "no-console-log"/);
      expect(log).toMatch(/learning \(avoid\)/);

      // A passing verdict does not help a change that adds what the constraint forbids.
      repo.write('src/app.js', 'export function f(t) {\n  console.log("token", t);\n  return t;\n}\n');
      repo.write('tools/dev.js', 'console.log("fine outside src");\n');
      const hook = commitChecked(repo, 'Add app');
      expect(hook.code).toBe(1);
      expect(hook.stderr).toContain(`constraint "no-console-log" (learned in ${short(learning)}…: "${text}")`);
      expect(hook.stderr).toContain('src/app.js:2: console.log("token", t);');
      expect(hook.stderr).not.toContain('tools/dev.js');
      expect(hook.stderr).toContain('ao retire no-console-log --why');
      const staged = JSON.parse(repo.ao(['verify', '--json']).stdout).changes[0];
      expect(staged).toMatchObject({
        outcome: 'uncovered',
        failedRule: 'constraint',
        constraint: 'no-console-log',
        learning,
      });

      // Fixed: a new digest, a new verdict, accepted.
      repo.write('src/app.js', 'export function f(t) {\n  return t;\n}\n');
      expect(commitChecked(repo, 'Add app').code).toBe(0);

      // A commit that bypassed the hook is refused by ao verify, from its real diff.
      const base = repo.head();
      repo.write('src/b.js', 'console.log(1);\n');
      repo.git(['add', '-A']);
      verdictStaged(repo);
      repo.git(['commit', '-q', '--no-verify', '-m', 'Sneak a log in']);
      const byCommit = repo.ao(['verify', '--commit', 'HEAD']);
      expect(byCommit.code).toBe(1);
      expect(byCommit.stdout).toContain('src/b.js:1: console.log(1);');
      expect(byCommit.stdout).toContain('git commit --amend');
      expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(1);
      repo.git(['reset', '-q', '--hard', base]);

      // Retired on the record: the same change is now accepted.
      const retired = repo.ao([
        'retire',
        'no-console-log',
        '--why',
        'all logging goes through the redacting logger now',
      ]);
      expect(retired.code).toBe(0);
      expect(retired.stderr).toContain('retired constraint "no-console-log"');
      expect(JSON.parse(repo.read('.agents/policy.json')).constraints).toEqual([]);
      expect(commitChecked(repo, 'Retire no-console-log').code).toBe(0);
      repo.write('src/c.js', 'console.log("allowed again");\n');
      expect(commitChecked(repo, 'Log').code).toBe(0);
      expect(repo.ao(['ledger', 'verify']).code).toBe(0);
      expect(repo.ao(['log']).stdout).toMatch(/retirement {2}constraint "no-console-log": all logging/);
    },
    SLOW,
  );

  it(
    'refuses a constraint dropped or changed without a retirement record; requireCheck wants the command run',
    () => {
      const repo = makeRepo();
      const learning = learn(repo, ['Schema changes need the migration check', '--paths', 'db/**']);
      promoteAndCommit(repo, learning, ['--require-check', 'npm run check:migrations']);
      const [constraint] = JSON.parse(repo.read('.agents/policy.json')).constraints;
      expect(constraint.id).toBe('schema-changes-need-the');

      repo.write('db/001.sql', 'create table t (id int);\n');
      repo.git(['add', '-A']);
      verdictStaged(repo);
      const lacking = repo.ao(['verify']);
      expect(lacking.code).toBe(1);
      expect(lacking.stdout).toContain(
        `constraint "${constraint.id}" (learned in ${short(learning)}…: "Schema changes need the migration check"), which requires the check \`npm run check:migrations\``,
      );
      expect(lacking.stdout).toContain("--ran 'npm run check:migrations'");
      expect(commitChecked(repo, 'Add table', ['--ran', 'npm run check:migrations']).code).toBe(0);

      // Edited in place or dropped by hand: refused, whatever the verdict says.
      const policy = JSON.parse(repo.read('.agents/policy.json'));
      repo.write(
        '.agents/policy.json',
        `${JSON.stringify({ ...policy, constraints: [{ ...constraint, paths: ['db/nothing/**'] }] }, null, 2)}\n`,
      );
      repo.git(['add', '-A']);
      verdictStaged(repo);
      expect(repo.ao(['verify']).stdout).toContain(`changes constraint "${constraint.id}"`);
      repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, constraints: [] }, null, 2)}\n`);
      const dropped = commitChecked(repo, 'Drop the constraint');
      expect(dropped.code).toBe(1);
      expect(dropped.stderr).toContain(`removes constraint "${constraint.id}" (learned in ${short(learning)}…`);
      expect(dropped.stderr).toContain('with no retirement on record');
      expect(dropped.stderr).toContain(`ao retire ${constraint.id} --why`);

      const retired = repo.ao(['retire', constraint.id, '--why', 'migrations are checked in CI now']);
      expect(retired.code).toBe(0);
      expect(retired.stderr).toContain('it was already out of .agents/policy.json');
      expect(repo.git(['commit', '-m', 'Drop the constraint'], { allowFail: true }).code).toBe(0);
      expect(repo.ao(['retire', constraint.id, '--why', 'again']).stderr).toContain('already retired');
    },
    SLOW,
  );

  it(
    'tests forbidPattern on the lines each commit adds, and guards the pattern',
    () => {
      const repo = makeRepo();
      repo.write('src/legacy.js', '// TODO(security) legacy\nconst a = 1;\n');
      repo.commitAll('Legacy code');
      const learning = learn(repo, ['Security TODOs must not be merged', '--paths', 'src/**', '*.sql']);
      const slow = repo.ao(['promote', learning.slice(7, 19), '--forbid-pattern', '(a)\\1', '--id', 'no-backrefs']);
      expect(slow.code).toBe(2);
      expect(slow.stderr).toContain('constraint "no-backrefs"');
      expect(slow.stderr).toContain('cannot run in linear time');
      expect(repo.ao(['promote', learning.slice(7, 19), '--forbid-pattern', '(']).stderr).toContain(
        'unusable forbidPattern',
      );
      promoteAndCommit(repo, learning, ['--forbid-pattern', 'TODO\\(security\\)', '--id', 'no-security-todo']);
      const base = repo.head();

      const commit = (message: string, files: Record<string, string | null>) => {
        for (const [path, content] of Object.entries(files)) {
          if (content === null) repo.git(['rm', '-q', path]);
          else repo.write(path, content);
        }
        repo.git(['add', '-A']);
        repo.git(['commit', '-q', '--no-verify', '-m', message]);
        const sha = repo.head();
        expect(repo.ao(['verdict', 'pass', '--commit', sha, '--checker', 'reviewer@example.com']).code).toBe(0);
        return sha;
      };
      const bad = commit('Odd names', {
        'src/with space.js': 'x();\n// TODO(security) check\n',
        'src/q"uote.js': 'TODO(security)\n',
        'src/é.js': 'ok\n',
      });
      const docs = commit('Docs may say it', { 'docs/notes.md': 'TODO(security) in docs is fine\n' });
      const context = commit('Touch legacy without adding it', {
        'src/legacy.js': '// TODO(security) legacy\nconst a = 2;\n',
      });
      const sql = commit('SQL anywhere', { 'db/migrations/1.sql': '-- TODO(security) grants\n' });
      const removal = commit('Remove it', { 'src/with space.js': 'x();\n', 'db/migrations/1.sql': null });

      const recorded = repo.commitAll('Record verdicts');
      const report = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
      const outcome = Object.fromEntries(
        report.changes.map((c: { commit: string; outcome: string }) => [c.commit, c.outcome]),
      );
      expect(outcome).toEqual({
        [bad]: 'uncovered',
        [docs]: 'covered',
        [context]: 'covered',
        [sql]: 'uncovered',
        [removal]: 'covered',
        [recorded]: 'empty',
      });
      const badReason = report.changes.find((c: { commit: string }) => c.commit === bad).reason;
      expect(badReason).toContain('src/with space.js:2');
      expect(badReason).toContain('src/q"uote.js:1');
      expect(badReason).toContain('this change adds 2');
      expect(report.changes.find((c: { commit: string }) => c.commit === sql).reason).toContain(
        'db/migrations/1.sql:1',
      );

      // A pattern that does not compile is a policy error naming the constraint, not a pass.
      const policy = JSON.parse(repo.read('.agents/policy.json'));
      policy.constraints[0].forbidPattern = '[unclosed';
      repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
      repo.commitAll('Break the pattern');
      repo.write('src/x.js', 'ok\n');
      repo.git(['add', '-A']);
      const broken = repo.ao(['verify']);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('constraint "no-security-todo" has an unusable forbidPattern');
    },
    SLOW,
  );
});
