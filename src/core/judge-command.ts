import { AoError } from './errors.js';
import { shellQuote } from './shell.js';

/**
 * Which files a `--judge` command runs or loads, so that `ao check` can make sure none of
 * them comes from the change under review (docs/check.md#where-a-judge-comes-from). A judge
 * runs in a checkout of the change: a relative path, a shell expansion, a package runner or
 * an interpreter flag that loads code from the working directory would let the change supply
 * the judge. The command must therefore be one simple command whose every loaded file can be
 * named before it runs; the caller resolves those names (outside the change) and the command
 * is rewritten with what they resolved to.
 */

/** A word of the command that names something run or loaded. */
export interface JudgeFileRef {
  /** The word as the shell would see it, quotes removed. */
  text: string;
  /**
   * program: run as a command (a bare name is looked up on PATH, a path is a file).
   * script: a file an interpreter runs. module: a file an interpreter loads first (node
   * --import X). dir: a directory an interpreter loads code from (ruby -I DIR).
   */
  role: 'program' | 'script' | 'module' | 'dir';
}

/** Returns the text that replaces the word (an absolute path, or the word unchanged); throws AoError to refuse. */
export type JudgeFileResolver = (ref: JudgeFileRef) => string;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Shell builtins that load nothing: a judge like `echo '{...}'` or `exit 3` names no file. */
const BUILTINS = new Set(['echo', 'printf', 'exit', 'true', 'false', ':']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash']);
/** Programs that run the program after their options, e.g. `timeout 30 node x.mjs`. */
const WRAPPERS: Record<string, { withValue: string[]; refuse?: string[]; skipNumber?: boolean }> = {
  env: { withValue: ['-u', '--unset'], refuse: ['-C', '--chdir', '-S', '--split-string'] },
  exec: { withValue: ['-a'] },
  command: { withValue: [] },
  nice: { withValue: ['-n', '--adjustment'], skipNumber: true },
  nohup: { withValue: [] },
  setsid: { withValue: [] },
  stdbuf: { withValue: ['-i', '-o', '-e'] },
  time: { withValue: ['-f', '-o'] },
  timeout: { withValue: ['-s', '--signal', '-k', '--kill-after'], skipNumber: true },
};
/** Interpreters whose first non-option word is the script, with the options that matter. */
const INTERPRETERS: {
  match: RegExp;
  inline: string[];
  modules: string[];
  dirs: string[];
  withValue: string[];
  note: string;
}[] = [
  {
    match: /^(node|nodejs)$/,
    inline: ['-e', '--eval', '-p', '--print', '--run', '-'],
    modules: [
      '-r',
      '--require',
      '--import',
      '--loader',
      '--experimental-loader',
      '--env-file',
      '--env-file-if-exists',
      '--experimental-config-file',
    ],
    dirs: [],
    withValue: ['-C', '--conditions', '--input-type', '--title'],
    note: 'inline code resolves its imports from the working directory, and --run reads its package.json',
  },
  {
    match: /^python(\d+(\.\d+)*)?$/,
    inline: ['-c', '-m', '-'],
    modules: [],
    dirs: [],
    withValue: ['-W', '-X', '--check-hash-based-pycs'],
    note: 'python puts the working directory first on sys.path for -c and -m',
  },
  {
    match: /^ruby$/,
    inline: ['-e', '-'],
    modules: ['-r'],
    dirs: ['-I', '-C'],
    withValue: ['-E', '--encoding'],
    note: 'inline code loads from the working directory',
  },
  {
    match: /^perl$/,
    inline: ['-e', '-E', '-'],
    modules: [],
    dirs: ['-I'],
    withValue: ['-M', '-m'],
    note: 'inline code loads from the working directory',
  },
];
/**
 * Launchers that take configuration, scripts or packages from their working directory
 * (.npmrc, node_modules/.bin, package.json scripts, bunfig.toml, deno.json, tsconfig paths,
 * pyproject.toml, Makefile, Cargo build scripts, .mise.toml...): in the checkout of the
 * change, the change would choose what they run.
 */
const PROJECT_LAUNCHERS = new Set([
  'npx',
  'npm',
  'pnpm',
  'pnpx',
  'yarn',
  'yarnpkg',
  'corepack',
  'bun',
  'bunx',
  'deno',
  'tsx',
  'ts-node',
  'uv',
  'uvx',
  'pipx',
  'poetry',
  'pipenv',
  'pdm',
  'hatch',
  'rye',
  'make',
  'gmake',
  'just',
  'task',
  'cargo',
  'go',
  'mvn',
  'gradle',
  'gradlew',
  'rake',
  'bundle',
  'bundler',
  'composer',
  'dotnet',
  'mise',
  'asdf',
  'direnv',
  'xargs',
]);
/**
 * Environment names that make a program load code from a path (NODE_OPTIONS=--import ./x):
 * set on a judge's command line, a relative path in them resolves inside the change.
 */
export const LOADER_ENV = new Set([
  'PATH',
  'NODE_OPTIONS',
  'NODE_PATH',
  'BASH_ENV',
  'ENV',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'PYTHONHOME',
  'PYTHONUSERBASE',
  'RUBYOPT',
  'RUBYLIB',
  'PERL5OPT',
  'PERL5LIB',
  'PERLLIB',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'DYLD_INSERT_LIBRARIES',
  'DYLD_LIBRARY_PATH',
  'DYLD_FRAMEWORK_PATH',
]);

const FIX =
  'put the judge in a file outside the repository and name it by its absolute path, e.g. "node $HOME/.config/ao/judges/claude.mjs" (in double quotes, so that your shell expands $HOME)';

/**
 * The command with every file it runs or loads replaced by what `resolve` says (absolute
 * paths outside the change). Throws AoError when the command is not one simple command whose
 * files can be named before it runs.
 */
export function resolveJudgeCommand(command: string, resolve: JudgeFileResolver): string {
  return rewrite(command, resolve, command, 0);
}

function refuse(judge: string, problem: string, fix = FIX): never {
  throw new AoError(
    `the judge ${JSON.stringify(judge)} ${problem}: ao check cannot tell that the change under review does not supply it`,
    { fix },
  );
}

function rewrite(command: string, resolve: JudgeFileResolver, judge: string, depth: number): string {
  if (depth > 3) refuse(judge, 'nests shells too deeply');
  const words = shellWords(command, judge);
  const replaced = new Map<Word, string>();
  // Files are resolved once the whole command has been read: what cannot be analysed is refused first.
  const pending: { word: Word; role: JudgeFileRef['role']; text: string; prefix: string }[] = [];
  const use = (word: Word, role: JudgeFileRef['role'], attached?: string) => {
    const text = attached ?? word.text;
    pending.push({ word, role, text, prefix: word.text.slice(0, word.text.length - text.length) });
  };
  const finish = () => {
    for (const { word, role, text, prefix } of pending) {
      const resolved = resolve({ text, role });
      if (resolved !== text) replaced.set(word, `${prefix}${resolved}`);
    }
    return applyReplacements(command, replaced);
  };
  let i = 0;
  for (;;) {
    // Assignments before the program: VAR=value is data, unless it tells a program where to load code from.
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!.text)) {
      const name = words[i]!.text.slice(0, words[i]!.text.indexOf('='));
      if (LOADER_ENV.has(name))
        refuse(
          judge,
          `sets ${name}, which tells programs where to load code from (a relative path in it resolves inside the checkout of the change)`,
          `drop ${name}=… from the judge's command line; ${FIX}`,
        );
      i++;
    }
    const program = words[i];
    if (!program) refuse(judge, 'names no program');
    const name = program.text.split('/').pop()!;
    if (BUILTINS.has(program.text)) break;
    if (PROJECT_LAUNCHERS.has(name)) {
      refuse(
        judge,
        `runs ${name}, which takes its configuration, scripts or packages from the working directory, here a checkout of the change`,
        `install the tool and name its program by absolute path (e.g. "$(command -v claude) -p ..."), or ${FIX}`,
      );
    }
    use(program, 'program');
    i++;
    const wrapper = WRAPPERS[name];
    if (wrapper) {
      for (; i < words.length; i++) {
        const text = words[i]!.text;
        if (wrapper.refuse?.some((flag) => text === flag || text.startsWith(`${flag}=`)))
          refuse(judge, `runs ${name} ${text}, which changes how the program is found`);
        if (wrapper.withValue.includes(text)) i++;
        else if (text === '--') {
          i++;
          break;
        } else if (!text.startsWith('-') && !(wrapper.skipNumber && /^[0-9.]+[smhd]?$/.test(text))) break;
      }
      continue;
    }
    if (SHELLS.has(name)) {
      for (; i < words.length; i++) {
        const text = words[i]!.text;
        // -c, also inside a cluster such as -lc: the next word is the script.
        if (/^-[A-Za-z]*c[A-Za-z]*$/.test(text)) {
          const script = words[i + 1];
          if (!script) refuse(judge, `runs ${name} ${text} without a script`);
          const inner = rewrite(script.text, resolve, judge, depth + 1);
          if (inner !== script.text) replaced.set(script, inner);
          return finish();
        }
        if (text === '-s' || text === '-' || text === '--') break;
        if (text === '-o' || text === '+o' || text === '-O' || text === '+O') {
          i++;
          continue;
        }
        if (!text.startsWith('-') && !text.startsWith('+')) {
          use(words[i]!, 'script');
          return finish();
        }
      }
      refuse(
        judge,
        `runs ${name} on its standard input, which is the review request: the change's diff would be its program`,
      );
    }
    const interpreter = INTERPRETERS.find((it) => it.match.test(name));
    if (interpreter) {
      const takesValue = (flag: string) =>
        [...interpreter.inline, ...interpreter.modules, ...interpreter.dirs, ...interpreter.withValue].includes(flag);
      // One option and its value (attached, or the next word when `attached` is undefined).
      const option = (word: Word, flag: string, attached: string | undefined) => {
        if (interpreter.inline.includes(flag)) refuse(judge, `runs ${name} ${flag} (${interpreter.note})`);
        const loads = interpreter.modules.includes(flag)
          ? 'module'
          : interpreter.dirs.includes(flag)
            ? 'dir'
            : undefined;
        if (attached !== undefined) {
          if (loads) use(word, loads, attached);
          return;
        }
        if (!takesValue(flag)) return;
        const value = words[i + 1];
        if (!value) refuse(judge, `ends with ${flag} and no value`);
        if (loads) use(value, loads);
        i++;
      };
      for (; i < words.length; i++) {
        const word = words[i]!;
        const text = word.text;
        if (text === '-') refuse(judge, `runs ${name} on its standard input, which is the review request`);
        if (text === '--') {
          i++;
          break;
        }
        if (!text.startsWith('-')) break;
        if (text.startsWith('--')) {
          const eq = text.indexOf('=');
          option(word, eq < 0 ? text : text.slice(0, eq), eq < 0 ? undefined : text.slice(eq + 1));
          continue;
        }
        // A cluster of short options (-wle, -Wignore, -r./x): the first that takes a value takes the rest.
        for (let k = 1; k < text.length; k++) {
          const flag = `-${text[k]}`;
          if (takesValue(flag)) {
            option(word, flag, k + 1 < text.length ? text.slice(k + 1) : undefined);
            break;
          }
        }
      }
      const script = words[i];
      if (!script) refuse(judge, `runs ${name} on its standard input, which is the review request`);
      use(script, 'script');
    }
    break;
  }
  return finish();
}

/** The command with the given words replaced by shell-quoted text. */
function applyReplacements(command: string, replaced: Map<Word, string>): string {
  const words = [...replaced].sort(([a], [b]) => b.start - a.start);
  let out = command;
  for (const [word, text] of words) out = `${out.slice(0, word.start)}${shellQuote(text)}${out.slice(word.end)}`;
  return out;
}

/**
 * The words of one simple command as /bin/sh would split them, quotes removed. Refuses what
 * would make the words depend on the shell's state when it runs (expansions, globs, `~`),
 * and anything beyond one command (`;`, `&&`, pipes, redirections, subshells, comments).
 */
function shellWords(command: string, judge: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  const n = command.length;
  while (i < n) {
    while (i < n && (command[i] === ' ' || command[i] === '\t')) i++;
    if (i >= n) break;
    const start = i;
    let text = '';
    if (command[i] === '~') refuse(judge, "starts a word with ~, which expands to the checker's fresh HOME");
    if (command[i] === '#') refuse(judge, 'has a comment');
    while (i < n && command[i] !== ' ' && command[i] !== '\t') {
      const c = command[i]!;
      if (c === "'") {
        const close = command.indexOf("'", i + 1);
        if (close < 0) refuse(judge, 'has an unclosed quote');
        text += command.slice(i + 1, close);
        i = close + 1;
      } else if (c === '"') {
        i++;
        for (;;) {
          if (i >= n) refuse(judge, 'has an unclosed quote');
          const d = command[i]!;
          if (d === '"') break;
          if (d === '$' || d === '`')
            refuse(
              judge,
              `expands ${d === '$' ? '$…' : '`…`'} when it runs, inside the checkout (where $PWD is the change and $HOME is empty)`,
            );
          if (d === '\\' && i + 1 < n && '"\\$`'.includes(command[i + 1]!)) {
            text += command[i + 1];
            i += 2;
            continue;
          }
          text += d;
          i++;
        }
        i++;
      } else if (c === '\\') {
        if (i + 1 >= n || command[i + 1] === '\n') refuse(judge, 'continues over a line');
        text += command[i + 1];
        i += 2;
      } else if (c === '$' || c === '`') {
        refuse(
          judge,
          `expands ${c === '$' ? '$…' : '`…`'} when it runs, inside the checkout (where $PWD is the change and $HOME is empty)`,
        );
      } else if ('*?['.includes(c)) {
        refuse(judge, `has the pattern character ${c}, which the shell matches against the files of the checkout`);
      } else if (';&|<>()\n\r'.includes(c)) {
        refuse(
          judge,
          'is more than one simple command (it has ; & | < > ( ) or a line break)',
          `make the judge one program and its arguments; put anything more in a script outside the repository. ${FIX}`,
        );
      } else {
        text += c;
        i++;
      }
    }
    words.push({ text, start, end: i });
  }
  if (words.length === 0) refuse(judge, 'is empty');
  return words;
}
