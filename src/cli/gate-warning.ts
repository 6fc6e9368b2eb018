import { shortId } from '../core/record.js';
import { shellQuote } from '../core/shell.js';
import type { Git } from '../git/git.js';
import { fixText } from '../present/commands.js';
import { clean } from '../present/output.js';
import type { SubjectScope } from '../repo/subjects.js';
import { policyAt, verify, type VerifyReport } from '../repo/verify.js';
import type { Cli } from './context.js';

/**
 * A pass recorded on a change that a promoted constraint refuses changes nothing: the gate
 * refuses it whatever its verdicts say. The record stays (the checker's claim is theirs to
 * make); the gate's answer is printed beside it, as `ao verify` on the same scope gives it.
 */
export async function warnIfConstraintsRefuse(
  cli: Cli,
  git: Git,
  scope: SubjectScope,
  baseRev: string | undefined,
): Promise<void> {
  let report: VerifyReport;
  try {
    // Only a base policy with constraints can refuse through one: most passes cost one read.
    if (!(await policyAt(git, baseRev)).policy?.constraints?.length) return;
    report = await verify(git, scope, { checkerHint: cli.env.AO_CHECKER });
  } catch (error) {
    cli.err(
      `ao: warning: could not ask the gate whether a promoted constraint refuses the change: ${(error as Error).message}`,
    );
    return;
  }
  const seen = new Set<string>();
  for (const decision of [report.rangeDecision, ...report.decisions]) {
    if (decision?.outcome !== 'uncovered' || !decision.constraint) continue;
    const key = `${decision.change.label}\0${decision.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what =
      decision.change.kind === 'staged'
        ? 'the staged change'
        : decision.change.kind === 'range'
          ? `the range ${decision.change.label}`
          : `commit ${decision.change.label}`;
    cli.err(
      `ao: warning: the gate will still refuse ${clean(what)}: promoted constraint ${clean(decision.constraint)} (learning ${decision.learning ? shortId(decision.learning) : 'unknown'}) refuses it, whatever its verdicts say\n` +
        `  ${clean(decision.reason)}\n` +
        "  the pass is recorded as the checker's claim; `ao verify` and CI still refuse the change\n" +
        (decision.fix ? `  fix: ${clean(fixText(decision.fix))}\n` : '') +
        `  check: ao verify${scopeFlag(scope)}`,
    );
  }
}

function scopeFlag(scope: SubjectScope): string {
  if (scope.kind === 'commit') return ` --commit ${shellQuote(scope.rev)}`;
  if (scope.kind === 'range') return ` --range ${shellQuote(`${scope.base}..${scope.head}`)}`;
  return ' --staged';
}
