import { shellQuote } from './shell.js';
import { setFlagsFromString } from 'node:v8';
import { AoError } from './errors.js';
import { POLICY_PATH, shortId, type Constraint, type LearningRecord, type LedgerRecord as LedgerRecordLike, type VerdictRecord } from './record.js';

/**
 * Constraints: learnings promoted into the policy (`ao promote`). Each names one rule; this
 * module says what each rule demands and whether a change meets it. It is pure: the added
 * lines a forbidPattern needs are read by the repository layer and handed in.
 */

export type RuleKind = 'requireEvidence' | 'requireCheckerKind' | 'forbidPattern' | 'requireCheck';
export const RULE_KINDS: RuleKind[] = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'];

/** A line a change adds, with its 1-based line number in the new file. */
export interface AddedLine {
  path: string;
  line: number;
  text: string;
}

export const MAX_PATTERN_LENGTH = 500;
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
  throw new AoError(`constraint "${constraint.id}" names no rule`, { fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${POLICY_PATH}` });
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

let linearEngine: boolean | undefined;

/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack, so no pattern can
 * make a check take exponential time. It is enabled once per process; where a future Node
 * lacks it, patterns fall back to the backtracking engine behind a nested-quantifier check.
 */
function hasLinearEngine(): boolean {
  if (linearEngine === undefined) {
    try {
      setFlagsFromString('--enable-experimental-regexp-engine');
      linearEngine = new RegExp('a', 'l').flags.includes('l');
    } catch {
      linearEngine = false;
    }
  }
  return linearEngine;
}

const compiledPatterns = new Map<string, RegExp>();

/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
export function compileForbidPattern(constraint: Pick<Constraint, 'id'> & { forbidPattern: string }, where = POLICY_PATH): RegExp {
  const source = constraint.forbidPattern;
  const cached = compiledPatterns.get(source);
  if (cached) return cached;
  const fail = (why: string) =>
    new AoError(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`, {
      fix: `correct the pattern in ${POLICY_PATH} (JavaScript regular expression syntax, no flags; no backreferences or lookaround), or retire the constraint with \`ao retire ${constraint.id} --why "..."\``,
    });
  if (source.length > MAX_PATTERN_LENGTH) throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (error) {
    throw fail((error as Error).message.replace(/^Invalid regular expression: /, ''));
  }
  if (hasLinearEngine()) {
    try {
      regex = new RegExp(source, 'l');
    } catch {
      throw fail('it cannot run in linear time (backreferences, lookaround and counted repetitions above a few hundred are not allowed)');
    }
  } else if (hasNestedQuantifier(source)) {
    throw fail('a quantified group contains another unbounded quantifier, which can take exponential time');
  }
  compiledPatterns.set(source, regex);
  return regex;
}

/**
 * True when a group that is itself repeated without bound contains an unbounded quantifier,
 * e.g. `(a+)+` or `(x*y)*`: the shape behind catastrophic backtracking.
 */
export function hasNestedQuantifier(source: string): boolean {
  const frames: boolean[] = [false];
  let i = 0;
  const unboundedAt = (at: number): number => {
    // Returns the length of an unbounded quantifier at `at` (*, +, {n,}), or 0.
    const ch = source[at];
    if (ch === '*' || ch === '+') return 1;
    const counted = /^\{\d+,\}/.exec(source.slice(at));
    return counted ? counted[0].length : 0;
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      i += 2;
    } else if (ch === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (ch === '(') {
      frames.push(false);
      i++;
      continue;
    } else if (ch === ')') {
      const inner = frames.length > 1 ? frames.pop()! : false;
      i++;
      const quantifier = unboundedAt(i);
      if (quantifier && inner) return true;
      if (inner || quantifier) frames[frames.length - 1] = true;
      if (quantifier) i += quantifier;
      continue;
    } else {
      i++;
    }
    const quantifier = unboundedAt(i);
    if (quantifier) {
      frames[frames.length - 1] = true;
      i += quantifier;
    }
  }
  return false;
}

/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
export function forbiddenLines(constraint: Constraint & { forbidPattern: string }, lines: AddedLine[], matches: (path: string) => boolean): AddedLine[] {
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
        (e) => (e.kind === 'test' || e.kind === 'command') && e.command === value && (e.exitCode === undefined || e.exitCode === 0),
      );
    case 'forbidPattern':
      return true;
  }
}

/** What to add to `ao verdict` so the verdict meets a verdict-side rule. */
export function verdictRemedy(constraint: Constraint): string {
  const { kind, value } = ruleOf(constraint);
  switch (kind) {
    case 'requireEvidence':
      return value === 'link' ? `--evidence link:https://...` : `--evidence ${value}:'...'`;
    case 'requireCheckerKind':
      return `--checker-kind ${value}`;
    case 'requireCheck':
      return `--ran ${shellQuote(value)}`;
    case 'forbidPattern':
      return '';
  }
}

/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
export function validateConstraints(constraints: Constraint[], where: string): void {
  const seen = new Set<string>();
  for (const constraint of constraints) {
    if (seen.has(constraint.id)) {
      throw new AoError(`${POLICY_PATH} at ${where}: two constraints have the id "${constraint.id}"`, { fix: `give each constraint in ${POLICY_PATH} its own id` });
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


export function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A constraint the change takes out of the policy (or alters) with no retirement on record. */
export interface RatchetSlipFound {
  constraint: string;
  learning?: string;
  message: string;
}

/** The policy on one side of a change: its constraints, or why it has none. */
export type PolicySide = { constraints: Constraint[] } | { missing: true } | { invalid: string };

/**
 * Whether a constraint is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. Built once from the records.
 */
export function retirementIndex(records: Iterable<LedgerRecordLike>, compare: (a: LedgerRecordLike, b: LedgerRecordLike) => number): (constraintId: string) => boolean {
  const promoted = new Map<string, LedgerRecordLike>();
  const retired = new Map<string, LedgerRecordLike>();
  for (const record of records) {
    const id = record.type === 'promotion' ? record.constraint.id : record.type === 'retirement' ? record.constraint : undefined;
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

/**
 * The ratchet: every constraint on the `before` side must still be on the `after` side,
 * unchanged, unless it is retired on record. Changing a constraint in place is a removal.
 */
export function findRatchetSlips(before: Constraint[], after: PolicySide, isRetired: (constraintId: string) => boolean, learnings?: (id: string) => Pick<LearningRecord, 'text'> | undefined): RatchetSlipFound[] {
  const slips: RatchetSlipFound[] = [];
  const afterByKey = new Set('constraints' in after ? after.constraints.map(constraintKey) : []);
  const afterIds = new Set('constraints' in after ? after.constraints.map((c) => c.id) : []);
  for (const constraint of before) {
    if (afterByKey.has(constraintKey(constraint)) || isRetired(constraint.id)) continue;
    const learned = learnedIn(constraint, learnings?.(constraint.learning));
    const how =
      'invalid' in after
        ? `leaves ${POLICY_PATH} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
        : 'missing' in after
          ? `deletes ${POLICY_PATH}, dropping constraint "${constraint.id}" (${learned})`
          : afterIds.has(constraint.id)
            ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
            : `removes constraint "${constraint.id}" (${learned}) from ${POLICY_PATH}`;
    slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} with no retirement on record` });
  }
  return slips;
}
