import { AoError } from '../core/errors.js';
import { shellQuote } from '../core/shell.js';
import { observedFailure, uncommittedCover, verify, type VerifyReport } from '../repo/verify.js';
import { Git } from '../git/git.js';
import { openRepo, type Cli } from './context.js';
import { preCommit } from './hook-pre-commit.js';
import { HELP } from './help.js';
import { runnableAo } from '../present/commands.js';
import { clean, countsText, OBSERVE_WARNING, renderReport, styleFor, sumCounts } from '../present/output.js';

export async function cmdHook(cli: Cli, args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') return (cli.out(HELP.hook!), 0);
  if (cli.env.HUSKY === '0') return 0;
  if (name === 'pre-commit') {
    if (rest[0] === '--help' || rest[0] === '-h') return (cli.out(HELP.hook!), 0);
    if (rest.length > 0)
      throw new AoError(`ao hook pre-commit takes no arguments (given ${JSON.stringify(rest.join(' '))})`, {
        fix: 'ao hook pre-commit',
      });
    return preCommit(cli, Git.open(cli.cwd, { staged: true }));
  }
  if (name === 'pre-push') return prePush(cli, rest);
  throw new AoError(`unknown hook ${JSON.stringify(name ?? '')}`, {
    fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL',
  });
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
  const [remoteArg = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin', url = cli.env.PRE_COMMIT_REMOTE_URL || undefined] =
    args;
  let input = await cli.stdin();
  if (!input.trim()) input = preCommitFrameworkLine(cli.env) ?? '';
  // Loaded here, not at the top: the pre-commit hook, which runs far more often, never needs it.
  const { parsePushLines, planPush, remoteState } = await import('../repo/push.js');
  const lines = parsePushLines(input);
  if (lines.length === 0) return 0;
  const git = await openRepo(cli);
  const style = styleFor(process.stderr);
  const ao = runnableAo(cli, git.topLevel);
  const remote = await remoteState(git, remoteArg, url);
  const head = await git.headCommit();
  const reports: VerifyReport[] = [];
  let failed = 0;
  for (const line of lines) {
    const check = await planPush(git, remote, line);
    if (!check) continue;
    // The ledger as committed in the pushed tip: what a fresh clone, and so CI, will read.
    const options = {
      ledger: { kind: 'commit', commit: line.localSha } as const,
      policyRev: check.policyRev,
      policyWhy: check.policyWhy,
      checkerHint: cli.env.AO_CHECKER,
    };
    const report = await verify(git, check.scope, options);
    reports.push(report);
    if (report.ok) continue;
    cli.err(renderReport(report, style, ao));
    if (observedFailure(report)) {
      cli.err(`agentops/verdict: ${OBSERVE_WARNING}: pushing anyway.`);
      continue;
    }
    failed++;
    const uncommitted = await uncommittedCover(git, check.scope, options, report);
    if (uncommitted.length > 0) {
      const onBranch = head === line.localSha;
      cli.err(
        style.bad(
          `\n  ${uncommitted.length} of these ${uncommitted.length === 1 ? 'is' : 'are'} covered by a verdict recorded in the working tree but never committed:`,
        ) +
          uncommitted.map((u) => `\n    ${clean(u.label)}: verdict ${u.record} (${clean(u.path)})`).join('') +
          `\n  fix: ${onBranch ? 'commit the records and push again: `git add .agents/ledger && git commit -m "Record verdicts" && git push`' : `commit them on ${clean(line.localRef)}: \`git switch ${shellQuote(line.localRef.replace(/^refs\/heads\//, ''))}\`, then \`git add .agents/ledger && git commit -m "Record verdicts"\``}`,
      );
    }
  }
  if (failed > 0) {
    cli.err(
      `\nagentops/verdict refused this push: ${failed} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`,
    );
    return 1;
  }
  const total = sumCounts(reports.map((r) => r.counts));
  if (total.checked > 0) cli.err(`agentops/verdict: ${countsText(total)}`);
  return 0;
}
