import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkRecords,
  compareRecords,
  computeHeads,
  DigestIndex,
  refsFromPaths,
  type LedgerFile,
  type LedgerProblem,
  type RecordRef,
} from '../core/ledger.js';
import { isLedgerEntry, pathText, type ManifestEntry } from '../core/manifest.js';
import { LEDGER_DIR, MAX_RECORD_BYTES, parseRecordFile, shortId, type LedgerRecord, type VerdictRecord } from '../core/record.js';
import { signatureProblems } from '../core/signatures.js';
import type { Git } from '../git/git.js';
import { shortSha } from './changes.js';

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
  private readonly newIndex = new DigestIndex();
  private baseIndex?: DigestIndex;
  private baseRecords?: LedgerRecord[];

  private constructor(
    private readonly git: Git,
    readonly source: LedgerSource,
    readonly baseRev: string | undefined,
    readonly base: Map<string, RecordRef>,
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
    let max = -1;
    for (const ref of this.base.values()) if (ref.seq > max) max = ref.seq;
    return max;
  }

  get recordCount(): number {
    return this.base.size + this.newRecords.length;
  }

  /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
  static async open(git: Git, source: LedgerSource, baseRev: string | undefined): Promise<LedgerView> {
    const { refs: base } = refsFromPaths(baseRev ? await git.lsTreeNames(baseRev, `${LEDGER_DIR}/`) : []);
    const violations: LedgerProblem[] = [];
    let changes: ManifestEntry[];
    let untracked: string[] = [];
    if (source.kind === 'worktree') {
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
    const newFiles =
      source.kind === 'worktree'
        ? [...added.map((e) => pathText(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
        : await readTreeFiles(git, added);
    return new LedgerView(git, source, baseRev, base, newFiles, violations);
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
    if (this.source.kind === 'worktree') files = refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
    else {
      const objects = await this.git.readObjects(refs.map((ref) => `${this.baseRev}:${ref.path}`));
      files = refs.map((ref) => ({ path: ref.path, kind: 'file', bytes: objects.get(`${this.baseRev}:${ref.path}`) }));
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
    const refs = [...this.base.values()];
    let files: LedgerFile[];
    if (this.source.kind === 'worktree') files = refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
    else {
      const objects = await this.git.readObjects(refs.map((ref) => `${this.baseRev}:${ref.path}`));
      files = refs.map((ref) => ({ path: ref.path, kind: 'file', bytes: objects.get(`${this.baseRev}:${ref.path}`) }));
    }
    const records: LedgerRecord[] = [];
    for (const file of files) {
      if (file.kind !== 'file' || !file.bytes) continue;
      const parsed = parseRecordFile(file.path, file.bytes);
      if (parsed.ok) records.push(parsed.record);
    }
    this.baseRecords = records;
    this.baseIndex = new DigestIndex();
    this.baseIndex.add(records);
  }
}

function appendOnlyViolation(entry: ManifestEntry, base: string): LedgerProblem {
  const path = pathText(entry.path);
  const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
  const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
  return {
    code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
    message: `${path} existed at ${base} and was ${what}: the ledger is append-only`,
    path,
    recordId: id ? shortId(`sha256:${id}`) : undefined,
    fix: `restore it with \`git checkout ${base} -- ${path}\``,
  };
}

export function readWorktreeFile(top: string, path: string): LedgerFile {
  const full = join(top, path);
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
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

/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
export function listWorktreeLedger(top: string): string[] {
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

async function readTreeFiles(git: Git, added: ManifestEntry[]): Promise<LedgerFile[]> {
  const regular = added.filter((e) => e.newMode === '100644' || e.newMode === '100755');
  const objects = await git.readObjects(regular.map((e) => e.newId));
  return added.map((entry) => {
    const path = pathText(entry.path);
    if (entry.newMode === '120000') return { path, kind: 'symlink' };
    if (entry.newMode === '160000') return { path, kind: 'other' };
    return { path, kind: 'file', bytes: objects.get(entry.newId) };
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
    const objects = await git.readObjects(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id));
    files = listing.map((e) => ({
      path: e.path,
      kind: e.mode === '120000' ? 'symlink' : e.type === 'blob' ? 'file' : 'other',
      bytes: objects.get(e.id),
    }));
  }
  const checked = checkRecords(new Map(), files);
  const problems = [...checked.problems, ...signatureProblems(checked.records)];
  if (since) {
    const changes =
      source.kind === 'worktree'
        ? await git.diffWorktree(since, [`${LEDGER_DIR}/`])
        : await git.diffTrees(since, source.commit, [`${LEDGER_DIR}/`]);
    for (const entry of changes) if (isLedgerEntry(entry) && entry.status !== 'A') problems.push(appendOnlyViolation(entry, shortSha(since)));
  }
  return {
    source: source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(source.commit)}`,
    records: checked.records,
    heads: computeHeads(checked.records),
    problems,
    genesisId: checked.genesisId,
  };
}
