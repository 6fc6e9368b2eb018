/**
 * The conformance vectors (test/conformance/README.md) through the real interface: each
 * vector's history rebuilt in a temp repository from its JSON alone, every check run with
 * the built CLI (`ao verify --range`, `ao verify --commit`, `ao ledger verify`), and the
 * answer compared with the decision docs/spec.md says it must get.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVector, gitEnv, type Vector } from './conformance/build.mjs';
import { differences, runWithAo } from './conformance/ao-runner.mjs';
import { cleanupAll, ROOT, tempDir } from './helpers/repo.js';

afterAll(cleanupAll);

const VECTORS = join(ROOT, 'test', 'conformance', 'vectors');
const vectors: Vector[] = readdirSync(VECTORS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(VECTORS, name), 'utf8')) as Vector);

function build(vector: Vector): { dir: string; env: NodeJS.ProcessEnv; ids: Map<string, string> } {
  const root = tempDir('ao-conformance-');
  const env = gitEnv(root);
  const dir = join(root, 'repo');
  return { dir, env, ids: buildVector(vector, dir, env) };
}

const byName = (name: string): Vector => structuredClone(vectors.find((v) => v.name === name)!);

describe('conformance vectors, run by ao', () => {
  it("are well formed: named after their file, every check with an exit code, every scope's commit named", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(50);
    for (const vector of vectors) {
      expect(vector.conformance).toBe('agentops-verdict/conformance@1');
      const names = new Set(vector.commits.map((c) => c.name));
      for (const check of vector.checks) {
        expect([0, 1, 2], `${vector.name} / ${check.name}`).toContain(check.expect.exit);
        for (const name of [
          check.base,
          check.head,
          check.commit,
          check.worktree,
          check.since,
          ...Object.keys(check.expect.changes ?? {}),
        ]) {
          if (name !== undefined) expect(names.has(name), `${vector.name} / ${check.name} names ${name}`).toBe(true);
        }
      }
    }
  });

  for (const vector of vectors) {
    it(`${vector.name}: ${vector.description.slice(0, 80)}`, () => {
      const { dir, env, ids } = build(vector);
      for (const check of vector.checks) {
        const answer = runWithAo(dir, env, ids, check);
        expect(
          differences(answer, check),
          `${vector.name} / ${check.name}: ao ${answer.args.join(' ')}\n${answer.stderr}`,
        ).toEqual([]);
      }
    });
  }

  it('hostile: a vector whose history was altered by one byte is refused before any check runs', () => {
    const vector = byName('covered-commit');
    const change = vector.commits[1]!.changes[0]!;
    change.text = `${change.text} `;
    expect(() => build(vector)).toThrow(/built as [0-9a-f]{40}, the vector says/);
  });

  it('hostile: a wrong expectation is reported, so the suite cannot pass by default', () => {
    const vector = byName('covered-commit');
    const { dir, env, ids } = build(vector);
    const check = vector.checks[0]!;
    check.expect.changes!.c1!.outcome = 'uncovered';
    check.expect.problems = [{ code: 'record-modified' }];
    const found = differences(runWithAo(dir, env, ids, check), check);
    expect(found.join('\n')).toMatch(/problems \[\], expected \["record-modified"\]/);
    expect(found.join('\n')).toMatch(/c1: .*"covered".*expected .*"uncovered"/);
  });
});
