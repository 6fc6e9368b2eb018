import { basename } from 'node:path';
import { protectedHit } from './protected.js';
import { parseShell, type SimpleCommand, type Word } from './shell-words.js';
import { GIT_GLOBAL_OPTIONS_WITH_VALUE } from '../core/git-argv.js';

/**
 * The guard an agent's shell commands pass before they run: refuses, with the reason and
 * what to do instead, anything that would skip or disarm the gate. The command line is
 * split as the shell would split it (src/harness/shell-words.ts), so quoting decides:
 * `echo "--no-verify"` runs, `git -c x=y commit -n` does not.
 */

export interface Refusal {
  /** What the command would do, in one sentence. */
  reason: string;
  /** What to do instead. */
  instead: string;
  /** The simple command that was refused, as split. */
  command: string;
}

export interface ShellGuardContext {
  cwd: string;
  /** The repository's top level. */
  top: string;
  /** The repository's git aliases (`alias.NAME` → its value), so `git ci -n` is read as `git commit -n`. */
  aliases?: Map<string, string>;
}

const GATED_SUBCOMMANDS = new Set(['commit', 'push', 'merge', 'cherry-pick', 'rebase', 'am', 'revert', 'pull']);
/** Long options of the gated subcommands that take the next word as their value. */
const VALUE_LONG: Record<string, string[]> = {
  commit: [
    '--message',
    '--file',
    '--reuse-message',
    '--reedit-message',
    '--fixup',
    '--squash',
    '--author',
    '--date',
    '--template',
    '--cleanup',
    '--trailer',
    '--pathspec-from-file',
  ],
  push: ['--repo', '--receive-pack', '--exec', '--push-option'],
  merge: ['--message', '--file', '--strategy', '--strategy-option', '--into-name', '--cleanup'],
  'cherry-pick': ['--mainline', '--strategy', '--strategy-option', '--cleanup'],
  rebase: ['--onto', '--strategy', '--strategy-option', '--exec', '--whitespace', '-C'],
  am: ['--whitespace', '--exclude', '--include', '--directory', '--patch-format', '--resolvemsg', '-C', '-p'],
  revert: ['--mainline', '--strategy', '--strategy-option', '--cleanup'],
  pull: [
    '--strategy',
    '--strategy-option',
    '--depth',
    '--deepen',
    '--shallow-since',
    '--shallow-exclude',
    '--upload-pack',
  ],
};
/** Short options that take a value: the rest of the cluster, or the next word. */
const VALUE_SHORT: Record<string, string> = {
  commit: 'mFCct',
  push: 'o',
  merge: 'mFsX',
  'cherry-pick': 'mX',
  rebase: 'sxX',
  am: 'pC',
  revert: 'mX',
  pull: 'sX',
};
/** Short options whose value must be attached (`-Skey`): the rest of the cluster. */
const ATTACHED_SHORT: Record<string, string> = {
  commit: 'uS',
  merge: 'S',
  'cherry-pick': 'S',
  rebase: 'S',
  am: 'S',
  revert: 'S',
  pull: 'S',
};
/** Where `-n` means `--no-verify` (elsewhere it is --dry-run, --no-stat or --no-commit). */
const SHORT_NO_VERIFY = new Set(['commit']);
const SKIP_ENV: Record<string, string> = {
  HUSKY: 'HUSKY=0 turns the husky hooks off',
  HUSKY_SKIP_HOOKS: 'HUSKY_SKIP_HOOKS skips the husky hooks',
  SKIP: 'SKIP= skips pre-commit framework hooks',
  PRE_COMMIT_ALLOW_NO_CONFIG: 'PRE_COMMIT_ALLOW_NO_CONFIG lets the pre-commit framework pass without its config',
  GIT_CONFIG_PARAMETERS: 'GIT_CONFIG_PARAMETERS sets git configuration (it can move core.hooksPath)',
  GIT_CONFIG_COUNT: 'GIT_CONFIG_COUNT/KEY/VALUE set git configuration (they can move core.hooksPath)',
  GIT_CONFIG_GLOBAL: 'GIT_CONFIG_GLOBAL swaps the git configuration the hooks are found through',
  GIT_CONFIG_SYSTEM: 'GIT_CONFIG_SYSTEM swaps the git configuration the hooks are found through',
  GIT_CONFIG: 'GIT_CONFIG swaps the git configuration the hooks are found through',
  GIT_DIR: 'GIT_DIR points git at another repository, where other hooks (or none) run',
  GIT_INDEX_FILE: 'GIT_INDEX_FILE commits from another index than the one the hooks check',
  AO_BIN: 'AO_BIN replaces the ao program the hooks run',
};
const SKIP_ENV_INSTEAD =
  'run the command without it: the hooks run and say what is missing, with the command that fixes it';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'busybox']);
/** Programs that run the rest of their arguments as a command; the value says how many option words take a value. */
const WRAPPERS: Record<string, { valueOptions: string[]; positional?: number }> = {
  sudo: { valueOptions: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-U', '--user', '--group', '--chdir'] },
  doas: { valueOptions: ['-u', '-C'] },
  nohup: { valueOptions: [] },
  nice: { valueOptions: ['-n', '--adjustment'] },
  ionice: { valueOptions: ['-c', '-n', '-p', '-P', '-u'] },
  setsid: { valueOptions: [] },
  time: { valueOptions: ['-f', '-o', '--format', '--output'] },
  timeout: { valueOptions: ['-s', '-k', '--signal', '--kill-after'], positional: 1 },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  xargs: {
    valueOptions: [
      '-I',
      '-L',
      '-n',
      '-P',
      '-s',
      '-d',
      '-E',
      '-a',
      '--arg-file',
      '--delimiter',
      '--max-args',
      '--max-procs',
      '--replace',
    ],
  },
  chronic: { valueOptions: [] },
  unbuffer: { valueOptions: [] },
  caffeinate: { valueOptions: [] },
  flock: { valueOptions: ['-w', '-E', '--timeout', '--conflict-exit-code'], positional: 1 },
  npx: { valueOptions: ['-p', '--package', '-c', '--call'] },
};
/** Commands that change or remove the files their operands name. */
const WRITERS = new Set([
  'rm',
  'rmdir',
  'unlink',
  'shred',
  'mv',
  'cp',
  'ln',
  'install',
  'chmod',
  'chown',
  'chgrp',
  'touch',
  'truncate',
  'tee',
  'dd',
  'sed',
  'perl',
  'rsync',
  'patch',
  'chattr',
  'setfacl',
]);
const REDIRECT_WRITES = new Set(['>', '>>', '>|', '&>', '&>>', '<>']);

export function guardShell(command: string, context: ShellGuardContext): Refusal[] {
  const refusals: Refusal[] = [];
  const seen = new Set<string>();
  const push = (refusal: Refusal) => {
    const key = `${refusal.reason}\0${refusal.command}`;
    if (!seen.has(key)) refusals.push(refusal), seen.add(key);
  };
  checkScript(command, context, push, 0);
  return refusals;
}

type Push = (refusal: Refusal) => void;

function checkScript(text: string, context: ShellGuardContext, push: Push, depth: number): void {
  if (depth > 8) {
    push({
      reason: 'the command nests shells too deeply to be read',
      instead: 'run the commands directly',
      command: text.slice(0, 200),
    });
    return;
  }
  const parsed = parseShell(text);
  if (parsed.incomplete && /\bgit\b|HUSKY|hooks/i.test(text)) {
    push({
      reason: `the command line cannot be read completely (${parsed.incomplete}), and it mentions git or the hooks`,
      instead: 'fix the quoting and run it again',
      command: text.slice(0, 200),
    });
  }
  for (const simple of parsed.commands) checkCommand(simple, context, push, depth);
  // `echo 'git commit -n' | sh`, `cat <<EOF | bash`: a shell reading its script from a pipe
  // runs text the other commands produce; read their arguments and here-documents as scripts.
  if (parsed.commands.some(readsScriptFromStdin)) {
    for (const simple of parsed.commands) {
      if (readsScriptFromStdin(simple)) continue;
      for (const text of [...simple.stdinScripts, ...simple.words.slice(1).map((w) => w.value)])
        checkScript(text, context, push, depth + 1);
    }
  }
}

/** A shell with no -c script and no script file: it runs what comes on its stdin. */
function readsScriptFromStdin(simple: SimpleCommand): boolean {
  const words = simple.words.map((w) => w.value);
  let i = 0;
  while (i < words.length && (WRAPPERS[basename(words[i]!)] || basename(words[i]!) === 'env')) i++;
  if (i >= words.length || !SHELLS.has(basename(words[i]!))) return false;
  const rest = words.slice(i + 1);
  return !rest.some((w) => /^-[A-Za-z]*c/.test(w)) && rest.every((w) => w.startsWith('-') || w.startsWith('+'));
}

function show(simple: SimpleCommand): string {
  const words = [...simple.assignments.map((a) => `${a.name}=${a.value.value}`), ...simple.words.map((w) => w.value)];
  const text = words.map((w) => (/^[A-Za-z0-9_./:=@%+-]+$/.test(w) ? w : JSON.stringify(w))).join(' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function checkCommand(simple: SimpleCommand, context: ShellGuardContext, push: Push, depth: number): void {
  const shown = show(simple);
  for (const redirect of simple.redirects) {
    if (!REDIRECT_WRITES.has(redirect.op)) continue;
    const hit = protectedHit(redirect.target.value, context.cwd, context.top, { ancestors: false });
    if (hit) push({ reason: `writes to ${hit.path}: ${hit.why}`, instead: hit.instead, command: shown });
  }
  checkAssignments(
    simple.assignments.map((a) => ({ name: a.name, value: a.value.value })),
    shown,
    push,
  );
  checkWords(simple.words, simple, context, push, depth, shown);
}

function checkAssignments(assignments: { name: string; value: string }[], shown: string, push: Push): void {
  for (const { name, value } of assignments) {
    const why =
      SKIP_ENV[name] ?? (/^GIT_CONFIG_(KEY|VALUE)_[0-9]+$/.test(name) ? SKIP_ENV.GIT_CONFIG_COUNT : undefined);
    if (!why) continue;
    if (name === 'SKIP' && value === '') continue;
    push({ reason: `${why}: it would skip or disarm the verdict gate`, instead: SKIP_ENV_INSTEAD, command: shown });
  }
}

function checkWords(
  words: Word[],
  simple: SimpleCommand,
  context: ShellGuardContext,
  push: Push,
  depth: number,
  shown: string,
): void {
  if (words.length === 0) return;
  const first = words[0]!;
  const program = basename(first.value);
  const args = words.slice(1);

  if (program === 'env') return checkEnv(args, simple, context, push, depth, shown);
  if (['export', 'declare', 'typeset', 'local', 'readonly'].includes(program)) {
    const assignments = args
      .filter((w) => !w.value.startsWith('-'))
      .map((w) => /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value))
      .filter((m) => m !== null);
    checkAssignments(
      assignments.map((m) => ({ name: m[1]!, value: m[2]! })),
      shown,
      push,
    );
    return;
  }
  if (program === 'eval') return checkScript(args.map((w) => w.value).join(' '), context, push, depth + 1);
  if (program === 'watch') {
    const rest = skipOptions(args, ['-n', '-d', '--interval', '--differences']);
    return checkScript(rest.map((w) => w.value).join(' '), context, push, depth + 1);
  }
  if (SHELLS.has(program))
    return checkShellInvocation(program === 'busybox' ? args.slice(1) : args, simple, context, push, depth);
  const wrapper = WRAPPERS[program];
  if (wrapper) {
    if (program === 'command' && args.some((w) => w.value === '-v' || w.value === '-V')) return;
    if (
      (program === 'flock' || program === 'npx') &&
      args.some((w) => w.value === '-c' || w.value === '--command' || w.value === '--call')
    ) {
      const index = args.findIndex((w) => w.value === '-c' || w.value === '--command' || w.value === '--call');
      const script = args[index + 1];
      if (script) checkScript(script.value, context, push, depth + 1);
      return;
    }
    let rest = skipOptions(args, wrapper.valueOptions);
    rest = rest.slice(wrapper.positional ?? 0);
    return checkWords(rest, simple, context, push, depth, shown);
  }
  if (program === 'git' || program === 'git.exe') return checkGit(args, context, push, depth, shown);
  if (WRITERS.has(program)) return checkWriter(program, args, context, push, shown);
  if (program === 'find' && args.some((w) => w.value === '-delete' || w.value === '-exec' || w.value === '-execdir')) {
    const roots = args.slice(
      0,
      Math.max(
        0,
        args.findIndex((w) => w.value.startsWith('-') || w.value === '!' || w.value === '('),
      ),
    );
    for (const root of roots.length ? roots : [{ value: '.', dynamic: false, quoted: false }]) {
      const hit = protectedHit(root.value, context.cwd, context.top, { glob: !root.quoted });
      if (hit)
        push({ reason: `find with -delete/-exec under ${hit.path}: ${hit.why}`, instead: hit.instead, command: shown });
    }
    const exec = args.findIndex((w) => w.value === '-exec' || w.value === '-execdir');
    if (exec !== -1) {
      const end = args.findIndex((w, i) => i > exec && (w.value === ';' || w.value === '+'));
      checkWords(args.slice(exec + 1, end === -1 ? undefined : end), simple, context, push, depth, shown);
    }
  }
}

function checkEnv(
  args: Word[],
  simple: SimpleCommand,
  context: ShellGuardContext,
  push: Push,
  depth: number,
  shown: string,
): void {
  let i = 0;
  const assignments: { name: string; value: string }[] = [];
  for (; i < args.length; i++) {
    const word = args[i]!.value;
    if (word === '--') {
      i++;
      break;
    }
    if (word === '-S' || word === '--split-string') {
      // `env -S 'A=1 git commit -n'` splits its argument like a shell.
      const script = args[i + 1];
      if (script) checkScript(script.value, context, push, depth + 1);
      return;
    }
    if (word.startsWith('-S')) return checkScript(word.slice(2), context, push, depth + 1);
    if (['-u', '--unset', '-C', '--chdir'].includes(word)) {
      i++;
      continue;
    }
    if (word.startsWith('-')) continue;
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
    if (assignment) {
      assignments.push({ name: assignment[1]!, value: assignment[2]! });
      continue;
    }
    break;
  }
  checkAssignments(assignments, shown, push);
  checkWords(args.slice(i), simple, context, push, depth, shown);
}

function checkShellInvocation(
  args: Word[],
  simple: SimpleCommand,
  context: ShellGuardContext,
  push: Push,
  depth: number,
): void {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!.value;
    if (word === '--') break;
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(word) || word === '--command') {
      // The script is the first word after the options.
      let j = i + 1;
      while (j < args.length && /^[-+][A-Za-z]+$/.test(args[j]!.value) && args[j]!.value !== '--') j++;
      const script = args[j];
      if (script) checkScript(script.value, context, push, depth + 1);
      return;
    }
    if (!word.startsWith('-') && !word.startsWith('+')) break;
  }
  // `bash <<EOF … EOF`, `sh <<< "…"`: the script comes on stdin.
  for (const body of simple.stdinScripts) checkScript(body, context, push, depth + 1);
}

function skipOptions(args: Word[], valueOptions: string[]): Word[] {
  let i = 0;
  while (i < args.length) {
    const word = args[i]!.value;
    if (word === '--') return args.slice(i + 1);
    if (!word.startsWith('-') || word === '-') break;
    i += valueOptions.includes(word) ? 2 : 1;
  }
  return args.slice(i);
}

function checkGit(args: Word[], context: ShellGuardContext, push: Push, depth: number, shown: string): void {
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i]!;
    const value = word.value;
    if (!value.startsWith('-') || value === '-') break;
    if (value === '--') {
      i++;
      break;
    }
    const [name, inline] = splitOption(value);
    if (name === '-c' || name === '--config-env' || value.startsWith('-c')) {
      const setting =
        inline ??
        (value.length > 2 && value.startsWith('-c') && !value.startsWith('--') ? value.slice(2) : args[++i]?.value);
      if (setting !== undefined) checkGitSetting(setting, name === '--config-env', context, push, depth, shown);
      continue;
    }
    if (GIT_GLOBAL_OPTIONS_WITH_VALUE.has(name) && inline === undefined) i++;
    if (name === '--git-dir' || name === '--work-tree') {
      push({
        reason: `git ${name} runs git on another repository or work tree than the one the hooks guard`,
        instead: 'cd into the repository and run git there',
        command: shown,
      });
    }
  }
  const sub = args[i];
  if (!sub) return;
  if (sub.dynamic) {
    push({
      reason: 'the git subcommand comes from an expansion, so the guard cannot tell whether it skips the hooks',
      instead: 'write the git command out literally',
      command: shown,
    });
    return;
  }
  const rest = args.slice(i + 1);
  const alias = context.aliases?.get(sub.value.toLowerCase());
  if (alias !== undefined && !isBuiltinGit(sub.value)) {
    if (alias.startsWith('!'))
      checkScript(`${alias.slice(1)} ${rest.map((w) => quoteForScript(w.value)).join(' ')}`, context, push, depth + 1);
    else checkScript(`git ${alias} ${rest.map((w) => quoteForScript(w.value)).join(' ')}`, context, push, depth + 1);
    return;
  }
  checkGitSubcommand(sub.value, rest, context, push, depth, shown);
}

function checkGitSubcommand(
  sub: string,
  rest: Word[],
  context: ShellGuardContext,
  push: Push,
  depth: number,
  shown: string,
): void {
  if (GATED_SUBCOMMANDS.has(sub)) return checkGatedOptions(sub, rest, push, shown);
  if (sub === 'config') return checkGitConfig(rest, context, push, depth, shown);
  if (sub === 'update-ref') {
    if (rest.some((w) => w.value === '-d' || w.value === '--delete')) return;
    push({
      reason: 'git update-ref moves a ref without running the hooks (a branch can be moved past the gate)',
      instead: 'commit normally with `git commit`, so the hooks check the change',
      command: shown,
    });
    return;
  }
  if (sub === 'commit-tree') {
    push({
      reason: 'git commit-tree writes a commit without running the hooks',
      instead: 'commit normally with `git commit`, so the hooks check the change',
      command: shown,
    });
    return;
  }
  if (sub === 'replace') {
    if (rest.some((w) => ['-l', '--list', '-d', '--delete'].includes(w.value))) return;
    push({
      reason: "git replace swaps objects behind the hooks' back",
      instead: 'commit normally with `git commit`',
      command: shown,
    });
    return;
  }
  if (sub === 'hook' || sub === 'init') {
    if (
      sub === 'init' &&
      rest.some((w) => w.value.startsWith('--template') || w.value.startsWith('--separate-git-dir'))
    ) {
      push({
        reason: 'git init with a template or a separate git directory can replace the hooks',
        instead: 'leave the repository set-up to a person',
        command: shown,
      });
    }
    return;
  }
  if (sub === 'rm' || sub === 'mv' || sub === 'restore' || sub === 'checkout' || sub === 'clean') {
    const operands = rest.filter((w) => !w.value.startsWith('-') || w.value === '-');
    if (sub === 'checkout' && !rest.some((w) => w.value === '--')) return;
    for (const operand of sub === 'clean' ? [{ value: '.', dynamic: false, quoted: false }] : operands) {
      if (sub === 'clean' && !rest.some((w) => /^-[a-zA-Z]*[xX]/.test(w.value))) continue;
      const hit = protectedHit(operand.value, context.cwd, context.top, {
        glob: !operand.quoted,
        ancestors: sub !== 'clean',
      });
      if (hit) push({ reason: `git ${sub} on ${hit.path}: ${hit.why}`, instead: hit.instead, command: shown });
    }
  }
}

function checkGatedOptions(sub: string, rest: Word[], push: Push, shown: string): void {
  const valueLong = VALUE_LONG[sub] ?? [];
  const valueShort = VALUE_SHORT[sub] ?? '';
  const attachedShort = ATTACHED_SHORT[sub] ?? '';
  const refuse = (what: string) =>
    push({
      reason: `${what} on git ${sub} skips the hooks that check for a verdict`,
      instead: `run \`git ${sub}\` without it; when the hook refuses, it prints the command that records the verdict (e.g. \`ao check --judge …\`)`,
      command: shown,
    });
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const value = word.value;
    if (value === '--') break;
    if (word.dynamic && /^[-$"']/.test(value)) {
      push({
        reason: `an option of git ${sub} comes from an expansion (${value.slice(0, 40)}), so the guard cannot tell whether it is --no-verify`,
        instead: 'write the options out literally',
        command: shown,
      });
      continue;
    }
    if (value.startsWith('--')) {
      const [name, inline] = splitOption(value);
      if (name.length > '--no-v'.length - 1 && '--no-verify'.startsWith(name) && name.length >= '--no-v'.length) {
        refuse(value);
        continue;
      }
      if (inline === undefined && valueLong.some((long) => long.startsWith(name) && name.length > 3)) i++;
      continue;
    }
    if (value.startsWith('-') && value.length > 1) {
      for (let c = 1; c < value.length; c++) {
        const flag = value[c]!;
        if (flag === 'n' && SHORT_NO_VERIFY.has(sub)) {
          refuse(`-n (--no-verify)`);
          break;
        }
        if (attachedShort.includes(flag)) break;
        if (valueShort.includes(flag)) {
          if (c === value.length - 1) i++;
          break;
        }
      }
    }
  }
}

function checkGitConfig(rest: Word[], context: ShellGuardContext, push: Push, depth: number, shown: string): void {
  const words = rest.map((w) => w.value);
  const lower = words.map((w) => w.toLowerCase());
  const reads = [
    '--get',
    '--get-all',
    '--get-regexp',
    '--get-urlmatch',
    '-l',
    '--list',
    'get',
    'list',
    '--show-origin',
    '--name-only',
  ];
  const writesFlag = [
    '--unset',
    '--unset-all',
    '--replace-all',
    '--add',
    '--rename-section',
    '--remove-section',
    'set',
    'unset',
    'rename-section',
    'remove-section',
    '--edit',
    '-e',
    'edit',
  ];
  const isRead = lower.some((w) => reads.includes(w)) && !lower.some((w) => writesFlag.includes(w));
  if (isRead) return;
  if (lower.some((w) => w === '--edit' || w === '-e' || w === 'edit')) {
    push({
      reason: 'git config --edit opens the configuration where core.hooksPath lives',
      instead: 'set the one key you need with `git config KEY VALUE`',
      command: shown,
    });
    return;
  }
  const positional = words.filter(
    (w, i) =>
      !w.startsWith('-') &&
      !(i > 0 && ['--file', '-f', '--blob', '--type', '--default', '--comment'].includes(words[i - 1]!)) &&
      !['set', 'unset', 'rename-section', 'remove-section', 'get', 'list'].includes(w.toLowerCase()),
  );
  if (lower.some((w) => w === '--file' || w === '-f' || w.startsWith('--file='))) {
    push({
      reason: "git config --file writes a configuration file the guard cannot see (it may be the repository's)",
      instead: 'set repository keys with plain `git config KEY VALUE`',
      command: shown,
    });
  }
  const key = positional[0]?.toLowerCase();
  if (!key) return;
  if (
    key === 'core.hookspath' ||
    ((lower.includes('--remove-section') ||
      lower.includes('remove-section') ||
      lower.includes('--rename-section') ||
      lower.includes('rename-section')) &&
      key === 'core')
  ) {
    push({
      reason: 'changing core.hooksPath moves git away from the hooks that check for a verdict',
      instead: 'leave core.hooksPath as `ao init` set it',
      command: shown,
    });
    return;
  }
  if (key.startsWith('alias.') && positional[1] !== undefined)
    checkGitSetting(`${key}=${positional.slice(1).join(' ')}`, false, context, push, depth, shown);
}

/** One `-c KEY=VALUE` (or `--config-env KEY=ENVVAR`, `git config alias.X VALUE`): hook paths and aliases that skip the gate. */
function checkGitSetting(
  setting: string,
  fromEnv: boolean,
  context: ShellGuardContext,
  push: Push,
  depth: number,
  shown: string,
): void {
  const eq = setting.indexOf('=');
  const key = (eq === -1 ? setting : setting.slice(0, eq)).toLowerCase();
  const value = eq === -1 ? '' : setting.slice(eq + 1);
  if (key === 'core.hookspath') {
    push({
      reason: '-c core.hooksPath=… points git at other hooks (or none), skipping the verdict gate',
      instead: 'run git without it',
      command: shown,
    });
    return;
  }
  if (key.startsWith('alias.') && !fromEnv && value) {
    const before = push;
    let found = false;
    const collect: Push = (refusal) => {
      found = true;
      before({ ...refusal, reason: `the alias ${key.slice(6)} would run: ${refusal.reason}`, command: shown });
    };
    if (value.startsWith('!')) checkScript(value.slice(1), context, collect, depth + 1);
    else checkScript(`git ${value}`, context, collect, depth + 1);
    void found;
  }
}

function splitOption(value: string): [string, string | undefined] {
  const eq = value.indexOf('=');
  return eq === -1 ? [value, undefined] : [value.slice(0, eq), value.slice(eq + 1)];
}

function quoteForScript(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** git's own commands win over aliases of the same name. */
function isBuiltinGit(name: string): boolean {
  return (
    GATED_SUBCOMMANDS.has(name) ||
    [
      'config',
      'update-ref',
      'commit-tree',
      'replace',
      'status',
      'log',
      'diff',
      'add',
      'show',
      'rm',
      'mv',
      'checkout',
      'restore',
      'switch',
      'branch',
      'reset',
      'stash',
      'tag',
      'fetch',
      'clone',
      'init',
      'hook',
      'clean',
    ].includes(name)
  );
}

function checkWriter(program: string, args: Word[], context: ShellGuardContext, push: Push, shown: string): void {
  if (program === 'sed' || program === 'perl') {
    // Only in-place edits write the files they read.
    if (!args.some((w) => /^-[A-Za-z]*i/.test(w.value) || w.value.startsWith('--in-place'))) return;
  }
  let operands = args.filter((w) => !(w.value.startsWith('-') && w.value.length > 1));
  if (program === 'dd')
    operands = args.filter((w) => w.value.startsWith('of=')).map((w) => ({ ...w, value: w.value.slice(3) }));
  if (
    program === 'chmod' ||
    program === 'chown' ||
    program === 'chgrp' ||
    program === 'setfacl' ||
    program === 'chattr'
  ) {
    // The first word that is not an option is the mode (or owner); `chmod -x FILE` spells the mode as an option.
    const words = args.filter((w) => !w.value.startsWith('--'));
    const modeIndex = words.findIndex((w) => !w.value.startsWith('-') || /^-[rwxXstugoa]+$/.test(w.value));
    operands = words.slice(modeIndex + 1).filter((w) => !(w.value.startsWith('-') && w.value.length > 1));
  }
  if (program === 'sed' || program === 'perl') operands = operands.slice(1);
  if (program === 'truncate') operands = operands.filter((w, i) => !(i === 0 && /^[0-9+<>%/-]/.test(w.value)));
  // cp, ln, install, rsync write their last operand (or -t DIR); the sources are only read.
  if (['cp', 'ln', 'install', 'rsync'].includes(program)) {
    const targetIndex = args.findIndex((w) => w.value === '-t' || w.value === '--target-directory');
    const target = targetIndex !== -1 ? args[targetIndex + 1] : operands.at(-1);
    const sources = targetIndex !== -1 ? operands : operands.slice(0, -1);
    operands = target ? [target, ...sources.map((s) => ({ ...s, value: `${target.value}/${basename(s.value)}` }))] : [];
  }
  const removes = ['rm', 'rmdir', 'unlink', 'shred', 'mv', 'chmod', 'chown', 'chgrp', 'setfacl', 'chattr'].includes(
    program,
  );
  for (const operand of operands) {
    if (operand.value === '') continue;
    const hit = protectedHit(operand.value, context.cwd, context.top, { glob: !operand.quoted, ancestors: removes });
    if (!hit) continue;
    // A copy into a directory above the protected path only writes there if the name matches.
    if (['cp', 'ln', 'install', 'rsync'].includes(program) && operand === operands[0] && operands.length > 1) continue;
    push({
      reason: `${program} would ${removes ? 'change or remove' : 'write'} ${hit.path}: ${hit.why}`,
      instead: hit.instead,
      command: shown,
    });
  }
}
