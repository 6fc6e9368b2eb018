import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle with V8's code cache: the pre-commit hook runs on every commit, and
 * compiling its bundle each time is a fifth of its run. The cache is made once, after the
 * first run (so it holds every function that run compiled), and kept per user, per Node
 * build and per bundle content (V8 itself compares only the source's length). A cache V8 rejects (another V8, other flags) is made again; a
 * cache that cannot be read or written is simply not used. Set the V8 flags before this
 * runs: a cache is valid only under the flags it was made with.
 */
export function runWithCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cachePath(source);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
  }
}

/** A folder only this user can write (never one another user made, never a link), or none. */
function cacheDir(): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `agentops-verdict-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function cachePath(source: string): string | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex');
  return join(dir, `${key.slice(0, 40)}.v8`);
}

/** Only a regular file this user owns, opened without following a link or waiting on a FIFO. */
function readCache(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written whole under another name, then renamed: a reader never sees half a cache. */
function writeCache(path: string, data: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    // No cache this time: the next run compiles, as this one did.
  }
}
