import { AoError } from '../core/errors.js';
import { shellQuote } from '../core/shell.js';
import { observedFailure, uncommittedCover, verify, type VerifyReport } from '../repo/verify.js';
import { openRepo, type Cli } from './context.js';
import { commitIsAmend } from './invocation.js';
import { HELP } from './help.js';
import { runnableAo } from '../present/commands.js';
import { clean, countsText, OBSERVE_WARNING, renderReport, styleFor, sumCounts } from '../present/output.js';

export async function cmdHook(cli: Cli, args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') return (cli.out(HELP.hook!), 0);
  if (cli.env.HUSKY === '0') return 0;
  if (name === 'pre-commit') return preCommit(cli);
  if (name === 'pre-push') return prePush(cli, rest);
  throw new AoError(`unknown hook ${JSON.stringify(name ?? '')}`, {
    fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL',
  });
}

async function preCommit(cli: Cli): Promise<number> {
  const git = await openRepo(cli);
  // `git commit --amend` replaces HEAD: the commit it makes needs a verdict on its change against HEAD's parent.
  const amend = await commitIsAmend((name) => git.configGet(`alias.${name}`));
  const report = await verify(git, amend ? { kind: 'staged', amend: true } : { kind: 'staged' }, {
    checkerHint: cli.env.AO_CHECKER,
    skipStagedAuthor: true,
  });
  const style = styleFor(process.stderr);
  if (report.ok) {
    const decision = report.decisions[0];
    if (decision?.outcome === 'covered') cli.err(`agentops/verdict: ${clean(decision.reason)}`);
    return 0;
  }
  const ao = runnableAo(cli, git.topLevel);
  // In range mode the push is what must be covered: the commit hook only warns.
  const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
  cli.err(renderReport(report, style, ao));
  if (warnOnly) {
    cli.err(
      style.dim(
        'agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.',
      ),
    );
    return 0;
  }
  if (observedFailure(report)) {
    cli.err(`agentops/verdict: ${OBSERVE_WARNING}: committing anyway.`);
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
