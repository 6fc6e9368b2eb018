import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheFile, userCacheDir, writeCacheFile } from '../git/user-cache.js';

/**
 * Runs a CommonJS bundle with V8's code cache: the pre-commit hook runs on every commit, and
 * compiling its bundle each time is a fifth of its run. The cache is made once, after the
 * first run (so it holds every function that run compiled), and kept per user, per Node
 * build and per bundle file (V8 itself compares only the source's length). A cache V8
 * rejects (another V8, other flags) is made again; a cache that cannot be read or written is
 * simply not used. Set the V8 flags before this runs: a cache is valid only under the flags
 * it was made with.
 */
/** A CommonJS module as a function of what Node gives one. */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const WRAPPER_TAIL = '\n})';

export function runWithCodeCache(file: string): void {
  const { bytes, identity } = readWithIdentity(file);
  const cacheFile = cachePath(file, identity);
  // The build writes the hook's bundle in ASCII: read as one-byte text, V8 keeps it so.
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // The build stores the bundle wrapped already (.ci/build.mjs): then it is compiled as it is, no copy made.
  const source =
    text.startsWith(WRAPPER_HEAD) && text.endsWith(WRAPPER_TAIL) ? text : `${WRAPPER_HEAD}${text}${WRAPPER_TAIL}`;
  const cachedData = cacheFile ? readCacheFile(cacheFile) : undefined;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
      writeCacheFile(cacheFile, script.createCachedData());
      pruneCaches(dirname(cacheFile), cacheFile);
    });
  }
}

/** Caches kept besides the one just made: one per bundle a user runs (an upgrade, a second install). */
const KEPT_CACHES = 8;
const CACHE_NAME = /^[0-9a-f]{40}\.v8$/;

/**
 * Every upgrade (and every build of a working copy) is a new bundle file with a cache of its
 * own, about 300 KB: when one is made, all but the newest few others are removed. One still
 * in use is simply made again on its next run.
 */
function pruneCaches(dir: string, made: string): void {
  try {
    const others = readdirSync(dir)
      .filter((name) => CACHE_NAME.test(name) && join(dir, name) !== made)
      .map((name) => ({ path: join(dir, name), stat: lstatSync(join(dir, name)) }))
      .filter(({ stat }) => stat.isFile())
      .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
    for (const { path } of others.slice(KEPT_CACHES)) rmSync(path, { force: true });
  } catch {
    // Left for the next cache made to clear.
  }
}

/** The bundle's bytes, and the identity of the file they were read from (one open: no race between them). */
function readWithIdentity(file: string): { bytes: Buffer; identity: string } {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd, { bigint: true });
    return {
      bytes: readFileSync(fd),
      identity: [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0'),
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Keyed by the Node build and the bundle file's identity: its path, device, inode, size, and
 * modification and change times. Any write moves the change time, and no one can set it back,
 * so a bundle changed in any way (even to the same length, inode and modification time) has
 * a new key; hashing the bytes instead would cost a millisecond on every commit.
 */
function cachePath(file: string, identity: string): string | undefined {
  const dir = userCacheDir();
  if (!dir) return undefined;
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0${file}\0${identity}`).digest('hex');
  return join(dir, `${key.slice(0, 40)}.v8`);
}
