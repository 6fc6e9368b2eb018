import { AoError, EXIT_USAGE } from '../core/errors.js';
import type { Cli } from './context.js';

/** What a command that threw prints, and its exit code: an AoError says where and how to fix it; anything else is a bug. */
export function reportError(cli: Cli, error: unknown): number {
  if (error instanceof AoError) {
    cli.err(
      `ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`,
    );
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  cli.err(
    `ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`,
  );
  return EXIT_USAGE;
}
