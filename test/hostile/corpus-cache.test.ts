// The hostile corpus with the ledger index (src/repo/ledger-index.ts) turned off, cold, warm
// and tampered with: every way must reach exactly the same decisions, since the index may
// only ever make a check cheaper. A tampered index is ignored and rebuilt, never trusted.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AoError } from '../../src/core/errors.js';
import { Git } from '../../src/git/git.js';
import { LedgerIndex } from '../../src/repo/ledger-index.js';
import { forgetLoadedIndexes } from '../../src/repo/ledger-view.js';
import { verify } from '../../src/repo/verify.js';
import { buildCase, CASES, type CaseRepo } from '../fixtures/hostile/corpus.js';
import { cleanupAll } from '../helpers/repo.js';
import { ao } from './runner.js';

let template: string;
beforeAll(() => {
  template = inject('hostileTemplate');
});
afterAll(() => {
  if (!process.env.HOSTILE_KEEP) cleanupAll();
});

/** What a verification decided: the exit, every problem (code, path, message), every change's outcome and deciding record. */
type Answer = { code: number; problems: string[]; changes: string[]; error?: string };

function answerOf(code: number, json: any, stderr = ''): Answer {
  if (!json) return { code, problems: [], changes: [], error: stderr.replace(/\s+/g, ' ').trim() };
  const problems = ((json.ledger?.problems ?? []) as any[]).map((p) => `${p.code} ${p.path ?? ''} ${p.message}`).sort();
  const changes = ((json.changes ?? []) as any[]).map(
    (c) => `${c.label ?? ''} ${c.outcome} ${c.failedRule ?? ''} ${c.record?.id ?? ''}`,
  );
  return { code, problems, changes };
}

function viaCli(repo: CaseRepo, env: NodeJS.ProcessEnv = {}): Answer {
  const out = ao(repo, ['verify', '--range', 'main..feature', '--json'], env);
  expect(out.timedOut).toBe(false);
  return answerOf(out.code, out.json, out.stderr);
}

/** `verify()` reading the ledger from the head commit (the action's source), in this process. */
async function viaCommit(repo: CaseRepo, off = false): Promise<Answer> {
  forgetLoadedIndexes();
  const before = process.env.AO_LEDGER_CACHE;
  if (off) process.env.AO_LEDGER_CACHE = 'off';
  try {
    const git = await Git.open(repo.dir);
    const head = await git.resolveCommit('feature');
    const report = await verify(
      git,
      { kind: 'range', base: 'main', head: 'feature' },
      { ledger: { kind: 'commit', commit: head } },
    );
    const json = {
      ledger: { problems: report.ledger.problems },
      changes: report.decisions.map((d) => ({
        label: d.change.label,
        outcome: d.outcome,
        failedRule: d.failedRule,
        record: d.record,
      })),
    };
    return answerOf(report.ok ? 0 : 1, json);
  } catch (error) {
    if (error instanceof AoError) return { code: error.exitCode, problems: [], changes: [], error: error.message };
    throw error;
  } finally {
    if (off) process.env.AO_LEDGER_CACHE = before ?? '';
    if (before === undefined) delete process.env.AO_LEDGER_CACHE;
  }
}

const cacheDir = (repo: CaseRepo) => join(repo.dir, '.git', 'agentops-verdict');
const indexFiles = (repo: CaseRepo) => {
  try {
    return readdirSync(join(cacheDir(repo), 'ledger-index'))
      .filter((n) => n.endsWith('.idx'))
      .map((n) => join(cacheDir(repo), 'ledger-index', n));
  } catch {
    return [];
  }
};

/** The ledger trees whose index file is valid: sealed with this clone's key, and describing the tree it is named after. */
function validIndexes(repo: CaseRepo): string[] {
  let key: Buffer;
  try {
    key = readFileSync(join(cacheDir(repo), 'index-key'));
  } catch {
    return [];
  }
  return indexFiles(repo)
    .map((file) => basename(file, '.idx'))
    .filter((tree) =>
      LedgerIndex.parse(readFileSync(join(cacheDir(repo), 'ledger-index', `${tree}.idx`)), key, {
        objectFormat: 'sha1',
        tree,
      }),
    );
}

/** Four ways of tampering with the cache, taken in turn. */
const TAMPERINGS: { name: string; apply: (repo: CaseRepo) => void }[] = [
  {
    name: 'a byte flipped in every index',
    apply: (repo) => {
      for (const file of indexFiles(repo)) {
        const bytes = readFileSync(file);
        bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
        writeFileSync(file, bytes);
      }
    },
  },
  {
    name: 'every index cut short',
    apply: (repo) => indexFiles(repo).forEach((file) => writeFileSync(file, readFileSync(file).subarray(0, 100))),
  },
  {
    name: "an earlier ledger state's index under every other name (stale)",
    apply: (repo) => {
      const before = new Set(indexFiles(repo));
      ao(repo, ['verify', '--range', 'main~1..feature', '--json']); // indexes the ledger as it was at main~1
      const earlier = indexFiles(repo).find((file) => !before.has(file));
      if (earlier) for (const file of before) writeFileSync(file, readFileSync(earlier));
    },
  },
  {
    name: "another clone's key (indexes sealed elsewhere)",
    apply: (repo) => writeFileSync(join(cacheDir(repo), 'index-key'), Buffer.alloc(32, 7)),
  },
];

describe('hostile corpus: the ledger index never changes a decision', () => {
  for (const [n, hostile] of CASES.entries()) {
    const tampering = TAMPERINGS[n % TAMPERINGS.length]!;
    it(`${hostile.id}: off, cold, warm, and ${tampering.name}`, async () => {
      const repo = await buildCase(template, hostile);
      const reference = viaCli(repo, { AO_LEDGER_CACHE: 'off' });
      expect(reference.code, JSON.stringify(reference)).toBe(hostile.expect.verify);
      rmSync(cacheDir(repo), { recursive: true, force: true });
      expect(viaCli(repo), 'cold').toEqual(reference);
      expect(viaCli(repo), 'warm').toEqual(reference);
      const built = validIndexes(repo);
      tampering.apply(repo);
      expect(viaCli(repo), tampering.name).toEqual(reference);
      // The tampered index was ignored, and a valid one written in its place.
      for (const tree of built) expect(validIndexes(repo), tampering.name).toContain(tree);
      if (!hostile.expect.worktreeOnly) {
        const fromCommit = await viaCommit(repo, true);
        rmSync(cacheDir(repo), { recursive: true, force: true });
        expect(await viaCommit(repo), 'from the head commit, cold').toEqual(fromCommit);
        expect(await viaCommit(repo), 'from the head commit, warm').toEqual(fromCommit);
        tampering.apply(repo);
        expect(await viaCommit(repo), `from the head commit, ${tampering.name}`).toEqual(fromCommit);
      }
    });
  }
});
