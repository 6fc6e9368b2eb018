import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { constraintViolations, type Policy } from '../core/policy.js';
import { parseRecordPath } from '../core/record.js';
import { listWorktreeLedger } from '../repo/ledger-view.js';
import { protectedHit, resolveExisting } from './protected.js';
import type { Refusal } from './guard-shell.js';

/**
 * The guard an agent's file writes pass before they land: only `ao` writes the ledger, the
 * policy and the trusted keys (and nobody's agent rewrites the hooks or the guards'
 * settings); and a write whose new lines break a promoted constraint (a `forbidPattern`
 * in the policy at HEAD) is refused at the source, quoting the learning it came from,
 * instead of at commit time.
 */

export interface FileWrite {
  /** The path as the tool gave it: absolute, or relative to `cwd`. */
  path: string;
  /** The whole new content (a Write), when the tool gives it. */
  content?: string;
  /** Replacements (an Edit): the new content is the current one with these applied. */
  edits?: { oldText: string; newText: string; replaceAll?: boolean }[];
}

export function guardWriteTarget(write: FileWrite, cwd: string, top: string): Refusal | undefined {
  const hit = protectedHit(write.path, cwd, top, { ancestors: false });
  if (!hit) return undefined;
  return { reason: `${hit.path} is protected: ${hit.why}`, instead: hit.instead, command: `write ${write.path}` };
}

/**
 * The lines a write adds to its file: lines of the new content that the current file does
 * not have (as many times as they are new). An edit adds the lines of its replacement text.
 */
function addedLinesOf(write: FileWrite, current: string | undefined): { line: number; text: string }[] {
  let next: string;
  if (write.content !== undefined) next = write.content;
  else if (write.edits) {
    next = current ?? '';
    for (const edit of write.edits) {
      next = edit.replaceAll
        ? next.split(edit.oldText).join(edit.newText)
        : next.replace(edit.oldText, () => edit.newText);
    }
  } else return [];
  const before = new Map<string, number>();
  for (const line of (current ?? '').split('\n')) before.set(line, (before.get(line) ?? 0) + 1);
  const added: { line: number; text: string }[] = [];
  next.split('\n').forEach((text, index) => {
    const left = before.get(text) ?? 0;
    if (left > 0) before.set(text, left - 1);
    else added.push({ line: index + 1, text });
  });
  return added;
}

/** The repository-relative path of a write, or undefined outside the repository. */
function repoPathOf(path: string, cwd: string, top: string): string | undefined {
  const absolute = resolveExisting(isAbsolute(path) ? path : resolve(cwd, path));
  for (const base of [top, resolveExisting(top)]) {
    const rel = relative(base, absolute);
    if (!rel.startsWith('..') && !isAbsolute(rel) && rel !== '') return rel.split(sep).join('/');
  }
  return undefined;
}

/** Refusals for a write that breaks a promoted forbidPattern constraint of `policy`. */
export function guardWriteConstraints(
  write: FileWrite,
  policy: Policy | undefined,
  cwd: string,
  top: string,
): Refusal[] {
  if (!policy?.constraints?.some((c) => 'forbidPattern' in c)) return [];
  const rel = repoPathOf(write.path, cwd, top);
  if (!rel) return [];
  let current: string | undefined;
  try {
    current = readFileSync(resolve(cwd, write.path), 'utf8');
  } catch {
    current = undefined;
  }
  const added = addedLinesOf(write, current).map((line) => ({ path: rel, ...line }));
  if (added.length === 0) return [];
  const learnings = learningTexts(top);
  return constraintViolations(policy, [rel], added, (id) => learnings(id)).map((violation) => ({
    reason: violation.message,
    instead: `write it without lines matching /${'forbidPattern' in violation.constraint ? violation.constraint.forbidPattern : ''}/ in ${rel}: the commit would be refused for it anyway`,
    command: `write ${write.path}`,
  }));
}

/** Reads a learning's text from the working tree's ledger, for quoting. */
function learningTexts(top: string): (id: string) => { text: string } | undefined {
  let byId: Map<string, string> | undefined;
  return (id) => {
    if (!byId) {
      byId = new Map();
      for (const path of listWorktreeLedger(top)) {
        const parts = parseRecordPath(path);
        if (parts) byId.set(parts.id, path);
      }
    }
    const path = byId.get(id);
    if (!path) return undefined;
    try {
      const record = JSON.parse(readFileSync(resolve(top, path), 'utf8')) as { type?: string; text?: unknown };
      return record.type === 'learning' && typeof record.text === 'string' ? { text: record.text } : undefined;
    } catch {
      return undefined;
    }
  };
}
