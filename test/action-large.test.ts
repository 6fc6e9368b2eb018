import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectFail, json, openPullRequest, runAction, upstreamWithFeature } from './helpers/action.js';
import { cleanupAll } from './helpers/repo.js';

afterAll(cleanupAll);

const COMMITS = 1100;

describe('huge ranges', () => {
  it(`keeps the summary of ${COMMITS} uncovered commits under 1 MiB, counting what it leaves out`, async () => {
    const { up, base } = upstreamWithFeature();
    // One fast-import for all commits; long subjects with pipes and two-byte characters.
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
    const stream: string[] = [];
    for (let i = 0; i < COMMITS; i++) {
      stream.push(
        'commit refs/heads/feature',
        `committer Coding Agent <agent@example.com> ${1_700_000_000 + i} +0000`,
        data(`Change ${i} | ${'é'.repeat(150)}\n`),
        ...(i === 0 ? [`from ${base}`] : []),
        `M 100644 inline src/gen/f${i}.txt`,
        data(`${i}\n`),
        '',
      );
    }
    up.git(['fast-import', '--quiet'], { input: stream.join('\n') });
    const head = up.git(['rev-parse', 'refs/heads/feature']).stdout.trim();
    const { ws, merge, payload } = openPullRequest(up, base, head);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(run.outputs.checked).toBe(String(COMMITS));
    expect(json<string[]>(run.outputs.uncovered)).toHaveLength(COMMITS);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);

    // Rows shown plus rows counted: every commit, none dropped silently.
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| ❌ |')).length;
    expect(rows).toBeLessThanOrEqual(1000);
    const more = /_… and ([\d,]+) more commits not shown \(([\d,]+) of them uncovered\)/.exec(run.summary);
    expect(more, run.summary.slice(-2000)).not.toBeNull();
    expect(rows + Number(more![1]!.replace(/,/g, ''))).toBe(COMMITS);
    expect(more![1]).toBe(more![2]);
    // Each row's subject is cut, its pipe escaped.
    expect(run.summary).toContain(`Change 0 \\| ${'é'.repeat(88)}…`);

    // The fixes, likewise.
    const fixes = run.summary.split('\n').filter((l) => l.startsWith('ao verdict pass --commit ')).length;
    const moreFixes = /_… and ([\d,]+) more fixes/.exec(run.summary);
    expect(fixes + (moreFixes ? Number(moreFixes[1]!.replace(/,/g, '')) : 0)).toBe(COMMITS);

    // The results output is bounded; the results file holds everything.
    expect(json<unknown[]>(run.outputs.results)).toHaveLength(1000);
    const file = json<{ verify: { changes: unknown[]; counts: { uncovered: number } } }>(
      readFileSync(run.outputs['results-file']!, 'utf8'),
    );
    expect(file.verify.changes).toHaveLength(COMMITS);
    expect(file.verify.counts.uncovered).toBe(COMMITS);

    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(10);
  });
});
