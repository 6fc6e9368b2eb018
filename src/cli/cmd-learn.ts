import { describeRule, learnedIn, type RuleKind } from '../core/constraints.js';
import { oneLine } from '../core/words.js';
import { AoError } from '../core/errors.js';
import { EVIDENCE_KINDS, isOneOf, POLICY_PATH, shortId } from '../core/record.js';
import { shellQuote } from '../core/shell.js';
import { readAllRecords } from '../repo/ledger-view.js';
import { findRecord, learningPathsFrom, promoteLearning, recordLearning, retireConstraint } from '../repo/ratchet.js';
import { openRepo, type Cli } from './context.js';
import { actorFrom, BY_OPTIONS, checkGlobs, expandMultiValue, parse, parseActorKind } from './flags.js';
import { HELP } from './help.js';

/**
 * `ao learn`, `ao promote`, `ao retire`: the ratchet's commands. They check their options
 * and say what happened; the records and the policy edits are repo/ratchet.ts's.
 */

const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;

export async function cmdLearn(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('learn', expandMultiValue(args, ['--paths', '--tag']), {
    paths: { type: 'string', multiple: true },
    tag: { type: 'string', multiple: true },
    from: { type: 'string' },
    negative: { type: 'boolean' },
    ...BY_OPTIONS,
  });
  if (values.help) return (cli.out(HELP.learn!), 0);
  const text = positionals.join(' ').trim();
  if (!text) {
    throw new AoError('ao learn needs the lesson as TEXT', {
      fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)`,
    });
  }
  if (text.length > 4000)
    throw new AoError(`the lesson is ${text.length} characters; the limit is 4000`, {
      fix: 'say it shorter, and link to the details',
    });
  const tags = [...new Set(values.tag ?? [])];
  for (const tag of tags) {
    if (!TAG_PATTERN.test(tag))
      throw new AoError(
        `--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`,
        { fix: '--tag security --tag logging' },
      );
  }
  if (tags.length > 20)
    throw new AoError(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
  let paths: string[];
  if (values.paths?.length) paths = checkGlobs(values.paths, '--paths');
  else if (from) {
    // Default to what the verdict was about.
    paths = learningPathsFrom(from);
    if (paths.length === 0 || paths.length > 100)
      throw new AoError(`cannot take the paths from verdict ${shortId(from.id)} (${paths.length} paths)`, {
        fix: `name them: --paths 'src/**'`,
      });
  } else
    throw new AoError('ao learn needs --paths: the globs the lesson is about', {
      fix: `ao learn "${oneLine(text, 40)}" --paths 'src/auth/**'`,
    });
  const author = await actorFrom(cli, git, values);

  const { record, path } = await recordLearning(git, {
    text,
    paths,
    tags,
    negative: values.negative ?? false,
    ...(from ? { from } : {}),
    author,
  });
  cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
  cli.err(
    `recorded learning ${shortId(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${shortId(from.id)})` : ''}\n` +
      `  ${path} is staged: it lands with the next commit\n` +
      `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${shortId(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`,
  );
  return 0;
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
  if (values.help) return (cli.out(HELP.promote!), 0);
  const [prefix] = positionals;
  if (!prefix || positionals.length !== 1)
    throw new AoError('ao promote needs one learning id', {
      fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)',
    });
  const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag as keyof typeof values] !== undefined);
  if (given.length !== 1) {
    throw new AoError(
      given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`,
      {
        fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
      },
    );
  }
  const flag = given[0]!;
  const kind = RULE_FLAGS[flag]!;
  const value = values[flag as keyof typeof values] as string;
  if (kind === 'requireEvidence' && !isOneOf(EVIDENCE_KINDS, value)) {
    throw new AoError(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, {
      fix: '--require-evidence test',
    });
  }
  if (kind === 'requireCheckerKind') parseActorKind(value, '--require-checker-kind');
  if (kind === 'requireCheck' && value.trim() === '')
    throw new AoError('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
  if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
    throw new AoError(
      `--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`,
      { fix: '--id no-console-log' },
    );
  }

  const git = await openRepo(cli);
  const records = await readAllRecords(git);
  const learning = findRecord(records, prefix, 'learning', 'learning');
  const author = await actorFrom(cli, git, values);
  const paths = values.paths?.length ? checkGlobs(values.paths, '--paths') : undefined;
  const {
    record,
    path,
    constraint: made,
  } = await promoteLearning(git, {
    learning,
    kind,
    value,
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(paths ? { paths } : {}),
    author,
    ruleSource: '--forbid-pattern',
  });
  if (values.json) cli.out(JSON.stringify(record, null, 2));
  else cli.out(record.id);
  cli.err(
    [
      `promoted learning ${shortId(learning.id)} to constraint "${made.id}" in ${POLICY_PATH}: on ${made.paths.join(', ')}, ${describeRule(made)}`,
      `  ${POLICY_PATH} and ${path} are staged`,
      `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${shellQuote(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`,
      `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'),
  );
  return 0;
}

export async function cmdRetire(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('retire', args, { why: { type: 'string' }, ...BY_OPTIONS });
  if (values.help) return (cli.out(HELP.retire!), 0);
  const [id] = positionals;
  if (!id || positionals.length !== 1)
    throw new AoError('ao retire needs one constraint id', {
      fix: `ao retire no-console-log --why "the logger now redacts secrets"`,
    });
  const why = values.why?.trim();
  if (!why)
    throw new AoError('ao retire needs --why: the ratchet only slips back on the record', {
      fix: `ao retire ${shellQuote(id)} --why "what changed, so this no longer holds"`,
    });
  if (why.length > 4000)
    throw new AoError(`--why is ${why.length} characters; the limit is 4000`, {
      fix: 'say it shorter, and link to the details',
    });
  const git = await openRepo(cli);
  const author = await actorFrom(cli, git, values);
  const {
    record,
    path,
    constraint: known,
    tookOut: inWorktree,
    learning,
  } = await retireConstraint(git, { id, why, author });
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
