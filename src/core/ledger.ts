import { pathText, type ManifestEntry } from './manifest.js';
import { shellQuote } from './shell.js';
import {
  LEDGER_DIR,
  MAX_RECORD_BYTES,
  parseRecordFile,
  parseRecordPath,
  shortId,
  type LedgerRecord,
  type RecordProblemCode,
  type VerdictRecord,
} from './record.js';

/** A file found under `.agents/ledger/`; anything but a regular file is refused. */
export interface LedgerFile {
  path: string;
  kind: 'file' | 'symlink' | 'directory' | 'other';
  bytes?: Uint8Array;
  /** Set instead of bytes when the file was too large to read. */
  size?: number;
}

/** A record known by its path alone: trusted because it was verified when it landed. */
export interface RecordRef {
  id: string;
  seq: number;
  path: string;
}

/** Every code a ledger problem has: docs/spec.md section 12 lists them for `--json`. */
export type LedgerProblemCode =
  | 'not-a-file'
  | 'stray-file'
  | RecordProblemCode
  | 'second-genesis'
  | 'no-genesis'
  | 'foreign-record'
  | 'dangling-prev'
  | 'bad-seq'
  | 'bad-signature'
  | 'record-deleted'
  | 'record-modified'
  | 'base-unreadable'
  | 'invalid-policy'
  /** The action's full audit only: the audited commit has no policy. */
  | 'no-policy';

export interface LedgerProblem {
  code: LedgerProblemCode;
  message: string;
  path?: string;
  recordId?: string;
  fix: string;
}

/** Where a record was deleted or changed: against a base (as the message names it), or by one change. */
export type AppendOnlyBreach =
  | { base: string; fix?: string }
  | { change: { kind: string; label: string; subjectLine?: string } };

/** The problem of a ledger entry that is not an addition: the ledger is append-only (docs/spec.md section 8). */
export function appendOnlyViolation(entry: ManifestEntry, by: AppendOnlyBreach): LedgerProblem {
  const path = pathText(entry.path);
  const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
  const problem = {
    code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
    path,
    recordId: id ? shortId(`sha256:${id}`) : undefined,
  } as const;
  if ('base' in by) {
    const what =
      entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
    const fix = by.fix ?? `restore it with \`git checkout ${by.base} -- ${shellQuote(path)}\``;
    return { ...problem, message: `${path} existed at ${by.base} and was ${what}: the ledger is append-only`, fix };
  }
  const { change } = by;
  const staged = change.kind === 'staged';
  return {
    ...problem,
    message: `${staged ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
    fix: staged
      ? `restore it with \`git restore --staged --worktree -- ${shellQuote(path)}\``
      : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
  };
}

/** Whether a problem is a deleted or changed record (an `appendOnlyViolation`). */
export function breaksAppendOnly(problem: LedgerProblem): boolean {
  return problem.code === 'record-deleted' || problem.code === 'record-modified';
}

const KIND_TEXT: Record<Exclude<LedgerFile['kind'], 'file'>, string> = {
  symlink: 'a symbolic link',
  directory: 'a directory',
  other: 'not a regular file (a submodule, a device, a FIFO, or unreadable)',
};

const RECORD_NAME_FORM = /^\.agents\/ledger\/[0-9]{4,}\/[0-9]{8,}-[0-9a-f]{64}\.json$/;

const FIX_RESTORE =
  'restore the ledger from the base branch with `git checkout BASE -- .agents/ledger`, or remove the file with `git rm`, then run `ao ledger verify`';

export function refsFromPaths(paths: Iterable<string>): { refs: Map<string, RecordRef>; stray: string[] } {
  const refs = new Map<string, RecordRef>();
  const stray: string[] = [];
  for (const path of paths) {
    const parts = parseRecordPath(path);
    if (parts) refs.set(parts.id, { ...parts, path });
    else stray.push(path);
  }
  return { refs, stray };
}

export const GENESIS_PREFIX = `${LEDGER_DIR}/0000/00000000-`;
/** How many of the newest base records a lookup tries before parsing the whole listing. */
const RECENT_WINDOW = 256;

/**
 * What checking new records needs of the base: how many entries it has, each record's seq by
 * id, its genesis records and its largest seq. A `BaseListing` answers from the base's paths;
 * the ledger index (src/repo/ledger-index.ts) answers the same questions without them.
 */
export interface BaseRefs {
  readonly size: number;
  get(id: string): RecordRef | undefined;
  genesisIds(): string[];
  maxSeq(): number;
}

/**
 * The records at a base, known by their sorted paths (`git ls-tree` order) and parsed only
 * as far as a question needs: new records attach to the newest ones, the genesis sorts
 * first, so the hook answers without touching ten thousand paths; anything unusual falls
 * back to the full index.
 */
export class BaseListing implements BaseRefs {
  private index?: Map<string, RecordRef>;

  constructor(readonly paths: readonly string[] = []) {}

  get size(): number {
    return this.paths.length;
  }

  /** Every record by id (parsed on first use). */
  all(): Map<string, RecordRef> {
    this.index ??= refsFromPaths(this.paths).refs;
    return this.index;
  }

  get(id: string): RecordRef | undefined {
    if (!this.index) {
      const hex = id.slice('sha256:'.length);
      for (let i = this.paths.length - 1, tried = 0; i >= 0 && tried < RECENT_WINDOW; i--, tried++) {
        const path = this.paths[i]!;
        if (!path.includes(hex)) continue;
        const parts = parseRecordPath(path);
        if (parts?.id === id) return { ...parts, path };
      }
    }
    return this.all().get(id);
  }

  genesisIds(): string[] {
    const ids: string[] = [];
    for (const path of this.paths) {
      if (!path.startsWith(GENESIS_PREFIX)) break;
      const parts = parseRecordPath(path);
      if (parts?.seq === 0) ids.push(parts.id);
    }
    return ids;
  }

  /** The largest seq. With equal-length paths (seq below 10^7) the listing's order is seq order. */
  maxSeq(): number {
    if (this.paths.length === 0) return -1;
    const length = this.paths[0]!.length;
    if (!this.index && this.paths.every((path) => path.length === length)) {
      for (let i = this.paths.length - 1; i >= 0; i--) {
        const parts = parseRecordPath(this.paths[i]!);
        if (parts) return parts.seq;
      }
      return -1;
    }
    let max = -1;
    for (const ref of this.all().values()) if (ref.seq > max) max = ref.seq;
    return max;
  }
}

export interface CheckResult {
  records: LedgerRecord[];
  problems: LedgerProblem[];
  genesisId?: string;
}

/**
 * Fully checks `files` (the records under test) on top of `base` (records trusted by path).
 * Every record must parse, hash to its id, sit at the path its seq and id give, name this
 * ledger's genesis, point only at records that exist, and carry seq = 1 + the largest
 * seq among its parents. Exactly one genesis across base and new.
 */
export function checkRecords(base: BaseRefs, files: LedgerFile[]): CheckResult {
  const problems: LedgerProblem[] = [];
  const records: LedgerRecord[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    if (file.kind !== 'file') {
      if (reported.has(file.path)) continue;
      reported.add(file.path);
      problems.push({
        code: `not-a-file`,
        message: `${file.path} is ${KIND_TEXT[file.kind]}, not a record file (records are regular files; ao never follows a link)`,
        path: file.path,
        fix: `remove it with \`git rm -r --cached ${shellQuote(file.path)}\` and delete it from the working tree`,
      });
      continue;
    }
    // A name of the record form in the wrong bucket is parsed, and refused as path-mismatch.
    if (!RECORD_NAME_FORM.test(file.path)) {
      problems.push({
        code: 'stray-file',
        message: `${file.path} is not a record file name (expected ${LEDGER_DIR}/NNNN/SSSSSSSS-<64 hex>.json)`,
        path: file.path,
        fix: `only \`ao\` writes under ${LEDGER_DIR}/: move the file elsewhere (\`git mv\`) or delete it`,
      });
      continue;
    }
    if (file.size !== undefined && file.size > MAX_RECORD_BYTES) {
      problems.push({
        code: 'too-large',
        message: `${file.path}: record file is ${file.size} bytes; the limit is ${MAX_RECORD_BYTES}`,
        path: file.path,
        fix: FIX_RESTORE,
      });
      continue;
    }
    const parsed = parseRecordFile(file.path, file.bytes ?? new Uint8Array());
    if (!parsed.ok) {
      problems.push({
        code: parsed.problem.code,
        message: `${file.path}: ${parsed.problem.message}`,
        path: file.path,
        fix: FIX_RESTORE,
      });
      continue;
    }
    records.push(parsed.record);
  }

  const newSeq = new Map<string, number>();
  for (const record of records) newSeq.set(record.id, record.seq);
  const seqOf = (id: string): number | undefined => newSeq.get(id) ?? base.get(id)?.seq;

  const baseGeneses = base.genesisIds();
  const geneses = [...baseGeneses];
  for (const record of records)
    if (record.type === 'genesis' && !baseGeneses.includes(record.id)) geneses.push(record.id);
  const uniqueGeneses = [...new Set(geneses)];
  let genesisId: string | undefined = uniqueGeneses[0];
  if (uniqueGeneses.length > 1) {
    genesisId = baseGeneses[0] ?? uniqueGeneses.sort()[0];
    for (const id of uniqueGeneses) {
      if (id === genesisId) continue;
      problems.push({
        code: 'second-genesis',
        message: `a second genesis record ${shortId(id)} (the ledger's genesis is ${shortId(genesisId!)})`,
        recordId: id,
        fix: 'a ledger has exactly one genesis: delete the extra one (`ao init` never writes a second)',
      });
    }
  }
  if (!genesisId && (records.length > 0 || base.size > 0)) {
    problems.push({
      code: 'no-genesis',
      message: 'the ledger has no genesis record',
      fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)',
    });
  }

  for (const record of records) {
    if (record.type === 'genesis') continue;
    const where = { path: undefined as string | undefined, recordId: record.id };
    if (genesisId && record.ledger !== genesisId) {
      problems.push({
        code: 'foreign-record',
        message: `record ${shortId(record.id)} belongs to another ledger (its genesis is ${shortId(record.ledger)}, this ledger's is ${shortId(genesisId)}): copied from another repository?`,
        ...where,
        fix: 'delete the copied record; record a verdict for this repository with `ao verdict`',
      });
    }
    let maxPrevSeq = -1;
    let dangling = false;
    for (const prev of record.prev) {
      const seq = seqOf(prev);
      if (seq === undefined) {
        dangling = true;
        problems.push({
          code: 'dangling-prev',
          message: `record ${shortId(record.id)} points to ${shortId(prev)}, which is not in the ledger (deleted, or never here)`,
          ...where,
          fix: 'after a cherry-pick or backport, copy the missing records from history with `ao ledger carry` and commit them; if it exists nowhere, drop the record that points to it',
        });
      } else maxPrevSeq = Math.max(maxPrevSeq, seq);
    }
    if (!dangling && record.seq !== maxPrevSeq + 1) {
      problems.push({
        code: 'bad-seq',
        message: `record ${shortId(record.id)} has seq ${record.seq}, but one more than its parents' largest seq is ${maxPrevSeq + 1}`,
        ...where,
        fix: 'records are written only by `ao`: delete this one and record the verdict again',
      });
    }
  }
  return { records, problems, genesisId };
}

/** Records that no other record names in `prev`: where the next record attaches. */
export function computeHeads(records: Iterable<{ id: string; prev: string[] }>): string[] {
  const all = new Set<string>();
  const referenced = new Set<string>();
  for (const record of records) {
    all.add(record.id);
    for (const prev of record.prev) referenced.add(prev);
  }
  return [...all].filter((id) => !referenced.has(id)).sort();
}

/** Nanosecond-precision sort key for RFC 3339 UTC timestamps with any number of fraction digits. */
function timeKey(createdAt: string): string {
  const match = /^(.{19})(?:\.(\d{1,9}))?Z$/.exec(createdAt);
  return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : createdAt;
}

/** The order in which a later record overrides an earlier one: seq, then createdAt, then id. */
export function compareRecords(a: LedgerRecord, b: LedgerRecord): number {
  if (a.seq !== b.seq) return a.seq - b.seq;
  const ta = timeKey(a.createdAt);
  const tb = timeKey(b.createdAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every digest a verdict speaks for: its subject, and each commit a range or commit subject lists. */
export function digestsNamedBy(record: VerdictRecord): string[] {
  const digests = [record.subject.digest];
  if (record.subject.kind === 'range') for (const c of record.subject.commits) digests.push(c.digest);
  return digests;
}

export class DigestIndex {
  private readonly latest = new Map<string, VerdictRecord>();
  private readonly all = new Map<string, VerdictRecord[]>();

  add(records: Iterable<LedgerRecord>): void {
    for (const record of records) {
      if (record.type !== 'verdict') continue;
      for (const digest of new Set(digestsNamedBy(record))) {
        const current = this.latest.get(digest);
        if (!current || compareRecords(current, record) < 0) this.latest.set(digest, record);
        const list = this.all.get(digest);
        if (list) list.push(record);
        else this.all.set(digest, [record]);
      }
    }
  }

  latestFor(digest: string): VerdictRecord | undefined {
    return this.latest.get(digest);
  }

  historyFor(digest: string): VerdictRecord[] {
    return [...(this.all.get(digest) ?? [])].sort(compareRecords);
  }
}
