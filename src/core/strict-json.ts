/**
 * The one JSON parser for everything the product reads that is not a ledger record (event
 * payloads, the policy, judges' answers): RFC 8259 exactly, and nothing a lenient parser
 * lets through. Refused: a byte order mark, invalid UTF-8, a lone surrogate (raw or
 * escaped), a duplicate key at any depth, anything after the value but whitespace, nesting
 * deeper than `maxDepth`. Two readers of the same bytes can then never see different
 * values (`JSON.parse` keeps the last of two equal keys; another parser may keep the first).
 */

interface JsonPosition {
  /** Offset of the offending byte (bytes input) or UTF-16 code unit (string input). */
  offset: number;
  /** 1-based line and column (columns count code points). */
  line: number;
  column: number;
}

export type StrictJson = { ok: true; value: unknown } | { ok: false; error: string; position: JsonPosition };

export interface StrictJsonOptions {
  /** Deepest nesting of arrays and objects accepted (default 512): bounds the parser's stack. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 512;

class Refusal extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses `input` strictly; a failure names what is wrong and where (`... at line L, column C`). */
export function parseStrictJson(input: Uint8Array | string, options: StrictJsonOptions = {}): StrictJson {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bad = invalidUtf8At(input);
    if (bad !== undefined) {
      const position = bytePosition(input, bad);
      return {
        ok: false,
        error: `invalid UTF-8 at byte ${bad} (line ${position.line}, column ${position.column})`,
        position,
      };
    }
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  }
  try {
    if (text.charCodeAt(0) === 0xfeff) throw new Refusal('a byte order mark (U+FEFF) before the value', 0);
    return { ok: true, value: new Parser(text, options.maxDepth ?? DEFAULT_MAX_DEPTH).document() };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const position = textPosition(text, error.offset);
    // For bytes, report the byte offset: what `head -c` or a hex editor shows.
    if (typeof input !== 'string') position.offset = Buffer.byteLength(text.slice(0, error.offset), 'utf8');
    return { ok: false, error: `${error.message} at line ${position.line}, column ${position.column}`, position };
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): unknown {
    const value = this.value();
    this.skipWhitespace();
    if (this.pos < this.text.length)
      throw new Refusal(`unexpected ${this.describe(this.pos)} after the JSON value`, this.pos);
    return value;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    this.pos = pos;
  }

  private describe(at: number): string {
    if (at >= this.text.length) return 'end of input';
    const code = this.text.codePointAt(at)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
      return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return `character ${JSON.stringify(String.fromCodePoint(code))}`;
  }

  private value(): unknown {
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 0x7b: // {
        return this.object();
      case 0x5b: // [
        return this.array();
      case 0x22: // "
        return this.string();
      case 0x74: // t
        return this.literal('true', true);
      case 0x66: // f
        return this.literal('false', false);
      case 0x6e: // n
        return this.literal('null', null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
        throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
    }
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) throw new Refusal(`nesting deeper than ${this.maxDepth} levels`, this.pos);
  }

  private object(): Record<string, unknown> {
    this.enter();
    const result: Record<string, unknown> = {};
    this.pos++; // {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      this.depth--;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x22)
        throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a string key`, this.pos);
      const keyAt = this.pos;
      const key = this.string();
      if (Object.hasOwn(result, key)) throw new Refusal(`duplicate key ${JSON.stringify(key)}`, keyAt);
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a)
        throw new Refusal(`unexpected ${this.describe(this.pos)}, expected ":"`, this.pos);
      this.pos++;
      // An own data property, as JSON.parse makes it: "__proto__" is a key, never the prototype.
      Object.defineProperty(result, key, { value: this.value(), writable: true, enumerable: true, configurable: true });
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x7d) break;
      throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "}"`, this.pos - 1);
    }
    this.depth--;
    return result;
  }

  private array(): unknown[] {
    this.enter();
    const result: unknown[] = [];
    this.pos++; // [
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      this.depth--;
      return result;
    }
    for (;;) {
      result.push(this.value());
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x5d) break;
      throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "]"`, this.pos - 1);
    }
    this.depth--;
    return result;
  }

  private literal(word: string, value: boolean | null): boolean | null {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
  }

  private number(): number {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    // "-", "01", "1.", "1e" and ".5" are not JSON numbers.
    if (!found) throw new Refusal('invalid number', this.pos);
    const end = this.pos + found[0].length;
    const next = this.text.charCodeAt(end);
    if (next === 0x2e || next === 0x65 || next === 0x45 || (next >= 0x30 && next <= 0x39))
      throw new Refusal('invalid number', this.pos);
    this.pos = end;
    return Number(found[0]);
  }

  private string(): string {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1; // the opening quote
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) throw new Refusal('unterminated string', start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(chunk, pos);
        this.pos = pos + 1;
        return out;
      }
      if (c < 0x20)
        throw new Refusal(
          `unescaped control character U+${c.toString(16).toUpperCase().padStart(4, '0')} in a string`,
          pos,
        );
      if (c >= 0xd800 && c <= 0xdfff) {
        // Raw surrogates reach us only from string input (valid UTF-8 holds none): pairs only.
        const low = text.charCodeAt(pos + 1);
        if (c >= 0xdc00 || !(low >= 0xdc00 && low <= 0xdfff))
          throw new Refusal(`lone surrogate U+${c.toString(16).toUpperCase()} in a string`, pos);
        pos += 2;
        continue;
      }
      if (c !== 0x5c) {
        pos++;
        continue;
      }
      out += text.slice(chunk, pos);
      const escaped = text.charCodeAt(pos + 1);
      switch (escaped) {
        case 0x22:
          out += '"';
          break;
        case 0x5c:
          out += '\\';
          break;
        case 0x2f:
          out += '/';
          break;
        case 0x62:
          out += '\b';
          break;
        case 0x66:
          out += '\f';
          break;
        case 0x6e:
          out += '\n';
          break;
        case 0x72:
          out += '\r';
          break;
        case 0x74:
          out += '\t';
          break;
        case 0x75: {
          const unit = this.hex4(pos + 2, pos);
          if (unit >= 0xdc00 && unit <= 0xdfff)
            throw new Refusal(`lone surrogate \\u${text.slice(pos + 2, pos + 6)} in a string`, pos);
          if (unit >= 0xd800 && unit <= 0xdbff) {
            const low =
              text.charCodeAt(pos + 6) === 0x5c && text.charCodeAt(pos + 7) === 0x75 ? this.hex4(pos + 8, pos + 6) : -1;
            if (!(low >= 0xdc00 && low <= 0xdfff))
              throw new Refusal(`lone surrogate \\u${text.slice(pos + 2, pos + 6)} in a string`, pos);
            out += String.fromCharCode(unit, low);
            pos += 12;
          } else {
            out += String.fromCharCode(unit);
            pos += 6;
          }
          chunk = pos;
          continue;
        }
        default:
          throw new Refusal(
            pos + 1 >= text.length
              ? 'unterminated string'
              : `invalid escape \\${String.fromCodePoint(text.codePointAt(pos + 1)!)} in a string`,
            pos,
          );
      }
      pos += 2;
      chunk = pos;
    }
  }

  private hex4(at: number, escapeAt: number): number {
    const digits = this.text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits))
      throw new Refusal('invalid \\u escape in a string (four hex digits must follow)', escapeAt);
    return Number.parseInt(digits, 16);
  }
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
export function invalidUtf8At(bytes: Uint8Array): number | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // past U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i + k;
    }
    i += need + 1;
  }
  return undefined;
}

function textPosition(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset, line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

function bytePosition(bytes: Uint8Array, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count code points: continuation bytes do not start one.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { offset, line, column };
}
