/**
 * git's global options that take the next word as their value (`git -c k=v commit`): whoever
 * reads a git command line (the amend detection, the agent's shell guard) skips them the same
 * way to find the subcommand.
 */
export const GIT_GLOBAL_OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set([
  '-c',
  '-C',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--exec-path',
  '--config-env',
  '--super-prefix',
  '--list-cmds',
  '--attr-source',
]);
