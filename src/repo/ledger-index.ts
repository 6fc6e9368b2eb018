import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import { compareRecords, computeHeads, digestsNamedBy, type BaseRefs, type RecordRef } from '../core/ledger.js';
import { LEDGER_DIR, recordPath, type LedgerRecord } from '../core/record.js';
import { parseTreeObject, type Git, type RawTreeEntry } from '../git/git.js';

/**
 * The base ledger index: everything a check asks of the records at a base commit, derived
 * from the base's ledger tree alone and cached under `.git/agentops-verdict/`, keyed by that
 * tree's id. It answers how many entries the base has, each record's seq and blob by id, the
 * genesis, the largest seq, the heads, which records cannot be read back, and, per digest,
 * the base verdict that sorts last, without reading the base's records: a check then costs
 * what the change adds. It is never read from the working tree or the change, is sealed with
 * a key private to this clone, and every record it points a decision at is read back and
 * checked. Format and validation: docs/spec.md, section 14.
 */

const MAGIC = Buffer.from('agentops-verdict ledger index\n', 'latin1');
export const INDEX_FORMAT = 1;
/** Bump when what makes a record readable changes: an index built under other rules is rebuilt. */
const PARSE_RULES = 1;
const MAC_BYTES = 32;
const ID_BYTES = 32;
/** Index files kept per clone: the newest few ledger states, from which the next is derived. */
const KEEP_FILES = 4;
/** Earlier indexes tried as the starting point for deriving a new one. */
const DERIVE_FROM = 3;

/** Index files written by other rules (another format, another schema) never match these. */
export const INDEX_RULES = `${INDEX_FORMAT}.${PARSE_RULES}.${createHash('sha256').update(JSON.stringify(recordSchema)).digest('hex').slice(0, 16)}`;

export interface IndexHeader {
  format: number;
  rules: string;
  objectFormat: 'sha1' | 'sha256';
  /** The ledger tree (`BASE:.agents/ledger`) the index describes. */
  tree: string;
  /** Every entry below the ledger, as `git ls-tree -r` lists them. */
  entries: number;
  maxSeq: number;
  genesisIds: string[];
  /** Readable base records no readable base record names in `prev`. */
  heads: string[];
  /** Ids readable base records name in `prev` that are not readable base records. */
  outsideRefs: string[];
  /** Base records that cannot be read back, with why (docs/spec.md: `base-unreadable`). */
  unreadable: { path: string; reason: string }[];
  /** No two record paths share an id, and refs and `unreadable` are in path order: the index may be extended. */
  ordered: boolean;
  refs: number;
  digests: number;
}

/** A record of the base, known by its path: its id, seq, blob, and whether it reads back as a valid record. */
export interface IndexRef {
  id: string;
  seq: number;
  oid: string;
  readable: boolean;
}

const oidBytes = (format: 'sha1' | 'sha256') => (format === 'sha256' ? 32 : 20);
const HEX64 = /^sha256:[0-9a-f]{64}$/;

function keyBytes(id: string): Buffer | undefined {
  return HEX64.test(id) ? Buffer.from(id.slice(7), 'hex') : undefined;
}

/** Guesses before plain halving: enough for evenly spread keys, a bound on what uneven ones cost. */
const GUESSES = 4;
const PREFIX_SPAN = 2 ** 48;

/**
 * Where `key` (32 bytes) sorts among `count` sorted keys: its position when `exact` finds it,
 * else its insertion point. Ids and digests are SHA-256 values, spread evenly, so the first
 * probes guess the position from the key's leading six bytes and those of the keys bounding
 * the search, as one opens a dictionary near the word; after GUESSES it halves. Each probe
 * stays inside the bounds, so the answer is bisection's; only the number of probes differs,
 * and each probe reads and checks a table block (an id's, one more in the record table).
 */
function searchSorted(
  count: number,
  key: Buffer,
  keyAt: (position: number) => Buffer,
  exact: boolean,
): { found: boolean; index: number } {
  const target = key.readUIntBE(0, 6);
  let lo = 0;
  let hi = count - 1;
  let below = 0;
  let above = PREFIX_SPAN;
  for (let probes = 0; lo <= hi; probes++) {
    let at = (lo + hi) >>> 1;
    if (probes < GUESSES && above > below) {
      const guess = lo + Math.floor(((target - below) / (above - below)) * (hi - lo + 1));
      at = Math.min(hi, Math.max(lo, guess));
    }
    const probed = keyAt(at);
    const order = probed.compare(key, 0, ID_BYTES, 0, ID_BYTES);
    if (order === 0 && exact) return { found: true, index: at };
    if (order < 0) {
      lo = at + 1;
      below = probed.readUIntBE(0, 6);
    } else {
      hi = at - 1;
      above = probed.readUIntBE(0, 6);
    }
  }
  return { found: false, index: lo };
}

function seal(key: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** The tables are sealed block by block (their hashes are in the sealed header): a lookup reads and checks only the blocks it touches. */
const BLOCK_BYTES = 32 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The tables of an index: in memory, or read from its file a block at a time, each block checked against its hash. */
class Tables {
  private readonly blocks = new Map<number, Buffer>();
  /** Set when a block read from the file does not match its hash: the index must not be used. */
  broken = false;

  constructor(
    readonly length: number,
    private readonly data?: Buffer,
    private readonly file?: { path: string; offset: number; hashes: string[] },
  ) {}

  range(offset: number, length: number): Buffer {
    if (this.data) return this.data.subarray(offset, offset + length);
    if (length <= 0) return Buffer.alloc(0);
    const first = Math.floor(offset / BLOCK_BYTES);
    const last = Math.floor((offset + Math.max(length, 1) - 1) / BLOCK_BYTES);
    const parts: Buffer[] = [];
    for (let i = first; i <= last; i++) parts.push(this.block(i));
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const start = offset - first * BLOCK_BYTES;
    return joined.subarray(start, start + length);
  }

  whole(): Buffer {
    return this.data ?? this.range(0, this.length);
  }

  private block(i: number): Buffer {
    const known = this.blocks.get(i);
    if (known) return known;
    const size = Math.max(0, Math.min(BLOCK_BYTES, this.length - i * BLOCK_BYTES));
    const bytes = Buffer.alloc(size);
    try {
      const fd = openSync(this.file!.path, 'r');
      try {
        if (readSync(fd, bytes, 0, size, this.file!.offset + i * BLOCK_BYTES) !== size) this.broken = true;
      } finally {
        closeSync(fd);
      }
    } catch {
      this.broken = true;
    }
    if (sha256(bytes) !== this.file!.hashes[i]) this.broken = true;
    this.blocks.set(i, bytes);
    return bytes;
  }
}

export class LedgerIndex implements BaseRefs {
  private readonly refBytes: number;
  private readonly hashBytes: number;
  private outside?: Set<string>;

  /** Where the tables start: `refs` × (id, seq as float64, blob id, flags), in the order records were added; `refs` × uint32 ordinals sorted by record id; `digests` × (digest, uint32 ordinal of the latest readable verdict naming it), sorted by digest. */
  private readonly byIdAt: number;
  private readonly digestsAt: number;

  private constructor(
    readonly header: IndexHeader,
    private readonly tables: Tables,
  ) {
    this.hashBytes = oidBytes(header.objectFormat);
    this.refBytes = ID_BYTES + 8 + this.hashBytes + 1;
    this.byIdAt = header.refs * this.refBytes;
    this.digestsAt = this.byIdAt + header.refs * 4;
  }

  /** A table block read from the file did not match its sealed hash: nothing this index said may count. */
  get broken(): boolean {
    return this.tables.broken;
  }

  private static inMemory(header: IndexHeader, refTable: Buffer, byId: Buffer, digestTable: Buffer): LedgerIndex {
    const data = Buffer.concat([refTable, byId, digestTable]);
    return new LedgerIndex(header, new Tables(data.length, data));
  }

  private get refTable(): Buffer {
    return this.tables.range(0, this.byIdAt);
  }

  private get byIdTable(): Buffer {
    return this.tables.range(this.byIdAt, this.digestsAt - this.byIdAt);
  }

  private get digestTable(): Buffer {
    return this.tables.range(this.digestsAt, this.tables.length - this.digestsAt);
  }

  private idOfOrdinal(ordinal: number): Buffer {
    return this.tables.range(ordinal * this.refBytes, ID_BYTES);
  }

  private ordinalAt(position: number): number {
    return this.tables.range(this.byIdAt + position * 4, 4).readUInt32LE(0);
  }

  private digestAt(position: number): Buffer {
    return this.tables.range(this.digestsAt + position * 36, 36);
  }

  get tree(): string {
    return this.header.tree;
  }

  get size(): number {
    return this.header.entries;
  }

  maxSeq(): number {
    return this.header.maxSeq;
  }

  genesisIds(): string[] {
    return this.header.genesisIds;
  }

  get refCount(): number {
    return this.header.refs;
  }

  get heads(): string[] {
    return this.header.heads;
  }

  get outsideRefs(): Set<string> {
    this.outside ??= new Set(this.header.outsideRefs);
    return this.outside;
  }

  get unreadable(): { path: string; reason: string }[] {
    return this.header.unreadable;
  }

  ref(ordinal: number): IndexRef {
    const entry = this.tables.range(ordinal * this.refBytes, this.refBytes);
    const oidAt = ID_BYTES + 8;
    return {
      id: `sha256:${entry.toString('hex', 0, ID_BYTES)}`,
      seq: entry.readDoubleLE(ID_BYTES),
      oid: entry.toString('hex', oidAt, oidAt + this.hashBytes),
      readable: (entry[oidAt + this.hashBytes]! & 1) === 1,
    };
  }

  ordinalOf(id: string): number | undefined {
    const key = keyBytes(id);
    if (!key) return undefined;
    const position = searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), true);
    return position.found ? this.ordinalAt(position.index) : undefined;
  }

  get(id: string): RecordRef | undefined {
    const ordinal = this.ordinalOf(id);
    if (ordinal === undefined) return undefined;
    const ref = this.ref(ordinal);
    return { id: ref.id, seq: ref.seq, path: recordPath(ref.seq, ref.id) };
  }

  isReadableRecord(id: string): boolean {
    const ordinal = this.ordinalOf(id);
    return ordinal !== undefined && this.ref(ordinal).readable;
  }

  /** The ordinal of the readable base verdict that sorts last among those naming `digest`. */
  latestOrdinal(digest: string): number | undefined {
    const position = this.digestPosition(digest);
    return position.found ? this.digestAt(position.index).readUInt32LE(ID_BYTES) : undefined;
  }

  private digestPosition(digest: string): { found: boolean; index: number } {
    const key = keyBytes(digest);
    if (!key) return { found: false, index: 0 };
    return searchSorted(this.header.digests, key, (at) => this.digestAt(at), true);
  }

  /** The file: magic, header length, header (with each table block's hash), the seal over all of that, then the tables. */
  serialize(key: Buffer): Buffer {
    const tables = this.tables.whole();
    const blocks: string[] = [];
    for (let at = 0; at < tables.length; at += BLOCK_BYTES) blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
    const header = Buffer.from(JSON.stringify({ ...this.header, blocks }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const sealed = Buffer.concat([MAGIC, length, header]);
    return Buffer.concat([sealed, seal(key, sealed), tables]);
  }

  /**
   * Reads an index file's header: undefined unless its seal, its rules, its tree and its shape
   * are all right. The tables are read a block at a time as lookups need them, each checked
   * against the hash the sealed header gives (`broken` when one does not match).
   */
  static open(
    path: string,
    key: Buffer,
    expected: { objectFormat: 'sha1' | 'sha256'; tree?: string },
  ): LedgerIndex | undefined {
    let head: Buffer;
    let size: number;
    try {
      const fd = openSync(path, 'r');
      try {
        size = fstatSync(fd).size;
        const start = Buffer.alloc(MAGIC.length + 4);
        if (readSync(fd, start, 0, start.length, 0) !== start.length || !start.subarray(0, MAGIC.length).equals(MAGIC))
          return undefined;
        const headerLength = start.readUInt32LE(MAGIC.length);
        if (start.length + headerLength + MAC_BYTES > size) return undefined;
        head = Buffer.alloc(start.length + headerLength + MAC_BYTES);
        if (readSync(fd, head, 0, head.length, 0) !== head.length) return undefined;
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
    return LedgerIndex.fromHead(
      head,
      key,
      expected,
      size,
      (header, tablesAt) =>
        new Tables(size - tablesAt, undefined, { path, offset: tablesAt, hashes: header.blocks ?? [] }),
    );
  }

  /** Reads a whole index file held in memory (tests); every block is checked at once. */
  static parse(
    bytes: Buffer,
    key: Buffer,
    expected: { objectFormat: 'sha1' | 'sha256'; tree?: string },
  ): LedgerIndex | undefined {
    if (bytes.length < MAGIC.length + 4 + MAC_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const headEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length) + MAC_BYTES;
    if (headEnd > bytes.length) return undefined;
    const index = LedgerIndex.fromHead(bytes.subarray(0, headEnd), key, expected, bytes.length, (header, tablesAt) => {
      const tables = bytes.subarray(tablesAt);
      const blocks: string[] = [];
      for (let at = 0; at < tables.length; at += BLOCK_BYTES)
        blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
      return new Tables(tables.length, blocks.join() === (header.blocks ?? []).join() ? tables : undefined);
    });
    return index &&
      index.tables.length === bytes.length - headEnd &&
      (index.tables as unknown as { data?: Buffer }).data
      ? index
      : undefined;
  }

  private static fromHead(
    head: Buffer,
    key: Buffer,
    expected: { objectFormat: 'sha1' | 'sha256'; tree?: string },
    size: number,
    tables: (header: IndexHeader & { blocks?: string[] }, tablesAt: number) => Tables,
  ): LedgerIndex | undefined {
    const sealed = head.subarray(0, head.length - MAC_BYTES);
    if (!timingSafeEqual(seal(key, sealed), head.subarray(head.length - MAC_BYTES))) return undefined;
    let header: IndexHeader & { blocks?: string[] };
    try {
      header = JSON.parse(sealed.toString('utf8', MAGIC.length + 4)) as IndexHeader & { blocks?: string[] };
    } catch {
      return undefined;
    }
    if (header.format !== INDEX_FORMAT || header.rules !== INDEX_RULES || header.objectFormat !== expected.objectFormat)
      return undefined;
    if (expected.tree !== undefined && header.tree !== expected.tree) return undefined;
    const counts = [header.refs, header.digests, header.entries];
    if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || !Number.isSafeInteger(header.maxSeq))
      return undefined;
    if (![header.genesisIds, header.heads, header.outsideRefs, header.unreadable].every(Array.isArray))
      return undefined;
    const refBytes = ID_BYTES + 8 + oidBytes(header.objectFormat) + 1;
    const tablesLength = header.refs * (refBytes + 4) + header.digests * 36;
    if (
      !Array.isArray(header.blocks) ||
      header.blocks.length !== Math.ceil(tablesLength / BLOCK_BYTES) ||
      head.length + tablesLength !== size
    )
      return undefined;
    const { blocks: _blocks, ...plain } = header;
    return new LedgerIndex(plain, tables(header, head.length));
  }

  /** The index of a base whose every record was read: `refs` in listing order, `records` the readable ones. */
  static build(args: {
    tree: string;
    objectFormat: 'sha1' | 'sha256';
    entries: number;
    maxSeq: number;
    genesisIds: string[];
    refs: IndexRef[];
    records: LedgerRecord[];
    unreadable: { path: string; reason: string }[];
    ordered: boolean;
  }): LedgerIndex {
    const ordinals = new Map<string, number>();
    args.refs.forEach((ref, i) => ordinals.set(ref.id, i));
    const latest = new Map<string, LedgerRecord>();
    for (const record of args.records) {
      if (record.type !== 'verdict') continue;
      for (const digest of new Set(digestsNamedBy(record))) {
        const current = latest.get(digest);
        if (!current || compareRecords(current, record) < 0) latest.set(digest, record);
      }
    }
    const readable = new Set(args.records.map((r) => r.id));
    const outside = new Set<string>();
    for (const record of args.records) for (const prev of record.prev) if (!readable.has(prev)) outside.add(prev);
    const digests = [...latest.keys()].filter((d) => HEX64.test(d)).sort();
    const header: IndexHeader = {
      format: INDEX_FORMAT,
      rules: INDEX_RULES,
      objectFormat: args.objectFormat,
      tree: args.tree,
      entries: args.entries,
      maxSeq: args.maxSeq,
      genesisIds: args.genesisIds,
      heads: computeHeads(args.records),
      outsideRefs: [...outside].sort(),
      unreadable: args.unreadable,
      ordered: args.ordered,
      refs: args.refs.length,
      digests: digests.length,
    };
    const hashBytes = oidBytes(args.objectFormat);
    const refBytes = ID_BYTES + 8 + hashBytes + 1;
    const refTable = Buffer.alloc(args.refs.length * refBytes);
    args.refs.forEach((ref, i) => writeRef(refTable, i * refBytes, ref, hashBytes));
    const sorted = args.refs.map((_, i) => i).sort((a, b) => (args.refs[a]!.id < args.refs[b]!.id ? -1 : 1));
    const byId = Buffer.alloc(sorted.length * 4);
    sorted.forEach((ordinal, i) => byId.writeUInt32LE(ordinal, i * 4));
    const digestTable = Buffer.alloc(digests.length * 36);
    digests.forEach((digest, i) => {
      digestTable.write(digest.slice(7), i * 36, 'hex');
      digestTable.writeUInt32LE(ordinals.get(latest.get(digest)!.id)!, i * 36 + ID_BYTES);
    });
    return LedgerIndex.inMemory(header, refTable, byId, digestTable);
  }

  /**
   * The index of a ledger that is this one plus `added` records (new paths only, none at
   * seq 0, no id already here), without touching the rest: new refs are appended, their ids
   * and digests merged into the sorted tables. `latestNow` holds, for each digest an added
   * verdict names that this index already has, the record it points at (read back by the caller).
   */
  extend(args: {
    tree: string;
    added: IndexRef[];
    records: LedgerRecord[];
    unreadable: { path: string; reason: string }[];
    latestNow: Map<string, LedgerRecord>;
  }): LedgerIndex {
    const base = this.header.refs;
    const oldById = this.byIdTable;
    const oldDigests = this.digestTable;
    const ordinals = new Map<string, number>();
    args.added.forEach((ref, i) => ordinals.set(ref.id, base + i));
    const refTable = Buffer.alloc(args.added.length * this.refBytes);
    args.added.forEach((ref, i) => writeRef(refTable, i * this.refBytes, ref, this.hashBytes));

    // Ids: each new ordinal goes where its id sorts.
    const inserts = args.added
      .map((ref, i) => ({ at: this.idPosition(ref.id), ordinal: base + i, id: ref.id }))
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const byIdParts: Buffer[] = [];
    let from = 0;
    for (const insert of inserts) {
      byIdParts.push(oldById.subarray(from * 4, insert.at * 4));
      const entry = Buffer.alloc(4);
      entry.writeUInt32LE(insert.ordinal);
      byIdParts.push(entry);
      from = insert.at;
    }
    byIdParts.push(oldById.subarray(from * 4));

    // Digests: the later of what is there and what was added, in compareRecords order.
    const updates = new Map<string, { record: LedgerRecord; ordinal: number }>();
    for (const record of args.records) {
      if (record.type !== 'verdict') continue;
      for (const digest of new Set(digestsNamedBy(record))) {
        if (!HEX64.test(digest)) continue;
        const now =
          updates.get(digest) ??
          (args.latestNow.has(digest) ? { record: args.latestNow.get(digest)!, ordinal: -1 } : undefined);
        if (!now || compareRecords(now.record, record) < 0)
          updates.set(digest, { record, ordinal: ordinals.get(record.id)! });
      }
    }
    const digestTable = Buffer.from(oldDigests);
    const fresh: { digest: string; ordinal: number; at: number }[] = [];
    for (const [digest, { ordinal }] of updates) {
      if (ordinal < 0) continue;
      const position = this.digestPosition(digest);
      if (position.found) digestTable.writeUInt32LE(ordinal, position.index * 36 + ID_BYTES);
      else fresh.push({ digest, ordinal, at: position.index });
    }
    fresh.sort((a, b) => a.at - b.at || (a.digest < b.digest ? -1 : 1));
    const digestParts: Buffer[] = [];
    from = 0;
    for (const entry of fresh) {
      digestParts.push(digestTable.subarray(from * 36, entry.at * 36));
      const bytes = Buffer.alloc(36);
      bytes.write(entry.digest.slice(7), 0, 'hex');
      bytes.writeUInt32LE(entry.ordinal, ID_BYTES);
      digestParts.push(bytes);
      from = entry.at;
    }
    digestParts.push(digestTable.subarray(from * 36));

    // Heads and outside references, from the sets alone (docs/spec.md, section 14).
    const addedIds = new Set(args.records.map((r) => r.id));
    const addedPrevs = new Set(args.records.flatMap((r) => r.prev));
    const heads = [
      ...this.header.heads.filter((id) => !addedPrevs.has(id)),
      ...[...addedIds].filter((id) => !addedPrevs.has(id) && !this.outsideRefs.has(id)),
    ].sort();
    const outside = new Set([...this.header.outsideRefs].filter((id) => !addedIds.has(id)));
    for (const prev of addedPrevs) if (!addedIds.has(prev) && !this.isReadableRecord(prev)) outside.add(prev);
    const unreadable = [...this.header.unreadable, ...args.unreadable].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );

    const header: IndexHeader = {
      ...this.header,
      tree: args.tree,
      entries: this.header.entries + args.added.length,
      maxSeq: Math.max(this.header.maxSeq, ...args.added.map((r) => r.seq)),
      heads,
      outsideRefs: [...outside].sort(),
      unreadable,
      refs: base + args.added.length,
      digests: this.header.digests + fresh.length,
    };
    return LedgerIndex.inMemory(
      header,
      Buffer.concat([this.refTable, refTable]),
      Buffer.concat(byIdParts),
      Buffer.concat(digestParts),
    );
  }

  /** Where `id` sorts among the ids (its insertion point). */
  private idPosition(id: string): number {
    const key = keyBytes(id)!;
    return searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), false).index;
  }
}

function writeRef(table: Buffer, at: number, ref: IndexRef, hashBytes: number): void {
  table.write(ref.id.slice(7), at, 'hex');
  table.writeDoubleLE(ref.seq, at + ID_BYTES);
  table.write(ref.oid, at + ID_BYTES + 8, 'hex');
  table[at + ID_BYTES + 8 + hashBytes] = ref.readable ? 1 : 0;
}

// --- the cache under .git/

/** Whether the index may be used: `AO_LEDGER_CACHE=off` makes every check read the whole base, as a reference. */
export function indexEnabled(): boolean {
  return process.env.AO_LEDGER_CACHE !== 'off';
}

/** `.git/agentops-verdict` of the main repository (shared by its linked worktrees). */
function cacheRoot(git: Git): string {
  let common = git.gitDir;
  try {
    const text = readFileSync(join(git.gitDir, 'commondir'), 'utf8').trim();
    if (text) common = resolve(git.gitDir, text);
  } catch {
    // not a linked worktree
  }
  return join(common, 'agentops-verdict');
}

/** The clone's own sealing key, made on first use; undefined where `.git` cannot be written. */
function sealingKey(root: string): Buffer | undefined {
  const file = join(root, 'index-key');
  try {
    const key = readFileSync(file);
    if (key.length === 32) return key;
  } catch {
    // made below
  }
  try {
    mkdirSync(root, { recursive: true, mode: 0o700 });
    const temp = join(root, `.index-key-${process.pid}-${randomBytes(6).toString('hex')}`);
    writeFileSync(temp, randomBytes(32), { mode: 0o600 });
    try {
      linkSync(temp, file); // never replaces a key another process made first
    } catch {
      // one exists now: use it
    } finally {
      unlinkSync(temp);
    }
    const key = readFileSync(file);
    return key.length === 32 ? key : undefined;
  } catch {
    return undefined;
  }
}

export class IndexStore {
  private constructor(
    private readonly dir: string,
    private readonly key: Buffer,
    private readonly objectFormat: 'sha1' | 'sha256',
  ) {}

  static open(git: Git): IndexStore | undefined {
    if (!indexEnabled()) return undefined;
    const root = cacheRoot(git);
    const key = sealingKey(root);
    return key ? new IndexStore(join(root, 'ledger-index'), key, git.objectFormat) : undefined;
  }

  private file(tree: string): string {
    return join(this.dir, `${tree}.idx`);
  }

  load(tree: string): LedgerIndex | undefined {
    return LedgerIndex.open(this.file(tree), this.key, { objectFormat: this.objectFormat, tree });
  }

  /** The newest few indexes of other ledger states: starting points for deriving this one. */
  candidates(except: string): LedgerIndex[] {
    const found: LedgerIndex[] = [];
    for (const name of this.newestFiles()) {
      if (found.length >= DERIVE_FROM) break;
      const tree = name.slice(0, -'.idx'.length);
      if (tree === except) continue;
      const index = this.load(tree);
      if (index) found.push(index);
    }
    return found;
  }

  save(index: LedgerIndex): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const temp = join(this.dir, `.${index.tree}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
      writeFileSync(temp, index.serialize(this.key), { mode: 0o600 });
      renameSync(temp, this.file(index.tree));
      for (const stale of this.newestFiles().slice(KEEP_FILES)) unlinkSync(join(this.dir, stale));
    } catch {
      // a cache that cannot be written is only a slower next run
    }
  }

  /** Forgets an index that proved wrong, so it is rebuilt. */
  discard(tree: string): void {
    try {
      unlinkSync(this.file(tree));
    } catch {
      // already gone
    }
  }

  private newestFiles(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?\.idx$/.test(name));
    } catch {
      return [];
    }
    const mtime = (name: string) => {
      try {
        return statSync(join(this.dir, name)).mtimeMs;
      } catch {
        return 0;
      }
    };
    return names
      .map((name) => ({ name, at: mtime(name) }))
      .sort((a, b) => b.at - a.at)
      .map((f) => f.name);
  }
}

// --- reading ledger trees through the batch process

export interface LedgerLeaf {
  path: string;
  mode: string;
  oid: string;
}

const TREE_MODE = '040000';

/**
 * Reads trees by id through the repository's one batch process, remembering each, and
 * answers what `git ls-tree -r` would: the leaves below a tree, in git's order.
 */
export class TreeReader {
  private readonly raw = new Map<string, Buffer | undefined>();
  private readonly trees = new Map<string, RawTreeEntry[] | undefined>();
  private readonly idBytes: number;

  constructor(private readonly git: Git) {
    this.idBytes = git.objectFormat === 'sha256' ? 32 : 20;
  }

  /** Reads the trees not read yet, in one batch round. */
  async read(ids: string[]): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.raw.has(id));
    if (wanted.length === 0) return;
    const objects = await this.git.readObjectsBounded(wanted, Number.POSITIVE_INFINITY);
    for (const id of wanted) {
      const object = objects.get(id);
      this.raw.set(id, object?.type === 'tree' ? object.bytes : undefined);
    }
    for (const id of wanted) this.trees.delete(id);
  }

  /** A tree's entries (parsed on first use), once read. */
  private entriesOf(id: string): RawTreeEntry[] | undefined {
    if (!this.trees.has(id)) {
      const raw = this.raw.get(id);
      this.trees.set(id, raw ? parseTreeObject(raw, this.idBytes) : undefined);
    }
    return this.trees.get(id);
  }

  /** Every leaf (blob, symlink, submodule) below `root`, in `ls-tree -r` order, with paths below `prefix`. */
  async leaves(root: string, prefix = `${LEDGER_DIR}/`): Promise<LedgerLeaf[] | undefined> {
    // Read level by level (one batch round each), then walk in the trees' own order.
    let level = [root];
    while (level.length > 0) {
      await this.read(level);
      const next: string[] = [];
      for (const id of level)
        for (const entry of this.entriesOf(id) ?? []) if (entry.mode === TREE_MODE) next.push(entry.id);
      level = next.filter((id) => !this.raw.has(id));
    }
    const leaves: LedgerLeaf[] = [];
    let whole = true;
    const walk = (id: string, at: string) => {
      const entries = this.entriesOf(id);
      if (!entries) whole = false;
      for (const entry of entries ?? []) {
        const path = `${at}${entry.name.toString('utf8')}`;
        if (entry.mode === TREE_MODE) walk(entry.id, `${path}/`);
        else leaves.push({ path, mode: entry.mode, oid: entry.id });
      }
    };
    walk(root, prefix);
    // A tree git cannot give (a damaged repository) is never read as an empty folder.
    return whole ? leaves : undefined;
  }

  /**
   * The leaves `after` has and `before` lacks, when that is all that differs (every leaf of
   * `before` is in `after`, unchanged); undefined when anything was removed or changed.
   */
  async additions(before: string, after: string, prefix = `${LEDGER_DIR}/`): Promise<LedgerLeaf[] | undefined> {
    await this.read([before, after]);
    const old = this.entriesOf(before);
    const now = this.entriesOf(after);
    if (!old || !now) return undefined;
    const oldByName = new Map(old.map((e) => [e.name.toString('latin1'), e]));
    const added: LedgerLeaf[] = [];
    const changedTrees: [string, string, string][] = [];
    for (const entry of now) {
      const name = entry.name.toString('latin1');
      const was = oldByName.get(name);
      oldByName.delete(name);
      if (was && was.mode === entry.mode && was.id === entry.id) continue;
      const path = `${prefix}${entry.name.toString('utf8')}`;
      if (was) {
        if (was.mode !== TREE_MODE || entry.mode !== TREE_MODE) return undefined;
        changedTrees.push([was.id, entry.id, `${path}/`]);
      } else if (entry.mode === TREE_MODE) {
        const below = await this.leaves(entry.id, `${path}/`);
        if (!below) return undefined;
        added.push(...below);
      } else added.push({ path, mode: entry.mode, oid: entry.id });
    }
    if (oldByName.size > 0) return undefined;
    await this.read(changedTrees.flatMap(([a, b]) => [a, b]));
    for (const [a, b, path] of changedTrees) {
      const below = await this.additions(a, b, path);
      if (!below) return undefined;
      added.push(...below);
    }
    return added;
  }

  /**
   * Whether the tree `root` holds each blob at its path (below `prefix`): git resolves the
   * paths in one batch round, reading only the folders on the way.
   */
  async holds(root: string, blobs: { path: string; oid: string }[], prefix = `${LEDGER_DIR}/`): Promise<boolean> {
    if (blobs.some((b) => !b.path.startsWith(prefix))) return false;
    const names = blobs.map((b) => `${root}:${b.path.slice(prefix.length)}`);
    const objects = await this.git.readObjectsBounded([...new Set(names)], 0);
    return blobs.every((b, i) => {
      const object = objects.get(names[i]!);
      return object?.type === 'blob' && object.id === b.oid;
    });
  }
}
