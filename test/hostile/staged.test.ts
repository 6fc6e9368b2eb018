// The pre-commit hook (staged scope) on hostile policy edits: the hook reads the index's policy only when the change stages one.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo } from '../helpers/repo.js';
import { ao } from './runner.js';

afterAll(cleanupAll);

describe('a staged policy edit', () => {
  it('an invalid policy is refused by the hook even with a covering verdict; a valid edit with one goes through', () => {
    const repo = makeRepo({ hooks: 'git' });
    const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
    repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, mode: 'sometimes' }, null, 2)}\n`);
    repo.git(['add', '-A']);
    expect(ao(repo, ['verdict', 'pass', '--checker', 'reviewer@example.com']).code).toBe(0);
    const verify = ao(repo, ['verify', '--json']);
    expect(verify.code).toBe(1);
    expect(verify.json!.ledger.problems.map((p: { code: string }) => p.code)).toEqual(['invalid-policy']);
    expect(verify.json!.ledger.problems[0].message).toMatch(/the index/);
    const commit = repo.git(['commit', '-q', '-m', 'Loosen the policy'], { allowFail: true });
    expect(commit.code).toBe(1);
    expect(commit.stderr).toContain('the change leaves an invalid policy');

    repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, mode: 'range' }, null, 2)}\n`);
    repo.git(['add', '-A']);
    expect(ao(repo, ['verdict', 'pass', '--checker', 'reviewer@example.com']).code).toBe(0);
    const ok = repo.git(['commit', '-q', '-m', 'Range mode'], { allowFail: true });
    expect(ok.code, ok.stderr).toBe(0);
  });
});
