import { AoError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { verify, type VerifyReport, type VerifyScope } from '../repo/verify.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { clean, renderReport, styleFor } from './output.js';

export async function cmdHook(cli: Cli, args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') return cli.out(HELP.hook!), 0;
  if (cli.env.HUSKY === '0') return 0;
  if (name === 'pre-commit') return preCommit(cli);
  if (name === 'pre-push') return prePush(cli, rest);
  throw new AoError(`unknown hook ${JSON.stringify(name ?? '')}`, { fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL' });
}

async function preCommit(cli: Cli): Promise<number> {
  const git = await openRepo(cli);
  const report = await verify(git, { kind: 'staged' }, { checkerHint: cli.env.AO_CHECKER });
  const style = styleFor(process.stderr);
  if (report.ok) {
    const decision = report.decisions[0];
    if (decision?.outcome === 'covered') cli.err(`agentops/verdict: ${clean(decision.reason)}`);
    return 0;
  }
  // In range mode the push is what must be covered: the commit hook only warns.
  const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
  cli.err(renderReport(report, style));
  if (warnOnly) {
    cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
    return 0;
  }
  const byConstraint = report.decisions.some((d) => d.failedRule === 'constraint' || d.failedRule === 'ratchet');
  cli.err(
    byConstraint
      ? `\nagentops/verdict refused this commit: it breaks a constraint promoted from a learning. Fix what it names, then commit again.`
      : `\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`,
  );
  return 1;
}

interface PushLine {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export function parsePushLines(input: string): PushLine[] {
  const lines: PushLine[] = [];
  for (const raw of input.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(' ');
    if (parts.length !== 4) {
      throw new AoError(`unexpected pre-push input line: ${JSON.stringify(line)}`, { fix: 'run this only from git\'s pre-push hook (`ao init` installs it)' });
    }
    const [localRef, localSha, remoteRef, remoteSha] = parts as [string, string, string, string];
    lines.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return lines;
}

/** The commits one pushed ref adds to the remote, as a verification scope. */
export async function pushScope(git: Git, remote: string, line: PushLine): Promise<VerifyScope | undefined> {
  if (/^0+$/.test(line.localSha)) return undefined; // a deletion checks nothing
  const notOnRemote: VerifyScope = { kind: 'revlist', head: line.localSha, exclude: [`--remotes=${remote}`], label: `${line.localRef} -> ${remote} ${line.remoteRef}` };
  if (line.remoteSha === git.zeroId || /^0+$/.test(line.remoteSha)) return notOnRemote;
  const [known] = await git.resolveCommits([line.remoteSha]);
  // A force push over commits never fetched: judge what no ref of that remote has yet.
  if (!known) return notOnRemote;
  return { kind: 'range', base: line.remoteSha, head: line.localSha };
}

/**
 * The pre-commit framework runs pre-push hooks without git's stdin, describing the push in
 * PRE_COMMIT_* variables instead: rebuild the one line git would have sent.
 */
function preCommitFrameworkLine(env: NodeJS.ProcessEnv): string | undefined {
  const to = env.PRE_COMMIT_TO_REF;
  if (!to) return undefined;
  const from = env.PRE_COMMIT_FROM_REF || '0'.repeat(to.length === 64 ? 64 : 40);
  return `${env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD'} ${to} ${env.PRE_COMMIT_REMOTE_BRANCH || 'HEAD'} ${from}`;
}

async function prePush(cli: Cli, args: string[]): Promise<number> {
  const [remote = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin'] = args;
  let input = await cli.stdin();
  if (!input.trim()) input = preCommitFrameworkLine(cli.env) ?? '';
  const lines = parsePushLines(input);
  if (lines.length === 0) return 0;
  const git = await openRepo(cli);
  const style = styleFor(process.stderr);
  const reports: VerifyReport[] = [];
  for (const line of lines) {
    const scope = await pushScope(git, remote, line);
    if (!scope) continue;
    reports.push(await verify(git, scope, { checkerHint: cli.env.AO_CHECKER }));
  }
  const failed = reports.filter((r) => !r.ok);
  for (const report of failed) cli.err(renderReport(report, style));
  if (failed.length > 0) {
    cli.err(`\nagentops/verdict refused this push: ${failed.length} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`);
    return 1;
  }
  const checked = reports.reduce((n, r) => n + r.counts.checked, 0);
  if (checked > 0) cli.err(`agentops/verdict: ${checked} commit${checked === 1 ? '' : 's'} covered`);
  return 0;
}
