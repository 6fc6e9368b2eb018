import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheFile, userCacheDir, writeCacheFile } from '../git/user-cache.js';

/** A CommonJS module as a function of what Node gives one. */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const WRAPPER_TAIL = '\n})';

/** What a bundle run from the cache may tell once it is done: whether its run went the whole usual way. */
interface CachedBundle {
  ranWhole?: () => boolean;
}

/**
 * Runs a CommonJS bundle with V8's code cache: the pre-commit hook runs on every commit, and
 * compiling its bundle each time is a fifth of its run. A cache holds the functions compiled
 * by the run that made it, so it is made after a run, and kept per user, per Node build and
 * per bundle file (V8 itself compares only the source's length). A run that did not go the
 * whole usual way (skipped, refused, failed) compiled only part of the bundle: its cache is
 * kept as partial, and the first whole run makes the whole one from it and what it compiled
 * itself. A cache V8 rejects (another V8, other flags) is made again; a cache that cannot be
 * read or written is simply not used. Set the V8 flags before this runs: a cache is valid
 * only under the flags it was made with.
 */
export function runWithCodeCache(file: string): void {
  const { bytes, identity } = readWithIdentity(file);
  const cache = cachePaths(file, identity);
  // The build writes the hook's bundle in ASCII: read as one-byte text, V8 keeps it so.
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // The build stores the bundle wrapped already (.ci/build.mjs): then it is compiled as it is, no copy made.
  const source =
    text.startsWith(WRAPPER_HEAD) && text.endsWith(WRAPPER_TAIL) ? text : `${WRAPPER_HEAD}${text}${WRAPPER_TAIL}`;
  let loaded: 'whole' | 'partial' | undefined;
  let cachedData = cache && readCacheFile(cache.whole);
  if (cachedData) loaded = 'whole';
  else if (cache && (cachedData = readCacheFile(cache.partial))) loaded = 'partial';
  const script = new Script(source, { filename: file, cachedData });
  const module: { exports: CachedBundle } = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const usable = loaded !== undefined && !script.cachedDataRejected;
  if (!cache || (usable && loaded === 'whole')) return;
  process.once('exit', () => {
    if (module.exports.ranWhole?.() === true) {
      writeCacheFile(cache.whole, script.createCachedData());
      rmSync(cache.partial, { force: true });
    } else if (!usable) {
      writeCacheFile(cache.partial, script.createCachedData());
    } else {
      return;
    }
    pruneCaches(dirname(cache.whole), [cache.whole, cache.partial]);
  });
}

/** Caches kept besides the one just made: one per bundle a user runs (an upgrade, a second install). */
const KEPT_CACHES = 8;
const CACHE_NAME = /^[0-9a-f]{40}(?:\.partial)?\.v8$/;

/**
 * Every upgrade (and every build of a working copy) is a new bundle file with a cache of its
 * own, about 300 KB: when one is made, all but the newest few others are removed. One still
 * in use is simply made again on its next run.
 */
function pruneCaches(dir: string, ours: string[]): void {
  try {
    const others = readdirSync(dir)
      .filter((name) => CACHE_NAME.test(name) && !ours.includes(join(dir, name)))
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
function cachePaths(file: string, identity: string): { whole: string; partial: string } | undefined {
  const dir = userCacheDir();
  if (!dir) return undefined;
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0${file}\0${identity}`).digest('hex');
  const name = key.slice(0, 40);
  return { whole: join(dir, `${name}.v8`), partial: join(dir, `${name}.partial.v8`) };
}
