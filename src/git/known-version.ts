import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { readCacheFile, userCacheDir, writeCacheFile } from './user-cache.js';

/**
 * `git version`, remembered per git binary: asking costs the pre-commit hook one process on
 * every commit, and the answer changes only when the binary does. A binary is the `git` that
 * exec finds on PATH, known by its path and its file's device, inode, size, and modification
 * and change times (a write moves the change time, and no one can set it back). Nothing is
 * remembered for a script (a wrapper that runs some other git), a relative PATH entry (it
 * depends on the folder), or Windows: those ask git every time.
 */
export function gitBinaryKey(path: string | undefined): string | undefined {
  if (process.platform === 'win32') return undefined;
  for (const dir of (path ?? '').split(delimiter)) {
    if (!isAbsolute(dir)) return undefined;
    const file = join(dir, 'git');
    try {
      const stat = statSync(file, { bigint: true });
      if (!stat.isFile() || (stat.mode & 0o111n) === 0n) continue;
      if (startsWithShebang(file)) return undefined;
      return [file, stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0');
    } catch {
      // Not here (or not readable): exec would go on to the next entry too.
    }
  }
  return undefined;
}

function startsWithShebang(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head.toString('latin1') === '#!';
  } finally {
    closeSync(fd);
  }
}

function versionFile(binary: string): string | undefined {
  const dir = userCacheDir();
  return dir && join(dir, `git-${createHash('sha256').update(binary).digest('hex').slice(0, 40)}.version`);
}

export function rememberedGitVersion(binary: string): [number, number, number] | undefined {
  const file = versionFile(binary);
  const match = file && /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})\n$/.exec(readCacheFile(file)?.toString('latin1') ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function rememberGitVersion(binary: string, version: readonly number[]): void {
  const file = versionFile(binary);
  if (file) writeCacheFile(file, `${version.join('.')}\n`);
}
