import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AoError } from '../core/errors.js';
import { manifestPaths } from '../core/coverage.js';
import type { Git } from '../git/git.js';
import { changesOfCommits, stagedChange } from '../repo/changes.js';
import { compileContext } from '../repo/context.js';
import { expandMultiValue, parse } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

export async function cmdContext(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('context', expandMultiValue(args, ['--paths']), {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    paths: { type: 'string', multiple: true },
    budget: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) return (cli.out(HELP.context!), 0);
  if (positionals.length > 0)
    throw new AoError(`ao context: unexpected ${JSON.stringify(positionals[0])}`, {
      fix: 'name paths with --paths P...',
    });
  const scopes = [
    values.staged ? '--staged' : '',
    values.commit !== undefined ? '--commit' : '',
    values.paths ? '--paths' : '',
  ].filter(Boolean);
  if (scopes.length > 1)
    throw new AoError(`ao context: ${scopes.join(' and ')} cannot be combined`, {
      fix: 'pick one of --staged, --commit REV, --paths P...',
    });
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json')
    throw new AoError(`--format must be md or json, not ${JSON.stringify(format)}`, { fix: '--format json' });
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 1 || budget > 10_000_000)) {
    throw new AoError(`--budget takes a positive whole number of tokens, not ${JSON.stringify(values.budget)}`, {
      fix: '--budget 2000',
    });
  }
  const git = await openRepo(cli);
  const { paths, base } = values.paths
    ? { paths: await repositoryPaths(git, cli.cwd, values.paths), base: await git.headCommit() }
    : await scopeOf(git, values.commit);
  const compiled = await compileContext(git, { paths, budget, format, base: base ?? null });
  // The text ends with its newline, counted in the budget: print it as it is.
  cli.out(compiled.text.replace(/\n$/, ''));
  if (compiled.cut.applied) {
    cli.err(
      `ao context: cut to ${compiled.cut.budget} tokens (~${compiled.cut.tokens} used; the full context is ~${compiled.cut.fullTokens}); raise --budget for more`,
    );
  }
  return 0;
}

/** The paths a commit (or the staged change) touches outside the ledger, and the commit it grows from. */
async function scopeOf(
  git: Git,
  commitRev: string | undefined,
): Promise<{ paths: string[]; base: string | undefined }> {
  if (commitRev === undefined) {
    const head = await git.headCommit();
    return { paths: manifestPaths((await stagedChange(git, head, undefined)).change.manifest), base: head };
  }
  const commit = await git.resolveCommit(commitRev, 'commit');
  const [info] = await git.listCommits(['-n', '1', commit]);
  return { paths: manifestPaths((await changesOfCommits(git, [info!]))[0]!.change.manifest), base: info?.parents[0] };
}

/**
 * `--paths` as git reads paths: relative to the current directory, or absolute; each made
 * repository-relative. A folder stands for the files under it (tracked at HEAD, or untracked
 * and not ignored); the repository's top stands for everything (no paths). A path outside the
 * repository is refused, never silently matched against nothing.
 */
async function repositoryPaths(git: Git, cwd: string, given: string[]): Promise<string[]> {
  const head = await git.headCommit();
  const paths: string[] = [];
  for (const path of given) {
    if (path === '' || path.includes('\0'))
      throw new AoError(`--paths ${JSON.stringify(path)} is not a path`, { fix: '--paths src/auth/login.ts' });
    const absolute = canonical(resolve(cwd, path));
    const inside = relative(git.topLevel, absolute);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new AoError(`--paths ${JSON.stringify(path)} is outside the repository ${git.topLevel}`, {
        fix: `name files inside it, relative to the current directory (${cwd}) or absolute`,
      });
    }
    const file = inside.split(sep).join('/');
    if (file === '') return [];
    if (isDirectory(absolute)) {
      const under = [
        ...(head ? await git.lsTreeNames(head, `${file}/`) : []),
        ...(await git.untrackedFiles(`${file}/`)),
      ];
      paths.push(...(under.length > 0 ? under : [file]));
    } else paths.push(file);
  }
  return [...new Set(paths)];
}

/** The path with symbolic links resolved as far as it exists (git's top level is a real path). */
function canonical(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
