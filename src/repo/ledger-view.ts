import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { shellQuote } from '../core/shell.js';
import { join } from 'node:path';
import {
  appendOnlyViolation,
  breaksAppendOnly,
  checkRecords,
  compareRecords,
  computeHeads,
  DigestIndex,
  BaseListing,
  digestsNamedBy,
  type BaseRefs,
  type LedgerFile,
  type LedgerProblem,
  type RecordRef,
} from '../core/ledger.js';
import { isLedgerEntry, isRegularFileMode, pathText, type ManifestEntry } from '../core/manifest.js';
import {
  LEDGER_DIR,
  MAX_RECORD_BYTES,
  parseRecordFile,
  parseRecordPath,
  recordPath,
  type LedgerRecord,
  type VerdictRecord,
} from '../core/record.js';
import { AoError } from '../core/errors.js';
import type { BoundedObject, Git } from '../git/git.js';
import { changesOfCommits, shortSha } from './changes.js';
import { IndexStore, LedgerIndex, TreeReader, type IndexRef, type LedgerLeaf } from './ledger-index.js';

/**
 * Where the ledger under test is read from: the working tree, a commit, or the index (what
 * the next commit will hold; `changes` may pass the staged ledger entries already read).
 */
export type LedgerSource =
  | { kind: 'worktree' }
  | { kind: 'commit'; commit: string }
  | { kind: 'index'; changes?: ManifestEntry[] };

/**
 * What the view knows of the base. `listing`: its paths (and blob ids, when read from git),
 * every record read when a question needs one. `index`: the ledger index of the base's
 * ledger tree (src/repo/ledger-index.ts), which answers without reading the records; the
 * records it points a decision at are read back and checked, and any that fails sends the
 * view back to reading everything.
 */
type BaseSource =
  | { kind: 'listing'; listing: BaseListing; oids?: Map<string, string> }
  | {
      kind: 'index';
      index: LedgerIndex;
      tree: string;
      reader: TreeReader;
      store: IndexStore;
      records?: LedgerRecord[];
    };

type IndexedBase = Extract<BaseSource, { kind: 'index' }>;

/** Where the index says some base records are (with every genesis): their paths and blob ids. */
function blobsOf(base: IndexedBase, ids: string[]): { path: string; oid: string }[] {
  return [...ids, ...base.index.genesisIds()]
    .map((id) => base.index.ordinalOf(id))
    .filter((o): o is number => o !== undefined)
    .map((o) => base.index.ref(o))
    .map((ref) => ({ path: recordPath(ref.seq, ref.id), oid: ref.oid }));
}

/** A ledger with more heads than this (a forked one) looks up only the records its new ones name. */
const LIKELY_HEADS = 8;

const blobKey = (blob: { path: string; oid: string }) => `${blob.path}\0${blob.oid}`;

/** A lookup of base records in the base's tree, started ahead of the caller that needs it. */
interface StartedHolds {
  base: IndexedBase;
  keys: Set<string>;
  holds: Promise<boolean>;
}

function startHolds(base: IndexedBase, ids: string[]): StartedHolds {
  const blobs = blobsOf(base, ids);
  const holds = base.reader.holds(base.tree, blobs);
  holds.catch(() => undefined); // awaited by confirmConsulted, or not needed
  return { base, keys: new Set(blobs.map(blobKey)), holds };
}

/** The base ledger being opened ahead of the rest (`LedgerView.startBase`). */
export interface StartedBase {
  readonly rev: string | undefined;
  readonly opened: Promise<BaseSource>;
}

type SignatureProblems = (records: LedgerRecord[]) => LedgerProblem[];

/**
 * The ledger as the change under test leaves it, split in two: records already at the
 * base (trusted: verified when they landed, known by path, read only when needed) and
 * records the change adds (read and fully checked). Anything else the change does to the
 * ledger (a modified, deleted or retyped record) breaks append-only.
 */
export class LedgerView {
  private structuralProblems: LedgerProblem[] = [];
  private allProblems?: LedgerProblem[];
  newRecords: LedgerRecord[] = [];
  genesisId?: string;
  base: BaseRefs;
  /**
   * Base records that could not be read back when the base was consulted (unreadable,
   * replaced, or not a valid record): filled by `latestFor` and `allRecords`. A record the
   * verifier cannot read is never silently skipped, since skipping a later `fail` could
   * turn a refusal into an acceptance.
   */
  readonly baseProblems: LedgerProblem[] = [];
  private newIndex = new DigestIndex();
  private baseIndex?: DigestIndex;
  private baseRecords?: LedgerRecord[];
  /** Base records (by id) the index answered for while the new records were checked. */
  private readonly consulted = new Set<string>();

  private constructor(
    private readonly git: Git,
    readonly source: LedgerSource,
    readonly baseRev: string | undefined,
    private baseSource: BaseSource,
    private readonly newFiles: LedgerFile[],
    private readonly violations: LedgerProblem[],
    private readonly signatures: SignatureProblems | undefined,
  ) {
    this.base = this.checkAgainst(baseSource);
  }

  /** Checks the new records against the base's records; returns what answered for the base. */
  private checkAgainst(baseSource: BaseSource): BaseRefs {
    let base: BaseRefs;
    if (baseSource.kind === 'index') {
      const index = baseSource.index;
      const consulted = this.consulted;
      base = {
        size: index.size,
        get: (id) => {
          const ref = index.get(id);
          if (ref) consulted.add(id);
          return ref;
        },
        genesisIds: () => index.genesisIds(),
        maxSeq: () => index.maxSeq(),
      };
    } else base = baseSource.listing;
    const checked = checkRecords(base, this.newFiles);
    this.structuralProblems = [...this.violations, ...checked.problems];
    this.allProblems = undefined;
    this.newRecords = checked.records;
    this.genesisId = checked.genesisId;
    this.newIndex = new DigestIndex();
    this.newIndex.add(this.newRecords);
    return baseSource.kind === 'index' ? baseSource.index : base;
  }

  /**
   * What is wrong with the ledger under test. Includes every new record's signature that does
   * not verify (whatever the policy says, a forged signature is tampering); computed on first
   * use, so readers that never ask (log, show) never pay for it.
   */
  get problems(): LedgerProblem[] {
    this.allProblems ??= [...this.structuralProblems, ...(this.signatures?.(this.newRecords) ?? [])];
    return this.allProblems;
  }

  get describeSource(): string {
    return this.source.kind === 'worktree'
      ? 'working tree'
      : this.source.kind === 'index'
        ? 'index (staged)'
        : `commit ${shortSha(this.source.commit)}`;
  }

  get maxBaseSeq(): number {
    return this.base.maxSeq();
  }

  get recordCount(): number {
    return this.base.size + this.newRecords.length;
  }

  /**
   * Starts opening the ledger at `baseRev` (its index loaded, or its listing read), for a
   * caller that knows the base before it knows the change: `open` then takes it.
   */
  static startBase(git: Git, baseRev: string | undefined): StartedBase {
    const opened = openBase(git, baseRev);
    opened.catch(() => undefined); // awaited by open(); never an unhandled rejection meanwhile
    return { rev: baseRev, opened };
  }

  /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
  static async open(
    git: Git,
    source: LedgerSource,
    baseRev: string | undefined,
    started?: StartedBase,
  ): Promise<LedgerView> {
    // The base is independent of the rest: it is found (or its index loaded) alongside.
    const basePromise = started && started.rev === baseRev ? started.opened : LedgerView.startBase(git, baseRev).opened;
    const violations: LedgerProblem[] = [];
    let changes: ManifestEntry[];
    let untracked: string[] = [];
    const brokenRoot =
      source.kind === 'worktree'
        ? ledgerRootEntry(git.topLevel)
        : source.kind === 'commit'
          ? await committedRootEntry(git, source.commit)
          : undefined;
    if (brokenRoot) {
      // `.agents` or `.agents/ledger` is a symlink or a file: nothing below it is read.
      if (!baseRev) changes = [];
      else if (source.kind === 'commit') changes = await git.diffTrees(baseRev, source.commit, [`${LEDGER_DIR}/`]);
      else changes = await git.diffWorktree(baseRev, [`${LEDGER_DIR}/`]);
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
      else violations.push(appendOnlyViolation(entry, { base: baseRev ? shortSha(baseRev) : 'the base' }));
    }
    const newFiles = brokenRoot
      ? [brokenRoot]
      : source.kind === 'worktree'
        ? [...added.map((e) => pathText(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
        : await readTreeFiles(git, added);
    let base = await basePromise;
    // A working tree that changed base records reads them where they are now, as it always did.
    if (source.kind === 'worktree' && baseRev && (brokenRoot || violations.length > 0))
      base = await listingBase(git, baseRev, false);
    // Signature code is loaded only when a new record carries a signature.
    const signed = newFiles.some(
      (file) =>
        file.bytes &&
        Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).includes('"signature"'),
    );
    const signatures = signed ? (await import('../core/signatures.js')).signatureProblems : undefined;
    // The records a new one most likely names (a head, a genesis) are looked up in the base's
    // tree while the new ones are checked; `confirmConsulted` takes that answer when it covers them.
    const likely =
      base.kind === 'index' && !base.records && base.index.heads.length <= LIKELY_HEADS
        ? startHolds(base, base.index.heads)
        : undefined;
    const view = new LedgerView(git, source, baseRev, base, newFiles, violations, signatures);
    await view.confirmConsulted(likely);
    return view;
  }

  /** The base records the index vouched for while checking the new records must be where it says. */
  private async confirmConsulted(likely?: StartedHolds): Promise<void> {
    const base = this.baseSource;
    if (base.kind !== 'index' || base.records) return;
    const needed = blobsOf(base, [...this.consulted]);
    // All of a larger set where the index says is all of this one where it says.
    const covered = likely && likely.base === base && needed.every((blob) => likely.keys.has(blobKey(blob)));
    const holds =
      needed.length === 0 || (covered && (await likely.holds)) || (await base.reader.holds(base.tree, needed));
    if (base.index.broken || !holds) await this.distrust();
  }

  /**
   * The index said something the base's tree does not bear out: forget it, read every base
   * record (building the index afresh), and check the new records again against that.
   */
  private async distrust(): Promise<void> {
    const base = this.baseSource;
    if (base.kind !== 'index' || base.records) return;
    base.store.discard(base.tree);
    forget(this.git, base.tree);
    this.baseSource = await indexedBase(this.git, base.store, base.tree, { rebuild: true });
    this.consulted.clear();
    this.base = this.checkAgainst(this.baseSource);
  }

  /**
   * The latest verdict naming each digest. A new record decides alone when its seq is
   * above every base record's; otherwise the base records are consulted too (through the
   * index, or read), so ignoring a base record can never turn a refusal into an acceptance.
   */
  async latestFor(digests: string[]): Promise<Map<string, VerdictRecord | undefined>> {
    const result = new Map<string, VerdictRecord | undefined>();
    const maxBase = this.maxBaseSeq;
    const needBase = digests.filter((d) => {
      const latest = this.newIndex.latestFor(d);
      return !latest || latest.seq <= maxBase;
    });
    let fromIndex: Map<string, VerdictRecord> | undefined;
    if (needBase.length > 0 && this.base.size > 0) {
      fromIndex =
        this.baseSource.kind === 'index' && !this.baseSource.records ? await this.indexedLatest(needBase) : undefined;
      if (!fromIndex) await this.loadBase();
    }
    for (const digest of digests) {
      const candidates = [
        this.newIndex.latestFor(digest),
        fromIndex ? fromIndex.get(digest) : this.baseIndex?.latestFor(digest),
      ].filter((r): r is VerdictRecord => !!r);
      candidates.sort(compareRecords);
      result.set(digest, candidates.at(-1));
    }
    return result;
  }

  /**
   * The deciding base verdict of each digest, as the index names it, each read back by its
   * blob id and checked (a valid record, with that id and seq, naming the digest, at its path
   * in the base's tree). Undefined when one fails: the index is then distrusted.
   */
  private async indexedLatest(digests: string[]): Promise<Map<string, VerdictRecord> | undefined> {
    const base = this.baseSource;
    if (base.kind !== 'index') return undefined;
    const ordinals = new Map<string, number>();
    for (const digest of digests) {
      const ordinal = base.index.latestOrdinal(digest);
      if (ordinal !== undefined) ordinals.set(digest, ordinal);
    }
    const records = await readIndexedRecords(this.git, base, [...new Set(ordinals.values())]);
    if (!records) {
      await this.distrust();
      return undefined;
    }
    const found = new Map<string, VerdictRecord>();
    for (const [digest, ordinal] of ordinals) {
      const record = records.get(ordinal);
      if (record?.type !== 'verdict' || !digestsNamedBy(record).includes(digest)) {
        await this.distrust();
        return undefined;
      }
      found.set(digest, record);
    }
    this.reportUnreadable(base.index.unreadable);
    return found;
  }

  private reportedUnreadable = false;

  private reportUnreadable(unreadable: { path: string; reason: string }[]): void {
    if (this.reportedUnreadable) return;
    this.reportedUnreadable = true;
    for (const { path, reason } of unreadable) this.baseProblems.push(baseUnreadable(path, reason, this.baseRev));
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
    const inMemory = this.baseRecords ?? (this.baseSource.kind === 'index' ? this.baseSource.records : undefined);
    if (inMemory) {
      for (const record of inMemory) if (wanted.has(record.id)) found.set(record.id, record);
      return found;
    }
    const missing = [...wanted].filter((id) => !found.has(id));
    const base = this.baseSource;
    if (base.kind === 'index') {
      const ordinals = missing
        .map((id) => base.index.ordinalOf(id))
        .filter((o): o is number => o !== undefined && base.index.ref(o).readable);
      const records = await readIndexedRecords(this.git, base, ordinals);
      if (records) {
        for (const record of records.values()) found.set(record.id, record);
        return found;
      }
      await this.distrust();
      return this.recordsById(ids);
    }
    const refs = missing.map((id) => base.listing.get(id)).filter((ref): ref is RecordRef => !!ref);
    if (refs.length === 0) return found;
    for (const file of await this.readListed(refs)) {
      if (file.kind !== 'file' || !file.bytes) continue;
      const parsed = parseRecordFile(file.path, file.bytes);
      if (parsed.ok) found.set(parsed.record.id, parsed.record);
    }
    return found;
  }

  /** The heads of the ledger under test: from the index's base heads and the new records alone, when there is one. */
  async heads(): Promise<string[]> {
    const base = this.baseSource;
    if (base.kind !== 'index' || this.baseRecords) return computeHeads(await this.allRecords());
    const index = base.index;
    const newIds = new Set(this.newRecords.map((r) => r.id));
    const newPrevs = new Set(this.newRecords.flatMap((r) => r.prev));
    const heads = new Set(index.heads.filter((id) => !newPrevs.has(id)));
    for (const id of newIds)
      if (!newPrevs.has(id) && !index.outsideRefs.has(id) && !index.isReadableRecord(id)) heads.add(id);
    if (index.broken) {
      await this.distrust();
      return this.heads();
    }
    return [...heads].sort();
  }

  /** Base records listed by path, read where the source keeps them: the working tree, or by blob id. */
  private async readListed(refs: RecordRef[]): Promise<LedgerFile[]> {
    const base = this.baseSource;
    if (this.source.kind === 'worktree' && !(base.kind === 'listing' && base.oids)) {
      // Behind a symlinked `.agents` nothing is read (open() has already refused it).
      return ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
    }
    const oids = base.kind === 'listing' ? base.oids : undefined;
    const named = refs.map((ref) => oids?.get(ref.path));
    const objects = await this.git.readObjectsBounded(
      [...new Set(named.filter((n): n is string => !!n))],
      MAX_RECORD_BYTES,
    );
    return refs.map((ref, i) =>
      named[i] ? fileFromObject(ref.path, objects.get(named[i]!)) : { path: ref.path, kind: 'other' },
    );
  }

  private async loadBase(): Promise<void> {
    if (this.baseRecords) return;
    const base = this.baseSource;
    let records: LedgerRecord[];
    if (base.kind === 'index') {
      if (!base.records) {
        // Every readable record, in path order, each read back and checked against the index.
        const ordinals = [...Array(base.index.refCount).keys()].filter((o) => base.index.ref(o).readable);
        const read = await readIndexedRecords(this.git, base, ordinals, false);
        if (read)
          base.records = [...read.values()].sort((a, b) =>
            recordPath(a.seq, a.id) < recordPath(b.seq, b.id) ? -1 : 1,
          );
        else await this.distrust();
      }
      const current = this.baseSource as Extract<BaseSource, { kind: 'index' }>;
      records = current.records ?? [];
      this.reportUnreadable(current.index.unreadable);
    } else {
      const refs = [...base.listing.all().values()];
      const files = await this.readListed(refs);
      records = [];
      const problems: { path: string; reason: string }[] = [];
      for (const file of files) {
        const back = readBack(file);
        if ('record' in back) records.push(back.record);
        else problems.push({ path: file.path, reason: back.reason });
      }
      this.reportUnreadable(problems);
    }
    this.baseRecords = records;
    this.baseIndex = new DigestIndex();
    this.baseIndex.add(records);
  }
}

/** A base record read back: the record, or why it cannot be one. */
function readBack(file: LedgerFile): { record: LedgerRecord } | { reason: string } {
  const parsed =
    file.kind === 'file' && file.bytes && file.size === undefined ? parseRecordFile(file.path, file.bytes) : undefined;
  if (parsed?.ok) return { record: parsed.record };
  return { reason: parsed ? parsed.problem.message : file.kind === 'file' ? 'unreadable' : `now a ${file.kind}` };
}

function baseUnreadable(path: string, reason: string, baseRev: string | undefined): LedgerProblem {
  const base = baseRev ? shortSha(baseRev) : 'the base';
  return {
    code: 'base-unreadable',
    message: `${path} was at ${base} but cannot be read back as that record (${reason}): a record that cannot be read is never skipped`,
    path,
    fix: `restore it with \`git checkout ${base} -- ${shellQuote(path)}\`, then run \`ao ledger verify\``,
  };
}

/**
 * Reads base records the index names, by blob id in one batch, and checks each: a valid
 * record with the id and seq the index gives, at its path in the base's tree (`confirm`:
 * one lookup per record; a full read is checked by the index's own seal and the parse alone).
 * Undefined when any fails.
 */
async function readIndexedRecords(
  git: Git,
  base: Extract<BaseSource, { kind: 'index' }>,
  ordinals: number[],
  confirm = true,
): Promise<Map<number, LedgerRecord> | undefined> {
  const refs = ordinals.map((o) => ({ ordinal: o, ...base.index.ref(o) }));
  if (base.index.broken) return undefined;
  const objects = await git.readObjectsBounded([...new Set(refs.map((r) => r.oid))], MAX_RECORD_BYTES);
  const records = new Map<number, LedgerRecord>();
  for (const ref of refs) {
    const back = readBack(fileFromObject(recordPath(ref.seq, ref.id), objects.get(ref.oid)));
    if (!('record' in back) || back.record.id !== ref.id || back.record.seq !== ref.seq) return undefined;
    records.set(ref.ordinal, back.record);
  }
  if (
    confirm &&
    refs.length > 0 &&
    !(await base.reader.holds(
      base.tree,
      refs.map((ref) => ({ path: recordPath(ref.seq, ref.id), oid: ref.oid })),
    ))
  )
    return undefined;
  return records;
}

// --- finding the base: its index (cached, derived or built) or its listing

/** Indexes already loaded in this process, by repository and ledger tree: a second view of the same base is free. */
const loaded = new Map<string, Extract<BaseSource, { kind: 'index' }>>();

function forget(git: Git, tree: string): void {
  loaded.delete(`${git.gitDir}\0${tree}`);
}

/** Forgets every index this process loaded, so the next view reads the cache again (tests, long-lived callers). */
export function forgetLoadedIndexes(): void {
  loaded.clear();
}

async function openBase(git: Git, baseRev: string | undefined): Promise<BaseSource> {
  if (!baseRev) return { kind: 'listing', listing: new BaseListing([]), oids: new Map() };
  const store = IndexStore.open(git);
  if (!store) return listingBase(git, baseRev, true);
  const name = `${baseRev}:${LEDGER_DIR}`;
  const root = (await git.readObjectsBounded([name], 0)).get(name);
  if (!root) return { kind: 'listing', listing: new BaseListing([]), oids: new Map() };
  // Anything but a tree there (a file, a submodule): let `git ls-tree` say what the base holds.
  if (root.type !== 'tree') return listingBase(git, baseRev, true);
  return indexedBase(git, store, root.id);
}

async function indexedBase(
  git: Git,
  store: IndexStore,
  tree: string,
  options: { rebuild?: boolean } = {},
): Promise<Extract<BaseSource, { kind: 'index' }>> {
  const key = `${git.gitDir}\0${tree}`;
  const known = options.rebuild ? undefined : loaded.get(key);
  if (known) return known;
  const reader = new TreeReader(git);
  let base: Extract<BaseSource, { kind: 'index' }> | undefined;
  const cached = options.rebuild ? undefined : store.load(tree);
  if (cached) base = { kind: 'index', index: cached, tree, reader, store };
  else {
    const derived = options.rebuild ? undefined : await deriveIndex(git, store, reader, tree);
    base = derived
      ? { kind: 'index', index: derived, tree, reader, store }
      : { kind: 'index', ...(await buildIndex(git, reader, tree)), tree, reader, store };
    store.save(base.index);
  }
  loaded.set(key, base);
  if (loaded.size > 8) loaded.delete(loaded.keys().next().value!);
  return base;
}

/** The base's paths and blob ids from `git ls-tree`; `byId`: read records by blob id (else from the working tree). */
async function listingBase(git: Git, baseRev: string, byId: boolean): Promise<BaseSource> {
  const entries = await git.lsTree(baseRev, `${LEDGER_DIR}/`);
  const oids = new Map<string, string>();
  for (const entry of entries) if (entry.type === 'blob') oids.set(entry.path, entry.id);
  return { kind: 'listing', listing: new BaseListing(entries.map((e) => e.path)), oids: byId ? oids : undefined };
}

/** Every record of the ledger tree read and checked: the index, and the records themselves. */
async function buildIndex(
  git: Git,
  reader: TreeReader,
  tree: string,
): Promise<{ index: LedgerIndex; records: LedgerRecord[] }> {
  const leaves = await reader.leaves(tree);
  if (!leaves)
    throw new AoError(`git cannot read the ledger's tree ${shortSha(tree)}`, {
      fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
    });
  const listing = new BaseListing(leaves.map((leaf) => leaf.path));
  const byPath = new Map(leaves.map((leaf) => [leaf.path, leaf]));
  const refs = [...listing.all().values()];
  const blobOf = (leaf: LedgerLeaf | undefined) => (leaf && leaf.mode !== '160000' ? leaf.oid : undefined);
  const objects = await git.readObjectsBounded(
    [...new Set(refs.map((ref) => blobOf(byPath.get(ref.path))).filter((o): o is string => !!o))],
    MAX_RECORD_BYTES,
  );
  const indexRefs: IndexRef[] = [];
  const records: LedgerRecord[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  for (const ref of refs) {
    const oid = blobOf(byPath.get(ref.path));
    const back = readBack(oid ? fileFromObject(ref.path, objects.get(oid)) : { path: ref.path, kind: 'other' });
    if ('record' in back) records.push(back.record);
    else unreadable.push({ path: ref.path, reason: back.reason });
    indexRefs.push({ id: ref.id, seq: ref.seq, oid: oid ?? git.zeroId, readable: 'record' in back });
  }
  const recordPaths = leaves.filter((leaf) => parseRecordPath(leaf.path)).length;
  const index = LedgerIndex.build({
    tree,
    objectFormat: git.objectFormat,
    entries: leaves.length,
    maxSeq: listing.maxSeq(),
    genesisIds: listing.genesisIds(),
    refs: indexRefs,
    records,
    unreadable,
    ordered: recordPaths === refs.length,
  });
  return { index, records };
}

/**
 * The index of `tree` derived from an earlier one, when `tree` only adds record files to
 * that one's ledger: the added records are read and checked, nothing else. Undefined when no
 * cached index is such a starting point (then the index is built from every record).
 */
async function deriveIndex(
  git: Git,
  store: IndexStore,
  reader: TreeReader,
  tree: string,
): Promise<LedgerIndex | undefined> {
  for (const from of store.candidates(tree)) {
    if (!from.header.ordered) continue;
    const added = await reader.additions(from.tree, tree);
    if (!added) continue;
    const parts = added.map((leaf) => ({ leaf, ref: parseRecordPath(leaf.path) }));
    if (
      parts.some(
        (p) => !p.ref || p.ref.seq === 0 || !isRegularFileMode(p.leaf.mode) || from.ordinalOf(p.ref.id) !== undefined,
      ) ||
      from.broken
    )
      continue;
    if (new Set(parts.map((p) => p.ref!.id)).size !== parts.length) continue;
    parts.sort((a, b) => (a.leaf.path < b.leaf.path ? -1 : 1));
    const objects = await git.readObjectsBounded([...new Set(parts.map((p) => p.leaf.oid))], MAX_RECORD_BYTES);
    const refs: IndexRef[] = [];
    const records: LedgerRecord[] = [];
    const unreadable: { path: string; reason: string }[] = [];
    for (const { leaf, ref } of parts) {
      const back = readBack(fileFromObject(leaf.path, objects.get(leaf.oid)));
      if ('record' in back) records.push(back.record);
      else unreadable.push({ path: leaf.path, reason: back.reason });
      refs.push({ id: ref!.id, seq: ref!.seq, oid: leaf.oid, readable: 'record' in back });
    }
    // What the earlier index says decides each digest an added verdict names, read back to compare.
    const named = new Set(records.flatMap((r) => (r.type === 'verdict' ? digestsNamedBy(r) : [])));
    const ordinals = new Map<string, number>();
    for (const digest of named) {
      const ordinal = from.latestOrdinal(digest);
      if (ordinal !== undefined) ordinals.set(digest, ordinal);
    }
    const current = await readIndexedRecords(git, { kind: 'index', index: from, tree: from.tree, reader, store }, [
      ...new Set(ordinals.values()),
    ]);
    if (!current) continue;
    const latestNow = new Map<string, LedgerRecord>();
    for (const [digest, ordinal] of ordinals) latestNow.set(digest, current.get(ordinal)!);
    const extended = from.extend({ tree, added: refs, records, unreadable, latestNow });
    if (!from.broken) return extended;
  }
  return undefined;
}

/** Every record of the working tree's ledger, in ledger order (`compareRecords`). */
export async function readAllRecords(git: Git): Promise<LedgerRecord[]> {
  const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
  return (await view.allRecords()).sort(compareRecords);
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
    for (const entry of readdirSync(join(root, bucket.name), { withFileTypes: true }))
      paths.push(`${bucketPath}/${entry.name}`);
  }
  return paths.sort();
}

/** `ledgerRootEntry` for a commit's tree: the entry of `.agents` or `.agents/ledger` that is not a folder. */
async function committedRootEntry(git: Git, commit: string): Promise<LedgerFile | undefined> {
  // A folder named on its own lists what it holds; anything else lists as itself.
  const entries = await git.lsTree(commit, ['.agents', LEDGER_DIR], { recursive: false });
  for (const path of ['.agents', LEDGER_DIR]) {
    const entry = entries.find((e) => e.path === path);
    if (entry?.mode === '120000') return { path, kind: 'symlink' };
    if (entry && entry.type !== 'tree') return { path, kind: 'other' };
  }
  return undefined;
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
  const regular = added.filter((e) => isRegularFileMode(e.newMode));
  const objects = await git.readObjectsBounded(
    regular.map((e) => e.newId),
    MAX_RECORD_BYTES,
  );
  return added.map((entry) => {
    const path = pathText(entry.path);
    if (entry.newMode === '120000') return { path, kind: 'symlink' };
    if (!isRegularFileMode(entry.newMode)) return { path, kind: 'other' };
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
export async function auditLedger(
  git: Git,
  source: Exclude<LedgerSource, { kind: 'index' }>,
  since?: string,
): Promise<LedgerAudit> {
  let files: LedgerFile[];
  if (source.kind === 'worktree')
    files = listWorktreeLedger(git.topLevel).map((path) => readWorktreeFile(git.topLevel, path));
  else {
    const listing = await git.lsTree(source.commit, `${LEDGER_DIR}/`);
    const objects = await git.readObjectsBounded(
      listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id),
      MAX_RECORD_BYTES,
    );
    files = listing.map(
      (e): LedgerFile =>
        e.mode === '120000'
          ? { path: e.path, kind: 'symlink' }
          : e.type === 'blob'
            ? fileFromObject(e.path, objects.get(e.id))
            : { path: e.path, kind: 'other' },
    );
  }
  const checked = checkRecords(new BaseListing(), files);
  const { signatureProblems } = await import('../core/signatures.js');
  const problems = [...checked.problems, ...signatureProblems(checked.records)];
  if (since) {
    const changes =
      source.kind === 'worktree'
        ? await git.diffWorktree(since, [`${LEDGER_DIR}/`])
        : await git.diffTrees(since, source.commit, [`${LEDGER_DIR}/`]);
    for (const entry of changes)
      if (isLedgerEntry(entry) && entry.status !== 'A')
        problems.push(appendOnlyViolation(entry, { base: shortSha(since) }));
    // Commit by commit too: a record added in one commit and deleted or changed in a later
    // one leaves no trace between `since` and the end, only in that commit's own diff.
    const head = source.kind === 'worktree' ? await git.headCommit() : source.commit;
    if (head && head !== since) {
      const seen = new Set(problems.filter(breaksAppendOnly).map((p) => p.path));
      for (const { change, ledgerEntries } of await changesOfCommits(
        git,
        await git.listCommits([`${since}..${head}`]),
      )) {
        for (const entry of ledgerEntries) {
          if (entry.status === 'A' || seen.has(pathText(entry.path))) continue;
          problems.push(appendOnlyViolation(entry, { change }));
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
