/**
 * Splits a shell command line the way a POSIX shell (bash) would, far enough to see every
 * simple command it runs: words after quote removal, leading assignments, redirections,
 * and the commands inside `$(…)`, backticks, `<(…)`, subshells and here-documents fed to a
 * shell. It never runs or expands anything: a word that depends on an expansion (`$x`,
 * `$(…)`, `` `…` ``) is marked `dynamic`, so a guard can refuse what it cannot read.
 */

export interface Word {
  /** The word after quote removal; expansions are left as written (`$x`). */
  value: string;
  /** True when part of the word comes from an expansion the shell would perform. */
  dynamic: boolean;
  /** True when any part of the word was quoted or escaped. */
  quoted: boolean;
}

interface Redirect {
  op: string;
  target: Word;
}

export interface SimpleCommand {
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
  /** Bodies of here-documents and here-strings given to this command, in order. */
  stdinScripts: string[];
}

/** Where a parse stopped being sure of what it read (an unclosed quote, a runaway nesting). */
export interface ParsedScript {
  commands: SimpleCommand[];
  /** Set when the text is not a complete command line (an unterminated quote or substitution). */
  incomplete?: string;
}

const MAX_DEPTH = 16;
const MAX_COMMANDS = 2000;
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '\n']);
const RESERVED_STARTS = new Set([
  '!',
  '{',
  '}',
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  'time',
  'case',
  'esac',
  'function',
  '[[',
  ']]',
  'coproc',
]);

export function parseShell(text: string): ParsedScript {
  const commands: SimpleCommand[] = [];
  const state = { incomplete: undefined as string | undefined };
  parseInto(text, commands, 0, state);
  return state.incomplete ? { commands, incomplete: state.incomplete } : { commands };
}

function parseInto(text: string, out: SimpleCommand[], depth: number, state: { incomplete?: string }): void {
  if (depth > MAX_DEPTH) {
    state.incomplete ??= 'nested too deeply';
    return;
  }
  const lexer = new Lexer(text, out, depth, state);
  lexer.run();
}

class Lexer {
  private i = 0;
  private current: SimpleCommand = emptyCommand();
  /** Here-documents whose bodies start at the next newline: [delimiter, strip tabs, command]. */
  private pendingHeredocs: { delimiter: string; stripTabs: boolean; command: SimpleCommand; quoted: boolean }[] = [];
  /** `case WORD in` … patterns end with `)`: words before it are patterns, not commands. */
  private caseDepth = 0;
  private inCasePattern = false;

  constructor(
    private readonly text: string,
    private readonly out: SimpleCommand[],
    private readonly depth: number,
    private readonly state: { incomplete?: string },
  ) {}

  run(): void {
    const { text } = this;
    while (this.i < text.length) {
      if (this.out.length > MAX_COMMANDS) {
        this.state.incomplete ??= 'too many commands';
        return;
      }
      const ch = text[this.i]!;
      if (ch === ' ' || ch === '\t') {
        this.i++;
        continue;
      }
      if (ch === '\\' && text[this.i + 1] === '\n') {
        this.i += 2;
        continue;
      }
      if (ch === '#') {
        while (this.i < text.length && text[this.i] !== '\n') this.i++;
        continue;
      }
      if (ch === '\n') {
        this.endCommand();
        this.i++;
        this.readHeredocBodies();
        continue;
      }
      if (OPERATOR_CHARS.has(ch)) {
        // `(` at a command's start opens a subshell; `)` closes it or ends a case pattern.
        if (ch === ')' && this.inCasePattern) this.inCasePattern = false;
        if (ch === ';' && text[this.i + 1] === ';') this.inCasePattern = this.caseDepth > 0;
        this.endCommand();
        this.i +=
          ch === '&' && text[this.i + 1] === '&'
            ? 2
            : ch === '|' && (text[this.i + 1] === '|' || text[this.i + 1] === '&')
              ? 2
              : 1;
        continue;
      }
      const redirect = this.readRedirectOperator();
      if (redirect) {
        this.readRedirect(redirect);
        continue;
      }
      const word = this.readWord();
      if (!word) {
        this.i++;
        continue;
      }
      this.addWord(word);
    }
    this.endCommand();
    if (this.pendingHeredocs.length > 0) this.state.incomplete ??= 'a here-document is not terminated';
  }

  private addWord(word: Word): void {
    const cmd = this.current;
    if (this.inCasePattern) return;
    if (cmd.words.length === 0) {
      if (!word.quoted && RESERVED_STARTS.has(word.value)) {
        if (word.value === 'case') this.caseDepth++;
        if (word.value === 'esac') this.caseDepth = Math.max(0, this.caseDepth - 1);
        return;
      }
      const assignment = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(word.value);
      if (assignment) {
        cmd.assignments.push({
          name: assignment[1]!,
          value: { ...word, value: word.value.slice(assignment[0].length) },
        });
        return;
      }
    }
    cmd.words.push(word);
    // `case x in`: the patterns that follow end with `)`.
    if (this.caseDepth > 0 && cmd.words.length >= 3 && cmd.words[0]!.value === 'case' && word.value === 'in')
      this.inCasePattern = true;
    // `for NAME in WORDS; do`: not a command; `in` lists words. Leave it to the caller: `for` is no program.
  }

  private endCommand(): void {
    const cmd = this.current;
    if (cmd.words.length > 0 || cmd.assignments.length > 0 || cmd.redirects.length > 0) this.out.push(cmd);
    this.current = emptyCommand();
  }

  private readRedirectOperator(): string | undefined {
    const rest = this.text.slice(this.i, this.i + 4);
    const match =
      /^(?:[0-9]{0,2}(?:<<<|<<-|<<|<>|<&|>&|>>|>\||<|>)|&>>|&>)/.exec(rest) ??
      /^[0-9]{1,2}(?:<<<|<<-|<<|<>|<&|>&|>>|>\||<|>)/.exec(this.text.slice(this.i, this.i + 6));
    if (!match) return undefined;
    // `<(…)` and `>(…)` are process substitutions, not redirections.
    if ((match[0] === '<' || match[0] === '>') && this.text[this.i + 1] === '(') return undefined;
    this.i += match[0].length;
    return match[0].replace(/^[0-9]+/, '');
  }

  private readRedirect(op: string): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
    const target = this.readWord() ?? { value: '', dynamic: false, quoted: false };
    if (op === '<<' || op === '<<-') {
      this.pendingHeredocs.push({
        delimiter: target.value,
        stripTabs: op === '<<-',
        command: this.current,
        quoted: target.quoted,
      });
      return;
    }
    if (op === '<<<') {
      this.current.stdinScripts.push(target.value);
      return;
    }
    this.current.redirects.push({ op, target });
  }

  /** After a newline: the bodies of the here-documents opened on the line that ended. */
  private readHeredocBodies(): void {
    const { text } = this;
    for (const heredoc of this.pendingHeredocs.splice(0)) {
      const lines: string[] = [];
      let closed = false;
      while (this.i < text.length) {
        const end = text.indexOf('\n', this.i);
        const line = text.slice(this.i, end === -1 ? text.length : end);
        this.i = end === -1 ? text.length : end + 1;
        const compared = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
        if (compared === heredoc.delimiter) {
          closed = true;
          break;
        }
        lines.push(compared);
      }
      if (!closed) this.state.incomplete ??= `the here-document ${JSON.stringify(heredoc.delimiter)} is not terminated`;
      heredoc.command.stdinScripts.push(lines.join('\n'));
      // An unquoted here-document expands $(…) and backticks as it is read.
      if (!heredoc.quoted) this.scanExpansionsIn(lines.join('\n'));
    }
  }

  /** Finds the command substitutions inside text the shell expands (a here-document body). */
  private scanExpansionsIn(body: string): void {
    const inner = new Lexer(body, this.out, this.depth + 1, this.state);
    // Read it as the inside of double quotes: only $(…), `…` and ${…} matter.
    inner.readDoubleQuotedBody(body.length);
  }

  /** Reads one word; `undefined` when the next character starts no word. */
  private readWord(): Word | undefined {
    const { text } = this;
    let value = '';
    let dynamic = false;
    let quoted = false;
    let any = false;
    while (this.i < text.length) {
      const ch = text[this.i]!;
      if (ch === ' ' || ch === '\t' || ch === '\n' || OPERATOR_CHARS.has(ch)) {
        // `<(…)` / `>(…)` handled below; a bare operator ends the word.
        break;
      }
      if ((ch === '<' || ch === '>') && text[this.i + 1] === '(') {
        this.i += 2;
        const body = this.readBalanced(')');
        parseInto(body, this.out, this.depth + 1, this.state);
        value += '/dev/fd/63';
        dynamic = true;
        any = true;
        continue;
      }
      if (ch === '<' || ch === '>') break;
      any = true;
      if (ch === '\\' && text[this.i + 1] === '\n') {
        // A line continuation joins the word with the next line.
        this.i += 2;
        continue;
      }
      if (ch === '\\') {
        quoted = true;
        if (this.i + 1 < text.length) value += text[this.i + 1];
        this.i += 2;
        continue;
      }
      if (ch === "'") {
        quoted = true;
        const end = text.indexOf("'", this.i + 1);
        if (end === -1) {
          this.state.incomplete ??= 'a single quote is not closed';
          value += text.slice(this.i + 1);
          this.i = text.length;
          break;
        }
        value += text.slice(this.i + 1, end);
        this.i = end + 1;
        continue;
      }
      if (ch === '$' && text[this.i + 1] === "'") {
        quoted = true;
        this.i += 2;
        value += this.readAnsiC();
        continue;
      }
      if (ch === '"') {
        quoted = true;
        this.i++;
        const part = this.readDoubleQuoted();
        value += part.value;
        dynamic ||= part.dynamic;
        continue;
      }
      if (ch === '$' || ch === '`') {
        const expansion = this.readExpansion();
        if (expansion !== undefined) {
          value += expansion;
          dynamic = true;
          continue;
        }
      }
      value += ch;
      this.i++;
    }
    return any ? { value, dynamic, quoted } : undefined;
  }

  /** `$…` or `` `…` `` at this.i: parses any command inside and returns the text as written. */
  private readExpansion(): string | undefined {
    const { text } = this;
    const start = this.i;
    if (text[this.i] === '`') {
      this.i++;
      let body = '';
      while (this.i < text.length && text[this.i] !== '`') {
        if (text[this.i] === '\\' && this.i + 1 < text.length) {
          body += text[this.i + 1];
          this.i += 2;
          continue;
        }
        body += text[this.i++];
      }
      if (this.i >= text.length) this.state.incomplete ??= 'a backquote is not closed';
      this.i++;
      parseInto(body, this.out, this.depth + 1, this.state);
      return text.slice(start, this.i);
    }
    const next = text[this.i + 1];
    if (next === '(' && text[this.i + 2] === '(') {
      this.i += 3;
      const body = this.readBalanced(')');
      if (text[this.i] === ')') this.i++;
      // Arithmetic can hold command substitutions too.
      this.scanExpansionsIn(body);
      return text.slice(start, this.i);
    }
    if (next === '(') {
      this.i += 2;
      const body = this.readBalanced(')');
      parseInto(body, this.out, this.depth + 1, this.state);
      return text.slice(start, this.i);
    }
    if (next === '{') {
      this.i += 2;
      const body = this.readBalanced('}');
      this.scanExpansionsIn(body);
      return text.slice(start, this.i);
    }
    const name = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(this.i, this.i + 256));
    if (name) {
      this.i += name[0].length;
      return name[0];
    }
    return undefined;
  }

  /** Text up to the matching closer (quotes and nesting respected); this.i ends after it. */
  private readBalanced(closer: ')' | '}'): string {
    const { text } = this;
    const opener = closer === ')' ? '(' : '{';
    const start = this.i;
    let depth = 1;
    while (this.i < text.length) {
      const ch = text[this.i]!;
      if (ch === '\\') {
        this.i += 2;
        continue;
      }
      if (ch === "'") {
        const end = text.indexOf("'", this.i + 1);
        this.i = end === -1 ? text.length : end + 1;
        continue;
      }
      if (ch === '"') {
        this.i++;
        this.skipDoubleQuoted();
        continue;
      }
      if (ch === '`') {
        this.i++;
        while (this.i < text.length && text[this.i] !== '`') this.i += text[this.i] === '\\' ? 2 : 1;
        this.i++;
        continue;
      }
      if (ch === opener) depth++;
      if (ch === closer) {
        depth--;
        if (depth === 0) {
          const body = text.slice(start, this.i);
          this.i++;
          return body;
        }
      }
      this.i++;
    }
    this.state.incomplete ??= `a ${opener} is not closed`;
    return text.slice(start);
  }

  private skipDoubleQuoted(): void {
    const { text } = this;
    while (this.i < text.length && text[this.i] !== '"') {
      if (text[this.i] === '\\') this.i += 2;
      else if (text[this.i] === '$' && text[this.i + 1] === '(') {
        this.i += 2;
        this.readBalancedQuiet(')');
      } else this.i++;
    }
    this.i++;
  }

  private readBalancedQuiet(closer: ')' | '}'): void {
    const saved = this.state.incomplete;
    this.readBalanced(closer);
    this.state.incomplete = saved ?? this.state.incomplete;
  }

  /** The inside of "…" from this.i; this.i ends after the closing quote. */
  private readDoubleQuoted(): { value: string; dynamic: boolean } {
    const part = this.readDoubleQuotedBody(this.text.length, '"');
    if (this.text[this.i] === '"') this.i++;
    else this.state.incomplete ??= 'a double quote is not closed';
    return part;
  }

  readDoubleQuotedBody(limit: number, closer?: string): { value: string; dynamic: boolean } {
    const { text } = this;
    let value = '';
    let dynamic = false;
    while (this.i < limit && text[this.i] !== closer) {
      const ch = text[this.i]!;
      if (ch === '\\' && this.i + 1 < limit) {
        const next = text[this.i + 1]!;
        if ('$`"\\\n'.includes(next)) {
          if (next !== '\n') value += next;
          this.i += 2;
          continue;
        }
        value += ch;
        this.i++;
        continue;
      }
      if (ch === '$' || ch === '`') {
        const expansion = this.readExpansion();
        if (expansion !== undefined) {
          value += expansion;
          dynamic = true;
          continue;
        }
      }
      value += ch;
      this.i++;
    }
    return { value, dynamic };
  }

  private readAnsiC(): string {
    const { text } = this;
    let value = '';
    const escapes: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      e: '\x1b',
      E: '\x1b',
      f: '\f',
      v: '\v',
      '\\': '\\',
      "'": "'",
      '"': '"',
      '?': '?',
    };
    while (this.i < text.length && text[this.i] !== "'") {
      const ch = text[this.i]!;
      if (ch === '\\' && this.i + 1 < text.length) {
        const next = text[this.i + 1]!;
        const hex = /^x([0-9A-Fa-f]{1,2})/.exec(text.slice(this.i + 1, this.i + 4));
        const octal = /^([0-7]{1,3})/.exec(text.slice(this.i + 1, this.i + 4));
        const unicode = /^[uU]([0-9A-Fa-f]{1,8})/.exec(text.slice(this.i + 1, this.i + 10));
        if (hex) {
          value += String.fromCharCode(parseInt(hex[1]!, 16));
          this.i += 1 + hex[0].length;
        } else if (unicode) {
          const code = parseInt(unicode[1]!, 16);
          value += code <= 0x10ffff ? String.fromCodePoint(code) : '';
          this.i += 1 + unicode[0].length;
        } else if (octal) {
          value += String.fromCharCode(parseInt(octal[1]!, 8) & 0xff);
          this.i += 1 + octal[0].length;
        } else {
          value += escapes[next] ?? `\\${next}`;
          this.i += 2;
        }
        continue;
      }
      value += ch;
      this.i++;
    }
    if (this.i >= text.length) this.state.incomplete ??= "a $'…' quote is not closed";
    this.i++;
    return value;
  }
}

function emptyCommand(): SimpleCommand {
  return { assignments: [], words: [], redirects: [], stdinScripts: [] };
}
