import { createHash } from 'node:crypto';
import type { ManifestEntryJson } from './record.js';

/** One changed path between two trees, as `git diff-tree --raw` reports it. */
export interface ManifestEntry {
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
  status: 'A' | 'D' | 'M' | 'T';
  /** The path's raw bytes: git paths need not be UTF-8. */
  path: Buffer;
}

export interface Manifest {
  digest: string;
  entries: ManifestEntry[];
}

const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
// ignoreBOM: a path that starts with U+FEFF keeps it (the default would strip it, so "\uFEFFdocs/x" would read as "docs/x").
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped. `text` is
 * the whole output read as latin1 (one char per byte): a caller parsing one output in many
 * calls decodes it once and passes it to each.
 */
export function parseRawDiff(
  output: Buffer,
  offset = 0,
  text = output.toString('latin1'),
): { entries: ManifestEntry[]; end: number } {
  const entries: ManifestEntry[] = [];
  let position = offset;
  while (position < text.length && text.charCodeAt(position) === 0x3a /* ':' */) {
    const metaEnd = text.indexOf('\0', position);
    const pathEnd = metaEnd < 0 ? -1 : text.indexOf('\0', metaEnd + 1);
    if (metaEnd < 0 || pathEnd < 0) throw new Error('truncated raw diff output from git');
    const fields = text.slice(position + 1, metaEnd).split(' ');
    if (fields.length !== 5) throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
    const [oldMode, newMode, oldId, newId, status] = fields as [string, string, string, string, string];
    if (!/^[ADMT]$/.test(status)) throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
    entries.push({
      oldMode,
      newMode,
      oldId,
      newId,
      status: status as ManifestEntry['status'],
      path: output.subarray(metaEnd + 1, pathEnd),
    });
    position = pathEnd + 1;
  }
  return { entries, end: position };
}

/** A regular file's mode (plain or executable): the only kind a record can be. */
export function isRegularFileMode(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}

export function isLedgerEntry(entry: ManifestEntry): boolean {
  return isLedgerPath(entry.path);
}

export function isLedgerPath(path: Buffer): boolean {
  return path.length > LEDGER_PREFIX.length && path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}

/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
export function buildManifest(entries: ManifestEntry[]): Manifest {
  const kept = entries.filter((entry) => !isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
  // One update of the whole text: a path's bytes read as latin1 are those bytes again.
  let text = '';
  for (const entry of kept) {
    text += `${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t${entry.path.toString('latin1')}\n`;
  }
  return { digest: `sha256:${createHash('sha256').update(text, 'latin1').digest('hex')}`, entries: kept };
}

export function pathText(path: Buffer): string {
  try {
    return utf8.decode(path);
  } catch {
    return path.toString('latin1');
  }
}

export function entryToJson(entry: ManifestEntry): ManifestEntryJson {
  const base = {
    oldMode: entry.oldMode,
    newMode: entry.newMode,
    oldId: entry.oldId,
    newId: entry.newId,
    status: entry.status,
  };
  try {
    return { ...base, path: utf8.decode(entry.path) };
  } catch {
    return { ...base, pathBase64: entry.path.toString('base64') };
  }
}

export interface ManifestChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: ManifestEntryJson;
  after?: ManifestEntryJson;
}

/** What differs between two manifests, path by path: explains a digest mismatch. */
export function compareManifests(before: ManifestEntryJson[], after: ManifestEntryJson[]): ManifestChange[] {
  const key = (e: ManifestEntryJson) => e.path ?? `base64:${e.pathBase64}`;
  const beforeByPath = new Map(before.map((e) => [key(e), e]));
  const afterByPath = new Map(after.map((e) => [key(e), e]));
  const changes: ManifestChange[] = [];
  for (const [path, entry] of afterByPath) {
    const old = beforeByPath.get(path);
    if (!old) changes.push({ path, change: 'added', after: entry });
    else if (
      old.newId !== entry.newId ||
      old.newMode !== entry.newMode ||
      old.oldId !== entry.oldId ||
      old.status !== entry.status ||
      old.oldMode !== entry.oldMode
    ) {
      changes.push({ path, change: 'changed', before: old, after: entry });
    }
  }
  for (const [path, entry] of beforeByPath)
    if (!afterByPath.has(path)) changes.push({ path, change: 'removed', before: entry });
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
