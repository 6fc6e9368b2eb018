import { readFileSync } from 'node:fs';
import { AoError } from '../core/errors.js';
import { formatSchemaProblems } from '../core/schemas.js';
import { validateReviewRequestShape } from '../core/review-schemas.js';
import type { ReviewRequest } from '../core/review.js';
import { contextForJudges } from '../repo/context.js';
import {
  parseBuiltinJudge,
  renderJudgePrompt,
  renderPlanPrompt,
  runBuiltinJudge,
  type BuiltinJudge,
} from '../repo/judges/builtin.js';
import { expandMultiValue, parse, positiveSeconds } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

const DEFAULT_TIMEOUT_S = 600;

/**
 * `ao judge KIND`: a built-in judge as a program of the `ao check` judge protocol (review
 * request on stdin, review on stdout). `ao check --judge claude` runs it in the checker's
 * fresh checkout. With `--plan FILE` it pressure-tests a plan instead (the /pre-mortem).
 */
export async function cmdJudge(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('judge', expandMultiValue(args, ['--paths']), {
    model: { type: 'string' },
    timeout: { type: 'string' },
    plan: { type: 'string' },
    paths: { type: 'string', multiple: true },
  });
  if (values.help) return (cli.out(HELP.judge!), 0);
  const judge = positionals.length === 1 ? parseBuiltinJudge(positionals[0]!) : undefined;
  if (!judge)
    throw new AoError('ao judge takes one judge: claude, codex, gemini or openai:URL', {
      fix: 'ao judge claude --model claude-sonnet-4-5 < request.json',
    });
  if (values.model !== undefined) judge.model = values.model;
  const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : positiveSeconds(values.timeout);
  const options = { cwd: cli.cwd, env: cli.env, timeoutMs: Math.round(timeoutS * 1000) };

  if (values.plan !== undefined) return preMortem(cli, judge, values.plan, values.paths ?? [], options);

  const text = await cli.stdin();
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    throw new AoError(`ao judge reads a review request on stdin, and this is not JSON (${(error as Error).message})`, {
      fix: 'run it through `ao check --judge claude`',
      exitCode: 1,
    });
  }
  const problems = validateReviewRequestShape(request);
  if (problems.length > 0)
    throw new AoError(
      `the review request does not match agentops-verdict/review-request@1: ${formatSchemaProblems(problems)}`,
      { fix: 'run it through `ao check --judge claude`', exitCode: 1 },
    );
  try {
    const run = await runBuiltinJudge(judge, renderJudgePrompt(request as ReviewRequest), options);
    const review = run.session
      ? { ...run.review, summary: `${run.review.summary} [${judge.kind} session ${run.session}, fresh]`.slice(0, 4000) }
      : run.review;
    cli.out(JSON.stringify(review));
    return 0;
  } catch (error) {
    // ao check records a non-zero exit without a review as an error: never a pass.
    if (error instanceof AoError) throw new AoError(error.message, { fix: error.fix, exitCode: 1 });
    throw error;
  }
}

async function preMortem(
  cli: Cli,
  judge: BuiltinJudge,
  planFile: string,
  paths: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<number> {
  let plan: string;
  try {
    plan = readFileSync(planFile, 'utf8');
  } catch (error) {
    throw new AoError(`cannot read the plan ${planFile}: ${(error as Error).message}`, {
      fix: 'write the plan to a file and pass it: ao judge claude --plan plan.md --paths src/x.ts',
    });
  }
  const git = await openRepo(cli);
  const context = await contextForJudges(git, paths);
  const { review } = await runBuiltinJudge(judge, renderPlanPrompt(plan, context, paths), {
    ...options,
    cwd: git.topLevel,
  });
  cli.out(JSON.stringify(review, null, 2));
  cli.err(
    `ao judge: pre-mortem by ${judge.kind}${review.model ? ` (${review.model})` : ''}: ${review.verdict}: ${review.summary}`,
  );
  for (const finding of review.findings ?? [])
    cli.err(
      `  ${finding.severity} ${finding.category}: ${finding.description}${finding.suggestedFix ? `\n    fix: ${finding.suggestedFix}` : ''}`,
    );
  return review.verdict === 'fail' ? 1 : 0;
}
