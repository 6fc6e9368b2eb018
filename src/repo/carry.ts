import { join } from 'node:path';
import { AoError } from '../core/errors.js';
import { BaseListing, checkRecords, type LedgerProblem } from '../core/ledger.js';
import { shellQuote } from '../core/shell.js';
import { isRegularFileMode, pathText } from '../core/manifest.js';
import {
  LEDGER_DIR,
  MAX_RECORD_BYTES,
  parseRecordFile,
  parseRecordPath,
  recordPath,
  shortId,
  type LedgerRecord,
} from '../core/record.js';
import { signatureProblems } from '../core/signatures.js';
import type { AddedFile, BoundedObject, Git } from '../git/git.js';
import { shortSha } from './changes.js';
import { listWorktreeLedger, readWorktreeFile } from './ledger-view.js';
import { lexists, refuseLinkedEntry, refuseUnsafeLedgerRoot, withLedgerLock, writeFileAtomic } from './writer.js';

/**
 * `ao ledger carry`: after a cherry-pick or a backport, the records the ledger's records
 * name in `prev` but the ledger lacks (they exist only on the branch the change came from)
 * are copied from history, byte for byte, with their own missing ancestors. Nothing is
 * trusted for where it was found: a record is named by its id, a hash of its content, and
 * every copy is checked in full (docs/spec.md section 6, "Records carried to another branch").
 */

interface CarriedRecord {
  record: LedgerRecord;
  path: string;
  bytes: Uint8Array;
  /** The newest commit found adding it. */
  commit: string;
}

export interface CarryResult {
  /** Records to carry (or carried), lowest seq first. */
  carried: CarriedRecord[];
  /** Ids named in `prev` that cannot be carried, as problems: nothing is written then. */
  missing: LedgerProblem[];
  /** Paths written by this run (empty on a dry run, or when every file was already there). */
  written: string[];
  /** Records in the ledger before the carry. */
  recordCount: number;
}

interface Wanted {
  /** The record whose prev names the missing id. */
  by: { id: string; path: string };
  /** The record in the working tree that needs it (itself, or through carried records). */
  root: { id: string; path: string };
}

export async function carryRecords(git: Git, options: { dryRun?: boolean } = {}): Promise<CarryResult> {
  const top = git.topLevel;
  refuseUnsafeLedgerRoot(top);
  const paths = listWorktreeLedger(top);
  const files = paths.map((path) => readWorktreeFile(top, path));
  for (const file of files) refuseLinkedEntry(file);
  const checked = checkRecords(new BaseListing(), files);
  const genesisId = checked.genesisId;
  if (!genesisId) {
    throw new AoError('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', {
      fix: 'run `ao init` and commit the .agents/ directory',
    });
  }
  // Present means a file at the record's path, valid or not: a broken one is `ao ledger
  // verify`'s to report, and is never overwritten here.
  const seqs = new Map<string, number>();
  for (const path of paths) {
    const parts = parseRecordPath(path);
    if (parts) seqs.set(parts.id, parts.seq);
  }
  const wanted = new Map<string, Wanted>();
  const want = (record: LedgerRecord, path: string, root?: Wanted['root']) => {
    const by = { id: record.id, path };
    for (const prev of record.prev)
      if (!seqs.has(prev) && !wanted.has(prev)) wanted.set(prev, { by, root: root ?? by });
  };
  for (const record of checked.records) want(record, recordPath(record.seq, record.id));
  const result: CarryResult = { carried: [], missing: [], written: [], recordCount: checked.records.length };
  if (wanted.size === 0) return result;

  const copies = copiesById(await git.addedFilesInHistory(`${LEDGER_DIR}/`));
  const carried = new Map<string, CarriedRecord>();
  // One round per generation of missing ancestors, all through the repository's one reader.
  let frontier = [...wanted.keys()];
  while (frontier.length > 0) {
    const found = frontier.flatMap((id) => copies.get(id) ?? []);
    const objects = await git.readObjectsBounded(
      found.filter((copy) => isRegularFileMode(copy.mode)).map((copy) => copy.id),
      MAX_RECORD_BYTES,
    );
    const before = new Set(wanted.keys());
    for (const id of frontier) {
      const outcome = judgeCopies(id, copies.get(id) ?? [], objects, genesisId);
      const need = wanted.get(id)!;
      if ('copy' in outcome) {
        carried.set(id, outcome.copy);
        seqs.set(id, outcome.copy.record.seq);
        want(outcome.copy.record, outcome.copy.path, need.root);
      } else result.missing.push(missingProblem(id, need, outcome));
    }
    frontier = [...wanted.keys()].filter((id) => !before.has(id));
  }

  // Rule 6 over the closure: every parent is now known, so a copy with a wrong seq is caught
  // here rather than by the verifier after it was written.
  for (const copy of carried.values()) {
    const parents = copy.record.prev.map((prev) => seqs.get(prev));
    if (parents.some((seq) => seq === undefined)) continue; // already blocked by a missing parent
    const expected = 1 + Math.max(...(parents as number[]));
    if (copy.record.seq !== expected) {
      result.missing.push({
        code: 'bad-seq',
        message: `record ${shortId(copy.record.id)} found at commit ${shortSha(copy.commit)} has seq ${copy.record.seq}, but one more than its parents' largest seq is ${expected}: it is not a record this ledger can hold`,
        path: copy.path,
        recordId: copy.record.id,
        fix: "drop the record that points to it from the ledger (`git rm` it), then record that change's verdict again with `ao verdict`",
      });
    }
  }
  result.carried = [...carried.values()].sort((a, b) => a.record.seq - b.record.seq || (a.path < b.path ? -1 : 1));
  if (result.missing.length > 0 || options.dryRun || result.carried.length === 0) return result;

  await withLedgerLock(git, async () => {
    refuseUnsafeLedgerRoot(top);
    // Parents first: a run cut short leaves records whose prev are all present, and a rerun finishes.
    for (const copy of result.carried) {
      const target = join(top, copy.path);
      if (lexists(target)) continue; // written meanwhile by another run: never overwritten
      writeFileAtomic(git, target, copy.bytes);
      result.written.push(copy.path);
    }
    await git.stage(result.carried.map((copy) => copy.path));
  });
  return result;
}

/** Copies of each record id added anywhere in history, one per distinct (blob, path). */
function copiesById(files: AddedFile[]): Map<string, AddedFile[]> {
  const byId = new Map<string, AddedFile[]>();
  const seen = new Set<string>();
  for (const file of files) {
    const parts = parseRecordPath(pathText(file.path));
    if (!parts) continue;
    const key = `${file.mode} ${file.id} ${pathText(file.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byId.get(parts.id);
    if (list) list.push(file);
    else byId.set(parts.id, [file]);
  }
  return byId;
}

type Judgement = { copy: CarriedRecord } | { refused: { where: string; reason: string }[]; ambiguous: CarriedRecord[] };

/**
 * The one copy of `id` that may be carried: a regular file within the size bound that
 * parses in byte form, hashes to `id`, sits at its own path, belongs to this ledger, is no
 * genesis, and carries no broken signature. Two valid copies with different bytes (the id
 * leaves out `signature`, so they differ only there) are ambiguous: neither is chosen.
 */
function judgeCopies(
  id: string,
  found: AddedFile[],
  objects: Map<string, BoundedObject | undefined>,
  genesisId: string,
): Judgement {
  const refused: { where: string; reason: string }[] = [];
  const valid: CarriedRecord[] = [];
  for (const file of found) {
    const path = pathText(file.path);
    const where = `commit ${shortSha(file.commit)}, ${path}`;
    const object = isRegularFileMode(file.mode) ? objects.get(file.id) : undefined;
    let reason: string | undefined;
    if (!isRegularFileMode(file.mode))
      reason = file.mode === '120000' ? 'a symbolic link, not a record file' : 'not a regular file';
    else if (object?.type !== 'blob') reason = 'its object cannot be read';
    else if (!object.bytes) reason = `too-large: ${object.size} bytes; the limit is ${MAX_RECORD_BYTES}`;
    else {
      const parsed = parseRecordFile(path, object.bytes);
      if (!parsed.ok) reason = `${parsed.problem.code}: ${parsed.problem.message}`;
      else {
        const record = parsed.record;
        const bad = signatureProblems([record])[0];
        if (record.id !== id) reason = `id-mismatch: it is record ${shortId(record.id)}`;
        else if (record.type === 'genesis')
          reason = `second-genesis: a genesis record (this ledger's genesis is ${shortId(genesisId)})`;
        else if (record.ledger !== genesisId)
          reason = `foreign-record: it belongs to another ledger (its genesis is ${shortId(record.ledger)}, this ledger's is ${shortId(genesisId)})`;
        else if (bad) reason = `bad-signature: ${bad.message}`;
        else if (!valid.some((copy) => Buffer.compare(copy.bytes, object.bytes!) === 0))
          valid.push({ record, path, bytes: object.bytes, commit: file.commit });
      }
    }
    if (reason) refused.push({ where, reason });
  }
  if (valid.length === 1) return { copy: valid[0]! };
  return { refused, ambiguous: valid };
}

function missingProblem(
  id: string,
  { by, root }: Wanted,
  outcome: Exclude<Judgement, { copy: CarriedRecord }>,
): LedgerProblem {
  const through = root.id === by.id ? '' : `, an ancestor of ${shortId(root.id)} carried from history`;
  const named = `record ${id} (named in prev of ${shortId(by.id)}, ${by.path}${through})`;
  const drop = `drop the record that needs it (\`git rm ${shellQuote(root.path)}\`) and record that change's verdict again with \`ao verdict\``;
  if (outcome.ambiguous.length > 1) {
    const first = outcome.ambiguous[0]!;
    return {
      code: 'dangling-prev',
      message: `${named} has ${outcome.ambiguous.length} different valid copies in history (${outcome.ambiguous.map((c) => `commit ${shortSha(c.commit)}`).join(', ')}): they differ in their signature, and ao does not choose between them`,
      path: root.path,
      recordId: id,
      fix: `take the copy from the branch the change came from, e.g. \`git checkout ${first.commit} -- ${shellQuote(first.path)}\`, then run \`ao ledger carry\` again`,
    };
  }
  if (outcome.refused.length > 0) {
    return {
      code: 'dangling-prev',
      message: `${named} is in history only as copies that are refused: ${outcome.refused.map((r) => `${r.where}: ${r.reason}`).join('; ')}`,
      path: root.path,
      recordId: id,
      fix: `fetch the branch it came from (\`git fetch --all\`) and run \`ao ledger carry\` again; if no intact copy exists, ${drop}`,
    };
  }
  return {
    code: 'dangling-prev',
    message: `${named} exists nowhere in this repository's history (no ref reaches a commit that adds it)`,
    path: root.path,
    recordId: id,
    fix: `fetch the branch it came from (\`git fetch --all\`) and run \`ao ledger carry\` again; if it was never published, ${drop}`,
  };
}
