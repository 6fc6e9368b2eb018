/**
 * Reads a hook script (POSIX sh) without running it, to answer one question: does it run
 * `ao hook <name>` in a way whose refusal refuses the commit or push? A script that merely
 * mentions ao (a comment, an echo, a call behind `|| true`, after an `exit 0`) does not.
 * This is a reader for the shapes hooks take, not a shell: what it cannot follow (a call
 * inside a function or an `if`) counts as not running ao, never as running it.
 */

export type HookName = 'pre-commit' | 'pre-push';

/** How a hook names the ao program. */
export interface AoProgram {
  /** `name`: looked up on PATH; `runner`: through npx, npm exec, pnpm, yarn, bunx; `path`: a file; `variable`: `$ao`, `$AO_BIN`. */
  kind: 'name' | 'runner' | 'path' | 'variable';
  /** The program word as written, quotes removed (`ao`, `node_modules/.bin/ao`, `$ao`). */
  text: string;
  /** For a runner: its name (`npx`), and whether it would fetch a package it cannot find locally. */
  runner?: string;
  fetches?: boolean;
}

export interface AoCall {
  /** 1-based line of the call in the script. */
  line: number;
  program: AoProgram;
  args: string[];
}

export type ScriptReading =
  | { runsAo: true; call: AoCall; detail?: undefined }
  | {
      runsAo: false;
      why: 'no-call' | 'unreachable' | 'status-ignored' | 'stdin-consumed';
      line?: number;
      detail: string;
    };

interface Word {
  text: string; // quotes removed
  raw: string;
}

/** One simple command, with the operators on either side of it. */
interface Command {
  words: Word[];
  line: number;
  depth: number;
  before: string; // operator before it: '', ';', '&&', '||', '|', '&' ('' at the start of a line or script)
  after: string;
  negated: boolean;
}

const OPENERS = new Set(['if', 'while', 'until', 'for', 'case', 'select']);
const CLOSERS = new Set(['fi', 'done', 'esac']);
const CONTINUERS = new Set(['then', 'do', 'else', 'elif']);

/** Splits a script into simple commands with their nesting depth (if/while/case/{ }/( ) bodies are deeper). */
function parseCommands(text: string): Command[] {
  const commands: Command[] = [];
  const stack: string[] = [];
  let words: Word[] = [];
  let word: { text: string; raw: string } | undefined;
  let line = 1;
  let commandLine = 1;
  let before = '';
  let skipNextWord = false; // the target of a redirection
  const heredocs: { tag: string; strip: boolean }[] = [];
  let i = 0;

  const endWord = () => {
    if (!word) return;
    if (skipNextWord) skipNextWord = false;
    else {
      if (words.length === 0) commandLine = line;
      words.push(word);
    }
    word = undefined;
  };
  const endCommand = (op: string) => {
    endWord();
    let negated = false;
    // Reserved words at the start of a command change the depth; what follows them is a command.
    while (words.length > 0) {
      const first = words[0]!.raw;
      if (OPENERS.has(first) || first === '{') {
        stack.push(first);
        words.shift();
        if (first === 'for' || first === 'select' || first === 'case') words = []; // `for x in ...`, `case $x in`: no command
      } else if (CLOSERS.has(first) || first === '}') {
        stack.pop();
        words.shift();
      } else if (CONTINUERS.has(first)) words.shift();
      else if (first === '!') {
        negated = true;
        words.shift();
      } else break;
    }
    if (words.length > 0) commands.push({ words, line: commandLine, depth: stack.length, before, after: op, negated });
    else if (commands.length > 0 && op !== '\n' && op !== ';') commands[commands.length - 1]!.after = op;
    words = [];
    before = op === '\n' ? '' : op;
  };
  const append = (text: string, raw: string) => {
    word ??= { text: '', raw: '' };
    word.text += text;
    word.raw += raw;
  };
  /** Reads a `$( )` or backquoted substitution starting at `start`; returns the index after it. */
  const substitution = (start: number): number => {
    if (text[start] === '`') {
      let j = start + 1;
      while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      return j + 1;
    }
    let depth = 0;
    let j = start; // at '('
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === "'") j = text.indexOf("'", j + 1) === -1 ? text.length : text.indexOf("'", j + 1);
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      else if (c === '\n') line++;
    }
    return j;
  };

  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && next === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '\n') {
      endCommand('\n');
      line++;
      i++;
      // The bodies of here-documents started on this line are data, not commands.
      for (const { tag, strip } of heredocs.splice(0)) {
        while (i < text.length) {
          const end = text.indexOf('\n', i);
          const body = text.slice(i, end === -1 ? text.length : end);
          i = end === -1 ? text.length : end + 1;
          line++;
          if ((strip ? body.replace(/^\t+/, '') : body) === tag) break;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    if (c === '#' && !word) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      const stop = end === -1 ? text.length : end;
      const body = text.slice(i + 1, stop);
      line += body.split('\n').length - 1;
      append(body, text.slice(i, stop + 1));
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let body = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) {
          body += text[j + 1];
          j += 2;
        } else if ((text[j] === '$' && text[j + 1] === '(') || text[j] === '`') {
          const end = substitution(text[j] === '`' ? j : j + 1);
          body += text.slice(j, end);
          j = end;
        } else {
          if (text[j] === '\n') line++;
          body += text[j];
          j++;
        }
      }
      append(body, text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      append(next ?? '', text.slice(i, i + 2));
      i += 2;
      continue;
    }
    if ((c === '$' && next === '(') || c === '`') {
      const end = substitution(c === '`' ? i : i + 1);
      append(text.slice(i, end), text.slice(i, end));
      i = end;
      continue;
    }
    if (c === '$' && next === '{') {
      const end = text.indexOf('}', i);
      const stop = end === -1 ? text.length : end + 1;
      append(text.slice(i, stop), text.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === '<' || c === '>') {
      if (word && /^\d+$/.test(word.raw)) word = undefined; // the fd number of `2>&1`
      endWord();
      let j = i + 1;
      if (c === '<' && text[j] === '<') {
        j++;
        const strip = text[j] === '-';
        if (strip) j++;
        const match = /^[ \t]*(['"]?)([A-Za-z0-9_-]+)\1/.exec(text.slice(j));
        if (match) {
          heredocs.push({ tag: match[2]!, strip });
          j += match[0].length;
        }
        i = j;
        continue;
      }
      if (text[j] === '>' || text[j] === '&' || text[j] === '|') j++;
      if (text[j - 1] === '&' && /\d|-/.test(text[j] ?? '')) {
        while (/\d|-/.test(text[j] ?? '')) j++; // `>&2`: no target word
      } else skipNextWord = true;
      i = j;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      const op =
        (c === '&' && next === '&') || (c === '|' && next === '|') || (c === ';' && next === ';') ? c + next : c;
      endCommand(op === ';;' ? ';' : op);
      i += op.length;
      continue;
    }
    if (c === '(' || c === ')') {
      endWord();
      if (c === '(') {
        if (words.length > 0 && text[i + 1] === ')') {
          // `name() {`: a function definition; its body is deeper (the `{` opens it).
          words = [];
          i += 2;
          continue;
        }
        endCommand(';');
        stack.push('(');
      } else {
        if (stack[stack.length - 1] === 'case') {
          words = []; // a case pattern: `a|b)`
          i++;
          continue;
        }
        endCommand(';');
        if (stack[stack.length - 1] === '(') stack.pop();
      }
      i++;
      continue;
    }
    append(c, c);
    i++;
  }
  endCommand('\n');
  return commands;
}

const RUNNER_FLAGS_WITH_VALUE = new Set(['-p', '--package', '-c', '--call', '--node-options']);

/** The program a command runs once `exec`, `env`, assignments and package runners are looked through. */
function programOf(words: Word[]): { program: AoProgram; args: string[]; exec: boolean } | undefined {
  let rest = words.map((w) => w.text);
  let exec = false;
  for (;;) {
    const first = rest[0];
    if (first === undefined) return undefined;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) rest = rest.slice(1);
    else if (first === 'exec') (exec = true), (rest = rest.slice(1));
    else if (first === 'command' || first === 'time' || first === 'env')
      rest = rest.slice(1).filter((w, k) => k > 0 || !w.startsWith('-'));
    else break;
  }
  const [first, ...args] = rest as [string, ...string[]];
  const runner = runnerOf(first, args);
  if (runner) {
    const [name, ...after] = runner.rest;
    if (name !== 'ao' && name !== '@agentops/verdict') return undefined;
    return { program: { kind: 'runner', text: name, runner: runner.name, fetches: runner.fetches }, args: after, exec };
  }
  if (first === 'node' && args[0] && /(^|\/)(ao|dist\/cli\/index\.js)$/.test(args[0])) {
    return { program: { kind: 'path', text: args[0] }, args: args.slice(1), exec };
  }
  const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(first);
  if (variable && /^(ao|AO_BIN)$/i.test(variable[1]!))
    return { program: { kind: 'variable', text: `$${variable[1]}` }, args, exec };
  if (first === 'ao') return { program: { kind: 'name', text: 'ao' }, args, exec };
  if (/\/ao$/.test(first)) return { program: { kind: 'path', text: first }, args, exec };
  return undefined;
}

function runnerOf(first: string, args: string[]): { name: string; rest: string[]; fetches: boolean } | undefined {
  const skipFlags = (words: string[]) => {
    let k = 0;
    let noInstall = false;
    while (k < words.length && words[k]!.startsWith('-')) {
      const flag = words[k]!;
      if (flag === '--') {
        k++;
        break;
      }
      if (flag === '--no-install' || flag === '--no' || flag === '--offline' || flag === '--prefer-offline=false')
        noInstall = true;
      k += RUNNER_FLAGS_WITH_VALUE.has(flag) ? 2 : 1;
    }
    return { rest: words.slice(k), noInstall };
  };
  if (first === 'npx' || first === 'bunx') {
    const { rest, noInstall } = skipFlags(args);
    return { name: first, rest, fetches: !noInstall };
  }
  if ((first === 'npm' && (args[0] === 'exec' || args[0] === 'x')) || (first === 'bun' && args[0] === 'x')) {
    const { rest, noInstall } = skipFlags(args.slice(1));
    return { name: `${first} ${args[0]}`, rest, fetches: !noInstall };
  }
  if (first === 'pnpm' || first === 'yarn') {
    const sub = args[0] === 'exec' || args[0] === 'run' ? 1 : args[0] === 'dlx' ? -1 : 0;
    if (sub === -1) return { name: `${first} dlx`, rest: skipFlags(args.slice(1)).rest, fetches: true };
    return { name: sub ? `${first} ${args[0]}` : first, rest: skipFlags(args.slice(sub)).rest, fetches: false };
  }
  return undefined;
}

/** True when `args` ask ao for the decision this hook needs. */
function argsFit(args: string[], hook: HookName): boolean {
  if (args[0] === 'hook') return args[1] === hook;
  // `ao verify` on the staged change decides what the commit hook decides.
  return (
    hook === 'pre-commit' && args[0] === 'verify' && args.slice(1).every((a) => a === '--staged' || a === '--json')
  );
}

function isTerminating(command: Command): boolean {
  const found = programOf(command.words);
  const first = command.words[0]?.text;
  const unconditional = !['&&', '||', '|'].includes(command.before) && !['&&', '||', '|'].includes(command.after);
  if (!unconditional || command.negated) return false;
  if (first === 'exit' || first === 'return') return true;
  // `exec >&2` only redirects; `exec prog` replaces the shell.
  return first === 'exec' && command.words.length > 1 && !found;
}

function exitKeepsStatus(command: Command | undefined): boolean {
  if (command?.words[0]?.text !== 'exit') return false;
  const code = command.words[1]?.text;
  return code === undefined || code === '$?' || /^[1-9]\d*$/.test(code);
}

function readsStdin(command: Command): boolean {
  const [first, ...rest] = command.words.map((w) => w.text);
  if (first === 'read' || (first === 'cat' && rest.length === 0)) return true;
  return command.words.some(
    (w) => /\$\(\s*cat\s*\)|`\s*cat\s*`/.test(w.text) || /^[A-Za-z_][A-Za-z0-9_]*=\$\(\s*cat\s*\)/.test(w.raw),
  );
}

/**
 * Whether the script runs `ao hook <hook>` so that ao's refusal is the hook's refusal.
 * `errexit`: the script runs under `sh -e` (husky runs .husky/ files so).
 */
export function readHookScript(text: string, hook: HookName, options: { errexit?: boolean } = {}): ScriptReading {
  const commands = parseCommands(text);
  const top = commands.filter((c) => c.depth === 0);
  let errexit = options.errexit === true || /^#![^\n]*\s-[a-z]*e/.test(text);
  let stdinRead = false;
  let mentioned: AoCall | undefined;
  for (let k = 0; k < top.length; k++) {
    const command = top[k]!;
    const found = programOf(command.words);
    if (!found) {
      if (isTerminating(command)) {
        const later = top.slice(k + 1).find((c) => programOf(c.words) && argsFit(programOf(c.words)!.args, hook));
        if (later)
          return {
            runsAo: false,
            why: 'unreachable',
            line: later.line,
            detail: `line ${command.line} (\`${command.words.map((w) => w.raw).join(' ')}\`) ends the script before ao runs on line ${later.line}`,
          };
      }
      const [first, ...rest] = command.words.map((w) => w.text);
      if (first === 'set' && rest.some((w) => /^-[a-z]*e/.test(w) || w === 'errexit')) errexit = true;
      if (first === 'set' && rest.some((w) => /^\+[a-z]*e/.test(w))) errexit = false;
      if (readsStdin(command)) stdinRead = true;
      continue;
    }
    const call: AoCall = { line: command.line, program: found.program, args: found.args };
    if (!argsFit(found.args, hook)) {
      mentioned ??= call;
      continue;
    }
    const where = `line ${command.line}`;
    if (command.negated || command.before === '||' || command.after === '|' || command.after === '&') {
      const how = command.negated
        ? 'negates it with `!`'
        : command.before === '||'
          ? 'runs it only when the command before fails'
          : command.after === '|'
            ? "pipes its output on, so the status is the next command's"
            : 'runs it in the background';
      return { runsAo: false, why: 'status-ignored', line: command.line, detail: `${where} runs ao but ${how}` };
    }
    if (hook === 'pre-push' && stdinRead && command.before !== '|') {
      return {
        runsAo: false,
        why: 'stdin-consumed',
        line: command.line,
        detail: `the script reads git's list of pushed refs from stdin before ${where}, and does not pass it on to ao, which then checks nothing`,
      };
    }
    const index = commands.indexOf(command);
    const rest = commands.slice(index + 1);
    const after = rest[0];
    let decides: boolean;
    if (found.exec) decides = true;
    // `ao ... || exit 1`, or `|| { echo ...; exit 1; }`: the refusal still ends the script.
    else if (command.after === '||') {
      const deeper = rest.slice(1).findIndex((c) => c.depth <= command.depth);
      decides = rest.slice(0, deeper === -1 ? rest.length : deeper + 1).some(exitKeepsStatus);
    }
    // `ao ... && more`: a refusal skips the rest of the list, whose status is then the script's only if nothing follows.
    else if (command.after === '&&') decides = rest.every((c) => ['&&', '||', '|'].includes(c.before));
    else
      decides =
        errexit ||
        rest.length === 0 ||
        (after?.depth === command.depth && exitKeepsStatus(after) && [undefined, '$?'].includes(after.words[1]?.text));
    if (!decides) {
      const swallow =
        command.after === '||'
          ? `\`|| ${after?.words.map((w) => w.raw).join(' ') ?? ''}\` swallows its refusal`
          : command.after === '&&'
            ? 'the script goes on after that list, and exits with the status of what runs last'
            : 'the script goes on after it and exits with the status of what runs last';
      return { runsAo: false, why: 'status-ignored', line: command.line, detail: `${where} runs ao but ${swallow}` };
    }
    return { runsAo: true, call };
  }
  if (mentioned) {
    return {
      runsAo: false,
      why: 'no-call',
      line: mentioned.line,
      detail: `line ${mentioned.line} runs ao ${mentioned.args.join(' ')}, not \`ao hook ${hook}\``,
    };
  }
  const inside = commands.find((c) => c.depth > 0 && programOf(c.words) && argsFit(programOf(c.words)!.args, hook));
  if (inside) {
    return {
      runsAo: false,
      why: 'no-call',
      line: inside.line,
      detail: `ao runs only inside a condition, loop or function (line ${inside.line}); a hook must run \`ao hook ${hook}\` on every path`,
    };
  }
  return {
    runsAo: false,
    why: 'no-call',
    detail: `it never runs \`ao hook ${hook}\`${/\bao\b/.test(text) ? ' (it only mentions ao, in a comment or as text)' : ''}`,
  };
}

/** Lines of a YAML file with comments removed (a `#` at the start or after a space, outside quotes). */
function yamlLines(text: string): { indent: number; content: string; line: number }[] {
  return text.split('\n').map((raw, index) => {
    let content = '';
    let quote = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (k === 0 || /\s/.test(raw[k - 1]!))) break;
      content += c;
    }
    return { indent: /^ */.exec(raw)![0].length, content: content.trimEnd(), line: index + 1 };
  });
}

function yamlScalar(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

export interface ConfigReading {
  runsAo: boolean;
  /** The command found (an `entry:` or `run:` value), when it names ao through a program to resolve. */
  call?: AoCall;
  /** The framework provides ao itself (a hook from a remote repository, a `language: node` hook): nothing to look up. */
  remote?: boolean;
  line?: number;
  detail: string;
}

const PRE_COMMIT_IDS: Record<HookName, string> = { 'pre-commit': 'ao-verify', 'pre-push': 'ao-verify-push' };

/** Does a `.pre-commit-config.yaml` run ao for this hook type? */
export function readPreCommitConfig(text: string, hook: HookName): ConfigReading {
  const lines = yamlLines(text);
  let repo = '';
  // Each `- id:` starts a hook entry; its `entry:` (if any) follows at deeper indentation.
  for (let k = 0; k < lines.length; k++) {
    const { content, line } = lines[k]!;
    const repoMatch = /^\s*-?\s*repo:\s*(.*)$/.exec(content);
    if (repoMatch) repo = yamlScalar(repoMatch[1]!);
    const idMatch = /^(\s*)-\s*id:\s*(.*)$/.exec(content);
    if (!idMatch) continue;
    const id = yamlScalar(idMatch[2]!);
    const indent = idMatch[1]!.length;
    let entry: { value: string; line: number } | undefined;
    let language = '';
    for (let j = k + 1; j < lines.length && (lines[j]!.indent > indent || lines[j]!.content === ''); j++) {
      const entryMatch = /^\s*entry:\s*(.*)$/.exec(lines[j]!.content);
      if (entryMatch) entry = { value: yamlScalar(entryMatch[1]!), line: lines[j]!.line };
      const languageMatch = /^\s*language:\s*(.*)$/.exec(lines[j]!.content);
      if (languageMatch) language = yamlScalar(languageMatch[1]!);
    }
    if (entry) {
      const reading = readHookScript(entry.value, hook);
      // Only `system` and `script` hooks run with the user's PATH; other languages get an environment the framework builds.
      const managed = language !== 'system' && language !== 'script';
      if (reading.runsAo)
        return {
          runsAo: true,
          call: { ...reading.call, line: entry.line },
          remote: managed,
          line: entry.line,
          detail: `entry on line ${entry.line}`,
        };
    } else if (id === PRE_COMMIT_IDS[hook] && repo !== 'local' && repo !== 'meta') {
      return { runsAo: true, remote: true, line, detail: `hook id ${id} on line ${line}` };
    }
  }
  return {
    runsAo: false,
    detail: `it has no hook that runs \`ao hook ${hook}\` (id ${PRE_COMMIT_IDS[hook]}, or an entry running it)`,
  };
}

/** Does a lefthook YAML configuration run ao for this hook? (JSON configurations too.) */
export function readLefthookConfig(text: string, hook: HookName, json: boolean): ConfigReading {
  const runs: { value: string; line: number }[] = [];
  let skipped = false;
  let stdin = false;
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { runsAo: false, detail: 'it is not valid JSON' };
    }
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'string' && key === 'run') runs.push({ value, line: 0 });
      if (key === 'skip' && value === true) skipped = true;
      if (key === 'use_stdin' && value === true) stdin = true;
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk((parsed as Record<string, unknown> | null)?.[hook], hook);
  } else {
    const lines = yamlLines(text);
    const start = lines.findIndex((l) => l.indent === 0 && new RegExp(`^["']?${hook}["']?:\\s*$`).test(l.content));
    if (start !== -1) {
      for (let k = start + 1; k < lines.length && (lines[k]!.indent > 0 || lines[k]!.content === ''); k++) {
        const { content, line, indent } = lines[k]!;
        const run = /^\s*(?:-\s*)?run:\s*(.*)$/.exec(content);
        if (run) {
          let value = yamlScalar(run[1]!);
          if (/^[|>][-+]?$/.test(value)) {
            const body: string[] = [];
            for (let j = k + 1; j < lines.length && (lines[j]!.indent > indent || lines[j]!.content === ''); j++)
              body.push(lines[j]!.content.trim());
            value = body.join('\n');
          }
          runs.push({ value, line });
        }
        if (/^\s*skip:\s*true\s*$/.test(content)) skipped = true;
        if (/^\s*use_stdin:\s*true\s*$/.test(content)) stdin = true;
      }
    }
  }
  if (skipped) return { runsAo: false, detail: `its ${hook} section says \`skip: true\`` };
  for (const run of runs) {
    const reading = readHookScript(run.value, hook);
    if (!reading.runsAo) continue;
    if (hook === 'pre-push' && !stdin) {
      return {
        runsAo: false,
        line: run.line || undefined,
        detail: 'its pre-push command runs ao without `use_stdin: true`, so ao gets no pushed refs and checks nothing',
      };
    }
    return {
      runsAo: true,
      call: { ...reading.call, line: run.line },
      line: run.line || undefined,
      detail: run.line ? `run on line ${run.line}` : 'a run command',
    };
  }
  return { runsAo: false, detail: `its ${hook} section has no command that runs \`ao hook ${hook}\`` };
}
