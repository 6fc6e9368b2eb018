import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { MIN_GIT_VERSION, versionAtLeast } from './run.js';
import { readCacheFile, userCacheDir, writeCacheFile } from './user-cache.js';

/**
 * `git version`, remembered per git binary: asking costs the pre-commit hook one process on
 * every commit, and the answer changes only when the binary does. A binary is the `git` that
 * exec finds on PATH, known by its path and its file's device, inode, size, and modification
 * and change times (a write moves the change time, and no one can set it back). Nothing is
 * remembered for a script (a wrapper that runs some other git), a relative PATH entry (it
 * depends on the folder), or Windows: those ask git every time. Only the hook reads it, and
 * makes the folder; every other command asks git, and corrects a remembered answer it finds.
 */
export function gitBinaryKey(path: string | undefined): string | undefined {
  if (process.platform === 'win32') return undefined;
  for (const dir of (path ?? '').split(delimiter)) {
    if (!isAbsolute(dir)) return undefined;
    const file = join(dir, 'git');
    try {
      // Most PATH entries hold no git: an absent one is an answer, not an error to build.
      const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
      if (!stat?.isFile() || (stat.mode & 0o111n) === 0n) continue;
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

function versionFile(binary: string, create: boolean): string | undefined {
  const dir = userCacheDir({ create });
  return dir && join(dir, `git-${createHash('sha256').update(binary).digest('hex').slice(0, 40)}.version`);
}

/** A version too old is never taken from here: git is asked, and says so itself. */
export function rememberedGitVersion(binary: string): [number, number, number] | undefined {
  const file = versionFile(binary, false);
  const match = file && /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})\n$/.exec(readCacheFile(file)?.toString('latin1') ?? '');
  const version: [number, number, number] | undefined = match
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : undefined;
  return version && versionAtLeast(version, MIN_GIT_VERSION) ? version : undefined;
}

/**
 * Writes the version down unless that is what is there already (every command but the hook
 * gets here, and must not write a file each time). `create`: make the cache folder if there
 * is none (the hook); otherwise only a folder already there is written.
 */
export function rememberGitVersion(binary: string, version: readonly number[], create: boolean): void {
  const file = versionFile(binary, create);
  const text = `${version.join('.')}\n`;
  if (file && readCacheFile(file)?.toString('latin1') !== text) writeCacheFile(file, text);
}
