import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForbidPattern, constraintKey, describeRule, learnedIn, oneLine, retirementIndex, ruleOf, type RuleKind } from '../core/constraints.js';
import { shellQuote } from '../core/shell.js';
import { AoError } from '../core/errors.js';
import { compareRecords } from '../core/ledger.js';
import { parsePolicy, type Policy } from '../core/policy.js';
import {
  POLICY_PATH,
  RECORD_SCHEMA,
  shortId,
  type Actor,
  type Constraint,
  type LearningRecord,
  type LedgerRecord,
  type PromotionRecord,
  type RecordType,
  type RetirementRecord,
} from '../core/record.js';
import type { Git } from '../git/git.js';
import { LedgerView } from '../repo/ledger-view.js';
import { policyAt } from '../repo/verify.js';
import { appendRecord, writeFileAtomic } from '../repo/writer.js';
import { parse } from './args.js';
import { parseActorKind } from './cmd-verdict.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

/** Every record of the working tree's ledger, in ledger order. */
export async function readAllRecords(git: Git): Promise<LedgerRecord[]> {
  const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
  return (await view.allRecords()).sort(compareRecords);
}

/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
export function findRecord<T extends RecordType>(records: LedgerRecord[], prefix: string, type: T, role: string): Extract<LedgerRecord, { type: T }> {
  const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
  if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
    throw new AoError(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: `copy the ${role}'s id from \`ao log\`` });
  }
  const matches = records.filter((r) => r.id.startsWith(wanted));
  if (matches.length === 0) throw new AoError(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
  if (matches.length > 1) throw new AoError(`${wanted} is ambiguous: ${matches.map((r) => shortId(r.id)).join(', ')}`, { fix: 'give more digits' });
  const record = matches[0]!;
  if (record.type !== type) throw new AoError(`${shortId(record.id)} is a ${record.type} record, not a ${type}`, { fix: `name a ${role} (see \`ao log\`)` });
  return record as Extract<LedgerRecord, { type: T }>;
}

/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
export function expandMultiValue(args: string[], flags: string[]): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const arg of args) {
    if (arg.startsWith('-') && arg !== '-') {
      const flag = arg.split('=')[0]!;
      current = flags.includes(flag) ? flag : undefined;
      out.push(arg);
      continue;
    }
    if (current && out.at(-1) !== current) out.push(current);
    out.push(arg);
  }
  return out;
}

const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;

function checkGlobs(globs: string[], flag: string): string[] {
  const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
  for (const glob of cleaned) {
    if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
      throw new AoError(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
    }
  }
  if (cleaned.length > 100) throw new AoError(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
  return [...new Set(cleaned)];
}

/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli: Cli, git: Git, values: { by?: string; 'by-kind'?: string }): Promise<Actor> {
  const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
  if (!id) throw new AoError('cannot tell who is recording this', { fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`' });
  return { id, kind: parseActorKind(values['by-kind'], '--by-kind') };
}

const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } } as const;

/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

export async function cmdLearn(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('learn', expandMultiValue(args, ['--paths', '--tag']), {
    paths: { type: 'string', multiple: true },
    tag: { type: 'string', multiple: true },
    from: { type: 'string' },
    negative: { type: 'boolean' },
    ...BY_OPTIONS,
  });
  if (values.help) return cli.out(HELP.learn!), 0;
  const text = positionals.join(' ').trim();
  if (!text) {
    throw new AoError('ao learn needs the lesson as TEXT', { fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)` });
  }
  if (text.length > 4000) throw new AoError(`the lesson is ${text.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
  const tags = [...new Set(values.tag ?? [])];
  for (const tag of tags) {
    if (!TAG_PATTERN.test(tag)) throw new AoError(`--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`, { fix: '--tag security --tag logging' });
  }
  if (tags.length > 20) throw new AoError(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
  let paths: string[];
  if (values.paths?.length) paths = checkGlobs(values.paths, '--paths');
  else if (from) {
    // Default to what the verdict was about: its findings' paths, else the paths it covered.
    const findingPaths = from.evidence.flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : [])).filter((p): p is string => !!p);
    const subjectPaths = from.subject.entries.map((e) => e.path).filter((p): p is string => !!p);
    paths = [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
    if (paths.length === 0 || paths.length > 100) throw new AoError(`cannot take the paths from verdict ${shortId(from.id)} (${paths.length} paths)`, { fix: `name them: --paths 'src/**'` });
  } else throw new AoError('ao learn needs --paths: the globs the lesson is about', { fix: `ao learn "${oneLine(text, 40)}" --paths 'src/auth/**'` });
  const author = await actorFrom(cli, git, values);

  const { record, path } = await appendRecord<LearningRecord>(
    git,
    (tip) => ({
      schema: RECORD_SCHEMA,
      type: 'learning',
      seq: tip.nextSeq,
      prev: tip.heads,
      createdAt: new Date().toISOString(),
      ledger: tip.genesisId,
      text,
      paths,
      tags,
      negative: values.negative ?? false,
      ...(from ? { from: from.id } : {}),
      author,
    }),
    { stage: true },
  );
  cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
  cli.err(
    `recorded learning ${shortId(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${shortId(from.id)})` : ''}\n` +
      `  ${path} is staged: it lands with the next commit\n` +
      `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${shortId(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`,
  );
  return 0;
}

interface PolicyFile {
  text: string;
  json: Record<string, unknown>;
  policy: Policy;
}

function readWorktreePolicy(git: Git): PolicyFile {
  const file = join(git.topLevel, POLICY_PATH);
  if (!existsSync(file)) throw new AoError(`${POLICY_PATH} does not exist in the working tree`, { fix: 'run `ao init` and commit the .agents/ directory' });
  const bytes = readFileSync(file);
  const policy = parsePolicy(bytes, 'the working tree');
  return { text: bytes.toString('utf8'), json: JSON.parse(bytes.toString('utf8')) as Record<string, unknown>, policy };
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
  return { id: c.id, learning: c.learning, paths: c.paths, [kind]: value, ...(c.note ? { note: c.note } : {}) } as Constraint;
}

export function constraintIdFor(text: string, taken: Set<string>, learningId: string): string {
  const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
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

const RULE_FLAGS: Record<string, RuleKind> = {
  'require-evidence': 'requireEvidence',
  'require-checker-kind': 'requireCheckerKind',
  'forbid-pattern': 'forbidPattern',
  'require-check': 'requireCheck',
};

export async function cmdPromote(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('promote', expandMultiValue(args, ['--paths']), {
    'require-evidence': { type: 'string' },
    'require-checker-kind': { type: 'string' },
    'forbid-pattern': { type: 'string' },
    'require-check': { type: 'string' },
    id: { type: 'string' },
    paths: { type: 'string', multiple: true },
    ...BY_OPTIONS,
  });
  if (values.help) return cli.out(HELP.promote!), 0;
  const [prefix] = positionals;
  if (!prefix || positionals.length !== 1) throw new AoError('ao promote needs one learning id', { fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)' });
  const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag as keyof typeof values] !== undefined);
  if (given.length !== 1) {
    throw new AoError(given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`, {
      fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
    });
  }
  const flag = given[0]!;
  const kind = RULE_FLAGS[flag]!;
  const value = values[flag as keyof typeof values] as string;
  if (kind === 'requireEvidence' && !['test', 'command', 'review', 'link'].includes(value)) {
    throw new AoError(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, { fix: '--require-evidence test' });
  }
  if (kind === 'requireCheckerKind') parseActorKind(value, '--require-checker-kind');
  if (kind === 'requireCheck' && value.trim() === '') throw new AoError('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
    throw new AoError(`--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`, { fix: '--id no-console-log' });
  }

  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const learning = findRecord(records, prefix, 'learning', 'learning');
  const author = await actorFrom(cli, git, values);
  const paths = values.paths?.length ? checkGlobs(values.paths, '--paths') : learning.paths;
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
      const id = values.id ?? constraintIdFor(learning.text, taken, learning.id);
      if (taken.has(id)) throw new AoError(`${POLICY_PATH} already has a constraint "${id}"`, { fix: 'choose another name with --id NAME' });
      const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value } as Constraint);
      const same = existing.find((c) => c.learning === learning.id && ruleOf(c).kind === kind && ruleOf(c).value === value);
      if (same) throw new AoError(`learning ${shortId(learning.id)} is already enforced this way by constraint "${same.id}"`, { fix: 'nothing to do; see .agents/policy.json' });
      if ('forbidPattern' in fresh) compileForbidPattern(fresh, '--forbid-pattern');
      const text = renderPolicyWith(file, [...existing, fresh]);
      writeFileAtomic(git, join(git.topLevel, POLICY_PATH), text);
      constraint = fresh;
      restore = () => writeFileAtomic(git, join(git.topLevel, POLICY_PATH), file.text);
      return { schema: RECORD_SCHEMA, type: 'promotion', seq: tip.nextSeq, prev: tip.heads, createdAt: new Date().toISOString(), ledger: tip.genesisId, learning: learning.id, constraint: fresh, author };
    },
    { stage: true },
  ).catch((error: unknown) => {
    restore?.();
    throw error;
  });
  await git.stage([POLICY_PATH]);
  const made = constraint!;
  if (values.json) cli.out(JSON.stringify(record, null, 2));
  else cli.out(record.id);
  cli.err(
    [
      `promoted learning ${shortId(learning.id)} to constraint "${made.id}" in ${POLICY_PATH}: on ${made.paths.join(', ')}, ${describeRule(made)}`,
      `  ${POLICY_PATH} and ${path} are staged`,
      `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${cli.env.AO_CHECKER ?? 'CHECKER-ID'}`,
      `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'),
  );
  return 0;
}

export async function cmdRetire(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('retire', args, { why: { type: 'string' }, ...BY_OPTIONS });
  if (values.help) return cli.out(HELP.retire!), 0;
  const [id] = positionals;
  if (!id || positionals.length !== 1) throw new AoError('ao retire needs one constraint id', { fix: `ao retire no-console-log --why "the logger now redacts secrets"` });
  const why = values.why?.trim();
  if (!why) throw new AoError('ao retire needs --why: the ratchet only slips back on the record', { fix: `ao retire ${id} --why "what changed, so this no longer holds"` });
  if (why.length > 4000) throw new AoError(`--why is ${why.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const author = await actorFrom(cli, git, values);
  const latestPromotion = records.filter((r): r is PromotionRecord => r.type === 'promotion' && r.constraint.id === id).at(-1);
  const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
  // Taken out of the file by hand already: the retirement record is what is missing.
  const inHead = (await policyAt(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id);
  const known = inWorktree ?? inHead ?? latestPromotion?.constraint;
  // The back-link names the promotion of exactly this constraint (none for one added by hand).
  const promotion = known && records.filter((r): r is PromotionRecord => r.type === 'promotion' && constraintKey(r.constraint) === constraintKey(known)).at(-1);
  if (!known) {
    const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
    throw new AoError(`no constraint "${id}" in ${POLICY_PATH}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
  }
  // Still in HEAD's policy: this change takes it out, and needs a retirement of its own.
  if (!inWorktree && !inHead && retirementIndex(records, compareRecords)(id)) {
    throw new AoError(`constraint "${id}" is not in ${POLICY_PATH} and is already retired on record`, { fix: 'nothing to do; `ao log` shows the retirement' });
  }
  let restore: (() => void) | undefined;
  const { record, path } = await appendRecord<RetirementRecord>(
    git,
    (tip) => {
      // Under the ledger lock: the policy edit and the record go in together.
      const file = readWorktreePolicy(git);
      const existing = file.policy.constraints ?? [];
      if (existing.some((c) => c.id === id)) {
        writeFileAtomic(git, join(git.topLevel, POLICY_PATH), renderPolicyWith(file, existing.filter((c) => c.id !== id)));
        restore = () => writeFileAtomic(git, join(git.topLevel, POLICY_PATH), file.text);
      }
      return {
        schema: RECORD_SCHEMA,
        type: 'retirement',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
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
  if (values.json) cli.out(JSON.stringify(record, null, 2));
  else cli.out(record.id);
  cli.err(
    [
      `retired constraint "${id}" (${learnedIn(known, learning)})${inWorktree ? ` and took it out of ${POLICY_PATH}` : `; it was already out of ${POLICY_PATH}`}`,
      `  why: ${oneLine(why, 200)}`,
      `  ${inWorktree ? `${POLICY_PATH} and ` : ''}${path} ${inWorktree ? 'are' : 'is'} staged`,
      inWorktree
        ? `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${shellQuote(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`
        : `  commit it with the change that removed the constraint`,
      `  the learning stays in the ledger: \`ao context\` still shows it`,
    ].join('\n'),
  );
  return 0;
}
