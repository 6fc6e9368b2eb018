import { AoError, EXIT_USAGE } from '../core/errors.js';
import { reportError } from './report-error.js';
import type { Cli } from './context.js';
import { HELP, VERSION } from './help.js';

type Command = (cli: Cli, args: string[]) => Promise<number>;

// Each command's module is loaded only when it runs: a hook pays for the hook, not for
// the report renderer or the checker runner (the bundle splits at these imports).
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./cmd-init.js')).cmdInit,
  doctor: async () => (await import('./cmd-doctor.js')).cmdDoctor,
  verdict: async () => (await import('./cmd-verdict.js')).cmdVerdict,
  check: async () => (await import('./cmd-check.js')).cmdCheck,
  verify: async () => (await import('./cmd-verify.js')).cmdVerify,
  ledger: async () => (await import('./cmd-verify.js')).cmdLedger,
  status: async () => (await import('./cmd-browse.js')).cmdStatus,
  log: async () => (await import('./cmd-browse.js')).cmdLog,
  show: async () => (await import('./cmd-browse.js')).cmdShow,
  lookup: async () => (await import('./cmd-browse.js')).cmdLookup,
  search: async () => (await import('./cmd-browse.js')).cmdSearch,
  checkers: async () => (await import('./cmd-checkers.js')).cmdCheckers,
  hook: async () => (await import('./cmd-hook.js')).cmdHook,
  demo: async () => (await import('./cmd-demo.js')).cmdDemo,
  learn: async () => (await import('./cmd-learn.js')).cmdLearn,
  promote: async () => (await import('./cmd-learn.js')).cmdPromote,
  retire: async () => (await import('./cmd-learn.js')).cmdRetire,
  context: async () => (await import('./cmd-context.js')).cmdContext,
  metrics: async () => (await import('./cmd-metrics.js')).cmdMetrics,
  report: async () => (await import('./cmd-metrics.js')).cmdReport,
  export: async () => (await import('./cmd-metrics.js')).cmdExport,
  guard: async () => (await import('./cmd-guard.js')).cmdGuard,
  judge: async () => (await import('./cmd-judge.js')).cmdJudge,
};

/** Runs one `ao` invocation and returns its exit code; never throws. */
export async function main(argv: string[], cli: Cli): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      cli.out(HELP.main!);
      return command === undefined ? EXIT_USAGE : 0;
    }
    if (command === '--version' || command === '-v') return (cli.out(VERSION), 0);
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new AoError(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
    return await (await load())(cli, args);
  } catch (error) {
    return reportError(cli, error);
  }
}
