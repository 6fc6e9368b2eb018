import { AoError, EXIT_USAGE } from '../core/errors.js';
import { cmdLog, cmdLookup, cmdSearch, cmdShow, cmdStatus } from './cmd-browse.js';
import { cmdCheck } from './cmd-check.js';
import { cmdCheckers } from './cmd-checkers.js';
import { cmdDemo } from './cmd-demo.js';
import { cmdHook } from './cmd-hook.js';
import { cmdInit } from './cmd-init.js';
import { cmdContext } from './cmd-context.js';
import { cmdLearn, cmdPromote, cmdRetire } from './cmd-learn.js';
import { cmdExport, cmdMetrics, cmdReport } from './cmd-metrics.js';
import { cmdVerdict } from './cmd-verdict.js';
import { cmdLedger, cmdVerify } from './cmd-verify.js';
import type { Cli } from './context.js';
import { HELP, VERSION } from './help.js';

const COMMANDS: Record<string, (cli: Cli, args: string[]) => Promise<number>> = {
  init: cmdInit,
  verdict: cmdVerdict,
  check: cmdCheck,
  verify: cmdVerify,
  ledger: cmdLedger,
  status: cmdStatus,
  log: cmdLog,
  show: cmdShow,
  lookup: cmdLookup,
  search: cmdSearch,
  checkers: cmdCheckers,
  hook: cmdHook,
  demo: cmdDemo,
  learn: cmdLearn,
  promote: cmdPromote,
  retire: cmdRetire,
  context: cmdContext,
  metrics: cmdMetrics,
  report: cmdReport,
  export: cmdExport,
};

/** Runs one `ao` invocation and returns its exit code; never throws. */
export async function main(argv: string[], cli: Cli): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      cli.out(HELP.main!);
      return command === undefined ? EXIT_USAGE : 0;
    }
    if (command === '--version' || command === '-v') return cli.out(VERSION), 0;
    const run = COMMANDS[command];
    if (!run) throw new AoError(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
    return await run(cli, args);
  } catch (error) {
    return reportError(cli, error);
  }
}

export function reportError(cli: Cli, error: unknown): number {
  if (error instanceof AoError) {
    cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
  return EXIT_USAGE;
}
