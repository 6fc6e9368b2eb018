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
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user folder for what a run can reuse from an earlier one on this machine (the
 * hook's compiled code, the version of a git binary): never anything about a repository.
 * Nothing in it decides a verdict, and a file it holds that cannot be read is simply not used.
 */
export function userCacheDir(options: { create?: boolean } = {}): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    if (options.create !== false) mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Only a folder this user owns and no one else can write (never one another user made, never a link).
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Only a regular file this user owns, opened without following a link or waiting on a FIFO. */
export function readCacheFile(path: string): Buffer | undefined {
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

/** Written whole under another name, then renamed: a reader never sees half a file. */
export function writeCacheFile(path: string, data: Buffer | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    // Not kept this time: the next run does the work again, as this one did.
  }
}
