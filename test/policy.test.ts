import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, verdictStaged, CHECKER, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

function setPolicy(repo: TestRepo, policy: object): void {
  repo.write('.agents/policy.json', `${JSON.stringify({ schema: 'agentops-verdict/policy@1', ...policy }, null, 2)}\n`);
  repo.commitAll('Policy');
}

describe('policy', () => {
  it('path rules: src/auth/** needs a human checker or test evidence', () => {
    const repo = makeRepo();
    setPolicy(repo, {
      mode: 'commit',
      rules: [
        {
          name: 'auth needs a human or tests',
          paths: ['src/auth/**'],
          anyOf: [{ checkerKind: 'human' }, { evidence: 'test' }],
        },
      ],
    });
    repo.write('src/auth/login.ts', 'export {}\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    const refused = repo.ao(['verify']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('auth needs a human or tests');
    expect(refused.stdout).toContain('--checker-kind human');
    verdictStaged(repo, ['--evidence', 'test:auth suite: 14 passed']);
    expect(repo.ao(['verify']).code).toBe(0);
    verdictStaged(repo, ['--checker-kind', 'human']);
    expect(repo.ao(['verify']).code).toBe(0);
  });

  it('required evidence kinds and checker kinds', () => {
    const repo = makeRepo();
    setPolicy(repo, { mode: 'commit', require: { evidence: ['test'], checkerKinds: ['human', 'ci'] } });
    repo.write('a.txt', 'a\n');
    repo.git(['add', '-A']);
    verdictStaged(repo, ['--evidence', 'test:ok']);
    const refused = repo.ao(['verify']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('checker of kind human or ci');
    verdictStaged(repo, ['--evidence', 'test:ok', '--checker-kind', 'ci']);
    expect(repo.ao(['verify']).code).toBe(0);
  });

  it('exempt paths and exact exempt authors; the policy file is never exempt', () => {
    const repo = makeRepo();
    setPolicy(repo, {
      mode: 'commit',
      exempt: { paths: ['docs/**', '*.md', '.agents/policy.json'], authors: ['*[bot]@users.noreply.github.com'] },
    });
    repo.write('docs/guide.txt', 'x\n');
    repo.write('NOTES.md', 'x\n');
    repo.git(['add', '-A']);
    expect(repo.ao(['verify']).stdout).toContain('exempt');
    expect(repo.git(['commit', '-q', '-m', 'Docs'], { allowFail: true }).code).toBe(0);

    repo.write('.agents/policy.json', repo.read('.agents/policy.json').replace('"commit"', '"range"'));
    repo.git(['add', '-A']);
    expect(repo.ao(['verify']).code).toBe(1);
    repo.git(['reset', '-q', '--hard']);

    repo.write('src/x.ts', 'x\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Bump'], {
      env: { GIT_AUTHOR_EMAIL: '49699333+dependabot[bot]@users.noreply.github.com' },
    });
    // The author email is the commit's own claim: locally nothing authenticates it, so it exempts nothing.
    const local = repo.ao(['verify', '--commit', 'HEAD', '--json']);
    expect(local.code).toBe(1);
    const bump = JSON.parse(local.stdout).changes[0];
    expect(bump).toMatchObject({ outcome: 'uncovered', failedRule: 'no-verdict' });
    expect(bump.reason).toContain(
      "author exemption needs GitHub's authentication of the sender: honoured only in the action",
    );
    repo.write('src/y.ts', 'y\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Pretend'], { env: { GIT_AUTHOR_EMAIL: 'evil[bot]@example.com' } });
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(1);
  });

  it('an exempt author may not touch the trust roots (the policy, the trusted keys)', () => {
    const repo = makeRepo();
    setPolicy(repo, { mode: 'commit', exempt: { authors: ['*[bot]@users.noreply.github.com'] } });
    repo.write('.agents/policy.json', repo.read('.agents/policy.json').replace('"commit"', '"range"'));
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Loosen'], {
      env: { GIT_AUTHOR_EMAIL: '49699333+dependabot[bot]@users.noreply.github.com' },
    });
    const result = repo.ao(['verify', '--commit', 'HEAD', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes[0].outcome).toBe('uncovered');
  });

  it('refuses an author pattern that matches any address', () => {
    const repo = makeRepo();
    setPolicy(repo, { mode: 'commit', exempt: { authors: ['*[bot]*'] } });
    repo.write('a.txt', 'a\n');
    repo.git(['add', '-A']);
    const result = repo.ao(['verify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.agents/policy.json');
  });

  it('hostile: a policy read two ways (a duplicate key, a BOM, trailing data) is refused at the base and at the head', () => {
    const texts: [string, string][] = [
      [
        '{"schema":"agentops-verdict/policy@1","mode":"commit","requireSignature":true,"requireSignature":false}\n',
        'duplicate key "requireSignature" at line 1, column 79',
      ],
      [
        '{"schema":"agentops-verdict/policy@1","mode":"commit","exempt":{"paths":["docs/**"],"paths":["**"]}}\n',
        'duplicate key "paths" at line 1, column 85',
      ],
      ['\ufeff{"schema":"agentops-verdict/policy@1","mode":"commit"}\n', 'a byte order mark (U+FEFF) before the value'],
      [
        '{"schema":"agentops-verdict/policy@1","mode":"commit"}\n{"exempt":{"paths":["**"]}}\n',
        'unexpected character "{" after the JSON value at line 2, column 1',
      ],
    ];
    for (const [text, error] of texts) {
      // Left behind by a change: an invalid-policy problem, whatever its verdicts say.
      const repo = makeRepo();
      repo.write('.agents/policy.json', text);
      repo.commitAll('A policy read two ways');
      const head = JSON.parse(repo.ao(['verify', '--commit', 'HEAD', '--json']).stdout);
      expect(head.ok).toBe(false);
      expect(head.ledger.problems).toEqual([
        expect.objectContaining({ code: 'invalid-policy', message: expect.stringContaining(error) }),
      ]);
      // At the base: nothing can be judged by it (exit 2), naming the file and the fix.
      repo.write('a.txt', 'a\n');
      repo.git(['add', '-A']);
      const base = repo.ao(['verify']);
      expect(base.code, text).toBe(2);
      expect(base.stderr).toContain(
        `.agents/policy.json at commit ${repo.head().slice(0, 7)} is not valid JSON: ${error}`,
      );
      expect(base.stderr).toContain('fix: fix .agents/policy.json');
    }
  });

  it('the policy is read from the base: a change cannot weaken the gate that judges it', () => {
    const repo = makeRepo();
    const base = repo.head();
    repo.write(
      '.agents/policy.json',
      `${JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'commit', exempt: { paths: ['**'] } }, null, 2)}\n`,
    );
    repo.commitAll('Exempt everything');
    repo.write('src/a.ts', 'a\n');
    repo.commitAll('Code under the weakened policy');
    const report = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
    expect(report.ok).toBe(false);
    expect(report.changes.map((c: { outcome: string }) => c.outcome)).toEqual(['uncovered', 'uncovered']);
    // Judged from the new base, the same code would pass: the base decides.
    expect(repo.ao(['verify', '--range', 'HEAD~1..HEAD']).code).toBe(0);
  });

  it('range mode: the commit hook only warns; the push needs the whole change covered', () => {
    const repo = makeRepo();
    setPolicy(repo, { mode: 'range' });
    const base = repo.head();
    repo.write('a.txt', 'a\n');
    repo.git(['add', '-A']);
    const warned = repo.git(['commit', '-q', '-m', 'A'], { allowFail: true });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('range');
    repo.write('b.txt', 'b\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'B']);
    expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(1);
    const recorded = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--range', `${base}..HEAD`]);
    expect(recorded.code, recorded.stderr).toBe(0);
    // The range is judged on the ledger as committed in its head, as CI judges it.
    expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(1);
    repo.commitAll('Record verdicts');
    const report = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
    expect(report.ok).toBe(true);
    expect(report.range.outcome).toBe('covered');
    expect(report.changes.map((c: { outcome: string }) => c.outcome)).toEqual(['covered', 'covered', 'empty']);
  });

  it('a range verdict in commit mode covers each commit by its own digest', () => {
    const repo = makeRepo();
    const base = repo.head();
    repo.write('a.txt', 'a\n');
    repo.commitAll('A');
    repo.write('b.txt', 'b\n');
    repo.commitAll('B');
    expect(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--range', `${base}..HEAD`]).code).toBe(0);
    repo.commitAll('Record verdicts');
    expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(0);
  });
});
