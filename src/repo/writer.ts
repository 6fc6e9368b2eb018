import { shellQuote } from '../core/shell.js';
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AoError } from '../core/errors.js';
import { computeHeads, type LedgerFile } from '../core/ledger.js';
import {
  LEDGER_DIR,
  MAX_RECORD_BYTES,
  RECORD_SCHEMA,
  parseRecordPath,
  recordPath,
  renderRecord,
  sealRecord,
  type LedgerRecord,
  type Signature,
  type UnsignedBody,
  type VerdictRecord,
} from '../core/record.js';
import { formatSchemaProblems, validateRecordShape } from '../core/schemas.js';
import type { Git } from '../git/git.js';
import { ledgerRootEntry, listWorktreeLedger, readWorktreeFile } from './ledger-view.js';

const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;

export interface LedgerTip {
  genesisId: string;
  heads: string[];
  nextSeq: number;
}

/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's), each file
 * under the record size bound and never through a symlink.
 */
export function readTip(top: string): LedgerTip {
  refuseUnsafeLedgerRoot(top);
  const paths = listWorktreeLedger(top);
  const nodes: { id: string; prev: string[]; seq: number }[] = [];
  let genesisId: string | undefined;
  for (const path of paths) {
    const file = readWorktreeFile(top, path);
    refuseLinkedEntry(file);
    const parts = parseRecordPath(path);
    if (!parts) continue;
    if (parts.seq === 0) genesisId ??= parts.id;
    let prev: string[] = [];
    try {
      if (file.kind === 'file' && file.bytes) {
        const value = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as { prev?: unknown };
        if (Array.isArray(value?.prev)) prev = value.prev.filter((p): p is string => typeof p === 'string');
      }
    } catch {
      // A broken record is reported by `ao ledger verify`; the writer attaches around it.
    }
    nodes.push({ id: parts.id, prev, seq: parts.seq });
  }
  if (!genesisId) {
    throw new AoError('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', {
      fix: 'run `ao init` and commit the .agents/ directory',
    });
  }
  const heads = computeHeads(nodes);
  const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
  const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
  return { genesisId, heads, nextSeq };
}

/** Refuses a symlink found in the ledger (a record or a bucket folder): never read or written through. */
export function refuseLinkedEntry(file: LedgerFile): void {
  if (file.kind !== 'symlink') return;
  throw new AoError(
    `${file.path} is a symbolic link: ao reads and writes the ledger only inside the repository, never through a link`,
    {
      fix: `remove the link (\`git rm ${shellQuote(file.path)}\` if it was committed) and restore what it replaced with \`git checkout HEAD -- .agents/ledger\``,
    },
  );
}

/** Refuses to read or write the ledger when `.agents` or `.agents/ledger` is a symlink or a file. */
export function refuseUnsafeLedgerRoot(top: string): void {
  const broken = ledgerRootEntry(top);
  if (broken) {
    throw new AoError(
      `${broken.path} is ${broken.kind === 'symlink' ? 'a symbolic link' : 'not a directory'}: ao reads and writes the ledger only inside the repository, never through a link`,
      {
        fix: `replace it with a real directory: \`git rm --cached ${shellQuote(broken.path)}\`, move it away, and restore the ledger with \`git checkout HEAD -- .agents\``,
      },
    );
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function parseLock(text: string): LockOwner | undefined {
  const [pid, since = '?', host = ''] = text.trim().split(' ');
  return pid && /^[1-9][0-9]*$/.test(pid) ? { pid: Number(pid), since, host } : undefined;
}

/** True when the lock names a process on this machine that no longer exists. */
function holderIsGone(owner: LockOwner | undefined): boolean {
  if (!owner || owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a lock left by a process that died holding it (killed, or the machine crashed
 * before it could clean up), only if the file still holds exactly what was seen: the lock
 * is moved aside first, and put back if another process took it in the meantime.
 */
function breakStaleLock(lock: string, seen: string): void {
  const aside = `${lock}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as someone else's
  }
  if (moved !== seen) {
    try {
      linkSync(aside, lock);
    } catch {
      // A third process took the free slot; the one we moved keeps working either way.
    }
  }
  rmSync(aside, { force: true });
}

/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
export async function withLedgerLock<T>(git: Git, work: () => Promise<T>): Promise<T> {
  const lock = join(git.gitDir, LOCK_NAME);
  const mine = `${process.pid} ${new Date().toISOString()} ${hostname()} ${randomBytes(8).toString('hex')}\n`;
  const started = Date.now();
  let delay = 10;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new AoError(`cannot create the ledger lock ${lock}: ${(error as Error).message}`);
      let seen = '';
      try {
        seen = readFileSync(lock, 'utf8');
      } catch {
        continue; // released while we looked
      }
      const owner = parseLock(seen);
      // A writer killed between creating the lock and writing its pid leaves it empty; a live
      // one fills it within microseconds, so an unreadable lock older than that is stale.
      if (holderIsGone(owner) || (!owner && lockAgeMs(lock) > EMPTY_LOCK_GRACE_MS)) {
        breakStaleLock(lock, seen);
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        let age = '';
        try {
          age = `, ${Math.round((Date.now() - statSync(lock).mtimeMs) / 1000)}s ago`;
        } catch {
          // The holder released it while we looked.
        }
        const holder = owner
          ? ` (held by process ${owner.pid}${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ''} since ${owner.since}${age})`
          : '';
        throw new AoError(
          `the ledger is locked by another ao process${holder}; waited ${Math.round(LOCK_WAIT_MS / 1000)}s`,
          {
            where: lock,
            fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${shellQuote(lock)}\``,
          },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 200);
    }
  }
  try {
    removeOrphans(git);
    return await work();
  } finally {
    // Release only our own lock: never one a waiter took over after judging ours stale.
    try {
      if (readFileSync(lock, 'utf8') === mine) rmSync(lock, { force: true });
    } catch {
      // already gone
    }
  }
}

const EMPTY_LOCK_GRACE_MS = 2_000;

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

const TMP_DIR = 'agentops-tmp';
const TMP_SUFFIX = '.ao-tmp';
/** Exactly the names writeFileAtomic gives its temp files (in .git/, or hidden next to the target). */
const TMP_NAME = /^\.?[0-9a-f]{16}\.ao-tmp$/;

/**
 * Temp files left by a writer killed before its rename. Only called under the lock, when
 * no other writer can have one in flight, so every temp file found is an orphan.
 */
function removeOrphans(git: Git): void {
  const dirs = [join(git.gitDir, TMP_DIR)];
  if (!ledgerRootEntry(git.topLevel)) {
    try {
      for (const bucket of readdirSync(join(git.topLevel, LEDGER_DIR), { withFileTypes: true }))
        if (bucket.isDirectory()) dirs.push(join(git.topLevel, LEDGER_DIR, bucket.name));
    } catch {
      // no ledger yet
    }
  }
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (TMP_NAME.test(name)) rmSync(join(dir, name), { force: true });
  }
}

/**
 * Writes bytes so that a crash at any point leaves the whole file or nothing: a temp file in
 * `.git/` (so a crash leaves nothing under `.agents/`), fsynced, renamed into place, and the
 * folder fsynced. Refuses to write through a symlinked folder, which could lead out of the
 * repository. When `.git` is on another file system than the working tree (rename cannot
 * cross), the temp file goes next to the target under a name no verifier accepts as a
 * record, and the next writer removes it if a crash left it behind.
 */
export function writeFileAtomic(git: Git, target: string, content: string | Uint8Array): void {
  refuseLinkedFolders(git.topLevel, dirname(target));
  const tmpDir = join(git.gitDir, TMP_DIR);
  mkdirSync(tmpDir, { recursive: true });
  mkdirSync(dirname(target), { recursive: true });
  const name = `${randomBytes(8).toString('hex')}${TMP_SUFFIX}`;
  let tmp = join(tmpDir, name);
  writeSynced(tmp, content);
  try {
    try {
      renameSync(tmp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      unlinkSync(tmp);
      tmp = join(dirname(target), `.${name}`);
      writeSynced(tmp, content);
      renameSync(tmp, target);
    }
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new AoError(`cannot move the new record into ${target}: ${(error as Error).message}`, {
      fix: 'check that the repository is writable, then run the command again',
    });
  }
  try {
    const dir = openSync(dirname(target), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some file systems cannot fsync a directory; the rename itself is still atomic.
  }
}

function writeSynced(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Every existing folder from `top` down to `dir` must be a real directory, not a symlink. */
function refuseLinkedFolders(top: string, dir: string): void {
  const rel = relative(top, dir);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new AoError(`refusing to write outside the repository: ${dir}`);
  let current = top;
  for (const part of rel.split(sep).filter(Boolean)) {
    current = join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      return; // the rest is created as real directories
    }
    if (!stat.isDirectory()) {
      const shown = relative(top, current);
      throw new AoError(
        `${shown} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ao writes records only inside the repository, never through a link`,
        {
          fix: `replace ${shown} with a real directory (\`git checkout HEAD -- ${shellQuote(shown)}\` restores the committed one), then run the command again`,
        },
      );
    }
  }
}

export interface AppendOptions {
  stage?: boolean;
  sign?: (id: string) => Promise<Signature>;
}

/** The fields every record after genesis starts with, chained onto `tip`: the one place they are filled. */
export function recordHeader<K extends Exclude<LedgerRecord['type'], 'genesis'>>(
  type: K,
  tip: LedgerTip,
  now: Date = new Date(),
) {
  // The schema stays its literal type (an object literal would widen it to string).
  return {
    schema: RECORD_SCHEMA as typeof RECORD_SCHEMA,
    type,
    seq: tip.nextSeq,
    prev: tip.heads,
    createdAt: now.toISOString(),
    ledger: tip.genesisId,
  };
}

/** What a verdict says; the writer adds the chain fields (seq, prev, ledger, createdAt). */
export type VerdictBody = Omit<
  UnsignedBody<VerdictRecord>,
  'seq' | 'prev' | 'ledger' | 'schema' | 'type' | 'createdAt'
>;

/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
export function appendVerdict(
  git: Git,
  body: VerdictBody,
  options: AppendOptions = {},
): Promise<{ record: VerdictRecord; path: string }> {
  return appendRecord<VerdictRecord>(git, (tip) => ({ ...recordHeader('verdict', tip), ...body }), options);
}

/** Appends one record on top of the current heads, atomically and under the ledger lock. */
export async function appendRecord<T extends LedgerRecord>(
  git: Git,
  makeBody: (tip: LedgerTip) => UnsignedBody<T>,
  options: AppendOptions = {},
): Promise<{ record: T; path: string }> {
  return withLedgerLock(git, async () => {
    const tip = readTip(git.topLevel);
    let record = sealRecord<T>(makeBody(tip));
    if (options.sign) record = { ...record, signature: await options.sign(record.id) };
    // Never write a record that a verifier would refuse.
    const problems = validateRecordShape(record);
    if (problems.length > 0)
      throw new AoError(`refusing to write an invalid record: ${formatSchemaProblems(problems)}`, {
        fix: 'shorten or correct the values given on the command line',
      });
    const size = Buffer.byteLength(renderRecord(record));
    if (size > MAX_RECORD_BYTES)
      throw new AoError(`the record would be ${size} bytes; the limit is ${MAX_RECORD_BYTES}`, {
        fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json',
      });
    const path = recordPath(record.seq, record.id);
    writeFileAtomic(git, join(git.topLevel, path), renderRecord(record));
    if (options.stage) await git.stage([path]);
    return { record, path };
  });
}

/** Like existsSync, but true for a symlink whatever it points at (a dangling one included). */
export function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
