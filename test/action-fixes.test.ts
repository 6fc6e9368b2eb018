import { afterAll, describe, expect, it } from 'vitest';
import { expectFail, openPullRequest, runAction, uncoveredCommit, upstreamWithFeature } from './helpers/action.js';
import { cleanupAll } from './helpers/repo.js';

// The bundled action's summary prints fixes that run in that repository.

afterAll(cleanupAll);

describe("the summary's fixes", () => {
  it('offers one --range command for many uncovered commits, as `npx ao` where the package is a dev dependency', async () => {
    const { up, base } = upstreamWithFeature();
    up.write(
      'package.json',
      `${JSON.stringify({ name: 'widgets', private: true, devDependencies: { '@agentops/verdict': '^0.1.0' } }, null, 2)}\n`,
    );
    for (let i = 0; i < 4; i++) uncoveredCommit(up, `src/f${i}.txt`, `${i}\n`, `Uncovered ${i}`);
    const head = up.head();
    const { ws, payload } = openPullRequest(up, base, head);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: head,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(run.summary).toContain('One command covers all 4 uncovered commits');
    expect(run.summary).toContain(
      `npx ao verdict pass --range ${base.slice(0, 12)}..${head.slice(0, 12)} --checker CHECKER-ID`,
    );
    expect(run.summary).toContain(`npx ao verdict pass --commit ${head.slice(0, 12)}`);
    expect(run.summary).not.toMatch(/(^|\n)ao verdict pass/);
  });
});
