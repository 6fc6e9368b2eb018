import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheFile, userCacheDir, writeCacheFile } from '../git/user-cache.js';

/**
 * Runs a CommonJS bundle with V8's code cache: the pre-commit hook runs on every commit, and
 * compiling its bundle each time is a fifth of its run. The cache is made once, after the
 * first run (so it holds every function that run compiled), and kept per user, per Node
 * build and per bundle content (V8 itself compares only the source's length). A cache V8 rejects (another V8, other flags) is made again; a
 * cache that cannot be read or written is simply not used. Set the V8 flags before this
 * runs: a cache is valid only under the flags it was made with.
 */
export function runWithCodeCache(file: string): void {
  const bytes = readFileSync(file);
  const cacheFile = cachePath(bytes);
  // The build writes the hook's bundle in ASCII: read as one-byte text, V8 keeps it so.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cachedData = cacheFile ? readCacheFile(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => writeCacheFile(cacheFile, script.createCachedData()));
  }
}

/** Keyed by the bundle's bytes (hashing them is a third of the cost of hashing the decoded text). */
function cachePath(bundle: Buffer): string | undefined {
  const dir = userCacheDir();
  if (!dir) return undefined;
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(bundle).digest('hex');
  return join(dir, `${key.slice(0, 40)}.v8`);
}
