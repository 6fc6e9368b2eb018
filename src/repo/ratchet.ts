import { join } from 'node:path';
import { compileForbidPattern, constraintKey, retirementIndex, ruleOf, type RuleKind } from '../core/constraints.js';
import { AoError } from '../core/errors.js';
import { compareRecords } from '../core/ledger.js';
import { parsePolicy, type Policy } from '../core/policy.js';
import {
  POLICY_PATH,
  shortId,
  type Actor,
  type Constraint,
  type LearningRecord,
  type LedgerRecord,
  type PromotionRecord,
  type RecordType,
  type RetirementRecord,
  type VerdictRecord,
} from '../core/record.js';
import type { Git } from '../git/git.js';
import { readAllRecords } from './ledger-view.js';
import { policyAt, worktreePolicy } from './verify.js';
import { appendRecord, recordHeader, writeFileAtomic } from './writer.js';

/**
 * The ratchet's write side: recording a learning, promoting one to a constraint in the
 * policy, retiring a constraint. A promotion or retirement edits `.agents/policy.json` under
 * the ledger lock, together with its record; if the record cannot be written the policy
 * file is put back as it was, so the two never disagree. Callers (`ao learn`, `ao promote`,
 * `ao retire`) check their options and word the result.
 */

/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
export function findRecord<T extends RecordType>(
  records: LedgerRecord[],
  prefix: string,
  type: T,
  role: string,
): Extract<LedgerRecord, { type: T }> {
  const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
  if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
    throw new AoError(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, {
      fix: `copy the ${role}'s id from \`ao log\``,
    });
  }
  const matches = records.filter((r) => r.id.startsWith(wanted));
  if (matches.length === 0)
    throw new AoError(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
  if (matches.length > 1)
    throw new AoError(`${wanted} is ambiguous: ${matches.map((r) => shortId(r.id)).join(', ')}`, {
      fix: 'give more digits',
    });
  const record = matches[0]!;
  if (record.type !== type)
    throw new AoError(`${shortId(record.id)} is a ${record.type} record, not a ${type}`, {
      fix: `name a ${role} (see \`ao log\`)`,
    });
  return record as Extract<LedgerRecord, { type: T }>;
}

/**
 * What a lesson drawn from a verdict is about, when no paths are given: its findings' paths,
 * else the paths it covered; each as a glob matching exactly that path.
 */
export function learningPathsFrom(verdict: VerdictRecord): string[] {
  const findingPaths = verdict.evidence
    .flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : []))
    .filter((p): p is string => !!p);
  const subjectPaths = verdict.subject.entries.map((e) => e.path).filter((p): p is string => !!p);
  return [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
}

/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

export interface Learning {
  text: string;
  paths: string[];
  tags: string[];
  negative: boolean;
  /** The verdict the lesson was drawn from. */
  from?: VerdictRecord;
  author: Actor;
}

/** Records a learning; its file is staged, to land with the next commit. */
export function recordLearning(git: Git, learning: Learning): Promise<{ record: LearningRecord; path: string }> {
  return appendRecord<LearningRecord>(
    git,
    (tip) => ({
      ...recordHeader('learning', tip),
      text: learning.text,
      paths: learning.paths,
      tags: learning.tags,
      negative: learning.negative,
      ...(learning.from ? { from: learning.from.id } : {}),
      author: learning.author,
    }),
    { stage: true },
  );
}

export interface Promotion {
  learning: LearningRecord;
  /** The one rule, e.g. `forbidPattern` with its pattern. */
  kind: RuleKind;
  value: string;
  /** The constraint's id; derived from the learning's text when not given. */
  id?: string;
  /** The paths it binds; the learning's own when not given. */
  paths?: string[];
  author: Actor;
  /** Where the rule was given, for an unusable pattern's message (e.g. the option's name). */
  ruleSource: string;
}

/**
 * Promotes a learning to a constraint: under the ledger lock, the constraint goes into the
 * working tree's policy and the promotion record into the ledger, both staged; if the record
 * cannot be written, the policy file is restored.
 */
export async function promoteLearning(
  git: Git,
  promotion: Promotion,
): Promise<{ record: PromotionRecord; path: string; constraint: Constraint }> {
  const { learning, kind, value } = promotion;
  const paths = promotion.paths ?? learning.paths;
  const note = learning.text.length > 500 ? `${learning.text.slice(0, 499)}…` : learning.text;
  let constraint: Constraint | undefined;
  let restore: (() => void) | undefined;
  const { record, path } = await appendRecord<PromotionRecord>(
    git,
    (tip) => {
      // Under the ledger lock: the policy edit and the record go in together.
      const file = readWorktreePolicy(git);
      const existing = file.policy.constraints ?? [];
      const taken = new Set(existing.map((c) => c.id));
      const id = promotion.id ?? constraintIdFor(learning.text, taken, learning.id);
      if (taken.has(id))
        throw new AoError(`${POLICY_PATH} already has a constraint "${id}"`, {
          fix: 'choose another name with --id NAME',
        });
      const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value } as Constraint);
      const same = existing.find(
        (c) => c.learning === learning.id && ruleOf(c).kind === kind && ruleOf(c).value === value,
      );
      if (same)
        throw new AoError(`learning ${shortId(learning.id)} is already enforced this way by constraint "${same.id}"`, {
          fix: 'nothing to do; see .agents/policy.json',
        });
      if ('forbidPattern' in fresh) compileForbidPattern(fresh, promotion.ruleSource);
      writePolicy(git, renderPolicyWith(file, [...existing, fresh]));
      constraint = fresh;
      restore = () => writePolicy(git, file.text);
      return { ...recordHeader('promotion', tip), learning: learning.id, constraint: fresh, author: promotion.author };
    },
    { stage: true },
  ).catch((error: unknown) => {
    restore?.();
    throw error;
  });
  await git.stage([POLICY_PATH]);
  return { record, path, constraint: constraint! };
}

export interface Retirement {
  record: RetirementRecord;
  path: string;
  /** The constraint as it was known: from the working tree's policy, HEAD's, or its latest promotion. */
  constraint: Constraint;
  /** Whether this took it out of the working tree's policy (else it was out already). */
  tookOut: boolean;
  learning?: LearningRecord;
}

/**
 * Retires a constraint on the record: under the ledger lock, it leaves the working tree's
 * policy (if it is still there) and the retirement record goes into the ledger, both
 * staged; if the record cannot be written, the policy file is restored. A constraint
 * already taken out by hand gets the retirement it lacks.
 */
export async function retireConstraint(
  git: Git,
  retiring: { id: string; why: string; author: Actor },
): Promise<Retirement> {
  const { id, why, author } = retiring;
  const records = await readAllRecords(git);
  const latestPromotion = records
    .filter((r): r is PromotionRecord => r.type === 'promotion' && r.constraint.id === id)
    .at(-1);
  const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
  // Taken out of the file by hand already: the retirement record is what is missing.
  const inHead = (await policyAt(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id);
  const known = inWorktree ?? inHead ?? latestPromotion?.constraint;
  // The back-link names the promotion of exactly this constraint (none for one added by hand).
  const promotion =
    known &&
    records
      .filter(
        (r): r is PromotionRecord => r.type === 'promotion' && constraintKey(r.constraint) === constraintKey(known),
      )
      .at(-1);
  if (!known) {
    const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
    throw new AoError(
      `no constraint "${id}" in ${POLICY_PATH}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`,
      { fix: 'name one of its constraints; see .agents/policy.json' },
    );
  }
  // Still in HEAD's policy: this change takes it out, and needs a retirement of its own.
  if (!inWorktree && !inHead && retirementIndex(records, compareRecords)(id)) {
    throw new AoError(`constraint "${id}" is not in ${POLICY_PATH} and is already retired on record`, {
      fix: 'nothing to do; `ao log` shows the retirement',
    });
  }
  let restore: (() => void) | undefined;
  const { record, path } = await appendRecord<RetirementRecord>(
    git,
    (tip) => {
      // Under the ledger lock: the policy edit and the record go in together.
      const file = readWorktreePolicy(git);
      const existing = file.policy.constraints ?? [];
      if (existing.some((c) => c.id === id)) {
        writePolicy(
          git,
          renderPolicyWith(
            file,
            existing.filter((c) => c.id !== id),
          ),
        );
        restore = () => writePolicy(git, file.text);
      }
      return {
        ...recordHeader('retirement', tip),
        constraint: id,
        learning: known.learning,
        ...(promotion ? { promotion: promotion.id } : {}),
        why,
        author,
      };
    },
    { stage: true },
  ).catch((error: unknown) => {
    restore?.();
    throw error;
  });
  await git.stage([POLICY_PATH]);
  const learning = records.find((r): r is LearningRecord => r.type === 'learning' && r.id === known.learning);
  return { record, path, constraint: known, tookOut: !!inWorktree, ...(learning ? { learning } : {}) };
}

interface PolicyFile {
  text: string;
  json: Record<string, unknown>;
  policy: Policy;
}

function readWorktreePolicy(git: Git): PolicyFile {
  const file = worktreePolicy(git);
  if (!file)
    throw new AoError(`${POLICY_PATH} does not exist in the working tree`, {
      fix: 'run `ao init` and commit the .agents/ directory',
    });
  const text = file.bytes.toString('utf8');
  return { text, json: JSON.parse(text) as Record<string, unknown>, policy: file.policy };
}

function writePolicy(git: Git, text: string): void {
  writeFileAtomic(git, join(git.topLevel, POLICY_PATH), text);
}

/** The policy file with its constraints replaced, in the file's own two-space JSON form. */
function renderPolicyWith(file: PolicyFile, constraints: Constraint[]): string {
  const json = { ...file.json, constraints };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  parsePolicy(Buffer.from(text), 'the working tree (after the edit)');
  return text;
}

/** The order keys take in a constraint written to the policy: id and back-link first, then paths, the rule, the note. */
function orderedConstraint(c: Constraint): Constraint {
  const { kind, value } = ruleOf(c);
  return {
    id: c.id,
    learning: c.learning,
    paths: c.paths,
    [kind]: value,
    ...(c.note ? { note: c.note } : {}),
  } as Constraint;
}

/** A constraint id from the learning's first words, unique among `taken`. */
function constraintIdFor(text: string, taken: Set<string>, learningId: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (`${slug}-${word}`.length > 32) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  if (!slug) slug = `c-${learningId.slice(7, 19)}`;
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}
