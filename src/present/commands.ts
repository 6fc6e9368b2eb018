import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/**
 * Commands printed for the user to run, as they run in that project: `ao …` where `ao` is on
 * the user's PATH, `npx ao …` where only the project's node_modules has it. Shared by the
 * CLI's reports and the action's summary.
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
