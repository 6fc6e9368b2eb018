import { randomBytes } from 'node:crypto';
import { canonicalJson, renderJsonFile, sha256Hex } from './canonical.js';
import { formatSchemaProblems, validateRecordShape } from './schemas.js';

export const RECORD_SCHEMA = 'agentops-verdict/record@1';
export const LEDGER_DIR = '.agents/ledger';
export const POLICY_PATH = '.agents/policy.json';
/** Trusted checker keys for signed verdicts (docs/signing.md). */
export const CHECKERS_PATH = '.agents/checkers';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
export const SEQ_PER_BUCKET = 1000;

/** The kinds each list names; the record schema (schemas/record.v1.schema.json) has the same. */
export const ACTOR_KINDS = ['agent', 'human', 'ci', 'tool'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const EVIDENCE_KINDS = ['test', 'command', 'review', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
/** A finding's severity, least first. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Whether `value` is one of `kinds` (narrowing it to their type). */
export function isOneOf<T extends string>(kinds: readonly T[], value: string): value is T {
  return (kinds as readonly string[]).includes(value);
}

export interface Actor {
  id: string;
  kind: ActorKind;
  session?: string;
}

export interface Finding {
  severity: Severity;
  category?: string;
  path?: string;
  line?: number;
  description: string;
  suggestedFix?: string;
}

export type Evidence =
  | {
      kind: 'test' | 'command';
      text: string;
      command?: string;
      exitCode?: number | null;
      durationMs?: number;
      outputDigest?: string;
      outputTail?: string;
      error?: string;
    }
  | {
      kind: 'review';
      text: string;
      reviewer?: string;
      model?: string;
      family?: string;
      verdict?: 'pass' | 'warn' | 'fail' | 'error';
      findings?: Finding[];
      error?: string;
    }
  | { kind: 'link'; url: string; text?: string };

export interface ManifestEntryJson {
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
  status: 'A' | 'D' | 'M' | 'T';
  path?: string;
  pathBase64?: string;
}

export interface CommitDigest {
  commit: string;
  digest: string;
}

export type Subject =
  | { kind: 'staged'; digest: string; entries: ManifestEntryJson[] }
  | { kind: 'commit'; digest: string; entries: ManifestEntryJson[]; commit: string }
  | {
      kind: 'range';
      digest: string;
      entries: ManifestEntryJson[];
      base: string;
      head: string;
      commits: CommitDigest[];
    };

export interface Signature {
  format: 'sshsig';
  namespace: 'agentops-verdict';
  signature: string;
}

interface RecordBase {
  schema: typeof RECORD_SCHEMA;
  id: string;
  seq: number;
  prev: string[];
  createdAt: string;
}

export interface GenesisRecord extends RecordBase {
  type: 'genesis';
  nonce: string;
}

export interface VerdictRecord extends RecordBase {
  type: 'verdict';
  ledger: string;
  subject: Subject;
  verdict: 'pass' | 'fail';
  checker: Actor;
  worker: Actor;
  evidence: Evidence[];
  summary: string;
  signature?: Signature;
}

/** A lesson drawn from work, attached to the paths it concerns; the raw material of the ratchet. */
export interface LearningRecord extends RecordBase {
  type: 'learning';
  ledger: string;
  text: string;
  /** Globs (policy glob syntax) naming the paths the lesson is about. */
  paths: string[];
  tags: string[];
  /** A lesson about what not to do (an anti-pattern), rather than what to do. */
  negative: boolean;
  /** The verdict the lesson was drawn from. */
  from?: string;
  author: Actor;
}

/** What a promoted constraint demands of a change touching its paths: exactly one rule. */
export type ConstraintRule =
  | { requireEvidence: EvidenceKind }
  | { requireCheckerKind: ActorKind }
  | { forbidPattern: string }
  | { requireCheck: string };

/** A learning turned into policy: lives in `.agents/policy.json` under `constraints`. */
export type Constraint = {
  id: string;
  /** Back-link: the id of the learning record it was promoted from. */
  learning: string;
  paths: string[];
  /** A copy of the learning's text, for readers of the policy file. */
  note?: string;
} & ConstraintRule;

/** Records that a learning became a constraint in the policy. */
export interface PromotionRecord extends RecordBase {
  type: 'promotion';
  ledger: string;
  learning: string;
  constraint: Constraint;
  author: Actor;
}

/** Records why a constraint was taken out of the policy: the ratchet only slips back on the record. */
export interface RetirementRecord extends RecordBase {
  type: 'retirement';
  ledger: string;
  constraint: string;
  learning: string;
  /** The promotion this retires, when the constraint was promoted with `ao promote`. */
  promotion?: string;
  why: string;
  author: Actor;
}

export type LedgerRecord = GenesisRecord | VerdictRecord | LearningRecord | PromotionRecord | RetirementRecord;
export type RecordType = LedgerRecord['type'];
export type UnsignedBody<T extends LedgerRecord> = Omit<T, 'id' | 'signature'>;

/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
export function computeRecordId(record: object): string {
  const { id: _id, signature: _signature, ...body } = record as Record<string, unknown>;
  return `sha256:${sha256Hex(canonicalJson(body))}`;
}

export function sealRecord<T extends LedgerRecord>(body: UnsignedBody<T>): T {
  return { ...body, id: computeRecordId(body) } as T;
}

export function newGenesis(now: Date = new Date()): GenesisRecord {
  return sealRecord<GenesisRecord>({
    schema: RECORD_SCHEMA,
    type: 'genesis',
    seq: 0,
    prev: [],
    createdAt: now.toISOString(),
    nonce: randomBytes(16).toString('hex'),
  });
}

export function renderRecord(record: LedgerRecord): string {
  return renderJsonFile(record);
}

export function idHex(id: string): string {
  return id.slice('sha256:'.length);
}

/** `.agents/ledger/<bucket>/<seq>-<hex>.json`: sorted by seq when listed, one folder a thousand. */
export function recordPath(seq: number, id: string): string {
  const bucket = String(Math.floor(seq / SEQ_PER_BUCKET)).padStart(4, '0');
  return `${LEDGER_DIR}/${bucket}/${String(seq).padStart(8, '0')}-${idHex(id)}.json`;
}

const RECORD_PATH_PATTERN = /^\.agents\/ledger\/([0-9]{4,})\/([0-9]{8,})-([0-9a-f]{64})\.json$/;

export interface RecordPathParts {
  seq: number;
  id: string;
}

/** Reads seq and id off a record's path; `undefined` when the path is not a record path. */
export function parseRecordPath(path: string): RecordPathParts | undefined {
  const match = RECORD_PATH_PATTERN.exec(path);
  if (!match) return undefined;
  const [, bucket, seqText, hex] = match as unknown as [string, string, string, string];
  const seq = Number(seqText);
  if (!Number.isSafeInteger(seq)) return undefined;
  // The one spelling recordPath() gives: the right bucket, no padding beyond the minimum.
  const bucketNumber = Math.floor(seq / SEQ_PER_BUCKET);
  if (Number(bucket) !== bucketNumber || bucket.length !== Math.max(4, String(bucketNumber).length)) return undefined;
  if (seqText.length !== Math.max(8, String(seq).length)) return undefined;
  return { seq, id: `sha256:${hex}` };
}

export function isLedgerPath(path: string): boolean {
  return path.startsWith(`${LEDGER_DIR}/`);
}

/** Why a record file is not a record (docs/spec.md section 6, in the order it checks). */
export type RecordProblemCode =
  | 'too-large'
  | 'empty'
  | 'bom'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'schema'
  | 'not-canonical'
  | 'id-mismatch'
  | 'path-mismatch';

export interface RecordProblem {
  code: RecordProblemCode;
  message: string;
}

export type ParsedRecord = { ok: true; record: LedgerRecord } | { ok: false; problem: RecordProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in the order spec section 6 gives: size, empty, BOM, UTF-8, JSON, object, schema
 * (with the pathBase64 rules), the single byte form, the id, the path.
 */
export function parseRecordFile(path: string, bytes: Uint8Array): ParsedRecord {
  const fail = (code: RecordProblemCode, message: string): ParsedRecord => ({ ok: false, problem: { code, message } });
  if (bytes.length > MAX_RECORD_BYTES) {
    return fail('too-large', `record file is ${bytes.length} bytes; the limit is ${MAX_RECORD_BYTES}`);
  }
  if (bytes.length === 0) return fail('empty', 'record file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fail('bom', 'record file starts with a byte order mark');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('invalid-utf8', 'record file is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('invalid-json', `record file is not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('not-an-object', 'record file does not hold a JSON object');
  }
  const problems = validateRecordShape(value);
  if (problems.length > 0)
    return fail('schema', `record does not match ${RECORD_SCHEMA}: ${formatSchemaProblems(problems)}`);
  const record = value as LedgerRecord;
  // The pathBase64 rules are part of the schema step (spec 6): checked before the byte form, id and path.
  const pathProblem = record.type === 'verdict' ? base64PathProblem(record.subject.entries) : undefined;
  if (pathProblem) return fail('schema', `record does not match ${RECORD_SCHEMA}: ${pathProblem}`);
  // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
  // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
  if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
    return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
  }
  const { id: _id, signature: _signature, ...body } = record as VerdictRecord;
  const expectedId = `sha256:${sha256Hex(JSON.stringify(body))}`;
  if (expectedId !== record.id) {
    return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
  }
  const expectedPath = recordPath(record.seq, record.id);
  if (expectedPath !== path) {
    return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
  }
  return { ok: true, record };
}

/** The schema's path rule, applied to raw bytes read as latin1 (one char per byte). */
const RAW_PATH_RULE = /^(?!\/)(?![\s\S]*(?:^|\/)\.{1,2}(?:\/|$))(?![\s\S]*\/\/)(?![\s\S]*\/$)[^\u0000]+$/;

/**
 * What JSON Schema cannot say about `pathBase64`: it holds a path that is not valid UTF-8
 * (a UTF-8 path is stored as `path`), in canonical base64, and obeying the same rule as
 * `path` (relative, no `.` or `..` segments, no empty segments, no NUL).
 */
function base64PathProblem(entries: ManifestEntryJson[]): string | undefined {
  for (const [index, entry] of entries.entries()) {
    if (entry.pathBase64 === undefined) continue;
    const where = `/subject/entries/${index}/pathBase64`;
    const bytes = Buffer.from(entry.pathBase64, 'base64');
    if (bytes.toString('base64') !== entry.pathBase64) return `${where} is not canonical base64`;
    if (isUtf8(bytes)) return `${where} holds a UTF-8 path, which must be stored as "path"`;
    if (!RAW_PATH_RULE.test(bytes.toString('latin1')))
      return `${where} is not a relative path inside the repository (leading "/", "." or ".." segment, empty segment, or NUL)`;
  }
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when every object's keys are in JCS (UTF-16) order and every string is well-formed. */
function sortedAndWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(sortedAndWellFormed);
  let previous: string | undefined;
  for (const key of Object.keys(value)) {
    if ((previous !== undefined && previous >= key) || !key.isWellFormed()) return false;
    if (!sortedAndWellFormed((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

export function shortId(id: string): string {
  return id.slice(0, 'sha256:'.length + 12);
}
