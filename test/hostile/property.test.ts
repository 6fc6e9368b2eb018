/**
 * Property-based tests (fast-check): random ledgers forked and joined by several branches,
 * then random single-byte, single-name and single-field tampering. Every untouched ledger
 * verifies (whole, or split into a trusted base and new records); every tampered one is
 * refused. Most properties call the core directly; the last ones go through git and the CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderJsonFile } from '../../src/core/canonical.js';
import { checkRecords, computeHeads, DigestIndex, BaseListing, type LedgerFile } from '../../src/core/ledger.js';
import {
  newGenesis,
  recordPath,
  renderRecord,
  RECORD_SCHEMA,
  sealRecord,
  type GenesisRecord,
  type LedgerRecord,
  type VerdictRecord,
} from '../../src/core/record.js';
import { Git } from '../../src/git/git.js';
import { LedgerView } from '../../src/repo/ledger-view.js';
import { baseEnv, cleanupAll, openRepo, tempDir } from '../helpers/repo.js';
import { ao } from './runner.js';

afterAll(cleanupAll);

type Op =
  | { kind: 'append'; branch: number; verdict: 'pass' | 'fail'; digest: number; second: number }
  | { kind: 'fork'; from: number }
  | { kind: 'merge'; into: number; from: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      branch: fc.nat(3),
      verdict: fc.constantFrom('pass' as const, 'fail' as const),
      digest: fc.nat(3),
      second: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fork' as const), from: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), into: fc.nat(3), from: fc.nat(3) }) },
);
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 30 });

const DIGESTS = [0, 1, 2, 3].map((i) => `sha256:${String(i).repeat(64)}`);

interface Ledger {
  genesis: GenesisRecord;
  records: LedgerRecord[];
  /** Every branch's known set after every step: each is closed under prev, so each can be a base. */
  snapshots: Set<string>[];
}

/** Replays the operations: each branch appends on its own heads; merges union what two branches know. */
function buildLedger(ops: Op[]): Ledger {
  const genesis = newGenesis(new Date('2025-01-01T00:00:00Z'));
  const byId = new Map<string, LedgerRecord>([[genesis.id, genesis]]);
  const branches: Set<string>[] = [new Set([genesis.id])];
  const snapshots: Set<string>[] = [new Set(branches[0])];
  for (const op of ops) {
    if (op.kind === 'fork') {
      if (branches.length < 4) branches.push(new Set(branches[op.from % branches.length]));
    } else if (op.kind === 'merge') {
      const into = branches[op.into % branches.length]!;
      for (const id of branches[op.from % branches.length]!) into.add(id);
    } else {
      const known = branches[op.branch % branches.length]!;
      const heads = computeHeads([...known].map((id) => byId.get(id)!));
      const seq = 1 + Math.max(...heads.map((h) => byId.get(h)!.seq));
      const record = sealRecord<VerdictRecord>({
        schema: RECORD_SCHEMA,
        type: 'verdict',
        seq,
        prev: heads,
        createdAt: `2025-01-01T00:00:0${op.second}.${String(seq).padStart(3, '0')}Z`,
        ledger: genesis.id,
        subject: {
          kind: 'staged',
          digest: DIGESTS[op.digest]!,
          entries: [
            {
              oldMode: '000000',
              newMode: '100644',
              oldId: '0'.repeat(40),
              newId: 'a'.repeat(40),
              status: 'A',
              path: `src/${seq}.txt`,
            },
          ],
        },
        verdict: op.verdict,
        checker: { id: `checker-${op.branch}@example.com`, kind: 'agent' },
        worker: { id: 'worker@example.com', kind: 'agent' },
        evidence: [{ kind: 'test', text: `run ${seq}` }],
        summary: `record ${seq} on branch ${op.branch}`,
      });
      byId.set(record.id, record);
      known.add(record.id);
    }
    for (const branch of branches) snapshots.push(new Set(branch));
  }
  return { genesis, records: [...byId.values()], snapshots };
}

function filesOf(records: LedgerRecord[]): LedgerFile[] {
  return records.map((r) => ({ path: recordPath(r.seq, r.id), kind: 'file', bytes: Buffer.from(renderRecord(r)) }));
}

const problemsOf = (files: LedgerFile[]) => checkRecords(new BaseListing(), files).problems;

describe('untouched ledgers verify', () => {
  it('every forked-and-joined ledger verifies whole, with the heads the branches left', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const ledger = buildLedger(ops);
        const checked = checkRecords(new BaseListing(), filesOf(ledger.records));
        expect(checked.problems).toEqual([]);
        expect(checked.records).toHaveLength(ledger.records.length);
        expect(checked.genesisId).toBe(ledger.genesis.id);
      }),
      { numRuns: 150 },
    );
  });

  it('and split at any branch state into a trusted base and new records', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), (ops, pick) => {
        const ledger = buildLedger(ops);
        const base = ledger.snapshots[pick % ledger.snapshots.length]!;
        const listing = new BaseListing(
          ledger.records
            .filter((r) => base.has(r.id))
            .map((r) => recordPath(r.seq, r.id))
            .sort(),
        );
        const fresh = ledger.records.filter((r) => !base.has(r.id));
        expect(checkRecords(listing, filesOf(fresh)).problems).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('every tampering is caught', () => {
  it('a single byte replaced, inserted or deleted in any record file', () => {
    fc.assert(
      fc.property(
        opsArb,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.constantFrom('replace', 'insert', 'delete'),
        (ops, which, where, delta, how) => {
          const files = filesOf(buildLedger(ops).records);
          const i = which % files.length;
          const bytes = Buffer.from(files[i]!.bytes!);
          const at = where % bytes.length;
          let tampered: Buffer;
          if (how === 'replace') {
            tampered = Buffer.from(bytes);
            tampered[at] = (bytes[at]! + delta) % 256;
          } else if (how === 'insert')
            tampered = Buffer.concat([bytes.subarray(0, at), Buffer.from([delta]), bytes.subarray(at)]);
          else tampered = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
          files[i] = { ...files[i]!, bytes: tampered };
          expect(problemsOf(files).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a single character of a record file name changed', () => {
    fc.assert(
      fc.property(
        opsArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...'0123456789abcdef./-xJ'),
        (ops, which, where, char) => {
          const files = filesOf(buildLedger(ops).records);
          const i = which % files.length;
          const path = files[i]!.path;
          const at = '.agents/ledger/'.length + (where % (path.length - '.agents/ledger/'.length));
          fc.pre(path[at] !== char);
          files[i] = { ...files[i]!, path: path.slice(0, at) + char + path.slice(at + 1) };
          expect(problemsOf(files).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a single field changed and the record re-rendered canonically (id kept)', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), fc.nat(), (ops, which, leafPick) => {
        const ledger = buildLedger(ops);
        const records = ledger.records;
        const i = which % records.length;
        const value = structuredClone(records[i]) as unknown as Record<string, unknown>;
        const leaves = leafPaths(value);
        const path = leaves[leafPick % leaves.length]!;
        setAt(value, path, mutate(getAt(value, path)));
        const files = filesOf(records);
        files[i] = { ...files[i]!, bytes: Buffer.from(renderJsonFile(value)) };
        expect(problemsOf(files).length, `changed ${path.join('.')}`).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a record with children changed and re-sealed under its new name: its children dangle', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), (ops, which) => {
        const records = buildLedger(ops).records;
        const parents = records.filter(
          (r) => records.some((c) => c.prev.includes(r.id)) && r.type === 'verdict',
        ) as VerdictRecord[];
        fc.pre(parents.length > 0);
        const victim = parents[which % parents.length]!;
        const { id: _id, ...body } = {
          ...victim,
          verdict: victim.verdict === 'pass' ? 'fail' : 'pass',
        } as VerdictRecord;
        const resealed = sealRecord<VerdictRecord>(body);
        const files = filesOf(records.map((r) => (r.id === victim.id ? resealed : r)));
        expect(problemsOf(files).map((p) => p.code)).toContain('dangling-prev');
      }),
      { numRuns: 150 },
    );
  });
});

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leafPaths(v, [...path, k]));
}
function getAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}
function setAt(value: unknown, path: (string | number)[], next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = next;
}
function mutate(leaf: unknown): unknown {
  if (typeof leaf === 'string') return leaf.length > 0 ? leaf.slice(0, -1) + (leaf.at(-1) === 'a' ? 'b' : 'a') : 'a';
  if (typeof leaf === 'number') return leaf + 1;
  if (typeof leaf === 'boolean') return !leaf;
  return 0;
}

/** Writes a ledger into a new repository: the base snapshot committed on main, the rest on feature. */
function repoWithLedger(ledger: Ledger, base: Set<string>) {
  const dir = tempDir('ao-prop-');
  const env = baseEnv();
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  git('init', '-q', '-b', 'main');
  const write = (records: LedgerRecord[]) => {
    for (const record of records) {
      const path = join(dir, recordPath(record.seq, record.id));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, renderRecord(record));
    }
  };
  write(ledger.records.filter((r) => base.has(r.id)));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  write(ledger.records.filter((r) => !base.has(r.id)));
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'new records');
  return { dir, git, repo: openRepo(dir, env) };
}

describe('monotonicity: reading part of the ledger never changes a decision', () => {
  it('the latest verdict per digest from a base/new view equals the one from the whole ledger (working tree and head commit)', async () => {
    await fc.assert(
      fc.asyncProperty(opsArb, fc.nat(), async (ops, pick) => {
        const ledger = buildLedger(ops);
        const base = ledger.snapshots[pick % ledger.snapshots.length]!;
        const { dir, git } = repoWithLedger(ledger, base);
        const whole = new DigestIndex();
        whole.add(ledger.records);
        const repo = await Git.open(dir);
        const head = git('rev-parse', 'HEAD').trim();
        for (const source of [{ kind: 'worktree' as const }, { kind: 'commit' as const, commit: head }]) {
          const view = await LedgerView.open(repo, source, 'main');
          expect(view.problems).toEqual([]);
          const latest = await view.latestFor(DIGESTS);
          for (const digest of DIGESTS) expect(latest.get(digest)?.id).toBe(whole.latestFor(digest)?.id);
          expect(view.baseProblems).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('end to end through the CLI', () => {
  it('an untouched random ledger passes ao verify and ao ledger verify; any tampering with a base record in the change is refused', () => {
    fc.assert(
      fc.property(
        opsArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('byte', 'field', 'reseal', 'delete'),
        (ops, pick, where, how) => {
          const ledger = buildLedger(ops);
          const snapshots = ledger.snapshots.filter((s) => s.size > 1);
          fc.pre(snapshots.length > 0);
          const base = snapshots[pick % snapshots.length]!;
          const { dir, git, repo } = repoWithLedger(ledger, base);
          expect(ao(repo, ['ledger', 'verify', '--since', 'main']).code).toBe(0);
          expect(ao(repo, ['verify', '--range', 'main..feature']).code).toBe(0);

          const victims = ledger.records.filter((r) => base.has(r.id));
          const victim = victims[where % victims.length]!;
          const path = join(dir, recordPath(victim.seq, victim.id));
          if (how === 'byte') {
            const bytes = Buffer.from(renderRecord(victim));
            bytes[where % bytes.length]! ^= 0x01; // an index below the length
            writeFileSync(path, bytes);
          } else if (how === 'field' || how === 'reseal') {
            const changed = { ...victim, createdAt: '2030-01-01T00:00:00Z' } as LedgerRecord;
            if (how === 'field') writeFileSync(path, renderRecord(changed));
            else {
              execFileSync('rm', [path]);
              const { id: _id, ...body } = changed;
              const resealed = sealRecord(body as Omit<LedgerRecord, 'id'>);
              const next = join(dir, recordPath(resealed.seq, resealed.id));
              mkdirSync(dirname(next), { recursive: true });
              writeFileSync(next, renderRecord(resealed as LedgerRecord));
            }
          } else execFileSync('rm', [path]);
          git('add', '-A');
          git('commit', '-q', '-m', 'tamper');
          const verified = ao(repo, ['verify', '--range', 'main..feature', '--json']);
          expect(verified.code, `${how} on seq ${victim.seq}`).toBe(1);
          const codes = (verified.json!.ledger.problems as { code: string }[]).map((p) => p.code);
          expect(
            codes.some((c) => c === 'record-modified' || c === 'record-deleted'),
            codes.join(', '),
          ).toBe(true);
          expect(ao(repo, ['ledger', 'verify', '--since', 'main']).code).toBe(1);
        },
      ),
      { numRuns: 5 },
    );
  });
});
