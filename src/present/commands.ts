import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { rangeFix } from '../core/coverage.js';
import type { Fix, FixCommand, VerdictNeed, VerdictScope } from '../core/fix.js';
import type { Policy } from '../core/policy.js';
import { shellQuote } from '../core/shell.js';

/**
 * Commands printed for the user to run: a fix worded as the command line `ao` takes, and as
 * it runs in that project (`ao …` where `ao` is on the user's PATH, `npx ao …` where only
 * the project's node_modules has it). Shared by the CLI's reports, the hooks, the harness
 * guard and the action's summary; it imports only core, so the repository layer words its
 * commands here too.
 */
export function runnable(text: string, ao: string): string {
  return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}

/** How `ao` is run in this repository, for the commands a report prints. */
export function runnableAo(cli: { env: NodeJS.ProcessEnv }, top: string): string {
  const local = join(top, 'node_modules', '.bin');
  // husky and npx put the project's node_modules/.bin on a hook's PATH; the user's shell has only the rest.
  for (const dir of (cli.env.PATH ?? '').split(delimiter)) {
    if (!dir || resolve(dir) === local) continue;
    try {
      accessSync(join(dir, 'ao'), constants.X_OK);
      return 'ao';
    } catch {
      // not here
    }
  }
  return existsSync(join(local, 'ao')) ? 'npx ao' : 'ao';
}

/** The placeholder a printed command holds where the checker's id goes. */
const CHECKER_PLACEHOLDER = 'CHECKER-ID';

/**
 * A fix as the user reads and pastes it: its words, and each command it names worded as
 * `ao` takes it. The one place that knows the flags a fix needs (core never names one);
 * every value from the repository in a command is shell-quoted.
 */
export function fixText(fix: Fix): string;
export function fixText(fix: Fix | undefined): string | undefined;
export function fixText(fix: Fix | undefined): string | undefined {
  return fix?.map((part) => (typeof part === 'string' ? part : commandText(part))).join('');
}

/** The verdict command that covers a whole range: its combined change and each commit's own. */
export function rangeFixCommand(range: { base: string; head: string }, policy: Policy, checkerHint?: string): string {
  return commandText(rangeFix(range, policy, checkerHint));
}

function commandText(command: FixCommand): string {
  switch (command.command) {
    case 'verdict':
      return [
        'ao verdict pass',
        ...scopeFlags(command.scope),
        `--checker ${shellQuote(command.checker ?? CHECKER_PLACEHOLDER)}`,
        ...command.needs.map(needFlag),
      ].join(' ');
    case 'retire':
      return `ao retire ${shellQuote(command.constraint)} --why "..."`;
    case 'learn':
      return `ao learn "..." --paths ${shellQuote(command.glob)}`;
    case 'promote':
      return `ao promote LEARNING-ID --id ${shellQuote(command.constraint)} ...`;
  }
}

function scopeFlags(scope: VerdictScope): string[] {
  if (scope.kind === 'staged') return scope.amend ? ['--amend'] : [];
  if (scope.kind === 'range') return [`--range ${scope.base.slice(0, 12)}..${scope.head.slice(0, 12)}`];
  return [`--commit ${scope.commit.slice(0, 12)}`];
}

function needFlag(need: VerdictNeed): string {
  switch (need.need) {
    case 'evidence':
      return need.evidence === 'link' ? '--evidence link:https://...' : `--evidence ${need.evidence}:'...'`;
    case 'checker-kind':
      return `--checker-kind ${need.checkerKind}`;
    case 'ran':
      return `--ran ${shellQuote(need.command)}`;
    case 'signature':
      return '--sign ~/.ssh/id_ed25519';
  }
}
