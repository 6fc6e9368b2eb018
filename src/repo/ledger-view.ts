import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { shellQuote } from '../core/shell.js';
import { join } from 'node:path';
import {
  checkRecords,
  compareRecords,
  computeHeads,
  DigestIndex,
  BaseListing,
  type LedgerFile,
  type LedgerProblem,
  type RecordRef,
} from '../core/ledger.js';
import { isLedgerEntry, pathText, type ManifestEntry } from '../core/manifest.js';
import { LEDGER_DIR, MAX_RECORD_BYTES, parseRecordFile, shortId, type LedgerRecord, type VerdictRecord } from '../core/record.js';
import { signatureProblems } from '../core/signatures.js';
import type { BoundedObject, Git } from '../git/git.js';
import { changesOfCommits, shortSha } from './changes.js';

/** Where the ledger under test is read from. */
/**
 * Where the ledger under test is read from: the working tree, a commit, or the index (what
 * the next commit will hold; `changes` may pass the staged ledger entries already read).
 */
export type LedgerSource = { kind: 'worktree' } | { kind: 'commit'; commit: string } | { kind: 'index'; changes?: ManifestEntry[] };

/**
 * The ledger as the change under test leaves it, split in two: records already at the
 * base (trusted: verified when they landed, known by path, read only when needed) and
 * records the change adds (read and fully checked). Anything else the change does to the
 * ledger (a modified, deleted or retyped record) breaks append-only.
 */
export class LedgerView {
  private readonly structuralProblems: LedgerProblem[];
  private allProblems?: LedgerProblem[];
  readonly newRecords: LedgerRecord[];
  readonly genesisId?: string;
  /**
   * Base records that could not be read back when the base was consulted (unreadable,
   * replaced, or not a valid record): filled by `latestFor` and `allRecords`. A record the
   * verifier cannot read is never silently skipped, since skipping a later `fail` could
   * turn a refusal into an acceptance.
   */
  readonly baseProblems: LedgerProblem[] = [];
  private readonly newIndex = new DigestIndex();
  private baseIndex?: DigestIndex;
  private baseRecords?: LedgerRecord[];

  private constructor(
    private readonly git: Git,
    readonly source: LedgerSource,
    readonly baseRev: string | undefined,
    readonly base: BaseListing,
    newFiles: LedgerFile[],
    violations: LedgerProblem[],
  ) {
    const checked = checkRecords(base, newFiles);
    this.structuralProblems = [...violations, ...checked.problems];
    this.newRecords = checked.records;
    this.genesisId = checked.genesisId;
    this.newIndex.add(this.newRecords);
  }

  /**
   * What is wrong with the ledger under test. Includes every new record's signature that does
   * not verify (whatever the policy says, a forged signature is tampering); computed on first
   * use, so readers that never ask (log, show) never pay for it.
   */
  get problems(): LedgerProblem[] {
    this.allProblems ??= [...this.structuralProblems, ...signatureProblems(this.newRecords)];
    return this.allProblems;
  }

  get describeSource(): string {
    return this.source.kind === 'worktree' ? 'working tree' : this.source.kind === 'index' ? 'index (staged)' : `commit ${shortSha(this.source.commit)}`;
  }

  get maxBaseSeq(): number {
    return this.base.maxSeq();
  }

  get recordCount(): number {
    return this.base.size + this.newRecords.length;
  }

  /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
  /** `prefetched`: the base's ledger listing, when the caller started it early. */
  static async open(git: Git, source: LedgerSource, baseRev: string | undefined, prefetched?: Promise<string[]>): Promise<LedgerView> {
    // The base listing is independent of the rest: it runs alongside.
    const baseListing = !baseRev ? Promise.resolve([]) : (prefetched ?? git.lsTreeNames(baseRev, `${LEDGER_DIR}/`));
    baseListing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const violations: LedgerProblem[] = [];
    let changes: ManifestEntry[];
    let untracked: string[] = [];
    const brokenRoot = source.kind === 'worktree' ? ledgerRootEntry(git.topLevel) : undefined;
    if (brokenRoot) {
      // `.agents` or `.agents/ledger` is a symlink or a file: nothing below it is read.
      changes = baseRev ? await git.diffWorktree(baseRev, [`${LEDGER_DIR}/`]) : [];
    } else if (source.kind === 'worktree') {
      if (baseRev) {
        [changes, untracked] = await Promise.all([
          git.diffWorktree(baseRev, [`${LEDGER_DIR}/`]),
          git.untrackedFiles(`${LEDGER_DIR}/`),
        ]);
      } else {
        changes = [];
        untracked = listWorktreeLedger(git.topLevel);
      }
    } else if (source.kind === 'index') {
      changes = source.changes ?? (await git.diffIndexCached(baseRev ?? git.emptyTree));
    } else {
      changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${LEDGER_DIR}/`]);
    }
    const added: ManifestEntry[] = [];
    for (const entry of changes) {
      if (!isLedgerEntry(entry)) continue;
      if (entry.status === 'A') added.push(entry);
      else violations.push(appendOnlyViolation(entry, baseRev ? shortSha(baseRev) : 'the base'));
    }
    const newFiles = brokenRoot
      ? [brokenRoot]
      : source.kind === 'worktree'
        ? [...added.map((e) => pathText(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
        : await readTreeFiles(git, added);
    return new LedgerView(git, source, baseRev, new BaseListing(await baseListing), newFiles, violations);
  }

  /**
   * The latest verdict naming each digest. A new record decides alone when its seq is
   * above every base record's; otherwise the base records are read once and compared too,
   * so ignoring a base record can never turn a refusal into an acceptance.
   */
  async latestFor(digests: string[]): Promise<Map<string, VerdictRecord | undefined>> {
    const result = new Map<string, VerdictRecord | undefined>();
    const maxBase = this.maxBaseSeq;
    const needBase = digests.filter((d) => {
      const latest = this.newIndex.latestFor(d);
      return !latest || latest.seq <= maxBase;
    });
    if (needBase.length > 0 && this.base.size > 0) await this.loadBase();
    for (const digest of digests) {
      const candidates = [this.newIndex.latestFor(digest), this.baseIndex?.latestFor(digest)].filter((r): r is VerdictRecord => !!r);
      candidates.sort(compareRecords);
      result.set(digest, candidates.at(-1));
    }
    return result;
  }

  /** Every record, base and new, read in full. Used by log, search and the writer. */
  async allRecords(): Promise<LedgerRecord[]> {
    await this.loadBase();
    return [...(this.baseRecords ?? []), ...this.newRecords];
  }

  /**
   * Specific records by id (new ones from memory, base ones read in one batch), without
   * reading the rest of the ledger. Ids not in the ledger are absent from the result.
   */
  async recordsById(ids: string[]): Promise<Map<string, LedgerRecord>> {
    const found = new Map<string, LedgerRecord>();
    const wanted = new Set(ids);
    for (const record of this.newRecords) if (wanted.has(record.id)) found.set(record.id, record);
    if (this.baseRecords) {
      for (const record of this.baseRecords) if (wanted.has(record.id)) found.set(record.id, record);
      return found;
    }
    const refs = [...wanted].filter((id) => !found.has(id)).map((id) => this.base.get(id)).filter((ref): ref is RecordRef => !!ref);
    if (refs.length === 0) return found;
    let files: LedgerFile[];
    if (this.source.kind === 'worktree') files = ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
    else {
      const objects = await this.git.readObjectsBounded(refs.map((ref) => `${this.baseRev}:${ref.path}`), MAX_RECORD_BYTES);
      files = refs.map((ref) => fileFromObject(ref.path, objects.get(`${this.baseRev}:${ref.path}`)));
    }
    for (const file of files) {
      if (file.kind !== 'file' || !file.bytes) continue;
      const parsed = parseRecordFile(file.path, file.bytes);
      if (parsed.ok) found.set(parsed.record.id, parsed.record);
    }
    return found;
  }

  async heads(): Promise<string[]> {
    return computeHeads(await this.allRecords());
  }

  private async loadBase(): Promise<void> {
    if (this.baseRecords) return;
    const refs = [...this.base.all().values()];
    let files: LedgerFile[];
    if (this.source.kind === 'worktree') {
      // Behind a symlinked `.agents` nothing is read (open() has already refused it).
      files = ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
    } else {
      const objects = await this.git.readObjectsBounded(refs.map((ref) => `${this.baseRev}:${ref.path}`), MAX_RECORD_BYTES);
      files = refs.map((ref) => fileFromObject(ref.path, objects.get(`${this.baseRev}:${ref.path}`)));
    }
    const records: LedgerRecord[] = [];
    const base = this.baseRev ? shortSha(this.baseRev) : 'the base';
    for (const file of files) {
      const parsed = file.kind === 'file' && file.bytes && file.size === undefined ? parseRecordFile(file.path, file.bytes) : undefined;
      if (parsed?.ok) {
        records.push(parsed.record);
        continue;
      }
      this.baseProblems.push({
        code: 'base-unreadable',
        message: `${file.path} was at ${base} but cannot be read back as that record (${parsed ? parsed.problem.message : file.kind === 'file' ? 'unreadable' : `now a ${file.kind}`}): a record that cannot be read is never skipped`,
        path: file.path,
        fix: `restore it with \`git checkout ${base} -- ${shellQuote(file.path)}\`, then run \`ao ledger verify\``,
      });
    }
    this.baseRecords = records;
    this.baseIndex = new DigestIndex();
    this.baseIndex.add(records);
  }
}

function appendOnlyViolation(entry: ManifestEntry, base: string, fix?: string): LedgerProblem {
  const path = pathText(entry.path);
  const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
  const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
  return {
    code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
    message: `${path} existed at ${base} and was ${what}: the ledger is append-only`,
    path,
    recordId: id ? shortId(`sha256:${id}`) : undefined,
    fix: fix ?? `restore it with \`git checkout ${base} -- ${shellQuote(path)}\``,
  };
}

export function readWorktreeFile(top: string, path: string): LedgerFile {
  const full = join(top, path);
  // A symlinked folder on the way (a bucket pointing elsewhere) is refused like a symlinked file.
  const linked = linkedParent(top, path);
  if (linked) return { path: linked, kind: 'symlink' };
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
    // O_NONBLOCK: opening a FIFO planted where a record should be must not wait for a writer.
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { path, kind: 'symlink' };
    return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { path, kind: 'directory' };
    if (!stat.isFile()) return { path, kind: 'other' };
    // Oversized records are refused by size alone, before a byte is read.
    if (stat.size > MAX_RECORD_BYTES) return { path, kind: 'file', size: stat.size };
    const bytes = Buffer.allocUnsafe(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const read = readSync(fd, bytes, offset, stat.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { path, kind: 'file', bytes: bytes.subarray(0, offset) };
  } catch {
    return { path, kind: 'other' };
  } finally {
    closeSync(fd);
  }
}

const realDirs = new Set<string>();

/** The first folder between `top` and `path` that is not a real directory, if any. */
function linkedParent(top: string, path: string): string | undefined {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const full = join(top, folder);
    if (realDirs.has(full)) continue;
    try {
      if (!lstatSync(full).isDirectory()) return folder;
    } catch {
      return undefined; // absent: opening the file fails on its own
    }
    realDirs.add(full);
  }
  return undefined;
}

/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
export function listWorktreeLedger(top: string): string[] {
  const broken = ledgerRootEntry(top);
  if (broken) return [broken.path];
  const root = join(top, LEDGER_DIR);
  const paths: string[] = [];
  let buckets;
  try {
    buckets = readdirSync(root, { withFileTypes: true });
  } catch {
    return paths;
  }
  for (const bucket of buckets) {
    const bucketPath = `${LEDGER_DIR}/${bucket.name}`;
    if (!bucket.isDirectory()) {
      paths.push(bucketPath);
      continue;
    }
    for (const entry of readdirSync(join(root, bucket.name), { withFileTypes: true })) paths.push(`${bucketPath}/${entry.name}`);
  }
  return paths.sort();
}

/**
 * `.agents` and `.agents/ledger` must be real directories (or absent): when either is a
 * symlink or something else, nothing below it is read or written, since it could lead out of
 * the repository. Returns that entry as a ledger file to refuse, or undefined when all is well.
 */
export function ledgerRootEntry(top: string): LedgerFile | undefined {
  for (const path of ['.agents', LEDGER_DIR]) {
    let stat;
    try {
      stat = lstatSync(join(top, path));
    } catch {
      return undefined;
    }
    if (stat.isSymbolicLink()) return { path, kind: 'symlink' };
    if (!stat.isDirectory()) return { path, kind: 'other' };
  }
  return undefined;
}

/** A ledger file from a bounded object read: too-large objects keep only their size. */
function fileFromObject(path: string, object: BoundedObject | undefined): LedgerFile {
  if (!object) return { path, kind: 'other' };
  if (object.type !== 'blob') return { path, kind: object.type === 'tree' ? 'directory' : 'other' };
  return object.bytes ? { path, kind: 'file', bytes: object.bytes } : { path, kind: 'file', size: object.size };
}

async function readTreeFiles(git: Git, added: ManifestEntry[]): Promise<LedgerFile[]> {
  const regular = added.filter((e) => e.newMode === '100644' || e.newMode === '100755');
  const objects = await git.readObjectsBounded(regular.map((e) => e.newId), MAX_RECORD_BYTES);
  return added.map((entry) => {
    const path = pathText(entry.path);
    if (entry.newMode === '120000') return { path, kind: 'symlink' };
    if (entry.newMode !== '100644' && entry.newMode !== '100755') return { path, kind: 'other' };
    return fileFromObject(path, objects.get(entry.newId));
  });
}

export interface LedgerAudit {
  source: string;
  records: LedgerRecord[];
  heads: string[];
  problems: LedgerProblem[];
  genesisId?: string;
}

/**
 * Reads and fully checks every record of a ledger (the working tree's, or a commit's),
 * including every signature present (in-process, over the record's id); with `since`, also that every record at that commit is still there, unchanged.
 */
export async function auditLedger(git: Git, source: Exclude<LedgerSource, { kind: 'index' }>, since?: string): Promise<LedgerAudit> {
  let files: LedgerFile[];
  if (source.kind === 'worktree') files = listWorktreeLedger(git.topLevel).map((path) => readWorktreeFile(git.topLevel, path));
  else {
    const listing = await git.lsTree(source.commit, `${LEDGER_DIR}/`);
    const objects = await git.readObjectsBounded(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id), MAX_RECORD_BYTES);
    files = listing.map((e): LedgerFile =>
      e.mode === '120000' ? { path: e.path, kind: 'symlink' } : e.type === 'blob' ? fileFromObject(e.path, objects.get(e.id)) : { path: e.path, kind: 'other' },
    );
  }
  const checked = checkRecords(new BaseListing(), files);
  const problems = [...checked.problems, ...signatureProblems(checked.records)];
  if (since) {
    const changes =
      source.kind === 'worktree'
        ? await git.diffWorktree(since, [`${LEDGER_DIR}/`])
        : await git.diffTrees(since, source.commit, [`${LEDGER_DIR}/`]);
    for (const entry of changes) if (isLedgerEntry(entry) && entry.status !== 'A') problems.push(appendOnlyViolation(entry, shortSha(since)));
    // Commit by commit too: a record added in one commit and deleted or changed in a later
    // one leaves no trace between `since` and the end, only in that commit's own diff.
    const head = source.kind === 'worktree' ? await git.headCommit() : source.commit;
    if (head && head !== since) {
      const seen = new Set(problems.filter((p) => p.code === 'record-deleted' || p.code === 'record-modified').map((p) => p.path));
      for (const { change, ledgerEntries } of await changesOfCommits(git, await git.listCommits([`${since}..${head}`]))) {
        for (const entry of ledgerEntries) {
          if (entry.status === 'A' || seen.has(pathText(entry.path))) continue;
          problems.push(appendOnlyViolation(entry, `commit ${change.label}'s parent`, `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`));
        }
      }
    }
  }
  return {
    source: source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(source.commit)}`,
    records: checked.records,
    heads: computeHeads(checked.records),
    problems,
    genesisId: checked.genesisId,
  };
}
