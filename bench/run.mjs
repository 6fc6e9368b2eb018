#!/usr/bin/env node
// npm run bench: the speed targets, measured on the built CLI and action against real
// repositories, as ratios of paired, interleaved runs (medians), so a busy machine slows
// both sides alike. Records are written by an independent implementation of docs/spec.md
// (below), so the bench also proves a second writer's ledger verifies.
//
// --quick: smaller sizes. BENCH_NODE=path[,path]: the hook row on other Node binaries too. --keep: leave the repositories made (their paths are printed), to profile them. --only=push,hook,range: some parts only. COMMITLINT_BIN=path/to/@commitlint/cli/cli.js: where commitlint
// is, when it is not a dev dependency here (the row is skipped without it).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AO = join(ROOT, 'dist', 'cli', 'ao.cjs'); // the `ao` npm installs: the launcher
const ACTION = join(ROOT, 'dist', 'action', 'index.js');
const quick = process.argv.includes('--quick');
/** --only=push,hook,range: run only those parts. */
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const part = (name) => !only || only.includes(name);
const keep = process.argv.includes('--keep');
const removeRepo = (dir) => (keep ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true }));
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
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`)
          .join(',')}}`;
const sortDeep = (v) =>
  v === null || typeof v !== 'object'
    ? v
    : Array.isArray(v)
      ? v.map(sortDeep)
      : Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortDeep(v[k])]),
        );
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
function seal(body) {
  return { ...body, id: `sha256:${sha256(jcs(body))}` };
}
function writeRecord(dir, record) {
  const hex = record.id.slice(7);
  const path = join(
    dir,
    '.agents/ledger',
    String(Math.floor(record.seq / 1000)).padStart(4, '0'),
    `${String(record.seq).padStart(8, '0')}-${hex}.json`,
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(sortDeep(record), null, 2)}\n`);
}
function genesis() {
  return seal({
    schema: 'agentops-verdict/record@1',
    type: 'genesis',
    seq: 0,
    prev: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    nonce: randomBytes(16).toString('hex'),
  });
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
    const entry = {
      oldMode: '100644',
      newMode: '100644',
      oldId: blob,
      newId: sha256(String(i)).slice(0, 40),
      status: 'M',
      path: `src/file-${i % 300}.ts`,
    };
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
  writeFileSync(
    join(dir, '.agents/policy.json'),
    `${JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'commit' }, null, 2)}\n`,
  );
  return dir;
}
const git = (dir, args, input) => execFileSync('git', args, { cwd: dir, env, input, maxBuffer: 1 << 30 }).toString();
/** Commits everything without hooks, then packs the repository as a clone would have it. */
function commitAll(dir, message) {
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'gc.auto=0', 'commit', '-q', '--no-verify', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}
function timed(command, args, options) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, code: result.status, stdout: result.stdout?.toString() ?? '', stderr: result.stderr?.toString() ?? '' };
}
const ao = (dir, args, extraEnv = {}) =>
  timed(process.execPath, [AO, ...args], { cwd: dir, env: { ...env, ...extraEnv } });
function expectCode(run, code, what) {
  if (run.code !== code)
    throw new Error(
      `${what} exited ${run.code}, expected ${code}:\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`,
    );
  return run;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
/** Runs `a` and `b` alternately `times` times; medians of each and of the per-pair ratio a/b. */
function paired(times, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < times; i++) {
    as.push(a());
    bs.push(b());
  }
  return { a: median(as), b: median(bs), ratio: median(as.map((x, i) => x / bs[i])) };
}
const ms = (v) =>
  v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;

const rows = [];
const row = (name, a, b, ratio, goal, ok) => rows.push({ name, a, b, ratio, goal, ok });

// --- the GitHub Action, run as a runner runs it, in a workspace with the history checked out.
function runAction(dir, before, after) {
  const runner = mkdtempSync(join(tmpdir(), 'ao-bench-runner-'));
  writeFileSync(
    join(runner, 'event.json'),
    JSON.stringify({
      ref: 'refs/heads/main',
      before,
      after,
      repository: { full_name: 'acme/widgets', default_branch: 'main' },
    }),
  );
  for (const f of ['output', 'summary']) writeFileSync(join(runner, f), '');
  const run = timed(process.execPath, [ACTION], {
    cwd: dir,
    env: {
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SHA: after,
      RUNNER_TEMP: runner,
      INPUT_PATH: '.',
      'INPUT_STATUS-CONTEXT': '',
    },
  });
  rmSync(runner, { recursive: true, force: true });
  return expectCode(run, 0, 'the action').ms;
}

/**
 * A repository with a ledger of `records` and, on top, a 10-commit push: ten commits that
 * each change a file, then one that records a verdict for each (the independent writer).
 */
function pushRepo(label, records, digests) {
  const dir = tempRepo(label);
  const { genesis: g, tip } = writeLedger(dir, records);
  const base = commitAll(dir, 'ledger');
  const commits = [];
  for (let i = 0; i < 10; i++) {
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src', `module-${i}.ts`), `export const value${i} = ${i};\n`);
    commits.push(commitAll(dir, `feat(module-${i}): add value ${i}`));
  }
  // Each commit's digest comes from `ao verify --json` on the small ledger (the changes are the same).
  digests ??= JSON.parse(ao(dir, ['verify', '--range', `${base}..HEAD`, '--json']).stdout).changes.map((c) => c.digest);
  let prev = tip;
  commits.forEach((commit, i) => {
    prev = verdict(g, prev, prev.seq + 1, { kind: 'commit', commit, digest: digests[i], entries: [] }, records + i);
    writeRecord(dir, prev);
  });
  const head = commitAll(dir, 'Record verdicts');
  git(dir, ['gc', '-q']);
  return { dir, base, head, digests };
}

// 1 and 2. The action and ao verify --range on a 10-commit push: a large ledger against a small one.
if (part('push')) {
  const large = quick ? 10_000 : 100_000;
  const small = pushRepo('push-small', 1000);
  const big = pushRepo('push-large', large, small.digests);
  for (const r of [small, big])
    expectCode(ao(r.dir, ['verify', '--range', `${r.base}..${r.head}`]), 0, 'ao verify --range');
  // The first run in a clone builds the ledger index (every base record read once); later runs derive or load it.
  rmSync(join(big.dir, '.git', 'agentops-verdict'), { recursive: true, force: true });
  const first = runAction(big.dir, big.base, big.head);
  runAction(small.dir, small.base, small.head);
  const times = quick ? 3 : 7;
  const action = paired(
    times,
    () => runAction(big.dir, big.base, big.head),
    () => runAction(small.dir, small.base, small.head),
  );
  row(
    `the action, 10-commit push: ${large / 1000}k vs 1k records`,
    ms(action.a),
    ms(action.b),
    action.ratio,
    1.2,
    action.ratio <= 1.2,
  );
  row(`  (the first run in a clone, which builds the index)`, ms(first), '', undefined, undefined, true);
  const range = paired(
    times,
    () => expectCode(ao(big.dir, ['verify', '--range', `${big.base}..${big.head}`]), 0, 'ao verify --range').ms,
    () => expectCode(ao(small.dir, ['verify', '--range', `${small.base}..${small.head}`]), 0, 'ao verify --range').ms,
  );
  row(
    `ao verify --range, same 10 commits: ${large / 1000}k vs 1k`,
    ms(range.a),
    ms(range.b),
    range.ratio,
    1.2,
    range.ratio <= 1.2,
  );

  // 5. ao ledger verify on the large ledger, against a floor: every blob read in one cat-file, parsed and hashed.
  const floor = () => {
    const start = process.hrtime.bigint();
    const names = git(big.dir, ['ls-tree', '-r', '--object-only', 'HEAD', '--', '.agents/ledger/']);
    const out = execFileSync('git', ['cat-file', '--batch'], { cwd: big.dir, env, input: names, maxBuffer: 1 << 30 });
    let position = 0;
    while (position < out.length) {
      const lineEnd = out.indexOf(10, position);
      const size = Number(out.toString('latin1', position, lineEnd).split(' ')[2]);
      const text = out.toString('utf8', lineEnd + 1, lineEnd + 1 + size);
      const { id, signature, ...body } = JSON.parse(text);
      if (`sha256:${sha256(jcs(body))}` !== id) throw new Error('floor: a record does not hash to its id');
      position = lineEnd + 1 + size + 1;
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const audit = paired(
    quick ? 1 : 3,
    () => expectCode(ao(big.dir, ['ledger', 'verify']), 0, 'ao ledger verify').ms,
    floor,
  );
  row(
    `ao ledger verify, ${large / 1000}k records vs cat-file + parse + hash`,
    ms(audit.a),
    ms(audit.b),
    audit.ratio,
    1.3,
    audit.ratio <= 1.3,
  );
  for (const r of [small, big]) removeRepo(r.dir);
}

// 3. The pre-commit hook: 10,000-record ledger, 500 staged files, the verdict staged with them,
//    against `node -e 0 && git diff --cached --raw` in the same repository.
if (part('hook')) {
  const records = quick ? 2000 : 10_000;
  const dir = tempRepo('hook');
  const { genesis: g, tip } = writeLedger(dir, records);
  const first = commitAll(dir, 'ledger');
  // One more record on top: the hook's base is then a ledger state derived from the one before.
  writeRecord(
    dir,
    verdict(g, tip, tip.seq + 1, { kind: 'staged', digest: `sha256:${sha256('one more')}`, entries: [] }, records),
  );
  commitAll(dir, 'one more record');
  expectCode(ao(dir, ['verify', '--range', `${first}..HEAD`]), 0, 'ao verify --range'); // indexes the ledger as it was
  const tree = git(dir, ['rev-parse', 'HEAD:.agents/ledger']).trim();
  for (let i = 0; i < 500; i++) {
    mkdirSync(join(dir, 'src', String(i % 20)), { recursive: true });
    writeFileSync(join(dir, 'src', String(i % 20), `f${i}.ts`), `export const v${i} = ${i};\n`);
  }
  git(dir, ['add', '-A']);
  const recorded = expectCode(
    ao(dir, ['verdict', 'pass', '--checker', 'reviewer@example.com', '--evidence', 'test:bench']),
    0,
    'ao verdict',
  );
  const hookOn = (node) => () =>
    expectCode(timed(node, [AO, 'hook', 'pre-commit'], { cwd: dir }), 0, 'the pre-commit hook').ms;
  const floorOn = (node) => () =>
    timed(node, ['-e', '0'], { cwd: dir }).ms + timed('git', ['diff', '--cached', '--raw'], { cwd: dir }).ms;
  const hook = hookOn(process.execPath);
  const floor = floorOn(process.execPath);
  hook();
  const times = quick ? 7 : 21;
  const steady = paired(times, hook, floor);
  row(
    `pre-commit hook, ${records / 1000}k records, 500 staged files, vs its floor`,
    ms(steady.a),
    ms(steady.b),
    steady.ratio,
    1.5,
    steady.ratio <= 1.5,
  );
  // BENCH_NODE=path[,path]: the same row on other Node binaries (e.g. Node 24, with its compile cache).
  for (const node of (process.env.BENCH_NODE ?? '').split(',').filter(Boolean)) {
    const version = execFileSync(node, ['--version']).toString().trim();
    hookOn(node)();
    const other = paired(times, hookOn(node), floorOn(node));
    row(`  (the same on node ${version})`, ms(other.a), ms(other.b), other.ratio, 1.5, other.ratio <= 1.5);
  }
  // What no hook can do without: Node, then the hook's three git processes in the same order
  // (the probe, the index's diff, one cat-file for the staged record), its bytes parsed,
  // nothing checked. How far the goal is from this says how much of the row is ours to cut.
  const bare = join(ROOT, 'bench', 'bare-hook.cjs');
  const bareOn = (node) => () => timed(node, [bare], { cwd: dir }).ms;
  const bareRun = paired(times, bareOn(process.execPath), floor);
  row(
    `  (node and the hook's three git processes alone, nothing checked)`,
    ms(bareRun.a),
    ms(bareRun.b),
    bareRun.ratio,
    undefined,
    true,
  );
  const index = join(dir, '.git', 'agentops-verdict', 'ledger-index', `${tree}.idx`);
  const derived = paired(
    quick ? 3 : 7,
    () => {
      rmSync(index, { force: true });
      return hook();
    },
    floor,
  );
  row(
    `  (right after a commit: the index derived from the last one)`,
    ms(derived.a),
    ms(derived.b),
    derived.ratio,
    undefined,
    true,
  );
  row(
    `ao verdict (staged), ${records / 1000}k records, 500 staged files`,
    ms(recorded.ms),
    '',
    undefined,
    undefined,
    true,
  );
  removeRepo(dir);
}

// 4. ao verify --range over 5,000 real-shaped commits, all covered by one range verdict,
//    against commitlint --from/--to on the same range.
if (part('range')) {
  const commitlint = process.env.COMMITLINT_BIN ?? join(ROOT, 'node_modules', '@commitlint', 'cli', 'cli.js');
  const dir = tempRepo('range');
  const { genesis: g, tip } = writeLedger(dir, 1000);
  const base = commitAll(dir, 'ledger');
  const total = quick ? 1000 : 5000;
  // One fast-import stream: conventional messages with bodies; each commit edits one to three of 200 files.
  const types = ['feat', 'fix', 'refactor', 'docs', 'test', 'chore', 'perf'];
  let stream = '';
  for (let i = 1; i <= total; i++) {
    const message = `${types[i % types.length]}(area-${i % 17}): change ${i} in the parser\n\nWhy: case ${i} was handled one step late.\nRefs: #${1000 + i}\n`;
    stream += `commit refs/heads/main\nauthor Bench Agent <agent@example.com> ${1767225600 + i} +0000\ncommitter Bench Agent <agent@example.com> ${1767225600 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}${i === 1 ? `from ${base}\n` : ''}`;
    for (let k = 0; k <= i % 3; k++) {
      const content = `// file ${(i * 7 + k) % 200}, revision ${i}\nexport const value = ${i * 31 + k};\n`;
      stream += `M 100644 inline src/part-${(i * 7 + k) % 200}.ts\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    }
  }
  git(dir, ['fast-import', '--quiet'], stream);
  git(dir, ['reset', '-q', '--hard', 'main']);
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  const report = JSON.parse(ao(dir, ['verify', '--range', `${base}..${head}`, '--json']).stdout);
  const commits = report.changes.map((c) => ({ commit: c.commit, digest: c.digest }));
  writeRecord(
    dir,
    verdict(
      g,
      tip,
      tip.seq + 1,
      {
        kind: 'range',
        base,
        head,
        digest: report.range?.digest ?? `sha256:${sha256('combined')}`,
        entries: [],
        commits,
      },
      0,
    ),
  );
  // The verdict lands in a commit of its own, as it would in practice: the range is read as committed.
  const recorded = commitAll(dir, 'chore(ledger): record the range verdict\n\nWhy: the range was reviewed.\n');
  const verifyRange = () =>
    expectCode(ao(dir, ['verify', '--range', `${base}..${recorded}`]), 0, 'ao verify --range').ms;
  verifyRange();
  if (existsSync(commitlint)) {
    writeFileSync(
      join(dir, '.commitlintrc.json'),
      `${JSON.stringify({ rules: { 'type-enum': [2, 'always', types], 'header-max-length': [2, 'always', 100], 'body-leading-blank': [2, 'always'] } })}\n`,
    );
    const lint = () =>
      expectCode(timed(process.execPath, [commitlint, '--from', base, '--to', recorded], { cwd: dir }), 0, 'commitlint')
        .ms;
    const against = paired(quick ? 3 : 5, verifyRange, lint);
    row(
      `ao verify --range, ${total + 1} commits, vs commitlint --from/--to`,
      ms(against.a),
      ms(against.b),
      against.ratio,
      1.0,
      against.ratio <= 1.0,
    );
  } else {
    row(
      `ao verify --range, ${total} commits, vs commitlint: skipped, @commitlint/cli is not installed (npm i -D @commitlint/cli), or set COMMITLINT_BIN`,
      ms(verifyRange()),
      '',
      undefined,
      1.0,
      true,
    );
  }
  removeRepo(dir);
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `\n${'benchmark'.padEnd(width)}  ${'this'.padStart(8)}  ${'against'.padStart(8)}  ${'ratio'.padStart(6)}  ${'goal'.padStart(6)}  result`,
);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ${'-'.repeat(6)}  ${'-'.repeat(6)}  ------`);
for (const r of rows) {
  const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`;
  const goal = r.goal === undefined ? '' : `${r.goal.toFixed(1)}x`;
  console.log(
    `${r.name.padEnd(width)}  ${r.a.padStart(8)}  ${r.b.padStart(8)}  ${ratio.padStart(6)}  ${goal.padStart(6)}  ${r.goal === undefined ? 'info' : r.ok ? 'ok' : 'MISSED'}`,
  );
}
console.log(
  `\nnode ${process.version}, ${cpus().length} cores${quick ? ', --quick sizes' : ''}; ratios are medians of paired, interleaved runs`,
);
