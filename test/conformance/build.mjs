// Builds a conformance vector's git history in a fresh repository (test/conformance/README.md,
// "Building the history"): one `git fast-import` stream, then each commit's id is checked
// against the vector's, so a builder that differs by a byte is caught before any check runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** A clean git environment: no user or system config, no hooks, no pager. */
export function gitEnv(home) {
  const env = {};
  for (const key of ['PATH', 'LANG', 'TMPDIR', 'SYSTEMROOT']) if (process.env[key]) env[key] = process.env[key];
  return { ...env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
}

export function git(dir, env, args, input) {
  const result = spawnSync('git', args, { cwd: dir, env, input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr.toString()}`);
  return result.stdout;
}

/** A path as fast-import reads it: C-style quoted, raw bytes above 0x7f kept as they are. */
export function quotePath(bytes) {
  const parts = [Buffer.from('"')];
  for (const byte of bytes) {
    if (byte === 0x22 || byte === 0x5c) parts.push(Buffer.from([0x5c, byte]));
    else if (byte < 0x20 || byte === 0x7f) parts.push(Buffer.from(`\\${byte.toString(8).padStart(3, '0')}`));
    else parts.push(Buffer.from([byte]));
  }
  parts.push(Buffer.from('"'));
  return Buffer.concat(parts);
}

export function pathBytes(change) {
  return change.path !== undefined ? Buffer.from(change.path, 'utf8') : Buffer.from(change.pathBase64, 'base64');
}

export function contentBytes(change) {
  return change.text !== undefined ? Buffer.from(change.text, 'utf8') : Buffer.from(change.base64 ?? '', 'base64');
}

/** The fast-import stream of a vector: commits in order, each on refs/tags/<name>. */
export function fastImportStream(vector) {
  const parts = [];
  const data = (bytes) => parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  const marks = new Map();
  vector.commits.forEach((commit, index) => {
    marks.set(commit.name, index + 1);
    parts.push(
      Buffer.from(
        `commit refs/tags/${commit.name}\nmark :${index + 1}\nauthor ${commit.author}\ncommitter ${commit.committer}\n`,
      ),
    );
    data(Buffer.from(commit.message, 'utf8'));
    commit.parents.forEach((parent, i) => {
      const mark = marks.get(parent);
      if (!mark) throw new Error(`vector ${vector.name}: commit ${commit.name} names parent ${parent} before it`);
      parts.push(Buffer.from(`${i === 0 ? 'from' : 'merge'} :${mark}\n`));
    });
    for (const change of commit.changes) {
      const path = quotePath(pathBytes(change));
      if (change.delete) parts.push(Buffer.from('D '), path, Buffer.from('\n'));
      else if (change.mode === '160000') parts.push(Buffer.from(`M 160000 ${change.commit} `), path, Buffer.from('\n'));
      else {
        parts.push(Buffer.from(`M ${change.mode} inline `), path, Buffer.from('\n'));
        data(contentBytes(change));
      }
    }
    parts.push(Buffer.from('\n'));
  });
  parts.push(Buffer.from('done\n'));
  return Buffer.concat(parts);
}

/** Builds the vector in `dir` (created); returns commit name -> id, checked against the vector. */
export function buildVector(vector, dir, env) {
  mkdirSync(dir, { recursive: true });
  git(dir, env, ['init', '-q', `--object-format=${vector.objectFormat ?? 'sha1'}`, dir]);
  git(dir, env, ['fast-import', '--quiet', '--done'], fastImportStream(vector));
  const ids = new Map();
  const names = vector.commits.map((c) => c.name);
  const resolved = git(dir, env, ['rev-parse', ...names.map((n) => `refs/tags/${n}`)])
    .toString()
    .trim()
    .split('\n');
  vector.commits.forEach((commit, i) => {
    if (resolved[i] !== commit.id)
      throw new Error(
        `vector ${vector.name}: commit ${commit.name} built as ${resolved[i]}, the vector says ${commit.id}`,
      );
    ids.set(commit.name, commit.id);
  });
  return ids;
}

/** Puts the working tree (and index) at `id`, nothing else left in it. */
export function checkout(dir, env, id) {
  git(dir, env, ['checkout', '-q', '-f', '--detach', id]);
  git(dir, env, ['clean', '-q', '-ffdx']);
}
