import { AoError } from '../core/errors.js';
import { manifestPaths } from '../core/coverage.js';
import { buildManifest } from '../core/manifest.js';
import type { Git } from '../git/git.js';
import type { SubjectScope } from '../repo/subjects.js';
import { changesOfCommits, stagedChange } from '../repo/changes.js';
import { compileContext } from '../repo/context.js';
import { parse } from './args.js';
import { expandMultiValue } from './cmd-learn.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

export async function cmdContext(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'context',
    expandMultiValue(args, ['--paths']),
    { staged: { type: 'boolean' }, commit: { type: 'string' }, paths: { type: 'string', multiple: true }, budget: { type: 'string' }, format: { type: 'string' } },
  );
  if (values.help) return cli.out(HELP.context!), 0;
  if (positionals.length > 0) throw new AoError(`ao context: unexpected ${JSON.stringify(positionals[0])}`, { fix: 'name paths with --paths P...' });
  const scopes = [values.staged ? '--staged' : '', values.commit !== undefined ? '--commit' : '', values.paths ? '--paths' : ''].filter(Boolean);
  if (scopes.length > 1) throw new AoError(`ao context: ${scopes.join(' and ')} cannot be combined`, { fix: 'pick one of --staged, --commit REV, --paths P...' });
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json') throw new AoError(`--format must be md or json, not ${JSON.stringify(format)}`, { fix: '--format json' });
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 1 || budget > 10_000_000)) {
    throw new AoError(`--budget takes a positive whole number of tokens, not ${JSON.stringify(values.budget)}`, { fix: '--budget 2000' });
  }
  const git = await openRepo(cli);
  const paths = values.paths ?? (await scopePaths(git, values.commit !== undefined ? { kind: 'commit', rev: values.commit } : { kind: 'staged' }));
  const compiled = await compileContext(git, { paths, budget, format });
  cli.out(compiled.text.replace(/\n$/, ''));
  if (compiled.cut.applied) {
    cli.err(`ao context: cut to ${compiled.cut.budget} tokens (~${compiled.cut.tokens} used; the full context is ~${compiled.cut.fullTokens}); raise --budget for more`);
  }
  return 0;
}

/** The paths a change touches outside the ledger: the staged change, a commit, or a range. */
export async function scopePaths(git: Git, scope: SubjectScope): Promise<string[]> {
  if (scope.kind === 'staged') return manifestPaths((await stagedChange(git, await git.headCommit(), undefined)).change.manifest);
  if (scope.kind === 'commit') {
    const commit = await git.resolveCommit(scope.rev, 'commit');
    const [info] = await git.listCommits(['-n', '1', commit]);
    return manifestPaths((await changesOfCommits(git, [info!]))[0]!.change.manifest);
  }
  const base = await git.resolveCommit(scope.base, 'range base');
  const head = await git.resolveCommit(scope.head, 'range head');
  return manifestPaths(buildManifest(await git.diffTrees(base, head)));
}
