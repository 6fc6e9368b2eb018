#!/usr/bin/env node
// Authoring tool for the conformance vectors (test/conformance/README.md, "Adding a vector").
//
//   node test/conformance/generate.mjs NAME...   regenerate the named cases of cases.mjs
//   node test/conformance/generate.mjs --all     regenerate every case
//   node test/conformance/generate.mjs --missing write the cases that have no vector yet
//
// Each case builds its history in a scratch repository with real git and the built `ao`
// (records `ao` writes are real ones; hostile ones are written by hand), exports it to
// vectors/NAME.json, rebuilds that file with build.mjs to prove it reproduces the same
// commit ids, and fills in the digests `ao` reports. The outcomes, failed rules and problem
// codes are the case's own, written from docs/spec.md: never copied from `ao`'s answer.
// Where `ao` disagrees, the generator says so and still writes the spec's expectation.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  lstatSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVector, git, gitEnv } from './build.mjs';
import { AO_BIN, differences, runWithAo } from './ao-runner.mjs';
import { cases } from './cases.mjs';
import { CHECKER, WORKER, recordId, recordPath, renderRecord } from './records.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const VECTORS = join(HERE, 'vectors');
const IDENT = { name: 'Coding Agent', email: WORKER };
/** A scratch repository a case builds its history in. */
class Scratch {
  constructor(name) {
    this.name = name;
    this.root = mkdtempSync(join(tmpdir(), `ao-vector-${name}-`));
    this.dir = join(this.root, 'repo');
    this.env = {
      ...gitEnv(this.root),
      GIT_AUTHOR_NAME: IDENT.name,
      GIT_AUTHOR_EMAIL: IDENT.email,
      GIT_COMMITTER_NAME: IDENT.name,
      GIT_COMMITTER_EMAIL: IDENT.email,
    };
    mkdirSync(this.dir);
    this.git(['init', '-q', '-b', 'main']);
    this.ids = new Map();
    this.order = [];
    this.clock = 0;
    this.recordClock = 0;
  }

  git(args, input) {
    return git(this.dir, this.env, args, input).toString();
  }

  ao(args) {
    const result = spawnSync(process.execPath, [AO_BIN, ...args], { cwd: this.dir, env: this.env, encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`ao ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
    return result.stdout;
  }

  id(name) {
    const id = this.ids.get(name);
    if (!id) throw new Error(`${this.name}: no commit named ${name}`);
    return id;
  }

  write(path, content) {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (existsSync(full) && lstatSync(full).isSymbolicLink()) unlinkSync(full);
    writeFileSync(full, content);
  }

  read(path) {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  remove(path) {
    rmSync(join(this.dir, path), { recursive: true, force: true });
  }

  symlink(target, path) {
    this.remove(path);
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    symlinkSync(target, join(this.dir, path));
  }

  /** Everything in the working tree staged and committed at the next minute; tagged `name`. */
  commit(name, { message = `${name}\n`, author, add = true } = {}) {
    if (add) this.git(['add', '-A']);
    this.clock += 1;
    const date = `${1700000000 + this.clock * 60} +0000`;
    const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, ...(author ? { GIT_AUTHOR_EMAIL: author } : {}) };
    const result = spawnSync('git', ['commit', '-q', '--no-verify', '--allow-empty', '-F', '-'], {
      cwd: this.dir,
      env: { ...this.env, ...env },
      input: message,
    });
    if (result.status !== 0) throw new Error(`git commit failed: ${result.stderr}`);
    return this.tag(name);
  }

  tag(name) {
    const id = this.git(['rev-parse', 'HEAD']).trim();
    this.git(['tag', name, id]);
    this.ids.set(name, id);
    this.order.push(name);
    return id;
  }

  checkout(name) {
    this.git(['checkout', '-q', '--detach', this.id(name)]);
  }

  /** `git merge` of `other` into HEAD; conflicts are left for `resolve` to settle (files to write). */
  merge(name, others, { resolve = {}, message, strategy } = {}) {
    const heads = (Array.isArray(others) ? others : [others]).map((o) => this.id(o));
    spawnSync('git', ['merge', '-q', '--no-commit', '--no-ff', ...(strategy ? ['-s', strategy] : []), ...heads], {
      cwd: this.dir,
      env: this.env,
    });
    for (const [path, content] of Object.entries(resolve)) {
      if (content === null) this.remove(path);
      else this.write(path, content);
    }
    this.git(['add', '-A']);
    return this.commit(name, { message: message ?? `Merge ${[others].flat().join(' ')}\n`, add: false });
  }

  /** `ao init` (no hooks), an optional policy, a README: the commit `base`. */
  setup({ policy, name = 'base' } = {}) {
    this.ao(['init', '--hooks', 'none']);
    if (policy) this.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
    this.write('README.md', '# conformance\n');
    return this.commit(name, { message: 'Set up agentops/verdict\n' });
  }

  /** Every record file in the working tree's ledger, parsed (hand-written junk skipped). */
  records() {
    const root = join(this.dir, '.agents/ledger');
    if (!existsSync(root)) return [];
    const out = [];
    for (const bucket of readdirSync(root)) {
      for (const file of readdirSync(join(root, bucket))) {
        try {
          const record = JSON.parse(readFileSync(join(root, bucket, file), 'utf8'));
          if (
            record &&
            typeof record.id === 'string' &&
            recordPath(record.seq, record.id) === `.agents/ledger/${bucket}/${file}`
          )
            out.push(record);
        } catch {
          // not a record: a hostile file of the case
        }
      }
    }
    return out;
  }

  genesis() {
    return this.records().find((r) => r.type === 'genesis');
  }

  heads() {
    const records = this.records();
    const named = new Set(records.flatMap((r) => r.prev));
    return records
      .filter((r) => !named.has(r.id))
      .map((r) => r.id)
      .sort();
  }

  /** `ao verdict` as a user runs it; returns the record it wrote. */
  verdict(args) {
    const record = JSON.parse(this.ao(['verdict', ...args, '--json']));
    return { ...record, path: recordPath(record.seq, record.id) };
  }

  /** The subject `ao verdict` would record for a scope (the record it wrote is removed again). */
  subject(scopeArgs) {
    const record = this.verdict(['pass', '--checker', 'subject-probe@example.com', ...scopeArgs]);
    this.remove(record.path);
    return record.subject;
  }

  /** A deterministic createdAt, one second after the last one. */
  nextTime() {
    this.recordClock += 1;
    return new Date(Date.UTC(2024, 0, 1) + this.recordClock * 1000).toISOString();
  }

  /**
   * A record written by hand: defaults for a passing verdict by an independent agent,
   * attached to the current heads; `fields` override them. Sealed (id) unless `seal: false`.
   */
  record(fields = {}, { seal = true, write = true } = {}) {
    const heads = fields.prev ?? this.heads();
    const bySeq = new Map(this.records().map((r) => [r.id, r.seq]));
    const seq = fields.seq ?? 1 + Math.max(-1, ...heads.map((h) => bySeq.get(h) ?? -1));
    const body = {
      schema: 'agentops-verdict/record@1',
      type: 'verdict',
      seq,
      prev: heads,
      createdAt: this.nextTime(),
      ledger: this.genesis()?.id,
      verdict: 'pass',
      checker: { id: CHECKER, kind: 'agent' },
      worker: { id: WORKER, kind: 'agent' },
      evidence: [],
      summary: '',
      ...fields,
    };
    const record = seal ? { ...body, id: recordId(body) } : body;
    const path = recordPath(record.seq, record.id);
    if (write) this.write(path, renderRecord(record));
    return { ...record, path };
  }

  /** Raw bytes at a path under the ledger. */
  raw(path, bytes) {
    this.write(path, bytes);
    return path;
  }

  cleanup() {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The history of `names` (in creation order) as the vector's commit list. */
function exportHistory(scratch) {
  const commits = [];
  for (const name of scratch.order) {
    const id = scratch.id(name);
    const raw = git(scratch.dir, scratch.env, ['cat-file', 'commit', id]);
    const split = raw.indexOf('\n\n');
    const headers = raw.subarray(0, split).toString('utf8').split('\n');
    const message = raw.subarray(split + 2).toString('utf8');
    const header = (key) => headers.filter((h) => h.startsWith(`${key} `)).map((h) => h.slice(key.length + 1));
    const parents = header('parent').map((p) => {
      const parentName = [...scratch.ids].find(([, v]) => v === p)?.[0];
      if (!parentName) throw new Error(`${scratch.name}: parent ${p} of ${name} has no name`);
      return parentName;
    });
    const diffArgs =
      parents.length === 0
        ? ['diff-tree', '-r', '-z', '--no-renames', '--full-index', '--raw', '--root', id]
        : ['diff-tree', '-r', '-z', '--no-renames', '--full-index', '--raw', scratch.id(parents[0]), id];
    const out = git(scratch.dir, scratch.env, diffArgs);
    const fields = out.toString('latin1').split('\0');
    if (parents.length === 0) fields.shift(); // --root prints the commit id first
    const deletes = [];
    const writes = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (!fields[i].startsWith(':')) break;
      const [, newMode, , newId, status] = fields[i].slice(1).split(' ');
      const pathRaw = Buffer.from(fields[i + 1], 'latin1');
      const path = pathField(pathRaw);
      if (status === 'D') deletes.push({ ...path, delete: true });
      else if (newMode === '160000') writes.push({ ...path, mode: newMode, commit: newId });
      else
        writes.push({
          ...path,
          mode: newMode,
          ...contentField(git(scratch.dir, scratch.env, ['cat-file', 'blob', newId])),
        });
    }
    commits.push({
      name,
      id,
      parents,
      author: header('author')[0],
      committer: header('committer')[0],
      message,
      changes: [...deletes, ...writes],
    });
  }
  return commits;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function pathField(bytes) {
  try {
    return { path: utf8.decode(bytes) };
  } catch {
    return { pathBase64: bytes.toString('base64') };
  }
}

function contentField(bytes) {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { base64: bytes.toString('base64') };
  }
}

/** JSON with every character outside printable ASCII escaped, so NFC and NFD look different. */
export function asciiJson(value) {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

function generate(spec) {
  const scratch = new Scratch(spec.name);
  try {
    spec.build(scratch);
    const vector = {
      conformance: 'agentops-verdict/conformance@1',
      name: spec.name,
      description: spec.description,
      spec: spec.spec,
      objectFormat: 'sha1',
      commits: exportHistory(scratch),
      checks: spec.checks(scratch),
    };
    // Rebuild from the exported form alone, exactly as a runner will, and ask `ao`.
    const rebuilt = join(scratch.root, 'rebuilt');
    const env = gitEnv(scratch.root);
    const ids = buildVector(vector, rebuilt, env);
    for (const check of vector.checks) {
      const answer = runWithAo(rebuilt, env, ids, check);
      // Digests are facts of the history (spec section 7): taken from `ao`, proved by the second verifier.
      for (const [name, decision] of Object.entries(check.expect.changes ?? {})) {
        const got = answer.changes?.[name];
        if (got?.digest) decision.digest = got.digest;
      }
      if (check.expect.range && answer.range?.digest) check.expect.range.digest = answer.range.digest;
      const diff = differences(answer, check);
      if (diff.length > 0)
        console.error(
          `  ! ${spec.name} / ${check.name}: ao disagrees with the expectation:\n      ${diff.join('\n      ')}\n      ${answer.stderr.trim()}`,
        );
    }
    writeFileSync(join(VECTORS, `${spec.name}.json`), asciiJson(vector));
    console.log(`wrote vectors/${spec.name}.json (${vector.commits.length} commits, ${vector.checks.length} checks)`);
  } finally {
    scratch.cleanup();
  }
}

mkdirSync(VECTORS, { recursive: true });
const args = process.argv.slice(2);
const names = new Set(cases.map((c) => c.name));
if (names.size !== cases.length) throw new Error('two cases share a name');
for (const arg of args) if (!arg.startsWith('--') && !names.has(arg)) throw new Error(`no case named ${arg}`);
const chosen = cases.filter(
  (c) =>
    args.includes('--all') ||
    args.includes(c.name) ||
    (args.includes('--missing') && !existsSync(join(VECTORS, `${c.name}.json`))),
);
if (args.length === 0) console.error('usage: node test/conformance/generate.mjs NAME... | --all | --missing');
for (const spec of chosen) generate(spec);
