import { processInfo } from '../harness/processes.js';
import { GIT_GLOBAL_OPTIONS_WITH_VALUE } from '../core/git-argv.js';

/**
 * Git does not tell a pre-commit hook whether the commit amends HEAD, yet an amended commit
 * replaces HEAD and needs a verdict on its change against HEAD's parent. The `git commit`
 * process that runs the hook says so in its own argument vector: find it among our
 * ancestors (src/harness/processes.ts) and read its options.
 */
export async function commitIsAmend(alias: (name: string) => Promise<string | undefined>): Promise<boolean> {
  const argv = gitAncestorArgv(process.ppid);
  if (!argv) return false;
  if (commitArgs(argv)) return amendsIn(argv);
  // `git ci --amend` with alias.ci = "commit" (a shell alias, "!…", runs its own git commit below us).
  const sub = subcommandIndex(argv);
  const name = argv[sub];
  const expansion = name && /^[A-Za-z0-9-]+$/.test(name) ? await alias(name) : undefined;
  if (!expansion || expansion.startsWith('!')) return false;
  return amendsIn([argv[0]!, ...argv.slice(1, sub), ...expansion.trim().split(/\s+/), ...argv.slice(sub + 1)]);
}

/** Walks up at most a few processes (git → sh → husky's sh → node) to the nearest git. */
function gitAncestorArgv(start: number): string[] | undefined {
  let pid = start;
  for (let depth = 0; depth < 6 && pid > 1; depth++) {
    const info = processInfo(pid);
    if (!info) return undefined;
    if (isGit(info.argv[0]) && info.argv.length > 1) return info.argv;
    pid = info.ppid;
  }
  return undefined;
}

function isGit(program: string | undefined): boolean {
  return !!program && /(^|\/)git(\.exe)?$/.test(program);
}

/** The arguments after `commit`, when argv is a `git commit` command line. */
function commitArgs(argv: string[]): string[] | undefined {
  const i = subcommandIndex(argv);
  return argv[i] === 'commit' ? argv.slice(i + 1) : undefined;
}

function subcommandIndex(argv: string[]): number {
  let i = 1;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (GIT_GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i += 2;
    else if (arg.startsWith('-')) i += 1;
    else break;
  }
  return i;
}

/** `git commit` options whose value may follow as the next argument (so "-m --amend" is a message). */
const COMMIT_WITH_VALUE = new Set([
  '-m',
  '--message',
  '-F',
  '--file',
  '-C',
  '--reuse-message',
  '-c',
  '--reedit-message',
  '-t',
  '--template',
  '--author',
  '--date',
  '--fixup',
  '--squash',
  '--cleanup',
  '--trailer',
  '--pathspec-from-file',
]);

/** Whether `git commit`'s options amend (git accepts any unambiguous prefix, and the last of --amend / --no-amend wins). */
function amendsIn(argv: string[]): boolean {
  const args = commitArgs(argv) ?? [];
  let amend = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (COMMIT_WITH_VALUE.has(arg)) i++;
    else if (/^--am(e(n(d)?)?)?$/.test(arg)) amend = true;
    else if (/^--no-am(e(n(d)?)?)?$/.test(arg)) amend = false;
  }
  return amend;
}
