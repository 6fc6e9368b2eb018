// The ledger index (src/repo/ledger-index.ts, docs/spec.md section 14) through the built CLI:
// it is derived ledger state by ledger state, it never changes an answer, an index that lies
// (even one sealed with the clone's own key) is caught by the records it points at, and the
// pre-commit hook runs at most four git processes with it.
import { execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, CHECKER, makeRepo, tempDir, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(() => cleanupAll());

const MAGIC = 'agentops-verdict ledger index\n';
const cacheDir = (repo: TestRepo) => join(repo.dir, '.git', 'agentops-verdict');
const indexFile = (repo: TestRepo, rev: string) =>
  join(cacheDir(repo), 'ledger-index', `${repo.git(['rev-parse', `${rev}:.agents/ledger`]).stdout.trim()}.idx`);

/** The decisions of `ao verify --range`, with the index used and with it turned off: they must be equal. */
function bothWays(repo: TestRepo, range: string): { code: number; json: string } {
  const strip = (stdout: string) => JSON.stringify(JSON.parse(stdout));
  const on = repo.ao(['verify', '--range', range, '--json']);
  const off = repo.ao(['verify', '--range', range, '--json'], { env: { AO_LEDGER_CACHE: 'off' } });
  expect(on.stderr).toBe('');
  expect(strip(on.stdout)).toBe(strip(off.stdout));
  expect(on.code).toBe(off.code);
  return { code: on.code, json: strip(on.stdout) };
}

function commitCovered(repo: TestRepo, path: string, content: string): string {
  repo.write(path, content);
  repo.git(['add', '--', path]);
  expect(verdictStaged(repo).code).toBe(0);
  return repo.commitAll(`Add ${path}`);
}

/** Rewrites an index file's tables with `edit`, then seals it again, block hashes and all, with the clone's own key. */
function forge(
  repo: TestRepo,
  file: string,
  edit: (tables: Buffer, layout: { refBytes: number; digestsAt: number; header: any }) => void,
): void {
  const bytes = readFileSync(file);
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const headerAt = MAGIC.length + 4;
  const header = JSON.parse(bytes.toString('utf8', headerAt, headerAt + headerLength));
  const tables = Buffer.from(bytes.subarray(headerAt + headerLength + 32));
  const refBytes = 32 + 8 + 20 + 1;
  edit(tables, { refBytes, digestsAt: header.refs * (refBytes + 4), header });
  header.blocks = [];
  for (let at = 0; at < tables.length; at += 32 * 1024)
    header.blocks.push(
      createHash('sha256')
        .update(tables.subarray(at, at + 32 * 1024))
        .digest('hex'),
    );
  const text = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(text.length);
  const sealed = Buffer.concat([Buffer.from(MAGIC), length, text]);
  const key = readFileSync(join(cacheDir(repo), 'index-key'));
  writeFileSync(file, Buffer.concat([sealed, createHmac('sha256', key).update(sealed).digest(), tables]));
}

describe('the ledger index', () => {
  it('is derived ledger state by ledger state, and every answer equals reading the whole ledger', () => {
    const repo = makeRepo({ hooks: 'none' });
    const base = repo.head();
    commitCovered(repo, 'src/a.txt', 'a\n');
    const first = bothWays(repo, `${base}..HEAD`);
    expect(first.code).toBe(0);
    for (const name of ['b', 'c', 'd']) {
      commitCovered(repo, `src/${name}.txt`, `${name}\n`);
      expect(bothWays(repo, 'HEAD~1..HEAD').code).toBe(0);
    }
    // A later fail overrides the pass in the base, a later pass the fail: both read through the index.
    const judged = repo.git(['rev-parse', 'HEAD~1']).stdout.trim();
    expect(repo.ao(['verdict', 'fail', '--commit', judged, '--checker', CHECKER, '--summary', 'breaks c']).code).toBe(
      0,
    );
    repo.commitAll('Record a fail');
    expect(bothWays(repo, `${judged}~1..HEAD`).code).toBe(1);
    expect(repo.ao(['verdict', 'pass', '--commit', judged, '--checker', CHECKER]).code).toBe(0);
    repo.commitAll('Record a pass');
    expect(bothWays(repo, `${judged}~1..HEAD`).code).toBe(0);
    // Each ledger state the checks read has its index, each derived from the one before.
    expect(
      readdirSync(join(cacheDir(repo), 'ledger-index')).filter((n) => n.endsWith('.idx')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('catches a sealed index that points a decision at the wrong record, and rebuilds it (hostile)', () => {
    const repo = makeRepo({ hooks: 'none' });
    commitCovered(repo, 'src/a.txt', 'a\n');
    const main = repo.head();
    // The same change again on a branch: its digest is decided by the verdict already at the base.
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.git(['rm', '-q', 'src/a.txt']);
    expect(verdictStaged(repo).code).toBe(0);
    repo.commitAll('Remove a');
    repo.write('src/a.txt', 'a\n');
    repo.commitAll('Add a again');
    const honest = bothWays(repo, `${main}..feature`);
    expect(honest.code).toBe(0);
    expect(honest.json).toContain('"outcome":"covered"');
    const file = indexFile(repo, main);
    // 1. The digest pointed at the genesis (ordinal 0), which names no digest.
    forge(repo, file, (tables, { digestsAt, header }) => {
      for (let i = 0; i < header.digests; i++) tables.writeUInt32LE(0, digestsAt + i * 36 + 32);
    });
    expect(bothWays(repo, `${main}..feature`)).toEqual(honest);
    // 2. The record the new one names in prev moved to another blob: its place in the tree says otherwise.
    forge(repo, file, (tables, { refBytes, header }) => {
      for (let i = 0; i < header.refs; i++) tables.fill(0x11, i * refBytes + 40, i * refBytes + 60);
    });
    expect(bothWays(repo, `${main}..feature`)).toEqual(honest);
    // After each lie the index was rebuilt from the records: it is whole again.
    const rebuilt = readFileSync(file);
    expect(rebuilt.subarray(0, MAGIC.length).toString()).toBe(MAGIC);
    expect(bothWays(repo, `${main}..feature`)).toEqual(honest);
  });

  it('lets the pre-commit hook run at most four git processes: cold, warm, after a commit, and on a refused change', () => {
    const repo = makeRepo({ hooks: 'none' });
    commitCovered(repo, 'src/a.txt', 'a\n');
    const bin = tempDir('ao-git-wrapper-');
    const log = join(bin, 'calls');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const hook = () => {
      writeFileSync(log, '');
      const result = repo.ao(['hook', 'pre-commit'], { env: { PATH: `${bin}:${repo.env.PATH}` } });
      return { code: result.code, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
    };
    repo.write('src/b.txt', 'b\n');
    repo.git(['add', 'src/b.txt']);
    expect(verdictStaged(repo).code).toBe(0);
    rmSync(cacheDir(repo), { recursive: true, force: true });
    const cold = hook();
    expect(cold.code).toBe(0);
    expect(cold.calls.length, cold.calls.join(' ')).toBeLessThanOrEqual(4);
    const warm = hook();
    expect(warm.calls.length, warm.calls.join(' ')).toBeLessThanOrEqual(4);
    repo.commitAll('Add b');
    repo.write('src/c.txt', 'c\n');
    repo.git(['add', 'src/c.txt']);
    expect(verdictStaged(repo).code).toBe(0);
    const derived = hook();
    expect(derived.code).toBe(0);
    expect(derived.calls.length, derived.calls.join(' ')).toBeLessThanOrEqual(4);
    // Hostile: a staged change nobody checked, and a base record tampered with in the index: still refused.
    repo.commitAll('Add c');
    repo.write('src/d.txt', 'd\n');
    repo.git(['add', 'src/d.txt']);
    const refused = hook();
    expect(refused.code).toBe(1);
    expect(refused.calls.length, refused.calls.join(' ')).toBeLessThanOrEqual(4);
    const record = readdirSync(join(repo.dir, '.agents/ledger/0000')).sort()[1]!;
    repo.write(`.agents/ledger/0000/${record}`, '{}\n');
    repo.git(['add', '-A']);
    const tampered = repo.ao(['hook', 'pre-commit']);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/append-only/);
  });
});

describe('lookups in the index tables', () => {
  // The search guesses where an id falls from its leading bytes (ids are SHA-256 values, spread
  // evenly); a table whose ids are not spread evenly must still answer exactly as bisection would.
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const idOf = (bytes: string) => `sha256:${bytes.padEnd(64, '0')}`;
  const tables: [string, string[]][] = [
    [
      'evenly spread',
      Array.from({ length: 3000 }, (_, i) => `sha256:${createHash('sha256').update(String(i)).digest('hex')}`),
    ],
    [
      'crowded at the bottom, a few at the top',
      [
        ...Array.from({ length: 2000 }, (_, i) => idOf(`000000${i.toString(16).padStart(6, '0')}`)),
        ...['fe', 'ff'].map((b) => idOf(b.repeat(8))),
      ],
    ],
    [
      'sharing their first six bytes',
      Array.from({ length: 500 }, (_, i) => idOf(`abcdef012345${i.toString(16).padStart(8, '0')}`)),
    ],
    [
      'two clusters far apart',
      Array.from({ length: 1000 }, (_, i) =>
        idOf(`${i < 500 ? '10' : 'e0'}${hex(i % 256)}${i.toString(16).padStart(6, '0')}`),
      ),
    ],
    ['one', [idOf('7f')]],
  ];
  for (const [title, ids] of tables) {
    it(`finds every id, and no absent one: ${title}`, async () => {
      const { LedgerIndex } = await import('../src/repo/ledger-index.js');
      const index = LedgerIndex.build({
        tree: 'a'.repeat(40),
        objectFormat: 'sha1',
        entries: ids.length,
        maxSeq: ids.length,
        genesisIds: [],
        refs: ids.map((id, seq) => ({ id, seq, oid: 'b'.repeat(40), readable: false })),
        records: [],
        unreadable: [],
        ordered: true,
      });
      ids.forEach((id, ordinal) => expect(index.ordinalOf(id), id).toBe(ordinal));
      const sorted = [...ids].sort();
      const absent = [
        idOf('00'),
        `sha256:${'f'.repeat(64)}`,
        // Just above each of some ids: between it and the next.
        ...sorted.filter((_, i) => i % 37 === 0).map((id) => `${id.slice(0, -1)}${id.endsWith('f') ? 'e' : 'f'}`),
      ].filter((id) => !ids.includes(id));
      for (const id of absent) expect(index.ordinalOf(id), id).toBeUndefined();
    });
  }
});
