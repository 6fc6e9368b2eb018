import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AoError } from '../core/errors.js';
import { computeHeads } from '../core/ledger.js';
import { MAX_RECORD_BYTES, RECORD_SCHEMA, parseRecordPath, recordPath, renderRecord, sealRecord, type LedgerRecord, type Signature, type UnsignedBody, type VerdictRecord } from '../core/record.js';
import { formatSchemaProblems, validateRecordShape } from '../core/schemas.js';
import type { Git } from '../git/git.js';
import { listWorktreeLedger } from './ledger-view.js';

const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;

export interface LedgerTip {
  genesisId: string;
  heads: string[];
  nextSeq: number;
}

/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's).
 */
export function readTip(top: string): LedgerTip {
  const paths = listWorktreeLedger(top);
  const nodes: { id: string; prev: string[]; seq: number }[] = [];
  let genesisId: string | undefined;
  for (const path of paths) {
    const parts = parseRecordPath(path);
    if (!parts) continue;
    if (parts.seq === 0) genesisId ??= parts.id;
    let prev: string[] = [];
    try {
      const value = JSON.parse(readFileSync(join(top, path), 'utf8')) as { prev?: unknown };
      if (Array.isArray(value.prev)) prev = value.prev.filter((p): p is string => typeof p === 'string');
    } catch {
      // A broken record is reported by `ao ledger verify`; the writer attaches around it.
    }
    nodes.push({ id: parts.id, prev, seq: parts.seq });
  }
  if (!genesisId) {
    throw new AoError('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
  }
  const heads = computeHeads(nodes);
  const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
  const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
  return { genesisId, heads, nextSeq };
}

/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
export async function withLedgerLock<T>(git: Git, work: () => Promise<T>): Promise<T> {
  const lock = join(git.gitDir, LOCK_NAME);
  const started = Date.now();
  let delay = 10;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new AoError(`cannot create the ledger lock ${lock}: ${(error as Error).message}`);
      if (Date.now() - started > LOCK_WAIT_MS) {
        let holder = '';
        try {
          holder = readFileSync(lock, 'utf8').trim();
          holder = ` (held by process ${holder.split(' ')[0]} since ${holder.split(' ')[1] ?? '?'}, ${Math.round((Date.now() - statSync(lock).mtimeMs) / 1000)}s ago)`;
        } catch {
          // The holder released it while we looked.
        }
        throw new AoError(`the ledger is locked by another ao process${holder}`, {
          fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${lock}\``,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Writes bytes so that a crash at any point leaves the whole file or nothing. */
export function writeFileAtomic(git: Git, target: string, content: string): void {
  const tmpDir = join(git.gitDir, 'agentops-tmp');
  mkdirSync(tmpDir, { recursive: true });
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(tmpDir, `${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, target);
  } catch (error) {
    unlinkSync(tmp);
    throw new AoError(`cannot move the new record into ${target}: ${(error as Error).message}`, { fix: 'check that the repository is writable, then run the command again' });
  }
}

export interface AppendOptions {
  stage?: boolean;
  sign?: (id: string) => Promise<Signature>;
}

/** What a verdict says; the writer adds the chain fields (seq, prev, ledger, createdAt). */
export type VerdictBody = Omit<UnsignedBody<VerdictRecord>, 'seq' | 'prev' | 'ledger' | 'schema' | 'type' | 'createdAt'>;

/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
export function appendVerdict(git: Git, body: VerdictBody, options: AppendOptions = {}): Promise<{ record: VerdictRecord; path: string }> {
  return appendRecord<VerdictRecord>(
    git,
    (tip) => ({
      schema: RECORD_SCHEMA,
      type: 'verdict',
      seq: tip.nextSeq,
      prev: tip.heads,
      createdAt: new Date().toISOString(),
      ledger: tip.genesisId,
      ...body,
    }),
    options,
  );
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
    if (problems.length > 0) throw new AoError(`refusing to write an invalid record: ${formatSchemaProblems(problems)}`, { fix: 'shorten or correct the values given on the command line' });
    const size = Buffer.byteLength(renderRecord(record));
    if (size > MAX_RECORD_BYTES) throw new AoError(`the record would be ${size} bytes; the limit is ${MAX_RECORD_BYTES}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
    const path = recordPath(record.seq, record.id);
    writeFileAtomic(git, join(git.topLevel, path), renderRecord(record));
    if (options.stage) await git.stage([path]);
    return { record, path };
  });
}
