import type { Git } from '../git/git.js';
import { runnableAo } from '../present/commands.js';
import { clean, OBSERVE_WARNING, renderReport, styleFor } from '../present/output.js';
import { observedFailure, verify } from '../repo/verify.js';
import type { Cli } from './context.js';
import { commitIsAmend } from './invocation.js';

/**
 * The pre-commit hook: the staged change needs a passing verdict. `opening` is the
 * repository already being opened with the staged diff started (`Git.open(cwd, { staged: true })`).
 */
export async function preCommit(cli: Cli, opening: Promise<Git>): Promise<number> {
  // `git commit --amend` replaces HEAD: the commit it makes needs a verdict on its change against HEAD's parent.
  // Read off the process tree while git probes the repository.
  const amending = commitIsAmend(async (name) => (await opening).configGet(`alias.${name}`));
  amending.catch(() => undefined); // awaited below, once the repository is open; its failure surfaces there
  const git = await opening;
  const amend = await amending;
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
