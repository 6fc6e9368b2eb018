import type { AddedLine } from '../core/constraints.js';
import { AoError } from '../core/errors.js';
import { parseRawDiff, type ManifestEntry } from '../core/manifest.js';

/** Parsers of git's output: commit lists and logs, tree objects, raw diffs, patches, merge-tree results. */

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  subject: string;
}

/** `git log -z --format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s`: one commit a NUL-ended record. */
export function parseCommitList(text: string): CommitInfo[] {
  return text
    .split('\0')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [sha = '', tree = '', parents = '', authorName = '', authorEmail = '', subject = ''] = line
        .replace(/^\n/, '')
        .split('\x1f');
      return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
    });
}

/**
 * `git log -z --raw --format=%x1e<header>`: each commit's header (up to its NUL, read as
 * UTF-8) and the raw diff entries that follow it.
 */
export function parseRawLog(out: Buffer): { header: string; entries: ManifestEntry[] }[] {
  const commits: { header: string; entries: ManifestEntry[] }[] = [];
  const text = out.toString('latin1');
  let position = 0;
  while (position < out.length && out[position] === 0x1e) {
    const headerEnd = out.indexOf(0, position);
    if (headerEnd < 0) break;
    const header = out.toString('utf8', position + 1, headerEnd);
    position = headerEnd + 1;
    if (out[position] === 0x0a) position++;
    const parsed = parseRawDiff(out, position, text);
    commits.push({ header, entries: parsed.entries });
    position = parsed.end;
    while (position < out.length && (out[position] === 0x0a || out[position] === 0)) position++;
  }
  return commits;
}

/** One entry of a tree object as stored: its mode, its name's raw bytes, and the id it points to. */
export interface RawTreeEntry {
  mode: string;
  name: Buffer;
  id: string;
}

/** The entries of a raw tree object: "<mode> <name>\0<id bytes>" repeated. */
export function parseTreeObject(bytes: Buffer, idBytes: number): RawTreeEntry[] {
  const entries: RawTreeEntry[] = [];
  let position = 0;
  while (position < bytes.length) {
    const space = bytes.indexOf(0x20, position);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > bytes.length)
      throw new AoError('git returned a tree object that cannot be parsed', {
        fix: 'check the repository with `git fsck`',
      });
    entries.push({
      mode: bytes.toString('latin1', position, space).padStart(6, '0'),
      name: bytes.subarray(space + 1, nul),
      id: bytes.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    position = nul + 1 + idBytes;
  }
  return entries;
}

/**
 * The added lines of a unified diff (`git diff -p`), with their paths and new line numbers.
 * With `items`, the output of `diff-tree --stdin -p` is split into one list per item, by the
 * header git prints before each: the whole line for a tree pair, the first token for
 * commits (patch lines never consist of hex digits alone, and hunk bodies are skipped by
 * their counts); `headers` counts the headers seen. An item adding more than `maxLines`
 * lines gets undefined. One pass, line by line: a huge patch is never split into an array.
 */
export function scanAddedLines(
  patch: string,
  items?: string[],
  maxLines = Infinity,
): { sections: (AddedLine[] | undefined)[]; headers: number } {
  const sections: (AddedLine[] | undefined)[] = (items ?? ['']).map(() => []);
  const isHeader = (line: string, item: string | undefined) =>
    item !== undefined && (line === item || line === item.split(' ')[0]);
  let current = items ? -1 : 0;
  let path: string | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let lineNo = 0;
  for (let start = 0; start < patch.length; ) {
    const newline = patch.indexOf('\n', start);
    const end = newline < 0 ? patch.length : newline;
    const line = patch.slice(start, end);
    start = end + 1;
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) {
        const added = sections[current];
        if (added && path !== undefined) {
          if (added.length >= maxLines) sections[current] = undefined;
          else added.push({ path, line: lineNo, text: line.slice(1) });
        }
        lineNo++;
        newLeft--;
      } else if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith(' ')) {
        lineNo++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    if (items && isHeader(line, items[current + 1])) {
      current++;
      path = undefined;
    } else if (line.startsWith('diff --git ')) path = undefined;
    else if (line.startsWith('+++ ')) path = parseDiffPath(line.slice(4));
    else {
      const hunk = HUNK.exec(line);
      if (hunk) {
        oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
        newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
        lineNo = Number(hunk[3]);
      }
    }
  }
  return { sections, headers: items ? current + 1 : 1 };
}

/**
 * Splits `diff-tree --stdin -p` output into one section per item, using the header git
 * prints before each: the whole line for a tree pair, the first token for commits. Patch
 * lines never consist of hex digits alone, and hunk bodies are skipped by their counts.
 */
export function splitBatchOutput(text: string, items: string[]): string[] {
  const lines = text.split('\n');
  const sections: string[][] = items.map(() => []);
  const isHeader = (line: string, item: string | undefined) =>
    item !== undefined && (line === item || line === item.split(' ')[0]);
  let current = -1;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of lines) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) newLeft--;
      else if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith(' ')) {
        oldLeft--;
        newLeft--;
      }
      sections[current]?.push(line);
      continue;
    }
    if (isHeader(line, items[current + 1])) {
      current++;
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
    }
    sections[current]?.push(line);
  }
  return sections.map((s) => s.join('\n'));
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** A path from a `+++ b/PATH` line: C-quoted when unusual, tab-terminated when it has spaces. */
function parseDiffPath(field: string): string | undefined {
  if (field === '/dev/null') return undefined;
  let text = field;
  if (text.startsWith('"')) {
    const bytes: number[] = [];
    const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
    for (let i = 1; i < text.length && text[i] !== '"'; i++) {
      const ch = text[i]!;
      if (ch !== '\\') {
        bytes.push(...Buffer.from(ch, 'utf8'));
        continue;
      }
      const next = text[++i]!;
      if (/[0-7]/.test(next)) {
        bytes.push(parseInt(text.slice(i, i + 3), 8));
        i += 2;
      } else bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
    text = Buffer.from(bytes).toString('utf8');
  } else if (text.endsWith('\t')) text = text.slice(0, -1);
  return text.startsWith('b/') ? text.slice(2) : text;
}

/** What `git merge-tree --write-tree --name-only` says of one merge. */
export interface RecomputedMerge {
  tree: string;
  clean: boolean;
  /** The paths it lists as conflicted (raw bytes, each once, in git's order: sorted by path). */
  conflicts: Buffer[];
}

export function parseMergeTreeStdin(out: Buffer, count: number): RecomputedMerge[] {
  // Each result (git-merge-tree(1), --stdin implies -z; no messages):
  // "<status>\0<tree>\0[<conflicted path>\0...]\0", status 1 for clean, 0 for conflicts.
  const tokens = splitNul(out);
  const results: RecomputedMerge[] = [];
  let i = 0;
  while (results.length < count && i < tokens.length) {
    const status = tokens[i++]!.toString('latin1');
    const tree = tokens[i++]?.toString('latin1') ?? '';
    const conflicts: Buffer[] = [];
    // A path is never empty: the empty token is the block's closing NUL.
    while (i < tokens.length && tokens[i]!.length > 0) conflicts.push(tokens[i++]!);
    i++;
    results.push({ tree, clean: status === '1', conflicts: uniquePaths(conflicts) });
  }
  if (results.length < count) {
    throw new AoError(`git merge-tree --stdin answered ${results.length} of ${count} merges`, {
      fix: 'check the repository with `git fsck`, then run the command again',
    });
  }
  return results;
}

/** The output of one `git merge-tree --write-tree -z --name-only` (no --stdin): "TREE\0" then each conflicted path and a NUL. */
export function parseMergeTree(out: Buffer, clean: boolean): RecomputedMerge {
  const [tree = '', ...paths] = splitNul(out);
  return { tree: tree.toString('latin1'), clean, conflicts: uniquePaths(paths.filter((p) => p.length > 0)) };
}

/** The NUL-separated tokens of `out` (a trailing NUL ends the last token; it opens no new one). */
function splitNul(out: Buffer): Buffer[] {
  const tokens: Buffer[] = [];
  let start = 0;
  while (start < out.length) {
    const nul = out.indexOf(0, start);
    const end = nul < 0 ? out.length : nul;
    tokens.push(out.subarray(start, end));
    start = end + 1;
  }
  return tokens;
}

function uniquePaths(paths: Buffer[]): Buffer[] {
  return paths.filter((path, i) => i === 0 || !path.equals(paths[i - 1]!));
}

/** The output of `diff-tree --stdin -z --raw`, keyed by each item's header. */
export function parseDiffBatch(out: Buffer): Map<string, ManifestEntry[]> {
  const diffs = new Map<string, ManifestEntry[]>();
  const text = out.toString('latin1');
  let position = 0;
  while (position < out.length) {
    // A commit's header ends in NUL; a tree pair's header ends in a newline.
    const nul = out.indexOf(0, position);
    const newline = out.indexOf(0x0a, position);
    const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
    if (headerEnd < 0) break;
    const header = out.toString('latin1', position, headerEnd);
    const parsed = parseRawDiff(out, headerEnd + 1, text);
    diffs.set(header, parsed.entries);
    position = parsed.end;
  }
  return diffs;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Text(path: Buffer): string | undefined {
  try {
    return strictUtf8.decode(path);
  } catch {
    return undefined;
  }
}
