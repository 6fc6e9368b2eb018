import { shellQuote } from './shell.js';
import { AoError } from './errors.js';
import type { Fix, VerdictNeed } from './fix.js';
import { hasLinearEngine, LINEAR_ENGINE_V8_FLAG } from './linear-regexp.js';
import {
  POLICY_PATH,
  shortId,
  type Constraint,
  type LearningRecord,
  type LedgerRecord as LedgerRecordLike,
  type RetirementRecord,
  type VerdictRecord,
} from './record.js';
import { oneLine } from './words.js';

/**
 * Constraints: learnings promoted into the policy (`ao promote`). Each names one rule; this
 * module says what each rule demands and whether a change meets it. It is pure: the added
 * lines a forbidPattern needs are read by the repository layer and handed in.
 */

export const RULE_KINDS = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A line a change adds, with its 1-based line number in the new file. */
export interface AddedLine {
  path: string;
  line: number;
  text: string;
}

const MAX_PATTERN_LENGTH = 500;
/**
 * The lines a change adds under forbidPattern constraints are read up to these bounds (the
 * patch's bytes; the lines one change adds); a change above either is refused as not
 * checkable, never judged on part of its lines. Every added line is tested whole: a line's
 * length is no place to hide (the linear-time engine keeps a long line's cost linear).
 */
export const MAX_SCANNED_PATCH_BYTES = 32 * 1024 * 1024;
export const MAX_SCANNED_ADDED_LINES = 1_000_000;

export function ruleOf(constraint: Constraint): { kind: RuleKind; value: string } {
  const c = constraint as Partial<Record<RuleKind, string>>;
  for (const kind of RULE_KINDS) if (typeof c[kind] === 'string') return { kind, value: c[kind]! };
  throw new AoError(`constraint "${constraint.id}" names no rule`, {
    fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${POLICY_PATH}`,
  });
}

export function describeRule(constraint: Constraint): string {
  const { kind, value } = ruleOf(constraint);
  switch (kind) {
    case 'requireEvidence':
      return `requires evidence of kind ${value}`;
    case 'requireCheckerKind':
      return `requires a checker of kind ${value}`;
    case 'forbidPattern':
      return `forbids added lines matching /${value}/`;
    case 'requireCheck':
      return `requires the check \`${value}\` to have been run and passed`;
  }
}

/** The back-link a refusal shows: `learned in sha256:abcd…: "TEXT"`. */
export function learnedIn(constraint: Constraint, learning?: Pick<LearningRecord, 'text'>): string {
  const text = learning?.text ?? constraint.note;
  const shown = text ? `: "${oneLine(text, 160)}"` : '';
  return `learned in ${shortId(constraint.learning)}…${shown}`;
}

/**
 * A pattern's weight above this is refused when it is promoted and when a policy is read:
 * the engine's work per character grows with the weight (`patternWeight`).
 */
export const MAX_PATTERN_WEIGHT = 256;
/**
 * The most work one change may ask of its forbidPattern constraints, in weight-characters:
 * for each constraint, its weight times the characters (plus one per line) the change adds
 * to its paths, summed. About ten seconds of the linear engine at worst on a slow machine;
 * a change above it is refused as not checkable, never judged on part of its lines.
 */
export const MAX_SCAN_WORK = 64 * 1024 * 1024;

const compiledPatterns = new Map<string, { regex: RegExp; weight: number }>();

/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
export function compileForbidPattern(
  constraint: Pick<Constraint, 'id'> & { forbidPattern: string },
  where = POLICY_PATH,
): RegExp {
  return compiledForbidPattern(constraint, where).regex;
}

/** The compiled pattern and its weight; throws an AoError naming the constraint when it cannot be used. */
function compiledForbidPattern(
  constraint: Pick<Constraint, 'id'> & { forbidPattern: string },
  where = POLICY_PATH,
): { regex: RegExp; weight: number } {
  const source = constraint.forbidPattern;
  const cached = compiledPatterns.get(source);
  if (cached) return cached;
  const fail = (why: string) =>
    new AoError(
      `${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`,
      {
        fix: `correct the pattern in ${POLICY_PATH} (JavaScript regular expression syntax, no flags; no backreferences or lookaround; weight at most ${MAX_PATTERN_WEIGHT}), or retire the constraint, saying why (\`ao retire ${shellQuote(constraint.id)}\`)`,
      },
    );
  if (source.length > MAX_PATTERN_LENGTH)
    throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
  try {
    new RegExp(source);
  } catch (error) {
    throw fail((error as Error).message.replace(/^Invalid regular expression: /, ''));
  }
  if (!hasLinearEngine()) {
    throw new AoError(
      `constraint "${constraint.id}" has a forbidPattern, and this Node.js (${process.version}) has no linear-time regular expression engine to run it safely`,
      {
        fix: `run ao on Node.js 20 or 24, through its entry point (which starts V8 with ${LINEAR_ENGINE_V8_FLAG})`,
      },
    );
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'l');
  } catch {
    throw fail(
      'it cannot run in linear time (backreferences, lookaround and counted repetitions above 16 copies are not allowed)',
    );
  }
  const weight = patternWeight(source);
  if (weight > MAX_PATTERN_WEIGHT) {
    throw fail(
      `its weight is ${weight}, above the limit of ${MAX_PATTERN_WEIGHT} (the engine's work per character grows with it: a character class counts its ranges, a repetition its copies, see docs/ratchet.md#forbidpattern-precisely); one .* finds the lines several do, and {n} the lines {n,} does`,
    );
  }
  const compiled = { regex, weight };
  compiledPatterns.set(source, compiled);
  return compiled;
}

/** Ranges each class escape stands for (V8, no flags): the linear engine tests each range. */
const CLASS_ESCAPE_RANGES: Record<string, number> = { d: 1, D: 2, w: 4, W: 5, s: 10, S: 11 };

/**
 * An upper bound, up to a constant, on the linear engine's work per input character for a
 * pattern (which `new RegExp(source)` has accepted): the number of instructions it compiles
 * to, as docs/ratchet.md#forbidpattern-precisely defines it. A literal character or an
 * assertion weighs 1, `.` 4, a class escape its ranges (`\d` 1 … `\S` 11), a bracket class
 * its members (plus 1 when negated); a capturing group adds 1 and each `|` 1; `?` and `*`
 * double what they repeat, `+` quadruples it, `{n}` multiplies it by n, `{n,m}` by 2m and
 * `{n,}` by 2(n+1).
 */
export function patternWeight(source: string): number {
  let i = 0;
  const alternatives = (): number => {
    let weight = sequence();
    while (source[i] === '|') {
      i++;
      weight += 1 + sequence();
    }
    return weight;
  };
  const sequence = (): number => {
    let weight = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') weight += quantified(atom());
    return weight;
  };
  const atom = (): number => {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let capturing = 1;
      if (source[i] === '?') {
        const named = source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!';
        if (named) i = source.indexOf('>', i) + 1;
        else {
          capturing = 0;
          i += source[i + 1] === '<' ? 3 : 2;
        }
      }
      const inner = alternatives();
      if (source[i] === ')') i++;
      return inner + capturing;
    }
    if (ch === '[') return bracketClass();
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i += 2;
      if (next === 'c' && /[A-Za-z]/.test(source[i] ?? '')) i++;
      else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i))) i += 2;
      else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i))) i += 4;
      return CLASS_ESCAPE_RANGES[next] ?? 1;
    }
    i++;
    return ch === '.' ? 4 : 1;
  };
  const bracketClass = (): number => {
    i++; // [
    const negated = source[i] === '^';
    if (negated) i++;
    let members = 0;
    while (i < source.length && source[i] !== ']') {
      if (source[i] === '\\') {
        const next = source[i + 1] ?? '';
        i += 2;
        if (next === 'c' && /[A-Za-z]/.test(source[i] ?? '')) i++;
        else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i))) i += 2;
        else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i))) i += 4;
        members += CLASS_ESCAPE_RANGES[next] ?? 1;
      } else {
        i++;
        members++;
      }
      // a-b is one range: skip the dash and the range's end.
      if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        i += source[i + 1] === '\\' ? 3 : 2;
      }
    }
    i++; // ]
    return Math.max(1, members + (negated ? 1 : 0));
  };
  const quantified = (weight: number): number => {
    let result = weight;
    const ch = source[i];
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (ch === '*' || ch === '?') {
      result = 2 * weight;
      i++;
    } else if (ch === '+') {
      result = 4 * weight;
      i++;
    } else if (counted) {
      const low = Number(counted[1]);
      const high = counted[2] === undefined ? low : counted[3] === '' ? undefined : Number(counted[3]);
      result =
        high === undefined
          ? 2 * (low + 1) * weight
          : high === low
            ? Math.max(1, low) * weight
            : 2 * Math.max(1, high) * weight;
      i += counted[0].length;
    } else return weight;
    if (source[i] === '?') i++; // lazy: the same instructions
    return result;
  };
  let weight = 0;
  while (i < source.length) {
    weight += alternatives();
    if (source[i] === ')') i++; // unbalanced in Annex B syntax: go on
  }
  return Math.max(1, weight);
}

/**
 * The work testing these added lines costs (docs/ratchet.md#forbidpattern-precisely): for
 * each forbidPattern constraint, its pattern's weight times the characters, plus one per
 * line, the lines on its paths hold. Throws like `compiledForbidPattern` for an unusable pattern.
 */
export function scanWork(
  constraints: (Constraint & { forbidPattern: string })[],
  lines: AddedLine[],
  matcher: (globs: string[]) => (path: string) => boolean,
): number {
  let work = 0;
  for (const constraint of constraints) {
    const { weight } = compiledForbidPattern(constraint);
    const matches = matcher(constraint.paths);
    for (const line of lines) if (matches(line.path)) work += (line.text.length + 1) * weight;
  }
  return work;
}

/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
export function forbiddenLines(
  constraint: Constraint & { forbidPattern: string },
  lines: AddedLine[],
  matches: (path: string) => boolean,
): AddedLine[] {
  const regex = compileForbidPattern(constraint);
  return lines.filter((line) => matches(line.path) && regex.test(line.text));
}

/** Whether a verdict meets a verdict-side rule (everything but forbidPattern), and if not, why. */
export function verdictMeets(constraint: Constraint, record: VerdictRecord): boolean {
  const { kind, value } = ruleOf(constraint);
  switch (kind) {
    case 'requireEvidence':
      return record.evidence.some((e) => e.kind === value);
    case 'requireCheckerKind':
      return record.checker.kind === value;
    case 'requireCheck':
      return record.evidence.some(
        (e) =>
          (e.kind === 'test' || e.kind === 'command') &&
          e.command === value &&
          (e.exitCode === undefined || e.exitCode === 0),
      );
    case 'forbidPattern':
      return true;
  }
}

/** What a verdict must carry to meet a verdict-side rule (none for forbidPattern, which no verdict meets). */
export function verdictNeeds(constraint: Constraint): VerdictNeed[] {
  if ('requireEvidence' in constraint) return [{ need: 'evidence', evidence: constraint.requireEvidence }];
  if ('requireCheckerKind' in constraint) return [{ need: 'checker-kind', checkerKind: constraint.requireCheckerKind }];
  if ('requireCheck' in constraint) return [{ need: 'ran', command: constraint.requireCheck }];
  return [];
}

/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
export function validateConstraints(constraints: Constraint[], where: string): void {
  const seen = new Set<string>();
  for (const constraint of constraints) {
    if (seen.has(constraint.id)) {
      throw new AoError(`${POLICY_PATH} at ${where}: two constraints have the id "${constraint.id}"`, {
        fix: `give each constraint in ${POLICY_PATH} its own id`,
      });
    }
    seen.add(constraint.id);
    if ('forbidPattern' in constraint) compileForbidPattern(constraint, `${POLICY_PATH} at ${where}`);
  }
}

/** The rule part of a constraint, for telling whether one was changed in place. */
export function constraintKey(constraint: Constraint): string {
  const { kind, value } = ruleOf(constraint);
  return JSON.stringify([constraint.id, constraint.learning, [...constraint.paths].sort(), kind, value]);
}

/**
 * What the ratchet refuses in a change to the policy: a constraint it takes out (or alters)
 * with no retirement that matches it, or one it adds whose back-link names no learning.
 */
export interface RatchetSlipFound {
  constraint: string;
  learning?: string;
  message: string;
  /** How to put it right, when that is not "retire it, or put it back". */
  fix?: Fix;
}

/** The policy on one side of a change: its constraints, or why it has none. */
export type PolicySide = { constraints: Constraint[] } | { missing: true } | { invalid: string };

/**
 * Whether a constraint id is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. For display (ao context, the report,
 * ao retire's "already retired"); the gate decides with `findRatchetSlips`, which matches
 * each retirement to the very constraint a change takes out.
 */
export function retirementIndex(
  records: Iterable<LedgerRecordLike>,
  compare: (a: LedgerRecordLike, b: LedgerRecordLike) => number,
): (constraintId: string) => boolean {
  const promoted = new Map<string, LedgerRecordLike>();
  const retired = new Map<string, LedgerRecordLike>();
  for (const record of records) {
    const id =
      record.type === 'promotion' ? record.constraint.id : record.type === 'retirement' ? record.constraint : undefined;
    if (id === undefined) continue;
    const map = record.type === 'promotion' ? promoted : retired;
    const current = map.get(id);
    if (!current || compare(current, record) < 0) map.set(id, record);
  }
  return (id) => {
    const retirement = retired.get(id);
    const promotion = promoted.get(id);
    return !!retirement && (!promotion || compare(promotion, retirement) < 0);
  };
}

/** What the ratchet reads besides the two policy sides. */
export interface RatchetInputs {
  /**
   * The retirement records the change itself adds. Only these can take a constraint out:
   * a retirement is spent by the change it lands with, so no later record (a promotion
   * under the same id) can undo a decision, and no old one can excuse a later drop.
   */
  retirements: RetirementRecord[];
  /** A record of the ledger as the change leaves it, by id: every back-link is resolved here. */
  record: (id: string) => LedgerRecordLike | undefined;
  learnings?: (id: string) => Pick<LearningRecord, 'text'> | undefined;
}

/**
 * Why `retirement` does not retire `constraint` (as it stood before the change), or undefined
 * when it does: it names the constraint's id and learning, its learning back-link names a
 * learning record, and its promotion back-link, when it has one, names a promotion record of
 * exactly this constraint (id, learning, paths and rule).
 */
function retirementMismatch(
  retirement: RetirementRecord,
  constraint: Constraint,
  record: (id: string) => LedgerRecordLike | undefined,
): string | undefined {
  const named = `retirement ${shortId(retirement.id)}…`;
  if (retirement.constraint !== constraint.id) return `${named} names constraint "${retirement.constraint}"`;
  if (retirement.learning !== constraint.learning)
    return `${named} names learning ${shortId(retirement.learning)}…, but the constraint was learned in ${shortId(constraint.learning)}…`;
  if (record(retirement.learning)?.type !== 'learning')
    return `${named} links learning ${shortId(retirement.learning)}…, which is no learning record in the ledger`;
  if (retirement.promotion === undefined) return undefined;
  const promotion = record(retirement.promotion);
  if (promotion?.type !== 'promotion')
    return `${named} links promotion ${shortId(retirement.promotion)}…, which is no promotion record in the ledger`;
  if (constraintKey(promotion.constraint) !== constraintKey(constraint)) {
    return `${named} retires the constraint promotion ${shortId(promotion.id)}… made (${describeRule(promotion.constraint)} on ${promotion.constraint.paths.join(', ')}), not the one this change takes out`;
  }
  return undefined;
}

/**
 * The ratchet on one change to the policy. Every constraint on the `before` side must still
 * be on the `after` side, unchanged (changing one in place is taking it out), unless a
 * retirement the change adds matches it (`retirementMismatch`). Every constraint the change
 * adds (or changes) must link a learning record. Pure and monotone: the answer depends on
 * the two sides, the change's own records and the records its back-links name, so records
 * added later can never turn an accepted change into a refused one.
 */
export function findRatchetSlips(before: Constraint[], after: PolicySide, inputs: RatchetInputs): RatchetSlipFound[] {
  const slips: RatchetSlipFound[] = [];
  const afterConstraints = 'constraints' in after ? after.constraints : [];
  const afterByKey = new Set(afterConstraints.map(constraintKey));
  const beforeByKey = new Set(before.map(constraintKey));
  const afterIds = new Set(afterConstraints.map((c) => c.id));
  for (const constraint of before) {
    if (afterByKey.has(constraintKey(constraint))) continue;
    const candidates = inputs.retirements.filter((r) => r.constraint === constraint.id);
    const mismatches = candidates.map((r) => retirementMismatch(r, constraint, inputs.record));
    if (mismatches.some((m) => m === undefined)) continue;
    const learned = learnedIn(constraint, inputs.learnings?.(constraint.learning));
    const how =
      'invalid' in after
        ? `leaves ${POLICY_PATH} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
        : 'missing' in after
          ? `deletes ${POLICY_PATH}, dropping constraint "${constraint.id}" (${learned})`
          : afterIds.has(constraint.id)
            ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
            : `removes constraint "${constraint.id}" (${learned}) from ${POLICY_PATH}`;
    const why =
      candidates.length === 0
        ? 'with no retirement on record in this change'
        : `with no retirement on record that matches it: ${mismatches.join('; ')}`;
    slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} ${why}` });
  }
  for (const constraint of afterConstraints) {
    if (beforeByKey.has(constraintKey(constraint)) || inputs.record(constraint.learning)?.type === 'learning') continue;
    slips.push({
      constraint: constraint.id,
      learning: constraint.learning,
      message: `adds constraint "${constraint.id}" to ${POLICY_PATH} whose learning back-link ${shortId(constraint.learning)}… names no learning record in the ledger`,
      fix: [
        'record the lesson with `',
        { command: 'learn', glob: constraint.paths[0] ?? 'GLOB' },
        '` and add the constraint with `',
        { command: 'promote', constraint: constraint.id },
        '`, which writes the back-link',
      ],
    });
  }
  return slips;
}
