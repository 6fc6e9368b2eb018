import { Git } from '../git/git.js';

/**
 * Evaluated before the rest of the pre-commit hook's code (it is its entry's first import):
 * git probes the repository and diffs the index while Node compiles and evaluates the rest.
 * HUSKY=0 skips the hook, so it starts nothing.
 */
export const opening: Promise<Git> | undefined =
  process.env.HUSKY === '0' ? undefined : Git.open(process.cwd(), { staged: true });
// Awaited by the hook; a failure (not a repository, no git) must surface there, not as an unhandled rejection.
opening?.catch(() => undefined);
