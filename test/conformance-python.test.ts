/**
 * The independent verifier (test/conformance/verify.py: Python, written from docs/spec.md
 * alone, never from our TypeScript) runs every conformance vector: proof on every CI run
 * that the spec says enough to reach ao's decisions. The vectors it skips are listed by name.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Vector } from './conformance/build.mjs';
import { cleanupAll, ROOT, tempDir } from './helpers/repo.js';

afterAll(cleanupAll);

const VERIFIER = join(ROOT, 'test', 'conformance', 'verify.py');
const VECTORS = join(ROOT, 'test', 'conformance', 'vectors');
const names = readdirSync(VECTORS)
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -'.json'.length));

function python(args: string[]) {
  const result = spawnSync('python3', [VERIFIER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (result.error) throw new Error(`python3 cannot run (${result.error.message}): .ci/run installs it`);
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A copy of a vector, changed by `alter`, in a temp dir. */
function altered(name: string, alter: (vector: Vector) => void): string {
  const vector = JSON.parse(readFileSync(join(VECTORS, `${name}.json`), 'utf8')) as Vector;
  alter(vector);
  const path = join(tempDir('ao-conformance-py-'), `${name}.json`);
  writeFileSync(path, JSON.stringify(vector));
  return path;
}

describe('the independent Python verifier', () => {
  it("reaches every vector's decision, skipping only the vectors it lists by name", () => {
    const skipped = python(['--list-skipped'])
      .out.trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(skipped).toEqual(['signature-invalid']);
    const run = python([]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain(
      `${names.length - skipped.length} passed, 0 failed, ${skipped.length} skipped (by name: ${skipped.join(', ')})`,
    );
    for (const name of names) expect(run.out).toMatch(new RegExp(`^(ok  |SKIP) ${name}[ :]`, 'm'));
  });

  it('hostile: fails on a vector whose expectation is wrong, or whose history was altered', () => {
    const wrongDecision = altered('merge-binary-conflict-first-parent-kept', (v) => {
      v.checks[0]!.expect.changes!.m = { outcome: 'empty', digest: v.checks[0]!.expect.changes!.m!.digest! };
      v.checks[0]!.expect.exit = 0;
    });
    const wrongProblem = altered('append-only-deleted', (v) => {
      v.checks[0]!.expect.problems = [];
    });
    const wrongHistory = altered('covered-commit', (v) => {
      v.commits[1]!.message = 'c1 (rewritten)\n';
    });
    const run = python([wrongDecision, wrongProblem, wrongHistory]);
    expect(run.code, run.out).toBe(1);
    expect(run.out).toContain('0 passed, 3 failed');
    expect(run.out).toMatch(/m: \{'outcome': 'uncovered'.*expected \{'outcome': 'empty'/);
    expect(run.out).toMatch(/problems \['record-deleted \.agents\/ledger\/.*'\], expected \[\]/);
  });
});
