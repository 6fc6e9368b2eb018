import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AoError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
export function parse<O extends Options>(command: string, args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
  } catch (error) {
    throw new AoError(`${command}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
  }
}

/** At most one of the scope flags; returns which. */
export function oneScope(command: string, values: { staged?: boolean; commit?: string; range?: string }): 'staged' | 'commit' | 'range' {
  const given = (['staged', 'commit', 'range'] as const).filter((key) => values[key] !== undefined && values[key] !== false);
  if (given.length > 1) {
    throw new AoError(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
  }
  return given[0] ?? 'staged';
}

/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
export const AMEND_OPTION = { amend: { type: 'boolean' } } as const;

export const SCOPE_OPTIONS = {
  staged: { type: 'boolean' },
  commit: { type: 'string' },
  range: { type: 'string' },
} as const;
