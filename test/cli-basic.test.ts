import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, verdictStaged, CHECKER, WORKER } from './helpers/repo.js';

afterAll(cleanupAll);

describe('ao verdict and the pre-commit hook', () => {
  it('refuses an uncovered commit and accepts it once an independent checker passes it', () => {
    const repo = makeRepo();
    repo.write('src/a.txt', 'hello\n');
    repo.git(['add', 'src/a.txt']);
    const refused = repo.git(['commit', '-m', 'Add a'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('no verdict covers its changes');
    expect(refused.stderr).toContain('ao verdict pass --checker');

    const self = repo.ao(['verdict', 'pass', '--checker', WORKER.email]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('is also the worker');

    const recorded = verdictStaged(repo);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
    const accepted = repo.git(['commit', '-m', 'Add a'], { allowFail: true });
    expect(accepted.code).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
    expect(repo.ao(['log']).stdout).toContain(`by ${CHECKER}`);
  });
});
