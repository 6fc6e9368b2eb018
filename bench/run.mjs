#!/usr/bin/env node
// npm run bench: the speed targets, measured on the built CLI against real repositories.
// Records are written by an independent implementation of docs/spec.md (below), so the
// bench also proves a second writer's ledger verifies.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AO = join(ROOT, 'dist', 'cli', 'index.js');
const quick = process.argv.includes('--quick');
const env = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench Agent',
  GIT_AUTHOR_EMAIL: 'agent@example.com',
  GIT_COMMITTER_NAME: 'Bench Agent',
  GIT_COMMITTER_EMAIL: 'agent@example.com',
  NO_COLOR: '1',
};

// --- an independent writer: JCS over the JSON subset records use, then the file layout.
const jcs = (v) =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(jcs).join(',')}]`
      : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
const sortDeep = (v) =>
  v === null || typeof v !== 'object' ? v : Array.isArray(v) ? v.map(sortDeep) : Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])]));
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
function seal(body) {
  return { ...body, id: `sha256:${sha256(jcs(body))}` };
}
function writeRecord(dir, record) {
  const hex = record.id.slice(7);
  const path = join(dir, '.agents/ledger', String(Math.floor(record.seq / 1000)).padStart(4, '0'), `${String(record.seq).padStart(8, '0')}-${hex}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(sortDeep(record), null, 2)}\n`);
}
function genesis() {
  return seal({ schema: 'agentops-verdict/record@1', type: 'genesis', seq: 0, prev: [], createdAt: '2026-01-01T00:00:00.000Z', nonce: randomBytes(16).toString('hex') });
}
function verdict(g, prev, seq, subject, i) {
  return seal({
    schema: 'agentops-verdict/record@1',
    type: 'verdict',
    seq,
    prev: [prev.id],
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    ledger: g.id,
    subject,
    verdict: 'pass',
    checker: { id: 'reviewer@example.com', kind: 'agent', session: `review-${i}` },
    worker: { id: 'agent@example.com', kind: 'agent' },
    evidence: [{ kind: 'test', text: `suite ${i}: 120 passed` }],
    summary: `synthetic verdict ${i}`,
  });
}
/** Writes a linear ledger of `count` records (genesis included); returns the genesis and tip. */
function writeLedger(dir, count) {
  const g = genesis();
  writeRecord(dir, g);
  let tip = g;
  const blob = '0'.repeat(40);
  for (let i = 1; i < count; i++) {
    const entry = { oldMode: '100644', newMode: '100644', oldId: blob, newId: sha256(String(i)).slice(0, 40), status: 'M', path: `src/file-${i % 300}.ts` };
    tip = verdict(g, tip, i, { kind: 'staged', digest: `sha256:${sha256(`digest ${i}`)}`, entries: [entry] }, i);
    writeRecord(dir, tip);
  }
  return { genesis: g, tip };
}

// --- helpers
function tempRepo(label) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `ao-bench-${label}-`)));
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  mkdirSync(join(dir, '.agents'), { recursive: true });
  writeFileSync(join(dir, '.agents/policy.json'), `${JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'commit' }, null, 2)}\n`);
  return dir;
}
const git = (dir, args, input) => execFileSync('git', args, { cwd: dir, env, input, maxBuffer: 1 << 30 }).toString();
function timeRun(dir, args, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [AO, ...args], { cwd: dir, env, input, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function repeat(dir, args, times, expectCode) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const r = timeRun(dir, args);
    if (r.code !== expectCode) throw new Error(`ao ${args.join(' ')} exited ${r.code}, expected ${expectCode}:\n${r.stdout}${r.stderr}`);
    samples.push(r.ms);
  }
  return median(samples);
}

const rows = [];
const row = (name, measured, target, ok) => rows.push({ name, measured, target, ok });

// 1. The pre-commit hook: 10,000-record ledger, 500 staged files, the verdict staged with them.
{
  const records = quick ? 2000 : 10_000;
  const dir = tempRepo('hook');
  writeLedger(dir, records);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'ledger']);
  for (let i = 0; i < 500; i++) {
    mkdirSync(join(dir, 'src', String(i % 20)), { recursive: true });
    writeFileSync(join(dir, 'src', String(i % 20), `f${i}.ts`), `export const v${i} = ${i};\n`);
  }
  git(dir, ['add', '-A']);
  const recorded = timeRun(dir, ['verdict', 'pass', '--checker', 'reviewer@example.com', '--evidence', 'test:bench']);
  if (recorded.code !== 0) throw new Error(recorded.stderr);
  const hook = repeat(dir, ['hook', 'pre-commit'], quick ? 5 : 21, 0);
  row(`pre-commit hook, ${records} records, 500 staged files (median)`, `${hook.toFixed(0)} ms`, '< 200 ms', hook < 200);
  row(`ao verdict (staged), ${records} records, 500 staged files`, `${recorded.ms.toFixed(0)} ms`, 'informational', true);
  rmSync(dir, { recursive: true, force: true });
}

// 2. ao verify --range: 5,000 commits against 500, all covered by one range verdict.
{
  const dir = tempRepo('range');
  const { genesis: g, tip } = writeLedger(dir, 1000);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'ledger']);
  const base = git(dir, ['rev-parse', 'HEAD']).trim();
  const total = quick ? 1000 : 5000;
  const small = total / 10;
  // One fast-import stream: each commit rewrites one of 50 files.
  let stream = '';
  for (let i = 1; i <= total; i++) {
    const content = `value ${i}\n`;
    stream += `commit refs/heads/main\ncommitter Bench Agent <agent@example.com> ${1767225600 + i} +0000\ndata <<EOM\nchange ${i}\nEOM\n${i === 1 ? `from ${base}\n` : ''}M 100644 inline src/m${i % 50}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  git(dir, ['fast-import', '--quiet'], stream);
  git(dir, ['reset', '-q', '--hard', 'main']);
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  const report = JSON.parse(timeRun(dir, ['verify', '--range', `${base}..${head}`, '--json']).stdout);
  const commits = report.changes.map((c) => ({ commit: c.commit, digest: c.digest }));
  const range = verdict(g, tip, tip.seq + 1, { kind: 'range', base, head, digest: `sha256:${sha256('combined')}`, entries: [], commits }, 0);
  writeRecord(dir, range);
  const smallBase = git(dir, ['rev-parse', `HEAD~${small}`]).trim();
  const tSmall = repeat(dir, ['verify', '--range', `${smallBase}..${head}`], 5, 0);
  const tLarge = repeat(dir, ['verify', '--range', `${base}..${head}`], 5, 0);
  row(`ao verify --range, ${small} commits (median)`, `${tSmall.toFixed(0)} ms`, 'informational', true);
  row(`ao verify --range, ${total} commits (median)`, `${tLarge.toFixed(0)} ms`, `<= 12 x the ${small}-commit run`, tLarge <= 12 * tSmall);
  row(`  ratio ${total} / ${small} commits`, `${(tLarge / tSmall).toFixed(1)} x`, '<= 12 x', tLarge <= 12 * tSmall);
  rmSync(dir, { recursive: true, force: true });
}

// 3. ao ledger verify on 100,000 records.
{
  const records = quick ? 10_000 : 100_000;
  const dir = tempRepo('ledger');
  writeLedger(dir, records);
  const t = repeat(dir, ['ledger', 'verify'], quick ? 1 : 3, 0);
  row(`ao ledger verify, ${records} records (median)`, `${(t / 1000).toFixed(2)} s`, '< 10 s', t < 10_000);
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'benchmark'.padEnd(width)}  ${'measured'.padStart(10)}  ${'target'.padEnd(26)}  result`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(10)}  ${'-'.repeat(26)}  ------`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.measured.padStart(10)}  ${r.target.padEnd(26)}  ${r.ok ? 'ok' : 'MISSED'}`);
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores${quick ? ', --quick sizes' : ''}`);
