import { AoError } from '../core/errors.js';
import { runnableAo } from '../present/commands.js';
import { installHarnesses } from './install.js';
import { HARNESSES, type Harness } from './protocols.js';

/** `ao init --agent NAME` (repeatable, or comma-separated): the harness drop-ins. */
export function setUpAgents(cli: { env: NodeJS.ProcessEnv }, top: string, names: string[]): string[] {
  const agents = names
    .flatMap((name) => name.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const agent of agents) {
    if (!HARNESSES.includes(agent as Harness)) {
      throw new AoError(`--agent must be one of ${HARNESSES.join(', ')}, not ${JSON.stringify(agent)}`, {
        fix: 'ao init --agent claude --agent codex',
      });
    }
  }
  return installHarnesses(top, [...new Set(agents)] as Harness[], runnableAo(cli, top));
}
