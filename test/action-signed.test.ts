import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, json, openPullRequest, runAction } from './helpers/action.js';
import { cleanupAll, makeRepo, CHECKER, type TestRepo } from './helpers/repo.js';
import { generateKey, makeTempDir, type GeneratedKey, type TempDir } from './helpers/ssh.js';

let keys: TempDir;
let trusted: GeneratedKey;
let attacker: GeneratedKey;

beforeAll(() => {
  keys = makeTempDir();
  trusted = generateKey(keys, 'trusted', 'ed25519');
  attacker = generateKey(keys, 'attacker', 'ed25519');
});

afterAll(() => {
  cleanupAll();
  keys?.remove();
});

function signedCommit(repo: TestRepo, path: string, message: string, key: GeneratedKey): string {
  repo.write(path, `${message}\n`);
  repo.git(['add', '-A']);
  const result = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--sign', key.privatePath]);
  expect(result.code, result.stderr).toBe(0);
  return repo.commitAll(message);
}

describe('signed verdicts in the action', () => {
  it('trusts only the keys of .agents/checkers at the base: a pull request cannot trust its own key', async () => {
    const up = makeRepo();
    expect(up.ao(['checkers', 'add', CHECKER, trusted.publicPath]).code).toBe(0);
    const policy = JSON.parse(up.read('.agents/policy.json')) as Record<string, unknown>;
    up.write('.agents/policy.json', `${JSON.stringify({ ...policy, requireSignature: true }, null, 2)}\n`);
    const base = up.commitAll('Require signed verdicts');
    up.git(['checkout', '-q', '-b', 'feature']);

    expect(up.ao(['checkers', 'add', CHECKER, attacker.publicPath]).code).toBe(0);
    const trustKey = signedCommit(up, 'src/a.txt', 'Trust another key', attacker);
    const selfSigned = signedCommit(up, 'src/b.txt', 'Signed with that key', attacker);
    const legit = signedCommit(up, 'src/c.txt', 'Signed with a trusted key', trusted);
    const { ws, merge, payload } = openPullRequest(up, base, legit);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([trustKey, selfSigned]);
    const results = json<{ commit: string; outcome: string; failedRule: string | null }[]>(run.outputs.results);
    expect(results.map((r) => [r.commit, r.outcome, r.failedRule])).toEqual([
      [trustKey, 'uncovered', 'signature'],
      [selfSigned, 'uncovered', 'signature'],
      [legit, 'covered', null],
    ]);
    expect(run.summary).toContain(
      `the policy requires signed verdicts: keys trusted by .agents/checkers at ${base.slice(0, 7)}`,
    );
  });
});
