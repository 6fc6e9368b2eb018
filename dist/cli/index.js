#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ openRepo),
  v: () => (/* binding */ readStdin)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(414);
;// CONCATENATED MODULE: ./src/git/git.ts




/**
 * The one place that runs git. Every call is `git` + an argument vector (never a shell
 * string), and work over many objects or commits goes through a single batched process.
 */
const MIN_GIT_VERSION = [2, 38, 0];
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
class GitError extends errors/* AoError */.VS {
    constructor(args, result) {
        const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
        super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
            fix: 'check the repository with `git status` and `git fsck`, then run the command again',
        });
    }
}
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let size = 0;
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_OUTPUT_BYTES)
                child.kill();
            else
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new errors/* AoError */.VS(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', { fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works' }));
            }
            else
                reject(new errors/* AoError */.VS(`could not run git: ${error.message}`));
        });
        // A git that exits before reading all its input is answered by its exit code, not EPIPE.
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result));
        });
        child.stdin.end(options.input ?? '');
    });
}
function cwdMissing(cwd) {
    try {
        return !(0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        return true;
    }
}
function parseGitVersion(text) {
    const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}
function versionAtLeast(version, minimum) {
    for (let i = 0; i < minimum.length; i++) {
        const a = version[i] ?? 0;
        const b = minimum[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
class Git {
    cwd;
    topLevel;
    gitDir;
    objectFormat;
    version;
    isShallow;
    emptyTree;
    zeroId;
    constructor(cwd, topLevel, gitDir, objectFormat, version, isShallow) {
        this.cwd = cwd;
        this.topLevel = topLevel;
        this.gitDir = gitDir;
        this.objectFormat = objectFormat;
        this.version = version;
        this.isShallow = isShallow;
        this.emptyTree =
            objectFormat === 'sha256'
                ? '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
                : '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
        this.zeroId = '0'.repeat(objectFormat === 'sha256' ? 64 : 40);
    }
    /** Opens the repository containing `cwd`, refusing bare repositories and old gits. */
    static async open(cwd) {
        const versionText = (await runGit(cwd, ['version']).catch((error) => {
            throw error instanceof GitError ? new errors/* AoError */.VS('git is not working', { fix: 'run `git --version` and repair the git install' }) : error;
        })).stdout.toString();
        const version = parseGitVersion(versionText);
        if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
            throw new errors/* AoError */.VS(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
                fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
            });
        }
        // One probe: outside a work tree --show-toplevel fails, but the lines before it still say why.
        const probe = await runGit(cwd, ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--show-object-format', '--is-shallow-repository', '--absolute-git-dir', '--show-toplevel'], { okCodes: [128] });
        const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
        if (bare === 'true') {
            throw new errors/* AoError */.VS('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
                fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
            });
        }
        if (inside === 'false') {
            throw new errors/* AoError */.VS(`${cwd} is inside the .git directory, not the working tree`, { fix: 'cd into the working tree and run the command again' });
        }
        if (probe.code !== 0 || !top) {
            throw new errors/* AoError */.VS(`${cwd} is not inside a git repository`, { fix: 'run the command from inside your repository, or create one with `git init`' });
        }
        return new Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
    }
    run(args, options) {
        return runGit(this.topLevel, args, options);
    }
    async text(args, options) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    hasMergeTreeStdin() {
        return versionAtLeast(this.version, [2, 40, 0]);
    }
    /** Resolves revisions to commit ids in one batch; `undefined` for those that do not name a commit. */
    async resolveCommits(revs) {
        if (revs.length === 0)
            return [];
        for (const rev of revs) {
            if (/[\n\0]/.test(rev))
                throw new errors/* AoError */.VS(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
        }
        const result = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: revs.map((rev) => `${rev}^{commit}`).join('\n') + '\n',
        });
        return result.stdout
            .toString()
            .trimEnd()
            .split('\n')
            .map((line) => {
            const [id, type] = line.split(' ');
            return type === 'commit' ? id : undefined;
        });
    }
    async resolveCommit(rev, role = 'revision') {
        const [id] = await this.resolveCommits([rev]);
        if (!id) {
            throw new errors/* AoError */.VS(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
                fix: this.isShallow ? 'fetch the full history with `git fetch --unshallow`, then run the command again' : 'check the name with `git log --oneline -n 5 REV`',
            });
        }
        return id;
    }
    async headCommit() {
        const [id] = await this.resolveCommits(['HEAD']);
        return id;
    }
    /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
    async diffIndexCached(tree) {
        const out = await this.run(['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', tree]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
     * Porcelain `git diff` compares content where stat data is stale (a file touched but
     * unchanged), which plumbing `diff-index` would report as modified.
     */
    async diffWorktree(tree, paths) {
        const out = await this.run(['diff', '--no-ext-diff', '--no-textconv', '-z', '--raw', '--full-index', '--no-renames', tree, '--', ...paths]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    async diffTrees(a, b, paths = []) {
        const out = await this.run(['diff-tree', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none', a, b, ...(paths.length ? ['--', ...paths] : [])]);
        return (0,manifest/* parseRawDiff */.LP)(out.stdout).entries;
    }
    /**
     * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
     * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
     */
    async diffBatch(items) {
        const diffs = new Map();
        if (items.length === 0)
            return diffs;
        const out = (await this.run(['diff-tree', '--stdin', '--always', '--root', '-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'], {
            input: items.join('\n') + '\n',
        })).stdout;
        let position = 0;
        while (position < out.length) {
            // A commit's header ends in NUL; a tree pair's header ends in a newline.
            const nul = out.indexOf(0, position);
            const newline = out.indexOf(0x0a, position);
            const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
            if (headerEnd < 0)
                break;
            const header = out.toString('latin1', position, headerEnd);
            const parsed = (0,manifest/* parseRawDiff */.LP)(out, headerEnd + 1);
            diffs.set(header, parsed.entries);
            position = parsed.end;
        }
        return diffs;
    }
    /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
    async listCommits(revListArgs) {
        const out = await this.run(['log', '--reverse', '--topo-order', '-z', '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s', ...revListArgs, '--']);
        const text = out.stdout.toString('utf8');
        if (!text)
            return [];
        return text
            .split('\0')
            .filter((line) => line.length > 0)
            .map((line) => {
            const [sha = "", tree = "", parents = "", authorName = "", authorEmail = "", subject = ""] = line.replace(/^\n/, '').split('\x1f');
            return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
        });
    }
    /** `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge gives. */
    async mergeTrees(pairs) {
        if (pairs.length === 0)
            return [];
        if (this.hasMergeTreeStdin()) {
            const out = await this.run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
                input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
            });
            return parseMergeTreeStdin(out.stdout, pairs.length);
        }
        // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
        const results = [];
        for (const [a, b] of pairs) {
            const out = await this.run(['merge-tree', '--write-tree', '--name-only', '--no-messages', a, b], { okCodes: [1] });
            results.push({ tree: out.stdout.toString('latin1').split('\n')[0] ?? '', clean: out.code === 0 });
        }
        return results;
    }
    async writeIndexTree() {
        return (await this.text(['write-tree'])).trim();
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    /** Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids. */
    async lsTree(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--full-tree', rev, '--', prefix]);
        const entries = [];
        for (const item of out.stdout.toString('utf8').split('\0')) {
            if (!item)
                continue;
            const tab = item.indexOf('\t');
            const [mode = '', type = '', id = ''] = item.slice(0, tab).split(' ');
            entries.push({ mode, type, id, path: item.slice(tab + 1) });
        }
        return entries;
    }
    /** Untracked, not ignored files below `prefix` in the working tree. */
    async untrackedFiles(prefix) {
        const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Reads many objects in one `cat-file --batch`; names may be ids or `rev:path`. */
    async readObjects(names) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new errors/* AoError */.VS(`invalid object name ${JSON.stringify(name)}`);
        }
        const out = (await this.run(['cat-file', '--batch'], { input: names.join('\n') + '\n' })).stdout;
        let position = 0;
        for (const name of names) {
            const lineEnd = out.indexOf(0x0a, position);
            const header = out.toString('latin1', position, lineEnd);
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                result.set(name, undefined);
                position = lineEnd + 1;
                continue;
            }
            const size = Number(header.split(' ')[2]);
            const start = lineEnd + 1;
            result.set(name, out.subarray(start, start + size));
            position = start + size + 1;
        }
        return result;
    }
    async stage(paths) {
        if (paths.length === 0)
            return;
        await this.run(['add', '--', ...paths]);
    }
    async configGet(key) {
        const result = await this.run(['config', '--get', key], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    async gitPath(name) {
        return (await this.text(['rev-parse', '--path-format=absolute', '--git-path', name])).trim();
    }
    /** The email git would record as the author of the next commit. */
    async authorEmail() {
        const result = await this.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] });
        if (result.code !== 0)
            return undefined;
        const match = /<([^>]*)>/.exec(result.stdout.toString());
        return match?.[1] || undefined;
    }
}
function parseMergeTreeStdin(out, count) {
    // Each result: "<status>\0<tree>\0[<conflicted path>\0...]\0" with status 1 for clean.
    const tokens = out.toString('latin1').split('\0');
    const results = [];
    let i = 0;
    while (results.length < count && i < tokens.length) {
        const status = tokens[i++];
        const tree = tokens[i++] ?? '';
        while (i < tokens.length && tokens[i] !== '')
            i++;
        i++;
        results.push({ tree, clean: status === '1' });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/cli/context.ts

function openRepo(cli) {
    return Git.open(cli.cwd);
}
function readStdin() {
    return new Promise((resolve, reject) => {
        if (process.stdin.isTTY)
            return resolve('');
        const chunks = [];
        process.stdin.on('data', (chunk) => chunks.push(chunk));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
    });
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(109);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(349);


// A closed pipe (`ao log | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(0);
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    stdin: _context_js__WEBPACK_IMPORTED_MODULE_1__/* .readStdin */ .v,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: reportError

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/manifest.ts
var core_manifest = __nccwpck_require__(414);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __nccwpck_require__(130);
;// CONCATENATED MODULE: ./src/core/ledger.ts

const FIX_RESTORE = 'restore the ledger from the base branch with `git checkout BASE -- .agents/ledger`, or remove the file with `git rm`, then run `ao ledger verify`';
function refsFromPaths(paths) {
    const refs = new Map();
    const stray = [];
    for (const path of paths) {
        const parts = (0,core_record/* parseRecordPath */.OT)(path);
        if (parts)
            refs.set(parts.id, { ...parts, path });
        else
            stray.push(path);
    }
    return { refs, stray };
}
/**
 * Fully checks `files` (the records under test) on top of `base` (records trusted by path).
 * Every record must parse, hash to its id, sit at the path its seq and id give, name this
 * ledger's genesis, point only at records that exist, and carry seq = 1 + the largest
 * seq among its parents. Exactly one genesis across base and new.
 */
function checkRecords(base, files) {
    const problems = [];
    const records = [];
    for (const file of files) {
        if (file.kind !== 'file') {
            problems.push({
                code: `not-a-file`,
                message: `${file.path} is a ${file.kind}, not a record file`,
                path: file.path,
                fix: `remove it with \`git rm -r --cached ${quotePath(file.path)}\` and delete it from the working tree`,
            });
            continue;
        }
        if (!(0,core_record/* parseRecordPath */.OT)(file.path)) {
            problems.push({
                code: 'stray-file',
                message: `${file.path} is not a record file name (expected ${core_record/* LEDGER_DIR */.EN}/NNNN/SSSSSSSS-<64 hex>.json)`,
                path: file.path,
                fix: `only \`ao\` writes under ${core_record/* LEDGER_DIR */.EN}/: move the file elsewhere (\`git mv\`) or delete it`,
            });
            continue;
        }
        if (file.size !== undefined && file.size > core_record/* MAX_RECORD_BYTES */.xR) {
            problems.push({ code: 'too-large', message: `${file.path}: record file is ${file.size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`, path: file.path, fix: FIX_RESTORE });
            continue;
        }
        const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes ?? new Uint8Array());
        if (!parsed.ok) {
            problems.push({ code: parsed.problem.code, message: `${file.path}: ${parsed.problem.message}`, path: file.path, fix: FIX_RESTORE });
            continue;
        }
        records.push(parsed.record);
    }
    const seqOf = new Map();
    for (const ref of base.values())
        seqOf.set(ref.id, ref.seq);
    for (const record of records)
        seqOf.set(record.id, record.seq);
    const geneses = [...base.values()].filter((ref) => ref.seq === 0).map((ref) => ref.id);
    for (const record of records)
        if (record.type === 'genesis' && !base.has(record.id))
            geneses.push(record.id);
    const uniqueGeneses = [...new Set(geneses)];
    let genesisId = uniqueGeneses[0];
    if (uniqueGeneses.length > 1) {
        const baseGenesis = [...base.values()].find((ref) => ref.seq === 0);
        genesisId = baseGenesis?.id ?? uniqueGeneses.sort()[0];
        for (const id of uniqueGeneses) {
            if (id === genesisId)
                continue;
            problems.push({
                code: 'second-genesis',
                message: `a second genesis record ${(0,core_record/* shortId */.m_)(id)} (the ledger's genesis is ${(0,core_record/* shortId */.m_)(genesisId)})`,
                recordId: id,
                fix: 'a ledger has exactly one genesis: delete the extra one (`ao init` never writes a second)',
            });
        }
    }
    if (!genesisId && (records.length > 0 || base.size > 0)) {
        problems.push({ code: 'no-genesis', message: 'the ledger has no genesis record', fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)' });
    }
    for (const record of records) {
        if (record.type === 'genesis')
            continue;
        const where = { path: undefined, recordId: record.id };
        if (genesisId && record.ledger !== genesisId) {
            problems.push({
                code: 'foreign-record',
                message: `record ${(0,core_record/* shortId */.m_)(record.id)} belongs to another ledger (its genesis is ${(0,core_record/* shortId */.m_)(record.ledger)}, this ledger's is ${(0,core_record/* shortId */.m_)(genesisId)}): copied from another repository?`,
                ...where,
                fix: 'delete the copied record; record a verdict for this repository with `ao verdict`',
            });
        }
        let maxPrevSeq = -1;
        let dangling = false;
        for (const prev of record.prev) {
            const seq = seqOf.get(prev);
            if (seq === undefined) {
                dangling = true;
                problems.push({
                    code: 'dangling-prev',
                    message: `record ${(0,core_record/* shortId */.m_)(record.id)} points to ${(0,core_record/* shortId */.m_)(prev)}, which is not in the ledger (deleted, or never here)`,
                    ...where,
                    fix: 'restore the missing record from history (`git log --all -- .agents/ledger`), or drop the record that points to it',
                });
            }
            else
                maxPrevSeq = Math.max(maxPrevSeq, seq);
        }
        if (!dangling && record.seq !== maxPrevSeq + 1) {
            problems.push({
                code: 'bad-seq',
                message: `record ${(0,core_record/* shortId */.m_)(record.id)} has seq ${record.seq}, but one more than its parents' largest seq is ${maxPrevSeq + 1}`,
                ...where,
                fix: 'records are written only by `ao`: delete this one and record the verdict again',
            });
        }
    }
    return { records, problems, genesisId };
}
/** Records that no other record names in `prev`: where the next record attaches. */
function computeHeads(records) {
    const all = new Set();
    const referenced = new Set();
    for (const record of records) {
        all.add(record.id);
        for (const prev of record.prev)
            referenced.add(prev);
    }
    return [...all].filter((id) => !referenced.has(id)).sort();
}
/** Nanosecond-precision sort key for RFC 3339 UTC timestamps with any number of fraction digits. */
function timeKey(createdAt) {
    const match = /^(.{19})(?:\.(\d{1,9}))?Z$/.exec(createdAt);
    return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : createdAt;
}
/** The order in which a later record overrides an earlier one: seq, then createdAt, then id. */
function compareRecords(a, b) {
    if (a.seq !== b.seq)
        return a.seq - b.seq;
    const ta = timeKey(a.createdAt);
    const tb = timeKey(b.createdAt);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Every digest a verdict speaks for: its subject, and each commit a range or commit subject lists. */
function digestsNamedBy(record) {
    const digests = [record.subject.digest];
    if (record.subject.kind === 'range')
        for (const c of record.subject.commits)
            digests.push(c.digest);
    return digests;
}
class DigestIndex {
    latest = new Map();
    all = new Map();
    add(records) {
        for (const record of records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set(digestsNamedBy(record))) {
                const current = this.latest.get(digest);
                if (!current || compareRecords(current, record) < 0)
                    this.latest.set(digest, record);
                const list = this.all.get(digest);
                if (list)
                    list.push(record);
                else
                    this.all.set(digest, [record]);
            }
        }
    }
    latestFor(digest) {
        return this.latest.get(digest);
    }
    historyFor(digest) {
        return [...(this.all.get(digest) ?? [])].sort(compareRecords);
    }
}
function quotePath(path) {
    return /^[A-Za-z0-9._\/-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/repo/changes.ts



function shortSha(sha) {
    return sha.slice(0, 7);
}
/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing. Batched: one diff-tree for
 * all commits, one merge-tree (per merge on git older than 2.40).
 */
async function changesOfCommits(git, commits) {
    const merges = commits.filter((c) => c.parents.length >= 2);
    const twoParentMerges = merges.filter((c) => c.parents.length === 2);
    const recomputed = await git.mergeTrees(twoParentMerges.map((c) => [c.parents[0], c.parents[1]]));
    const mergeItem = new Map();
    twoParentMerges.forEach((commit, i) => mergeItem.set(commit.sha, `${recomputed[i].tree} ${commit.tree}`));
    // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
    // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
    for (const commit of merges)
        if (commit.parents.length > 2)
            mergeItem.set(commit.sha, `${commit.sha} ${commit.parents[0]}`);
    const items = commits.map((c) => mergeItem.get(c.sha) ?? c.sha);
    const diffs = await git.diffBatch(items);
    return commits.map((commit, i) => {
        const item = items[i];
        const octopus = commit.parents.length > 2;
        const entries = diffs.get(octopus ? commit.sha : item) ?? [];
        const manifest = (0,core_manifest/* buildManifest */.u1)(entries);
        const isMerge = commit.parents.length >= 2;
        return {
            change: {
                kind: isMerge ? 'merge' : 'commit',
                label: shortSha(commit.sha),
                commit: commit.sha,
                subjectLine: commit.subject,
                authorName: commit.authorName,
                authorEmail: commit.authorEmail,
                manifest,
                cleanMerge: isMerge && manifest.entries.length === 0 && commit.parents.length === 2,
            },
            ledgerEntries: entries.filter(core_manifest/* isLedgerEntry */.c9),
        };
    });
}
/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
function pendingMergeHeads(git) {
    const file = (0,external_node_path_namespaceObject.join)(git.gitDir, 'MERGE_HEAD');
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}
/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give (so only conflict resolutions and hand edits need a verdict).
 * The ledger entries always compare with HEAD, where append-only is judged.
 */
async function stagedChange(git, head, authorEmail) {
    const againstHead = await git.diffIndexCached(head ?? git.emptyTree);
    const ledgerEntries = againstHead.filter(core_manifest/* isLedgerEntry */.c9);
    const mergeHeads = head ? pendingMergeHeads(git) : [];
    let entries = againstHead;
    let merging = false;
    if (head && mergeHeads.length === 1) {
        const [recomputed] = await git.mergeTrees([[head, mergeHeads[0]]]);
        const indexTree = await git.writeIndexTree();
        entries = await git.diffTrees(recomputed.tree, indexTree);
        merging = true;
    }
    const manifest = (0,core_manifest/* buildManifest */.u1)(entries);
    return {
        change: {
            kind: 'staged',
            label: merging ? 'staged merge' : 'staged change',
            authorEmail,
            manifest,
            cleanMerge: merging && manifest.entries.length === 0,
        },
        ledgerEntries,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/core/sshsig.ts
/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources), implemented in-process with
 * node:crypto so verification never shells out.
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512, never SHA-1).
 */


class SshSigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SshSigError';
    }
}
/** Armored signatures larger than this are rejected before any parsing. */
const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;
const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits
const RSA_MIN_BITS = 1024; // OpenSSH's SSH_RSA_MINIMUM_MODULUS_SIZE
const RSA_MAX_BITS = 16384; // OpenSSL's verification limit
const RSA_SIGNING_ALGORITHM = 'rsa-sha2-512';
const RSA_VERIFY_HASHES = {
    'rsa-sha2-256': 'sha256',
    'rsa-sha2-512': 'sha512',
};
const ECDSA_CURVES = {
    'ecdsa-sha2-nistp256': { sshCurveName: 'nistp256', jwkCurve: 'P-256', fieldBytes: 32, hash: 'sha256' },
    'ecdsa-sha2-nistp384': { sshCurveName: 'nistp384', jwkCurve: 'P-384', fieldBytes: 48, hash: 'sha384' },
    'ecdsa-sha2-nistp521': { sshCurveName: 'nistp521', jwkCurve: 'P-521', fieldBytes: 66, hash: 'sha512' },
};
const ED25519 = 'ssh-ed25519';
const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];
// ---------------------------------------------------------------------------
// SSH wire format (RFC 4251 §5)
/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
class SshReader {
    buf;
    what;
    offset = 0;
    constructor(buf, what) {
        this.buf = buf;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.offset;
    }
    bytes(length) {
        if (length > this.remaining) {
            throw new SshSigError(`${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`);
        }
        const out = this.buf.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint32() {
        return this.bytes(4).readUInt32BE(0);
    }
    string() {
        return this.bytes(this.uint32());
    }
    /** A string that must be printable ASCII (algorithm names, namespaces, curve names). */
    ascii(field) {
        const raw = this.string();
        if (!/^[\x20-\x7e]*$/.test(raw.toString('latin1'))) {
            throw new SshSigError(`${this.what}: ${field} contains non-printable bytes`);
        }
        return raw.toString('latin1');
    }
    /**
     * A non-negative mpint, returned as its big-endian magnitude without a sign
     * byte. Rejects negative and non-minimal encodings, as OpenSSH does.
     */
    mpint(field) {
        const raw = this.string();
        if (raw.length > 0 && (raw[0] & 0x80) !== 0) {
            throw new SshSigError(`${this.what}: ${field} is negative`);
        }
        if (raw.length > 1 && raw[0] === 0 && (raw[1] & 0x80) === 0) {
            throw new SshSigError(`${this.what}: ${field} has a non-minimal encoding`);
        }
        return raw[0] === 0 ? raw.subarray(1) : raw;
    }
    end() {
        if (this.remaining !== 0) {
            throw new SshSigError(`${this.what} has ${this.remaining} unexpected trailing bytes`);
        }
    }
}
function sshUint32(value) {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value, 0);
    return out;
}
function sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([sshUint32(bytes.length), bytes]);
}
/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
function sshMpint(magnitude) {
    let start = 0;
    while (start < magnitude.length && magnitude[start] === 0)
        start++;
    const trimmed = magnitude.subarray(start);
    const needsSignByte = trimmed.length > 0 && (trimmed[0] & 0x80) !== 0;
    return sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function leftPad(magnitude, length, field) {
    if (magnitude.length > length) {
        throw new SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
    }
    return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}
function stripLeadingZeros(magnitude) {
    let start = 0;
    while (start < magnitude.length - 1 && magnitude[start] === 0)
        start++;
    return magnitude.subarray(start);
}
function base64url(bytes) {
    return bytes.toString('base64url');
}
/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
function decodeStrictBase64(text, what) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        throw new SshSigError(`${what} is not valid base64`);
    }
    const bytes = Buffer.from(text, 'base64');
    if (bytes.toString('base64') !== text) {
        throw new SshSigError(`${what} is not canonical base64`);
    }
    return bytes;
}
function describe(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}
// ---------------------------------------------------------------------------
// Public keys
/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map();
const PUBLIC_KEY_CACHE_LIMIT = 4096;
function sshFingerprint(blob) {
    return `SHA256:${external_node_crypto_default().createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** Parses an OpenSSH public key line: `type base64 [comment]`. */
function parsePublicKey(text) {
    if (typeof text !== 'string')
        throw new SshSigError('public key must be a string');
    const fields = text.trim().split(/\s+/);
    if (fields.length < 2 || fields[0] === '') {
        throw new SshSigError(`public key ${describe(text.trim())} is not of the form "type base64 [comment]"`);
    }
    const [type, encoded] = fields;
    const key = publicKeyFromBlob(decodeStrictBase64(encoded, `${type} public key`));
    if (key.type !== type) {
        throw new SshSigError(`public key says ${describe(type)} but its data is a ${key.type} key`);
    }
    return key;
}
/** Parses an SSH wire-format public key blob, caching the result per blob. */
function publicKeyFromBlob(blob) {
    const cacheKey = blob.toString('base64');
    const cached = publicKeyCache.get(cacheKey);
    if (cached)
        return cached;
    const ownedBlob = Buffer.from(blob); // callers may reuse their buffer
    const { type, key } = decodePublicKeyBlob(ownedBlob);
    const result = Object.freeze({
        type,
        blob: ownedBlob,
        text: `${type} ${cacheKey}`,
        fingerprint: sshFingerprint(ownedBlob),
        key,
    });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) {
        publicKeyCache.delete(publicKeyCache.keys().next().value);
    }
    publicKeyCache.set(cacheKey, result);
    return result;
}
function decodePublicKeyBlob(blob) {
    const reader = new SshReader(blob, 'public key');
    const type = reader.ascii('key type');
    const jwk = readPublicJwk(type, reader);
    reader.end();
    return { type, key: importKey(jwk, 'public', type) };
}
/** Reads the type-specific public fields that follow the key type in blobs and private keys. */
function readPublicJwk(type, reader) {
    if (type === ED25519) {
        const publicBytes = reader.string();
        if (publicBytes.length !== 32) {
            throw new SshSigError(`ssh-ed25519 public key is ${publicBytes.length} bytes, expected 32`);
        }
        return { kty: 'OKP', crv: 'Ed25519', x: base64url(publicBytes) };
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const curveName = reader.ascii('curve name');
        if (curveName !== curve.sshCurveName) {
            throw new SshSigError(`${type} key names curve ${describe(curveName)}, expected ${curve.sshCurveName}`);
        }
        const point = reader.string();
        // Only uncompressed points (0x04 || X || Y), like OpenSSH.
        if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
            throw new SshSigError(`${type} public point is not an uncompressed ${curve.sshCurveName} point`);
        }
        return {
            kty: 'EC',
            crv: curve.jwkCurve,
            x: base64url(point.subarray(1, 1 + curve.fieldBytes)),
            y: base64url(point.subarray(1 + curve.fieldBytes)),
        };
    }
    if (type === RSA) {
        const exponent = reader.mpint('RSA exponent');
        const modulus = reader.mpint('RSA modulus');
        checkRsaModulus(modulus);
        if (exponent.length === 0 || exponent.length > 8 || (exponent[exponent.length - 1] & 1) === 0) {
            throw new SshSigError('RSA public exponent is not a small odd number');
        }
        return { kty: 'RSA', n: base64url(modulus), e: base64url(exponent) };
    }
    if (type.includes('-cert-')) {
        throw new SshSigError(`SSH certificates (${type}) are not supported; use the plain public key`);
    }
    throw new SshSigError(`unsupported SSH key type ${describe(type)} (supported: ${SUPPORTED_KEY_TYPES.join(', ')})`);
}
function checkRsaModulus(modulus) {
    const bits = modulus.length === 0 ? 0 : (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]));
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
        throw new SshSigError(`RSA key is ${bits} bits; must be between ${RSA_MIN_BITS} and ${RSA_MAX_BITS}`);
    }
}
function importKey(jwk, kind, type) {
    try {
        return kind === 'public'
            ? external_node_crypto_default().createPublicKey({ key: jwk, format: 'jwk' })
            : external_node_crypto_default().createPrivateKey({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new SshSigError(`invalid ${type} ${kind} key: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// Signature blobs (string algorithm || string signature)
/** Verifies a raw SSH signature blob over `data`; throws SshSigError on any mismatch. */
function verifySignatureBlob(publicKey, signatureBlob, data) {
    const reader = new SshReader(signatureBlob, 'signature blob');
    const algorithm = reader.ascii('signature algorithm');
    const signature = reader.string();
    reader.end();
    let valid;
    if (publicKey.type === ED25519) {
        expectAlgorithm(algorithm, ED25519, publicKey);
        if (signature.length !== 64)
            throw new SshSigError(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
        valid = external_node_crypto_default().verify(null, data, publicKey.key, signature);
    }
    else if (ECDSA_CURVES[publicKey.type]) {
        const curve = ECDSA_CURVES[publicKey.type];
        expectAlgorithm(algorithm, publicKey.type, publicKey);
        const p1363 = ecdsaSshToP1363(signature, curve);
        valid = external_node_crypto_default().verify(curve.hash, data, { key: publicKey.key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    else if (publicKey.type === RSA) {
        const hash = RSA_VERIFY_HASHES[algorithm];
        if (!hash) {
            throw new SshSigError(algorithm === RSA
                ? 'RSA signature uses ssh-rsa (SHA-1), which is not accepted; sign with rsa-sha2-256 or rsa-sha2-512'
                : `RSA key cannot verify a ${describe(algorithm)} signature`);
        }
        const modulusBytes = Math.ceil((publicKey.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
        if (signature.length === 0 || signature.length > modulusBytes) {
            throw new SshSigError(`RSA signature is ${signature.length} bytes, modulus is ${modulusBytes}`);
        }
        // OpenSSH accepts signatures with leading zero bytes stripped; OpenSSL wants the full width.
        valid = external_node_crypto_default().verify(hash, data, publicKey.key, leftPad(signature, modulusBytes, 'RSA signature'));
    }
    else {
        throw new SshSigError(`unsupported key type ${describe(publicKey.type)}`);
    }
    if (!valid)
        throw new SshSigError(`signature does not verify with ${publicKey.type} key ${publicKey.fingerprint}`);
}
function expectAlgorithm(algorithm, expected, publicKey) {
    if (algorithm !== expected) {
        throw new SshSigError(`signature algorithm ${describe(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`);
    }
}
/** SSH encodes ECDSA signatures as mpint r || mpint s; OpenSSL's P1363 form is fixed-width r || s. */
function ecdsaSshToP1363(signature, curve) {
    const reader = new SshReader(signature, 'ECDSA signature');
    const r = reader.mpint('r');
    const s = reader.mpint('s');
    reader.end();
    return Buffer.concat([leftPad(r, curve.fieldBytes, 'ECDSA r'), leftPad(s, curve.fieldBytes, 'ECDSA s')]);
}
function ecdsaP1363ToSsh(p1363, curve) {
    const r = p1363.subarray(0, curve.fieldBytes);
    const s = p1363.subarray(curve.fieldBytes);
    return Buffer.concat([sshMpint(r), sshMpint(s)]);
}
// ---------------------------------------------------------------------------
// Private keys (openssh-key-v1)
const PRIVATE_KEY_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_END = '-----END OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/** Parses an unencrypted OpenSSH private key and returns a signer for it. */
function parsePrivateKey(pem) {
    const text = (typeof pem === 'string' ? pem : Buffer.isBuffer(pem) ? pem.toString('latin1') : '').trim();
    if (!text.startsWith(PRIVATE_KEY_BEGIN) || !text.endsWith(PRIVATE_KEY_END)) {
        if (text.startsWith('-----BEGIN ') && text.includes('PRIVATE KEY-----')) {
            throw new SshSigError('private key is in PEM/PKCS#8 format; only OpenSSH format is supported (convert with `ssh-keygen -p -f KEY`)');
        }
        throw new SshSigError(`private key must start with ${PRIVATE_KEY_BEGIN}`);
    }
    const body = text.slice(PRIVATE_KEY_BEGIN.length, text.length - PRIVATE_KEY_END.length).replace(/\s+/g, '');
    const reader = new SshReader(decodeStrictBase64(body, 'OpenSSH private key'), 'OpenSSH private key');
    if (!reader.bytes(PRIVATE_KEY_MAGIC.length).equals(PRIVATE_KEY_MAGIC)) {
        throw new SshSigError('OpenSSH private key has a bad magic header');
    }
    const cipherName = reader.ascii('cipher name');
    const kdfName = reader.ascii('KDF name');
    reader.string(); // KDF options
    if (cipherName !== 'none' || kdfName !== 'none') {
        throw new SshSigError(`private key is passphrase-protected (${cipherName}); load it into ssh-agent with \`ssh-add KEY\` and sign through the agent instead`);
    }
    const keyCount = reader.uint32();
    if (keyCount !== 1)
        throw new SshSigError(`OpenSSH private key file holds ${keyCount} keys, expected 1`);
    const publicKey = publicKeyFromBlob(reader.string());
    const privateSection = reader.string();
    reader.end();
    const secrets = new SshReader(privateSection, 'OpenSSH private key section');
    if (secrets.uint32() !== secrets.uint32()) {
        throw new SshSigError('OpenSSH private key check bytes differ (corrupt or wrongly decrypted)');
    }
    const type = secrets.ascii('key type');
    if (type !== publicKey.type) {
        throw new SshSigError(`OpenSSH private key is ${type} but its public key is ${publicKey.type}`);
    }
    const privateKey = readPrivateKey(type, secrets, publicKey);
    secrets.string(); // comment
    checkPadding(secrets.bytes(secrets.remaining));
    return { publicKey, sign: (data) => signData(type, privateKey, data) };
}
function readPrivateKey(type, reader, publicKey) {
    let jwk;
    if (type === ED25519) {
        const publicJwk = readPublicJwk(type, reader);
        const secret = reader.string(); // seed || public key
        if (secret.length !== 64)
            throw new SshSigError(`ssh-ed25519 private key is ${secret.length} bytes, expected 64`);
        jwk = { ...publicJwk, d: base64url(secret.subarray(0, 32)) };
    }
    else if (ECDSA_CURVES[type]) {
        const curve = ECDSA_CURVES[type];
        const publicJwk = readPublicJwk(type, reader);
        const scalar = leftPad(reader.mpint('ECDSA private scalar'), curve.fieldBytes, 'ECDSA private scalar');
        jwk = { ...publicJwk, d: base64url(scalar) };
    }
    else if (type === RSA) {
        // Private RSA order differs from the public blob: n, e, d, iqmp, p, q.
        const n = reader.mpint('RSA modulus');
        const e = reader.mpint('RSA exponent');
        const d = reader.mpint('RSA private exponent');
        const iqmp = reader.mpint('RSA iqmp');
        const p = reader.mpint('RSA p');
        const q = reader.mpint('RSA q');
        checkRsaModulus(n);
        const dBig = toBigInt(d);
        // JWK needs the CRT exponents OpenSSH does not store.
        const dp = dBig % (toBigInt(p) - 1n);
        const dq = dBig % (toBigInt(q) - 1n);
        jwk = {
            kty: 'RSA',
            n: base64url(n),
            e: base64url(e),
            d: base64url(d),
            p: base64url(p),
            q: base64url(q),
            dp: base64url(fromBigInt(dp)),
            dq: base64url(fromBigInt(dq)),
            qi: base64url(iqmp),
        };
    }
    else {
        // readPublicJwk produces the precise "unsupported" message.
        readPublicJwk(type, reader);
        throw new SshSigError(`unsupported private key type ${describe(type)}`);
    }
    const privateKey = importKey(jwk, 'private', type);
    const derived = external_node_crypto_default().createPublicKey(privateKey).export({ format: 'jwk' });
    const expected = publicKey.key.export({ format: 'jwk' });
    if (derived.x !== expected.x || derived.y !== expected.y || derived.n !== expected.n || derived.e !== expected.e) {
        throw new SshSigError('OpenSSH private key does not match its embedded public key');
    }
    return privateKey;
}
/** The private section ends with padding bytes 1, 2, 3, ... up to the cipher block size. */
function checkPadding(padding) {
    padding.forEach((byte, index) => {
        if (byte !== index + 1)
            throw new SshSigError('OpenSSH private key has invalid padding');
    });
}
function toBigInt(magnitude) {
    return magnitude.length === 0 ? 0n : BigInt(`0x${magnitude.toString('hex')}`);
}
function fromBigInt(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}
function signData(type, privateKey, data) {
    if (type === ED25519) {
        return Buffer.concat([sshString(ED25519), sshString(external_node_crypto_default().sign(null, data, privateKey))]);
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const p1363 = external_node_crypto_default().sign(curve.hash, data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        return Buffer.concat([sshString(type), sshString(ecdsaP1363ToSsh(p1363, curve))]);
    }
    return Buffer.concat([sshString(RSA_SIGNING_ALGORITHM), sshString(external_node_crypto_default().sign('sha512', data, privateKey))]);
}
// ---------------------------------------------------------------------------
// SSHSIG envelope
function toBytes(message) {
    if (typeof message === 'string')
        return Buffer.from(message, 'utf8');
    if (Buffer.isBuffer(message))
        return message;
    throw new SshSigError('message must be a string or Buffer');
}
function checkNamespace(namespace) {
    if (typeof namespace !== 'string' || namespace === '') {
        throw new SshSigError('signature namespace must be a non-empty string');
    }
}
/** The bytes actually signed: MAGIC || string(namespace) || string(reserved) || string(hash) || string(H(message)). */
function dataToSign(message, namespace, hashAlgorithm) {
    const digest = external_node_crypto_default().createHash(hashAlgorithm).update(message).digest();
    return Buffer.concat([
        SSHSIG_MAGIC,
        sshString(namespace),
        sshString(Buffer.alloc(0)),
        sshString(hashAlgorithm),
        sshString(digest),
    ]);
}
function armor(publicKey, namespace, signatureBlob) {
    const envelope = Buffer.concat([
        SSHSIG_MAGIC,
        sshUint32(SSHSIG_VERSION),
        sshString(publicKey.blob),
        sshString(namespace),
        sshString(Buffer.alloc(0)),
        sshString(SIGNING_HASH),
        sshString(signatureBlob),
    ]);
    const encoded = envelope.toString('base64');
    const lines = [];
    for (let i = 0; i < encoded.length; i += ARMOR_LINE_LENGTH)
        lines.push(encoded.slice(i, i + ARMOR_LINE_LENGTH));
    return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}
/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
function signMessage(message, namespace, signer) {
    checkNamespace(namespace);
    const signatureBlob = signer.sign(dataToSign(toBytes(message), namespace, SIGNING_HASH));
    return armor(signer.publicKey, namespace, signatureBlob);
}
function dearmor(armored) {
    const text = armored.trim();
    if (!text.startsWith(ARMOR_BEGIN))
        throw new SshSigError(`signature does not start with ${ARMOR_BEGIN}`);
    if (!text.endsWith(ARMOR_END))
        throw new SshSigError(`signature does not end with ${ARMOR_END}`);
    const body = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length);
    // Separate simple checks: a single regex with overlapping newline classes backtracks quadratically.
    if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) {
        throw new SshSigError('signature armor contains characters other than base64 lines');
    }
    if (!/^[\r\n]/.test(body) || !/[\r\n]$/.test(body)) {
        throw new SshSigError('signature armor markers must be on their own lines');
    }
    return decodeStrictBase64(body.replace(/[\r\n]/g, ''), 'signature armor');
}
function parseEnvelope(envelope) {
    const reader = new SshReader(envelope, 'SSH signature');
    if (!reader.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) {
        throw new SshSigError('SSH signature does not start with the SSHSIG magic');
    }
    const version = reader.uint32();
    if (version !== SSHSIG_VERSION)
        throw new SshSigError(`unsupported SSH signature version ${version} (expected 1)`);
    const publicKeyBlob = reader.string();
    const namespace = reader.ascii('namespace');
    // Signers never fill the reserved field and OpenSSH does not sign it, so anything here is tampering.
    if (reader.string().length !== 0)
        throw new SshSigError('SSH signature reserved field is not empty');
    const hashAlgorithm = reader.ascii('hash algorithm');
    const signatureBlob = reader.string();
    reader.end();
    if (!VERIFIABLE_HASHES.has(hashAlgorithm)) {
        throw new SshSigError(`unsupported signature hash algorithm ${describe(hashAlgorithm)} (expected sha256 or sha512)`);
    }
    return { publicKey: publicKeyFromBlob(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}
/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
function verifySignature(armored, message, namespace) {
    if (typeof armored !== 'string')
        throw new SshSigError('signature must be a string');
    if (armored.length > MAX_ARMORED_SIGNATURE_BYTES || Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES) {
        throw new SshSigError(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
    }
    checkNamespace(namespace);
    const messageBytes = toBytes(message);
    try {
        const parsed = parseEnvelope(dearmor(armored));
        if (parsed.namespace !== namespace) {
            throw new SshSigError(`signature namespace ${describe(parsed.namespace)} does not match expected ${describe(namespace)}`);
        }
        verifySignatureBlob(parsed.publicKey, parsed.signatureBlob, dataToSign(messageBytes, namespace, parsed.hashAlgorithm));
        return { publicKey: parsed.publicKey };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw error;
        // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
        throw new SshSigError(`signature is invalid: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// ssh-agent (draft-miller-ssh-agent)
const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_IDENTITIES = 11;
const SSH_AGENT_IDENTITIES_ANSWER = 12;
const SSH_AGENTC_SIGN_REQUEST = 13;
const SSH_AGENT_SIGN_RESPONSE = 14;
const SSH_AGENT_RSA_SHA2_512 = 4;
const AGENT_MAX_MESSAGE_BYTES = 256 * 1024; // OpenSSH's own limit
const DEFAULT_AGENT_TIMEOUT_MS = 30_000; // long enough for `ssh-add -c` confirmation prompts
/**
 * Signs through ssh-agent so encrypted or hardware-held keys never touch this
 * process. The agent must already hold `publicKey` (`ssh-add KEY`).
 */
async function signWithAgent(message, namespace, publicKey, socketPath = process.env.SSH_AUTH_SOCK, options = {}) {
    checkNamespace(namespace);
    if (!socketPath) {
        throw new SshSigError('SSH_AUTH_SOCK is not set: start ssh-agent and `ssh-add` your key, or sign with a private key file');
    }
    const data = dataToSign(toBytes(message), namespace, SIGNING_HASH);
    const agent = await AgentConnection.open(socketPath, options.timeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS);
    try {
        const identities = await agent.request(SSH_AGENTC_REQUEST_IDENTITIES, Buffer.alloc(0));
        if (identities.type !== SSH_AGENT_IDENTITIES_ANSWER) {
            throw new SshSigError(`ssh-agent refused to list keys (reply type ${identities.type})`);
        }
        if (!agentHoldsKey(identities.body, publicKey.blob)) {
            throw new SshSigError(`ssh-agent at ${socketPath} does not hold key ${publicKey.fingerprint}; add it with \`ssh-add KEY\``);
        }
        const flags = publicKey.type === RSA ? SSH_AGENT_RSA_SHA2_512 : 0;
        const reply = await agent.request(SSH_AGENTC_SIGN_REQUEST, Buffer.concat([sshString(publicKey.blob), sshString(data), sshUint32(flags)]));
        if (reply.type === SSH_AGENT_FAILURE) {
            throw new SshSigError(`ssh-agent declined to sign with key ${publicKey.fingerprint} (was confirmation refused?)`);
        }
        if (reply.type !== SSH_AGENT_SIGN_RESPONSE) {
            throw new SshSigError(`ssh-agent sent unexpected reply type ${reply.type} to a sign request`);
        }
        const reader = new SshReader(reply.body, 'ssh-agent sign response');
        const signatureBlob = reader.string();
        reader.end();
        // An old agent may ignore the SHA-2 flag and answer with ssh-rsa (SHA-1); never emit that.
        verifySignatureBlob(publicKey, signatureBlob, data);
        return armor(publicKey, namespace, signatureBlob);
    }
    finally {
        agent.close();
    }
}
function agentHoldsKey(answer, blob) {
    const reader = new SshReader(answer, 'ssh-agent identities answer');
    const count = reader.uint32();
    for (let i = 0; i < count; i++) {
        const candidate = reader.string();
        reader.string(); // comment
        if (candidate.equals(blob))
            return true;
    }
    return false;
}
/** One unix-socket connection to ssh-agent, exchanging length-prefixed messages one at a time. */
class AgentConnection {
    socket;
    received = Buffer.alloc(0);
    waiting = null;
    failure = null;
    timer;
    constructor(socket, socketPath, timeoutMs) {
        this.socket = socket;
        this.timer = setTimeout(() => this.fail(new SshSigError(`ssh-agent at ${socketPath} did not answer within ${timeoutMs} ms`)), timeoutMs);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('error', (error) => this.fail(new SshSigError(`ssh-agent connection failed: ${error.message}`)));
        socket.on('close', () => this.fail(new SshSigError('ssh-agent closed the connection')));
    }
    static open(socketPath, timeoutMs) {
        return new Promise((resolve, reject) => {
            const socket = external_node_net_default().createConnection({ path: socketPath });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new SshSigError(`timed out connecting to ssh-agent at ${socketPath}`));
            }, timeoutMs);
            socket.once('error', (error) => {
                clearTimeout(timer);
                reject(new SshSigError(describeConnectError(socketPath, error)));
            });
            socket.once('connect', () => {
                clearTimeout(timer);
                socket.removeAllListeners('error');
                resolve(new AgentConnection(socket, socketPath, timeoutMs));
            });
        });
    }
    request(type, body) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting = { resolve, reject };
            this.socket.write(sshString(Buffer.concat([Buffer.from([type]), body])));
        }).then((reply) => {
            if (reply.length === 0)
                throw new SshSigError('ssh-agent sent an empty message');
            return { type: reply[0], body: reply.subarray(1) };
        });
    }
    close() {
        clearTimeout(this.timer);
        this.failure ??= new SshSigError('ssh-agent connection closed');
        this.socket.destroy();
    }
    onData(chunk) {
        this.received = Buffer.concat([this.received, chunk]);
        if (this.received.length < 4)
            return;
        const length = this.received.readUInt32BE(0);
        if (length > AGENT_MAX_MESSAGE_BYTES) {
            this.fail(new SshSigError(`ssh-agent sent an oversized message (${length} bytes)`));
            return;
        }
        if (this.received.length < 4 + length)
            return;
        const message = this.received.subarray(4, 4 + length);
        this.received = this.received.subarray(4 + length);
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting)
            waiting.resolve(message);
        else
            this.fail(new SshSigError('ssh-agent sent an unsolicited message'));
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        clearTimeout(this.timer);
        this.socket.destroy();
        const waiting = this.waiting;
        this.waiting = null;
        waiting?.reject(error);
    }
}
function describeConnectError(socketPath, error) {
    switch (error.code) {
        case 'ENOENT':
            return `ssh-agent socket ${socketPath} does not exist (is ssh-agent running and SSH_AUTH_SOCK current?)`;
        case 'ECONNREFUSED':
            return `nothing is listening on ssh-agent socket ${socketPath} (is ssh-agent running?)`;
        case 'EACCES':
            return `permission denied opening ssh-agent socket ${socketPath}`;
        default:
            return `cannot connect to ssh-agent at ${socketPath}: ${error.message}`;
    }
}

;// CONCATENATED MODULE: ./src/core/allowed-signers.ts
/**
 * The `allowed_signers` format read by `ssh-keygen -Y verify` and git
 * (gpg.ssh.allowedSignersFile), see ssh-keygen(1) "ALLOWED SIGNERS":
 *
 *   principals [options] keytype base64 [comment]
 */

/** Key types OpenSSH may write here; anything else in the key position must be options. */
const KNOWN_KEY_TYPES = new Set([
    'ssh-ed25519',
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-xmss@openssh.com',
].flatMap((type) => [type, type.replace(/(@openssh\.com)?$/, '-cert-v01@openssh.com')]));
const allowed_signers_SUPPORTED_KEY_TYPES = new Set(['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);
class LineError extends Error {
}
function parseAllowedSigners(text, source = '.agents/checkers') {
    const signers = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            signers.push(parseLine(line, source, index + 1));
        }
        catch (error) {
            const reason = error instanceof LineError || error instanceof SshSigError ? error.message : String(error);
            throw new SshSigError(`${source}:${index + 1}: ${reason}`);
        }
    });
    return signers;
}
function parseLine(line, source, lineNumber) {
    const cursor = { text: line, pos: 0 };
    const principals = readPrincipals(cursor);
    skipSpaces(cursor);
    if (cursor.pos >= line.length)
        throw new LineError('expected a key after the principals');
    const signer = {
        principals,
        certAuthority: false,
        keyText: '',
        publicKey: null,
        source,
        line: lineNumber,
    };
    if (!KNOWN_KEY_TYPES.has(peekWord(cursor))) {
        readOptions(cursor, signer);
        skipSpaces(cursor);
    }
    const keyType = readWord(cursor);
    skipSpaces(cursor);
    const encodedKey = readWord(cursor);
    if (keyType === '' || encodedKey === '')
        throw new LineError('expected "keytype base64" after the principals and options');
    if (!KNOWN_KEY_TYPES.has(keyType))
        throw new LineError(`unknown key type ${JSON.stringify(keyType)}`);
    signer.keyText = `${keyType} ${encodedKey}`;
    // The rest of the line is a free-form comment.
    if (allowed_signers_SUPPORTED_KEY_TYPES.has(keyType)) {
        signer.publicKey = parsePublicKey(signer.keyText);
    }
    else {
        checkForeignKey(keyType, encodedKey);
        signer.unusableReason = `key type ${keyType} is not supported`;
    }
    if (signer.certAuthority) {
        // Certificates are not supported, so a CA key can never vouch for a signature here.
        signer.unusableReason = 'cert-authority entries only apply to certificate signatures, which are not supported';
    }
    if (signer.validAfter && signer.validBefore && signer.validBefore <= signer.validAfter) {
        throw new LineError('"valid-before" time is not after "valid-after"');
    }
    return signer;
}
/** Still reject garbage in entries we cannot use, so typos surface immediately. */
function checkForeignKey(keyType, encodedKey) {
    const blob = Buffer.from(encodedKey, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || blob.toString('base64') !== encodedKey || blob.length < 4) {
        throw new LineError(`${keyType} key is not valid base64`);
    }
    const nameLength = blob.readUInt32BE(0);
    if (blob.subarray(4, 4 + nameLength).toString('latin1') !== keyType) {
        throw new LineError(`key data does not match key type ${keyType}`);
    }
}
function skipSpaces(cursor) {
    while (cursor.pos < cursor.text.length && /[ \t]/.test(cursor.text[cursor.pos]))
        cursor.pos++;
}
function peekWord(cursor) {
    const match = /^[^ \t]*/.exec(cursor.text.slice(cursor.pos));
    return match ? match[0] : '';
}
function readWord(cursor) {
    const word = peekWord(cursor);
    cursor.pos += word.length;
    return word;
}
/** The principals field may be double-quoted (to contain spaces), like OpenSSH's strdelimw. */
function readPrincipals(cursor) {
    if (cursor.text[cursor.pos] === '"') {
        const close = cursor.text.indexOf('"', cursor.pos + 1);
        if (close < 0)
            throw new LineError('unterminated quoted principals');
        const principals = cursor.text.slice(cursor.pos + 1, close);
        cursor.pos = close + 1;
        if (principals === '')
            throw new LineError('empty principals');
        return principals;
    }
    return readWord(cursor);
}
/** Parses `opt[,opt...]` following OpenSSH's sshsigopt_parse (option names are case-insensitive). */
function readOptions(cursor, signer) {
    const seen = new Set();
    for (;;) {
        const rest = cursor.text.slice(cursor.pos);
        const name = /^[A-Za-z-]+/.exec(rest)?.[0].toLowerCase() ?? '';
        if (name === 'cert-authority' && !rest.startsWith('=', name.length)) {
            cursor.pos += name.length;
            signer.certAuthority = true;
        }
        else if ((name === 'namespaces' || name === 'valid-after' || name === 'valid-before') && rest[name.length] === '=') {
            if (seen.has(name))
                throw new LineError(`multiple "${name}" options`);
            seen.add(name);
            cursor.pos += name.length + 1;
            const value = readQuoted(cursor, name);
            if (name === 'namespaces')
                signer.namespaces = value;
            else if (name === 'valid-after')
                signer.validAfter = parseTimestamp(value, name);
            else
                signer.validBefore = parseTimestamp(value, name);
        }
        else {
            const found = JSON.stringify(peekWord(cursor).split(/[,=]/)[0]);
            throw new LineError(seen.size === 0 && !signer.certAuthority ? `unknown option or key type ${found}` : `unknown option ${found}`);
        }
        const next = cursor.text[cursor.pos];
        if (next === undefined || next === ' ' || next === '\t')
            return;
        if (next !== ',')
            throw new LineError(`unexpected ${JSON.stringify(next)} after option "${name}"`);
        cursor.pos++;
    }
}
/** A double-quoted option value; `\"` escapes a quote, as in OpenSSH's opt_dequote. */
function readQuoted(cursor, option) {
    if (cursor.text[cursor.pos] !== '"')
        throw new LineError(`option "${option}" value must be double-quoted`);
    let value = '';
    for (let i = cursor.pos + 1; i < cursor.text.length; i++) {
        const char = cursor.text[i];
        if (char === '\\' && cursor.text[i + 1] === '"') {
            value += '"';
            i++;
        }
        else if (char === '"') {
            cursor.pos = i + 1;
            return value;
        }
        else {
            value += char;
        }
    }
    throw new LineError(`option "${option}" has an unterminated quoted value`);
}
/** YYYYMMDD[HHMM[SS]][Z]: local time, or UTC with a Z suffix, like ssh-keygen. */
function parseTimestamp(value, option) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?([Zz])?$/.exec(value);
    if (!match)
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)} (expected YYYYMMDD[HHMM[SS]][Z])`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const utc = match[7] !== undefined;
    const date = utc
        ? new Date(Date.UTC(year, month - 1, day, hour, minute, second))
        : new Date(year, month - 1, day, hour, minute, second);
    // Date rolls 20240231 over into March; refuse instead of guessing.
    const fields = utc
        ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
        : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
    if (fields.join() !== [year, month, day, hour, minute, second].join()) {
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)}`);
    }
    return date;
}
/**
 * Whether `key` may sign for `principal` in `namespace` at time `at`.
 * Unlike ssh-keygen, email principals match case-insensitively: git
 * identities differ in case far more often than they differ in owner.
 */
function isKeyAllowed(signers, principal, key, namespace, at = new Date()) {
    const ignoreCase = principal.includes('@');
    const atSeconds = Math.floor(at.getTime() / 1000); // OpenSSH compares whole seconds
    return signers.some((signer) => signer.publicKey !== null &&
        signer.unusableReason === undefined &&
        signer.publicKey.blob.equals(key.blob) &&
        matchPatternList(principal, signer.principals, ignoreCase) &&
        (signer.namespaces === undefined || matchPatternList(namespace, signer.namespaces, false)) &&
        (signer.validAfter === undefined || atSeconds >= Math.floor(signer.validAfter.getTime() / 1000)) &&
        (signer.validBefore === undefined || atSeconds <= Math.floor(signer.validBefore.getTime() / 1000)));
}
/**
 * OpenSSH's match_pattern_list: comma-separated patterns, `!` negates, and any
 * matching negated pattern rejects outright even if a positive one matched.
 */
function matchPatternList(value, patternList, ignoreCase) {
    const subject = ignoreCase ? value.toLowerCase() : value;
    let matched = false;
    for (const entry of patternList.split(',')) {
        const negated = entry.startsWith('!');
        const pattern = negated ? entry.slice(1) : entry;
        if (!matchPattern(subject, ignoreCase ? pattern.toLowerCase() : pattern))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}
/** Glob with `*` (any run) and `?` (one character); linear backtracking, no regex. */
function matchPattern(value, pattern) {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            v++;
            p++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP >= 0) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/core/signatures.ts
/**
 * Signed verdicts: what a record's signature means and when it counts (docs/signing.md).
 *
 * A record's `signature` is an SSHSIG signature (as `ssh-keygen -Y sign -n agentops-verdict`
 * makes) over the UTF-8 bytes of its `id` string, e.g. "sha256:4f1c...", with no newline.
 * Under `requireSignature: true` a passing verdict counts only when that signature verifies
 * and `.agents/checkers` (allowed_signers format, read at the policy's commit) trusts the
 * signing key for the record's `checker.id`.
 */




const SIGNATURE_NAMESPACE = 'agentops-verdict';
const CHECKERS_PATH = '.agents/checkers';
const MAX_CHECKERS_BYTES = 1024 * 1024;
/** Verified (id, signature) pairs: a record is checked once per process however often it is consulted. */
const verifiedCache = new Map();
const VERIFIED_CACHE_LIMIT = 50_000;
/** Verifies a record's signature over its id, in-process. Undefined when the record is unsigned. */
function verifyRecordSignature(record) {
    const signature = record.signature;
    if (!signature)
        return undefined;
    const cacheKey = `${record.id}\n${signature.signature}`;
    const cached = verifiedCache.get(cacheKey);
    if (cached)
        return cached;
    let result;
    if (signature.format !== 'sshsig' || signature.namespace !== SIGNATURE_NAMESPACE) {
        result = { ok: false, reason: `signature format ${signature.format}/${signature.namespace} is not sshsig/${SIGNATURE_NAMESPACE}` };
    }
    else {
        try {
            result = { ok: true, publicKey: verifySignature(signature.signature, record.id, SIGNATURE_NAMESPACE).publicKey };
        }
        catch (error) {
            if (!(error instanceof SshSigError))
                throw error;
            result = { ok: false, reason: error.message };
        }
    }
    if (verifiedCache.size >= VERIFIED_CACHE_LIMIT)
        verifiedCache.clear();
    verifiedCache.set(cacheKey, result);
    return result;
}
/** Every present signature in `records` that does not verify, as ledger problems (signatures are optional). */
function signatureProblems(records) {
    const problems = [];
    for (const record of records) {
        if (record.type !== 'verdict')
            continue;
        const result = verifyRecordSignature(record);
        if (!result || result.ok)
            continue;
        const path = (0,core_record/* recordPath */.lX)(record.seq, record.id);
        problems.push({
            code: 'bad-signature',
            message: `${path}: the signature of record ${(0,core_record/* shortId */.m_)(record.id)} (checker ${record.checker.id}) does not verify over its id: ${result.reason}`,
            path,
            recordId: (0,core_record/* shortId */.m_)(record.id),
            fix: `a signature cannot be repaired: if the record is not committed yet, delete ${path} and record the verdict again with \`ao verdict ... --sign KEY\`; if it is, restore the ledger from the base branch`,
        });
    }
    return problems;
}
/**
 * Parses `.agents/checkers` for a policy that requires signatures. Missing or invalid is an
 * error: no verdict could ever count, so say so once instead of refusing every change.
 */
function parseCheckers(bytes, rev) {
    const where = `${CHECKERS_PATH} at ${rev.slice(0, 7)}`;
    const fix = `list each checker's public key in ${CHECKERS_PATH} (allowed_signers format, see docs/signing.md), e.g. ` +
        `\`ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub\`, and land it in the same reviewed change that sets ` +
        `"requireSignature": true in .agents/policy.json (the base's file is the one that counts)`;
    if (!bytes) {
        throw new errors/* AoError */.VS(`.agents/policy.json at ${rev.slice(0, 7)} sets "requireSignature": true, but ${CHECKERS_PATH} does not exist there, so no verdict can count`, { fix });
    }
    if (bytes.length > MAX_CHECKERS_BYTES)
        throw new errors/* AoError */.VS(`${where} is ${bytes.length} bytes; the limit is ${MAX_CHECKERS_BYTES}`, { fix });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* AoError */.VS(`${where} is not valid UTF-8`, { fix });
    }
    try {
        return { signers: parseAllowedSigners(text, where), where };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(`${error.message}`, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md) through a reviewed change` });
        throw error;
    }
}
/** The signature rule for `decideChange` under `requireSignature: true`. */
function makeSignatureCheck(checkers) {
    return (record) => {
        const checker = record.checker.id;
        const result = verifyRecordSignature(record);
        if (!result)
            return `it is unsigned, and the policy requires a signature by a key that ${checkers.where} trusts for ${checker}`;
        if (!result.ok)
            return `its signature does not verify over the record id (${result.reason})`;
        const key = result.publicKey;
        const at = new Date(record.createdAt);
        if (isKeyAllowed(checkers.signers, checker, key, SIGNATURE_NAMESPACE, at))
            return undefined;
        return (`it is signed by key ${key.fingerprint} (${key.type}), which ${checkers.where} does not trust for ${checker}` +
            `${whyNotTrusted(checkers.signers, checker, key, record.createdAt)}; sign with a key listed there for ${checker}, ` +
            `or add this one through a reviewed change (\`ao checkers add ${checker} KEY.pub\`)`);
    };
}
/** A hint on the nearest miss, so "not trusted" is actionable. */
function whyNotTrusted(signers, principal, key, createdAt) {
    const sameKey = signers.filter((s) => s.publicKey?.blob.equals(key.blob));
    if (sameKey.length === 0)
        return '';
    const forPrincipal = sameKey.filter((s) => matchPatternList(principal, s.principals, principal.includes('@')));
    if (forPrincipal.length === 0)
        return ` (it is listed only for ${sameKey.map((s) => s.principals).join(', ')})`;
    const entry = forPrincipal[0];
    if (entry.unusableReason)
        return ` (line ${entry.line}: ${entry.unusableReason})`;
    if (entry.namespaces !== undefined && !matchPatternList(SIGNATURE_NAMESPACE, entry.namespaces, false)) {
        return ` (line ${entry.line} limits it to namespaces "${entry.namespaces}")`;
    }
    return ` (line ${entry.line}'s valid-after/valid-before exclude the record's createdAt ${createdAt})`;
}

;// CONCATENATED MODULE: ./src/repo/ledger-view.ts







/**
 * The ledger as the change under test leaves it, split in two: records already at the
 * base (trusted: verified when they landed, known by path, read only when needed) and
 * records the change adds (read and fully checked). Anything else the change does to the
 * ledger (a modified, deleted or retyped record) breaks append-only.
 */
class LedgerView {
    git;
    source;
    baseRev;
    base;
    structuralProblems;
    allProblems;
    newRecords;
    genesisId;
    newIndex = new DigestIndex();
    baseIndex;
    baseRecords;
    constructor(git, source, baseRev, base, newFiles, violations) {
        this.git = git;
        this.source = source;
        this.baseRev = baseRev;
        this.base = base;
        const checked = checkRecords(base, newFiles);
        this.structuralProblems = [...violations, ...checked.problems];
        this.newRecords = checked.records;
        this.genesisId = checked.genesisId;
        this.newIndex.add(this.newRecords);
    }
    /**
     * What is wrong with the ledger under test. Includes every new record's signature that does
     * not verify (whatever the policy says, a forged signature is tampering); computed on first
     * use, so readers that never ask (log, show) never pay for it.
     */
    get problems() {
        this.allProblems ??= [...this.structuralProblems, ...signatureProblems(this.newRecords)];
        return this.allProblems;
    }
    get describeSource() {
        return this.source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(this.source.commit)}`;
    }
    get maxBaseSeq() {
        let max = -1;
        for (const ref of this.base.values())
            if (ref.seq > max)
                max = ref.seq;
        return max;
    }
    get recordCount() {
        return this.base.size + this.newRecords.length;
    }
    /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
    static async open(git, source, baseRev) {
        const baseListing = baseRev ? await git.lsTree(baseRev, `${core_record/* LEDGER_DIR */.EN}/`) : [];
        const { refs: base } = refsFromPaths(baseListing.map((entry) => entry.path));
        const violations = [];
        let changes;
        let untracked = [];
        if (source.kind === 'worktree') {
            if (baseRev) {
                [changes, untracked] = await Promise.all([
                    git.diffWorktree(baseRev, [`${core_record/* LEDGER_DIR */.EN}/`]),
                    git.untrackedFiles(`${core_record/* LEDGER_DIR */.EN}/`),
                ]);
            }
            else {
                changes = [];
                untracked = listWorktreeLedger(git.topLevel);
            }
        }
        else {
            changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
        }
        const added = [];
        for (const entry of changes) {
            if (!(0,core_manifest/* isLedgerEntry */.c9)(entry))
                continue;
            if (entry.status === 'A')
                added.push(entry);
            else
                violations.push(appendOnlyViolation(entry, baseRev ? shortSha(baseRev) : 'the base'));
        }
        const newFiles = source.kind === 'worktree'
            ? [...added.map((e) => (0,core_manifest/* pathText */.LF)(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
            : await readTreeFiles(git, added);
        return new LedgerView(git, source, baseRev, base, newFiles, violations);
    }
    /**
     * The latest verdict naming each digest. A new record decides alone when its seq is
     * above every base record's; otherwise the base records are read once and compared too,
     * so ignoring a base record can never turn a refusal into an acceptance.
     */
    async latestFor(digests) {
        const result = new Map();
        const maxBase = this.maxBaseSeq;
        const needBase = digests.filter((d) => {
            const latest = this.newIndex.latestFor(d);
            return !latest || latest.seq <= maxBase;
        });
        if (needBase.length > 0 && this.base.size > 0)
            await this.loadBase();
        for (const digest of digests) {
            const candidates = [this.newIndex.latestFor(digest), this.baseIndex?.latestFor(digest)].filter((r) => !!r);
            candidates.sort(compareRecords);
            result.set(digest, candidates.at(-1));
        }
        return result;
    }
    /** Every record, base and new, read in full. Used by log, search and the writer. */
    async allRecords() {
        await this.loadBase();
        return [...(this.baseRecords ?? []), ...this.newRecords];
    }
    async heads() {
        return computeHeads(await this.allRecords());
    }
    async loadBase() {
        if (this.baseRecords)
            return;
        const refs = [...this.base.values()];
        let files;
        if (this.source.kind === 'worktree')
            files = refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        else {
            const objects = await this.git.readObjects(refs.map((ref) => `${this.baseRev}:${ref.path}`));
            files = refs.map((ref) => ({ path: ref.path, kind: 'file', bytes: objects.get(`${this.baseRev}:${ref.path}`) }));
        }
        const records = [];
        for (const file of files) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes);
            if (parsed.ok)
                records.push(parsed.record);
        }
        this.baseRecords = records;
        this.baseIndex = new DigestIndex();
        this.baseIndex.add(records);
    }
}
function appendOnlyViolation(entry, base) {
    const path = (0,core_manifest/* pathText */.LF)(entry.path);
    const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
    const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
    return {
        code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
        message: `${path} existed at ${base} and was ${what}: the ledger is append-only`,
        path,
        recordId: id ? (0,core_record/* shortId */.m_)(`sha256:${id}`) : undefined,
        fix: `restore it with \`git checkout ${base} -- ${path}\``,
    };
}
function readWorktreeFile(top, path) {
    const full = (0,external_node_path_namespaceObject.join)(top, path);
    let fd;
    try {
        // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
        fd = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { path, kind: 'symlink' };
        return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            return { path, kind: 'directory' };
        if (!stat.isFile())
            return { path, kind: 'other' };
        // Oversized records are refused by size alone, before a byte is read.
        if (stat.size > core_record/* MAX_RECORD_BYTES */.xR)
            return { path, kind: 'file', size: stat.size };
        const bytes = Buffer.allocUnsafe(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, offset, stat.size - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { path, kind: 'file', bytes: bytes.subarray(0, offset) };
    }
    catch {
        return { path, kind: 'other' };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
function listWorktreeLedger(top) {
    const root = (0,external_node_path_namespaceObject.join)(top, core_record/* LEDGER_DIR */.EN);
    const paths = [];
    let buckets;
    try {
        buckets = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch {
        return paths;
    }
    for (const bucket of buckets) {
        const bucketPath = `${core_record/* LEDGER_DIR */.EN}/${bucket.name}`;
        if (!bucket.isDirectory()) {
            paths.push(bucketPath);
            continue;
        }
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_namespaceObject.join)(root, bucket.name), { withFileTypes: true }))
            paths.push(`${bucketPath}/${entry.name}`);
    }
    return paths.sort();
}
async function readTreeFiles(git, added) {
    const regular = added.filter((e) => e.newMode === '100644' || e.newMode === '100755');
    const objects = await git.readObjects(regular.map((e) => e.newId));
    return added.map((entry) => {
        const path = (0,core_manifest/* pathText */.LF)(entry.path);
        if (entry.newMode === '120000')
            return { path, kind: 'symlink' };
        if (entry.newMode === '160000')
            return { path, kind: 'other' };
        return { path, kind: 'file', bytes: objects.get(entry.newId) };
    });
}
/**
 * Reads and fully checks every record of a ledger (the working tree's, or a commit's),
 * including every signature present (in-process, over the record's id); with `since`, also that every record at that commit is still there, unchanged.
 */
async function auditLedger(git, source, since) {
    let files;
    if (source.kind === 'worktree')
        files = listWorktreeLedger(git.topLevel).map((path) => readWorktreeFile(git.topLevel, path));
    else {
        const listing = await git.lsTree(source.commit, `${core_record/* LEDGER_DIR */.EN}/`);
        const objects = await git.readObjects(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id));
        files = listing.map((e) => ({
            path: e.path,
            kind: e.mode === '120000' ? 'symlink' : e.type === 'blob' ? 'file' : 'other',
            bytes: objects.get(e.id),
        }));
    }
    const checked = checkRecords(new Map(), files);
    const problems = [...checked.problems, ...signatureProblems(checked.records)];
    if (since) {
        const changes = source.kind === 'worktree'
            ? await git.diffWorktree(since, [`${core_record/* LEDGER_DIR */.EN}/`])
            : await git.diffTrees(since, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
        for (const entry of changes)
            if ((0,core_manifest/* isLedgerEntry */.c9)(entry) && entry.status !== 'A')
                problems.push(appendOnlyViolation(entry, shortSha(since)));
    }
    return {
        source: source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(source.commit)}`,
        records: checked.records,
        heads: computeHeads(checked.records),
        problems,
        genesisId: checked.genesisId,
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/schemas.ts + 3 modules
var schemas = __nccwpck_require__(551);
;// CONCATENATED MODULE: ./src/core/policy.ts




const POLICY_SCHEMA = 'agentops-verdict/policy@1';
const MAX_POLICY_BYTES = 256 * 1024;
function defaultPolicy() {
    return {
        $schema: 'https://agentops.dev/schemas/verdict/policy/v1.json',
        schema: POLICY_SCHEMA,
        mode: 'commit',
        exempt: { paths: [], authors: [] },
        require: { evidence: [] },
        rules: [],
    };
}
/** Parses and validates a policy file; `where` names its source (a commit or the working tree). */
function parsePolicy(bytes, where) {
    const fix = `fix ${core_record/* POLICY_PATH */.l$} (format: docs/spec.md#policy), check it with \`ao verify\``;
    if (bytes.length > MAX_POLICY_BYTES)
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is not valid JSON: ${error.message}`, { fix });
    }
    const problems = (0,schemas/* validatePolicyShape */.WV)(value);
    if (problems.length > 0)
        throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where} is not a valid policy: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix });
    const policy = value;
    for (const pattern of policy.exempt?.authors ?? []) {
        // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
        if (/^[*?]+@/.test(pattern)) {
            throw new errors/* AoError */.VS(`${core_record/* POLICY_PATH */.l$} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
        }
    }
    return policy;
}
const matcherCache = new Map();
/** A glob without "/" matches a file name anywhere (like .gitignore); with "/" it matches from the root. */
function globMatcher(globs) {
    const key = globs.join('\0');
    let matcher = matcherCache.get(key);
    if (!matcher) {
        const tests = globs.map((glob) => picomatch_default()(glob, { dot: true, basename: !glob.includes('/') }));
        matcher = (path) => tests.some((test) => test(path));
        matcherCache.set(key, matcher);
    }
    return matcher;
}
/** Author patterns: exact addresses, case-insensitive; "*" and "?" only before the "@". */
function isAuthorExempt(policy, email) {
    if (!email)
        return false;
    const address = email.toLowerCase();
    return (policy.exempt?.authors ?? []).some((pattern) => {
        const [local = '', domain = ''] = pattern.toLowerCase().split('@');
        const at = address.lastIndexOf('@');
        if (at < 0 || address.slice(at + 1) !== domain)
            return false;
        const regex = new RegExp(`^${local.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        return regex.test(address.slice(0, at));
    });
}
/** True when every path is exempt. The policy file itself is never exempt. */
function allPathsExempt(policy, paths) {
    const globs = policy.exempt?.paths ?? [];
    if (globs.length === 0 || paths.length === 0)
        return false;
    const exempt = globMatcher(globs);
    return paths.every((path) => path !== core_record/* POLICY_PATH */.l$ && exempt(path));
}
/** What a passing verdict still lacks under the policy for the given paths. */
function policyShortfalls(policy, record, paths) {
    const shortfalls = [];
    const kinds = new Set(record.evidence.map((e) => e.kind));
    for (const kind of policy.require?.evidence ?? []) {
        if (!kinds.has(kind)) {
            shortfalls.push({ rule: `require.evidence`, message: `the policy requires evidence of kind "${kind}"`, remedy: `--evidence ${kind}:'...'` });
        }
    }
    const checkerKinds = policy.require?.checkerKinds;
    if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
        shortfalls.push({
            rule: 'require.checkerKinds',
            message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
            remedy: `--checker-kind ${checkerKinds[0]}`,
        });
    }
    for (const [index, rule] of (policy.rules ?? []).entries()) {
        const matches = globMatcher(rule.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const met = rule.anyOf.some((option) => (!option.checkerKind || option.checkerKind === record.checker.kind) && (!option.evidence || kinds.has(option.evidence)));
        if (!met) {
            const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
            const options = rule.anyOf.map(describeOption).join(', or ');
            const first = rule.anyOf[0];
            shortfalls.push({
                rule: name,
                message: `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''} fall under ${name}, which needs ${options}`,
                remedy: [first.checkerKind ? `--checker-kind ${first.checkerKind}` : '', first.evidence ? `--evidence ${first.evidence}:'...'` : ''].filter(Boolean).join(' '),
            });
        }
    }
    return shortfalls;
}
function describeOption(option) {
    const parts = [];
    if (option.checkerKind)
        parts.push(`a checker of kind ${option.checkerKind}`);
    if (option.evidence)
        parts.push(`evidence of kind ${option.evidence}`);
    return parts.join(' with ');
}

;// CONCATENATED MODULE: ./src/core/coverage.ts



/**
 * The checker must not be the worker, nor share its session. The git author is not compared:
 * a reviewer may well commit the agent's work they checked, and without signatures any
 * identity string can be claimed anyway (docs/threat-model.md).
 */
function independenceProblem(record) {
    const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (same(record.checker.id, record.worker.id)) {
        return `checker ${record.checker.id} is also the worker: a change must be checked by something that did not write it`;
    }
    if (record.checker.session && record.worker.session && record.checker.session === record.worker.session) {
        return `checker and worker share session ${record.checker.session}: the checker must run in a fresh context`;
    }
    return undefined;
}
function manifestPaths(manifest) {
    return manifest.entries.map((entry) => (0,core_manifest/* pathText */.LF)(entry.path));
}
function fixCommand(change, options = {}) {
    const scope = change.kind === 'staged'
        ? ''
        : change.kind === 'range' && change.range
            ? ` --range ${change.range.base.slice(0, 12)}..${change.range.head.slice(0, 12)}`
            : ` --commit ${change.commit?.slice(0, 12)}`;
    const checker = options.checkerHint ?? 'CHECKER-ID';
    return ['ao verdict pass', scope.trim(), `--checker ${checker}`, ...(options.extra ?? [])].filter(Boolean).join(' ');
}
/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
function decideChange(change, options) {
    const { policy } = options;
    if (change.manifest.entries.length === 0) {
        return {
            change,
            outcome: 'empty',
            reason: change.cleanMerge ? 'clean merge: git merge-tree reproduces it exactly' : 'changes nothing outside the ledger',
        };
    }
    if (change.kind !== 'staged' && isAuthorExempt(policy, change.authorEmail)) {
        return { change, outcome: 'exempt', reason: `author ${change.authorEmail} is exempt by policy` };
    }
    const paths = manifestPaths(change.manifest);
    if (allPathsExempt(policy, paths)) {
        return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
    }
    const fix = (extra = []) => fixCommand(change, { checkerHint: options.checkerHint, extra });
    const record = options.lookup(change.manifest.digest);
    if (!record) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'no-verdict',
            reason: `no verdict covers its changes (digest ${(0,core_record/* shortId */.m_)(change.manifest.digest)})`,
            fix: fix(requiredExtras(policy)),
        };
    }
    const by = `verdict ${(0,core_record/* shortId */.m_)(record.id)} by ${record.checker.id}`;
    if (record.verdict !== 'pass') {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'verdict-fail',
            record,
            reason: `the latest ${by} says fail${record.summary ? `: ${firstLine(record.summary)}` : ''}`,
            fix: `address the failure, then ${fix(requiredExtras(policy))}`,
        };
    }
    const independence = independenceProblem(record);
    if (independence) {
        return { change, outcome: 'uncovered', failedRule: 'not-independent', record, reason: `${by}: ${independence}`, fix: fix(requiredExtras(policy)) };
    }
    const shortfalls = policyShortfalls(policy, record, paths);
    if (shortfalls.length > 0) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'policy',
            policyRule: shortfalls[0].rule,
            record,
            reason: `${by} passes, but ${shortfalls.map((s) => s.message).join('; ')}`,
            fix: fix(shortfalls.map((s) => s.remedy).filter(Boolean)),
        };
    }
    const signatureProblem = options.signatureCheck?.(record);
    if (signatureProblem) {
        const signedFix = fixCommand(change, { checkerHint: record.checker.id, extra: [...requiredExtras(policy), '--sign ~/.ssh/id_ed25519'] });
        return { change, outcome: 'uncovered', failedRule: 'signature', record, reason: `${by}: ${signatureProblem}`, fix: signedFix };
    }
    return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}
function requiredExtras(policy) {
    const extras = (policy.require?.evidence ?? []).map((kind) => `--evidence ${kind}:'...'`);
    const kinds = policy.require?.checkerKinds;
    if (kinds && !kinds.includes('agent'))
        extras.unshift(`--checker-kind ${kinds[0]}`);
    return extras;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

;// CONCATENATED MODULE: ./src/repo/verify.ts







async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${core_record/* POLICY_PATH */.l$}`;
    const checkersKey = `${rev}:${CHECKERS_PATH}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${shortSha(rev)}`, rev };
    return { policy: parsePolicy(bytes, `commit ${shortSha(rev)}`), source: `${core_record/* POLICY_PATH */.l$} at ${shortSha(rev)}`, rev, checkers: objects.get(checkersKey) };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    let base;
    let head;
    let label;
    let changes;
    let rangeChange;
    if (scope.kind === 'staged') {
        head = await git.headCommit();
        base = head;
        label = 'staged change';
        changes = [await stagedChange(git, head, await git.authorEmail())];
    }
    else {
        let commits;
        if (scope.kind === 'commit') {
            const commit = await git.resolveCommit(scope.rev, 'commit');
            commits = await git.listCommits(['-n', '1', commit]);
            base = commits[0]?.parents[0];
            head = commit;
            label = `commit ${shortSha(commit)}`;
        }
        else if (scope.kind === 'range') {
            base = await git.resolveCommit(scope.base, 'range base');
            head = await git.resolveCommit(scope.head, 'range head');
            commits = await git.listCommits([`${base}..${head}`]);
            label = `${shortSha(base)}..${shortSha(head)}`;
        }
        else {
            head = await git.resolveCommit(scope.head, 'head');
            commits = await git.listCommits([head, '--not', ...scope.exclude]);
            base = boundaryOf(commits);
            label = scope.label;
        }
        changes = await changesOfCommits(git, commits);
        if (scope.kind !== 'commit' && base && head && commits.length > 0) {
            rangeChange = {
                kind: 'range',
                label,
                manifest: (0,core_manifest/* buildManifest */.u1)(await git.diffTrees(base, head)),
                range: { base, head },
            };
        }
    }
    const loaded = await policyAt(git, base);
    const ledger = await LedgerView.open(git, options.ledger ?? { kind: 'worktree' }, base);
    const problems = [...ledger.problems];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            if (change.kind === 'staged' && problems.some((p) => p.path === (0,core_manifest/* pathText */.LF)(entry.path)))
                continue;
            const path = (0,core_manifest/* pathText */.LF)(entry.path);
            problems.push({
                code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
                message: `${change.kind === 'staged' ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
                path,
                fix: change.kind === 'staged' ? `restore it with \`git restore --staged --worktree -- ${path}\`` : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
            });
        }
    }
    let decisions;
    let rangeDecision;
    const policy = loaded.policy;
    if (!policy) {
        notes.push(`no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`);
        decisions = changes.map(({ change }) => ({ change, outcome: 'exempt', reason: 'no policy at the base yet' }));
    }
    else {
        const digests = changes.map(({ change }) => change.manifest.digest);
        if (rangeChange)
            digests.push(rangeChange.manifest.digest);
        const latest = await ledger.latestFor([...new Set(digests)]);
        const signatureCheck = options.signatureCheck ? await options.signatureCheck(policy, git, base) : signatureCheckFor(loaded);
        if (signatureCheck && !options.signatureCheck)
            notes.push(`the policy requires signed verdicts: keys trusted by ${CHECKERS_PATH} at ${shortSha(loaded.rev)}`);
        const decide = (change) => decideChange(change, { policy, lookup: (digest) => latest.get(digest), signatureCheck, checkerHint: options.checkerHint });
        if (policy.mode === 'range' && rangeChange)
            rangeDecision = decide(rangeChange);
        decisions = changes.map(({ change }) => {
            if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
                return { change, outcome: 'covered', record: rangeDecision.record, reason: `covered by range ${rangeDecision.reason}` };
            }
            return decide(change);
        });
    }
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: { source: loaded.source, enforced: !!policy, mode: policy?.mode, policy },
        ledger: {
            source: ledger.describeSource,
            baseRecords: ledger.base.size,
            newRecords: ledger.newRecords.length,
            problems,
            genesis: ledger.genesisId,
        },
        rangeDecision,
        decisions,
        counts,
        notes,
    };
}
/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits) {
    const inRange = new Set(commits.map((c) => c.sha));
    for (const commit of commits) {
        const outside = commit.parents.find((p) => !inRange.has(p));
        if (outside)
            return outside;
    }
    return undefined;
}
function describeRecord(record) {
    return record ? `${shortId(record.id)} ${record.verdict} by ${record.checker.id}` : '-';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true });
    }
    catch (error) {
        throw new errors/* AoError */.VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new errors/* AoError */.VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
    }
    return given[0] ?? 'staged';
}
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};

// EXTERNAL MODULE: ./src/cli/context.ts + 1 modules
var context = __nccwpck_require__(349);
;// CONCATENATED MODULE: ./src/cli/help.ts
/** Help texts: the interface, as users read it. */
const VERSION = '0.1.0';
const HELP = {
    main: `ao — proof that a code change was checked by something that did not write it

Usage: ao <command> [options]

Set up
  init [--hooks husky|git|none]      create .agents/policy.json, the ledger's genesis record, and the hooks

Record and check
  verdict pass|fail --checker ID     record a checker's verdict on the staged change, a commit or a range
  verify [--staged|--commit REV|--range A..B] [--json]
                                     is every change in scope covered by a passing, independent verdict?
  status                             the staged change's digest and whether a verdict covers it
  ledger verify [--since REV]        the ledger's integrity, signatures included (and append-only since REV)

Signed verdicts
  checkers add ID PUBKEY-FILE        trust an SSH key for checker ID in .agents/checkers
  checkers list                      the keys .agents/checkers trusts

Read the ledger
  log [-n N] [--json]                newest records first
  show ID-PREFIX                     one record in full
  lookup COMMIT|PATH                 the verdicts that speak for a commit or touch a path
  search TEXT                        records containing TEXT

Hooks
  hook pre-commit                    what the pre-commit hook runs
  hook pre-push REMOTE URL           what the pre-push hook runs (reads git's refs on stdin)

  demo                               a scripted walk-through in a temporary repository

Exit codes: 0 ok, 1 verification failed, 2 usage or environment error.
Docs: docs/spec.md (format), README.md (workflow). Version ${VERSION}.`,
    init: `Usage: ao init [--hooks husky|git|none]

Creates .agents/policy.json (mode "commit"), .agents/.gitattributes and the genesis record
of the ledger, and installs the pre-commit and pre-push hooks: with husky when the
repository has a package.json, otherwise in git's hooks directory. Safe to run again:
nothing that exists is overwritten, and a hook you had keeps running before ours.`,
    verdict: `Usage: ao verdict pass|fail --checker ID [options] [--staged | --commit REV | --range A..B]

Records a checker's verdict on a change and prints the new record's id.
  --checker ID          who checked (default: $AO_CHECKER); must differ from the worker
  --checker-kind KIND   agent (default), human, ci or tool
  --session S           the checker's session id (must differ from the worker's)
  --worker ID           who wrote the change (default: $AO_WORKER, else the git author email)
  --worker-kind KIND    agent (default), human, ci or tool
  --worker-session S    the worker's session id (default: $AO_WORKER_SESSION)
  --summary TEXT        one paragraph on what was checked
  --evidence KIND:TEXT  test, command, review or link (repeatable), e.g. test:"npm test: 212 passed"
  --staged              the staged change (default); the record is staged with it
  --commit REV          one commit (a merge: only what a clean merge would not have produced)
  --range A..B          the combined change of a range, plus each commit's digest
  --sign KEY            sign the record's id (default: $AO_SIGNING_KEY): an unencrypted OpenSSH
                        private key file, or a .pub file / agent:PUBKEY to sign through ssh-agent
  --json                print the whole record instead of its id
Refuses (exit 2) when the checker is not independent or there is nothing to cover.
Under a policy with "requireSignature": true, a verdict counts only when signed by a key
that .agents/checkers at the change's base trusts for the checker (docs/signing.md).`,
    verify: `Usage: ao verify [--staged | --commit REV | --range A..B] [--json]

Checks the ledger's integrity and that every change in scope is covered by a passing,
independent verdict under the policy of the scope's base. The ledger is read from the
working tree, so a verdict just recorded counts. Exit 0 covered, 1 not, 2 usage error.`,
    ledger: `Usage: ao ledger verify [--since REV] [--json]

Checks every record of the working tree's ledger: schema, byte form, id hash, path, the
chain (prev, seq, one genesis) and every signature present (over the record's id; which
keys are trusted is \`ao verify\`'s question); with --since, that every record at REV is
still here, unchanged (append-only).`,
    status: `Usage: ao status [--json]

Shows the staged change's digest and whether a verdict covers it; when a verdict covers an
earlier version of it, shows what changed since as a diff.`,
    log: `Usage: ao log [-n N] [--json]

Lists ledger records, newest first.`,
    show: `Usage: ao show ID-PREFIX [--json]

Shows one record. The prefix may omit "sha256:".`,
    lookup: `Usage: ao lookup COMMIT|PATH [--json]

For a commit: its change digest and every verdict naming it, latest last.
For a path: every verdict whose subject touches it.`,
    search: `Usage: ao search TEXT [--json]

Lists records whose text contains TEXT (case-insensitive).`,
    checkers: `Usage: ao checkers add CHECKER-ID PUBKEY-FILE
       ao checkers list [--json]

.agents/checkers lists the SSH keys trusted to sign verdicts, each bound to a checker id,
in the allowed_signers format of git and \`ssh-keygen -Y verify\`. Under a policy with
"requireSignature": true a verdict counts only when signed by a key listed there for its
checker. The copy at a change's base is the one that counts, so a change cannot trust its
own key: add keys through a reviewed change.
  add    appends "CHECKER-ID namespaces=\"agentops-verdict\" KEY" (nothing if already trusted)
  list   one line per entry: line number, checker ids, key fingerprint, options`,
    hook: `Usage: ao hook pre-commit
       ao hook pre-push REMOTE URL   (git passes the pushed refs on stdin)

HUSKY=0 skips both, as husky does.`,
    demo: `Usage: ao demo [--keep]

Walks through the product in a temporary repository: a commit refused, a verdict by a
second identity, the commit accepted, a tampered record caught.`,
};

;// CONCATENATED MODULE: ./src/cli/output.ts

function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
function renderDecision(decision, style) {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label;
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${decision.reason}`];
    if (decision.fix)
        lines.push(`      fix: ${decision.fix}`);
    return lines;
}
function renderProblem(problem, style) {
    return [`  ${style.bad('✘')} ${problem.message}`, `      fix: ${problem.fix}`];
}
function renderReport(report, style) {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${report.scope.label}: ${verdict}: ${counts.checked} change${counts.checked === 1 ? '' : 's'} checked, ${counts.covered} covered, ${counts.uncovered} uncovered${counts.exempt ? `, ${counts.exempt} exempt` : ''}${counts.empty ? `, ${counts.empty} need none` : ''}`);
    lines.push(style.dim(`  policy: ${report.policy.source}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${note}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${report.rangeDecision.reason}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${report.rangeDecision.fix}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style));
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        notes: report.notes,
    };
}
function decisionJson(decision) {
    const { change } = decision;
    return {
        kind: change.kind,
        label: change.label,
        commit: change.commit ?? null,
        subject: change.subjectLine ?? null,
        author: change.authorEmail ?? null,
        digest: change.manifest.digest,
        paths: change.manifest.entries.length,
        outcome: decision.outcome,
        reason: decision.reason,
        failedRule: decision.failedRule ?? null,
        policyRule: decision.policyRule ?? null,
        record: decision.record ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker } : null,
        fix: decision.fix ?? null,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function shortRecord(id) {
    return shortId(id);
}

;// CONCATENATED MODULE: ./src/cli/cmd-browse.ts













async function everyRecord(git) {
    const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(compareRecords);
}
function recordLine(record) {
    const when = record.createdAt.slice(0, 16).replace('T', ' ');
    if (record.type === 'genesis')
        return `${String(record.seq).padStart(5)}  ${(0,core_record/* shortId */.m_)(record.id)}  ${when}  genesis`;
    const scope = record.subject.kind === 'commit' ? `commit ${record.subject.commit.slice(0, 7)}` : record.subject.kind === 'range' ? `range ${record.subject.base.slice(0, 7)}..${record.subject.head.slice(0, 7)}` : 'staged';
    return `${String(record.seq).padStart(5)}  ${(0,core_record/* shortId */.m_)(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${truncate(record.summary.split('\n')[0], 60)}` : ''}`;
}
async function cmdLog(cli, args) {
    const { values } = parse('log', args, { n: { type: 'string', short: 'n' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.log), 0;
    const limit = values.n === undefined ? Infinity : Number(values.n);
    if (values.n !== undefined && (!Number.isInteger(limit) || limit < 0))
        throw new errors/* AoError */.VS(`-n takes a whole number, not ${JSON.stringify(values.n)}`, { fix: 'ao log -n 20' });
    const records = (await everyRecord(await (0,context/* openRepo */.B)(cli))).reverse().slice(0, limit);
    cli.out(values.json ? JSON.stringify(records, null, 2) : records.map(recordLine).join('\n'));
    return 0;
}
async function cmdShow(cli, args) {
    const { values, positionals } = parse('show', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.show), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao show needs one record id prefix', { fix: 'ao show sha256:1a2b3c (see `ao log` for ids)' });
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted))
        throw new errors/* AoError */.VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: 'copy an id from `ao log`' });
    const matches = (await everyRecord(await (0,context/* openRepo */.B)(cli))).filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new errors/* AoError */.VS(`no record id starts with ${wanted}`, { fix: 'list ids with `ao log`' });
    if (matches.length > 1)
        throw new errors/* AoError */.VS(`${wanted} is ambiguous: ${matches.map((r) => (0,core_record/* shortId */.m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else {
        const lines = [recordLine(record), `  prev: ${record.prev.map(core_record/* shortId */.m_).join(', ') || '(none)'}`];
        if (record.type === 'verdict') {
            lines.push(`  subject: ${record.subject.kind} ${record.subject.digest}, ${record.subject.entries.length} paths`);
            for (const entry of record.subject.entries.slice(0, 50))
                lines.push(`    ${entry.status} ${entry.path ?? `(base64) ${entry.pathBase64}`}`);
            if (record.subject.entries.length > 50)
                lines.push(`    … and ${record.subject.entries.length - 50} more`);
            for (const evidence of record.evidence)
                lines.push(`  evidence ${evidence.kind}: ${evidence.kind === 'link' ? evidence.url : evidence.text}`);
            if (record.summary)
                lines.push(`  summary: ${record.summary}`);
            if (record.signature)
                lines.push(`  signed (${record.signature.format})`);
        }
        cli.out(lines.join('\n'));
    }
    return 0;
}
async function cmdSearch(cli, args) {
    const { values, positionals } = parse('search', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.search), 0;
    const text = positionals.join(' ').toLowerCase();
    if (!text)
        throw new errors/* AoError */.VS('ao search needs some text', { fix: 'ao search "flaky test"' });
    const hits = (await everyRecord(await (0,context/* openRepo */.B)(cli))).filter((r) => JSON.stringify(r).toLowerCase().includes(text)).reverse();
    cli.out(values.json ? JSON.stringify(hits, null, 2) : hits.map(recordLine).join('\n'));
    return hits.length > 0 ? 0 : 1;
}
async function cmdLookup(cli, args) {
    const { values, positionals } = parse('lookup', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(HELP.lookup), 0;
    const [target] = positionals;
    if (!target || positionals.length !== 1)
        throw new errors/* AoError */.VS('ao lookup needs a commit or a path', { fix: 'ao lookup HEAD, or ao lookup src/index.ts' });
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await everyRecord(git);
    const [commit] = await git.resolveCommits([target]);
    let hits;
    let heading;
    if (commit) {
        const [info] = await git.listCommits(['-n', '1', commit]);
        const { change } = (await changesOfCommits(git, [info]))[0];
        const digest = change.manifest.digest;
        hits = records.filter((r) => r.type === 'verdict' && digestsNamedBy(r).includes(digest));
        heading = `commit ${commit.slice(0, 7)} ${info?.subject ?? ''}: digest ${digest}${change.manifest.entries.length === 0 ? ' (changes nothing outside the ledger)' : ''}`;
    }
    else {
        const path = target.replace(/^\.\//, '');
        hits = records.filter((r) => r.type === 'verdict' && r.subject.entries.some((e) => e.path === path || e.path?.startsWith(`${path}/`)));
        heading = `verdicts touching ${path}`;
    }
    if (values.json)
        cli.out(JSON.stringify({ heading, records: hits }, null, 2));
    else
        cli.out([heading, ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
    return 0;
}
async function cmdStatus(cli, args) {
    const { values } = parse('status', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.status), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const head = await git.headCommit();
    const { change } = await stagedChange(git, head, await git.authorEmail());
    const loaded = await policyAt(git, head);
    const view = await LedgerView.open(git, { kind: 'worktree' }, head);
    const latest = await view.latestFor([change.manifest.digest]);
    const decision = loaded.policy
        ? decideChange(change, { policy: loaded.policy, lookup: (d) => latest.get(d), checkerHint: cli.env.AO_CHECKER, signatureCheck: signatureCheckFor(loaded) })
        : undefined;
    // The newest verdict on an earlier version of the staged change: a new staged-kind record.
    const earlier = view.newRecords
        .filter((r) => r.type === 'verdict' && r.subject.kind === 'staged' && r.subject.digest !== change.manifest.digest)
        .sort(compareRecords)
        .at(-1);
    const since = earlier ? (0,core_manifest/* compareManifests */.kK)(earlier.subject.entries, change.manifest.entries.map(core_manifest/* entryToJson */.o3)) : [];
    if (values.json) {
        cli.out(JSON.stringify({
            digest: change.manifest.digest,
            paths: change.manifest.entries.length,
            outcome: decision?.outcome ?? 'not-enforced',
            reason: decision?.reason ?? loaded.source,
            fix: decision?.fix ?? null,
            earlierVerdict: earlier ? { id: earlier.id, digest: earlier.subject.digest, changedSince: since.map((c) => ({ path: c.path, change: c.change })) } : null,
        }, null, 2));
        return 0;
    }
    const style = styleFor(process.stdout);
    const lines = [`staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`];
    if (!decision)
        lines.push(`  policy: ${loaded.source} (not enforced yet)`);
    else {
        const mark = decision.outcome === 'covered' ? style.ok('covered') : decision.outcome === 'uncovered' ? style.bad('NOT covered') : decision.outcome;
        lines.push(`  ${mark}: ${decision.reason}`);
        if (decision.fix)
            lines.push(`  fix: ${decision.fix}`);
    }
    if (earlier && decision?.outcome !== 'covered') {
        lines.push('', `verdict ${(0,core_record/* shortId */.m_)(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${(0,core_record/* shortId */.m_)(earlier.subject.digest)}); since then:`);
        const blobs = await git.readObjects([...new Set(since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id) => !!id && !/^0+$/.test(id)))]);
        for (const change of since) {
            const oldText = change.before && !/^0+$/.test(change.before.newId) ? blobs.get(change.before.newId)?.toString('utf8') ?? '' : '';
            const newText = change.after && !/^0+$/.test(change.after.newId) ? blobs.get(change.after.newId)?.toString('utf8') ?? '' : '';
            lines.push(`  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`);
            if (change.change === 'changed')
                lines.push(createTwoFilesPatch(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', { context: 2 }).trimEnd());
        }
    }
    cli.out(lines.join('\n'));
    return decision?.outcome === 'uncovered' ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/repo/writer.ts








const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's).
 */
function readTip(top) {
    const paths = listWorktreeLedger(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const parts = (0,core_record/* parseRecordPath */.OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            const value = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(top, path), 'utf8'));
            if (Array.isArray(value.prev))
                prev = value.prev.filter((p) => typeof p === 'string');
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new errors/* AoError */.VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
    }
    const heads = computeHeads(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,external_node_path_namespaceObject.join)(git.gitDir, LOCK_NAME);
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,external_node_fs_.openSync)(lock, 'wx');
            (0,external_node_fs_.writeSync)(fd, `${process.pid} ${new Date().toISOString()}\n`);
            (0,external_node_fs_.closeSync)(fd);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new errors/* AoError */.VS(`cannot create the ledger lock ${lock}: ${error.message}`);
            if (Date.now() - started > LOCK_WAIT_MS) {
                let holder = '';
                try {
                    holder = (0,external_node_fs_.readFileSync)(lock, 'utf8').trim();
                    holder = ` (held by process ${holder.split(' ')[0]} since ${holder.split(' ')[1] ?? '?'}, ${Math.round((Date.now() - (0,external_node_fs_.statSync)(lock).mtimeMs) / 1000)}s ago)`;
                }
                catch {
                    // The holder released it while we looked.
                }
                throw new errors/* AoError */.VS(`the ledger is locked by another ao process${holder}`, {
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${lock}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        return await work();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { force: true });
    }
}
/** Writes bytes so that a crash at any point leaves the whole file or nothing. */
function writeFileAtomic(git, target, content) {
    const tmpDir = (0,external_node_path_namespaceObject.join)(git.gitDir, 'agentops-tmp');
    (0,external_node_fs_.mkdirSync)(tmpDir, { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
    const tmp = (0,external_node_path_namespaceObject.join)(tmpDir, `${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o644);
    try {
        (0,external_node_fs_.writeFileSync)(fd, content);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(tmp, target);
    }
    catch (error) {
        (0,external_node_fs_.unlinkSync)(tmp);
        throw new errors/* AoError */.VS(`cannot move the new record into ${target}: ${error.message}`, { fix: 'check that the repository is writable, then run the command again' });
    }
}
/** Appends one record on top of the current heads, atomically and under the ledger lock. */
async function appendRecord(git, makeBody, options = {}) {
    return withLedgerLock(git, async () => {
        const tip = readTip(git.topLevel);
        let record = (0,core_record/* sealRecord */.xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,schemas/* validateRecordShape */.R$)(record);
        if (problems.length > 0)
            throw new errors/* AoError */.VS(`refusing to write an invalid record: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix: 'shorten or correct the values given on the command line' });
        const size = Buffer.byteLength((0,core_record/* renderRecord */.sF)(record));
        if (size > core_record/* MAX_RECORD_BYTES */.xR)
            throw new errors/* AoError */.VS(`the record would be ${size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
        const path = (0,core_record/* recordPath */.lX)(record.seq, record.id);
        writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(git.topLevel, path), (0,core_record/* renderRecord */.sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}

;// CONCATENATED MODULE: ./src/cli/cmd-checkers.ts










const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;
async function cmdCheckers(cli, args) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h')
        return cli.out(HELP.checkers), sub === undefined ? 2 : 0;
    if (sub === 'add')
        return checkersAdd(cli, rest);
    if (sub === 'list')
        return checkersList(cli, rest);
    throw new errors/* AoError */.VS(`unknown command: ao checkers ${sub}`, { fix: 'ao checkers add CHECKER-ID PUBKEY-FILE, or ao checkers list' });
}
/** A checker id must be one literal principal: no spaces, lists, patterns or quotes. */
function checkCheckerId(id) {
    if (id === '' || /[\s,"*?!]/.test(id) || id.startsWith('#')) {
        throw new errors/* AoError */.VS(`checker id ${JSON.stringify(id)} cannot be a principal in ${CHECKERS_PATH}: no spaces, commas, quotes or * ? ! patterns`, {
            fix: 'use the id the checker records verdicts under, e.g. reviewer@example.com (--checker)',
        });
    }
}
function readPublicKeyFile(cli, path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.resolve)(cli.cwd, path), 'utf8');
    }
    catch (error) {
        throw new errors/* AoError */.VS(`cannot read ${path}: ${error.code ?? error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
    }
    if (text.includes('PRIVATE KEY-----')) {
        throw new errors/* AoError */.VS(`${path} is a private key; ${CHECKERS_PATH} holds public keys only`, { fix: `pass ${path}.pub instead` });
    }
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return { key: parsePublicKey(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(`${path} is not an SSH public key: ${error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
        throw error;
    }
}
async function checkersAdd(cli, args) {
    const { values, positionals } = parse('checkers', args, {});
    if (values.help)
        return cli.out(HELP.checkers), 0;
    if (positionals.length !== 2)
        throw new errors/* AoError */.VS('ao checkers add needs CHECKER-ID and PUBKEY-FILE', { fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub' });
    const [id, keyFile] = positionals;
    checkCheckerId(id);
    const { key, comment } = readPublicKeyFile(cli, keyFile);
    const git = await (0,context/* openRepo */.B)(cli);
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, CHECKERS_PATH);
    const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
    let signers;
    try {
        signers = parseAllowedSigners(current, CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(error.message, { fix: `correct that line of ${CHECKERS_PATH} first (format: docs/signing.md)` });
        throw error;
    }
    if (isKeyAllowed(signers, id, key, SIGNATURE_NAMESPACE)) {
        cli.err(`${CHECKERS_PATH} already trusts ${key.fingerprint} for ${id}; nothing to do`);
        return 0;
    }
    const line = `${id} namespaces="${SIGNATURE_NAMESPACE}" ${key.text}${comment ? ` ${comment}` : ''}`;
    const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
    writeFileAtomic(git, file, `${base}${line}\n`);
    cli.out(line);
    cli.err(`added ${key.fingerprint} (${key.type}) for ${id} to ${CHECKERS_PATH}\n` +
        `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`);
    return 0;
}
async function checkersList(cli, args) {
    const { values } = parse('checkers', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.checkers), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const file = (0,external_node_path_namespaceObject.join)(git.topLevel, CHECKERS_PATH);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* AoError */.VS(`${CHECKERS_PATH} does not exist`, { fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`' });
    let signers;
    try {
        signers = parseAllowedSigners((0,external_node_fs_.readFileSync)(file, 'utf8'), CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof SshSigError)
            throw new errors/* AoError */.VS(error.message, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md)` });
        throw error;
    }
    const rows = signers.map((s) => ({
        line: s.line,
        checkers: s.principals,
        key: s.publicKey ? s.publicKey.fingerprint : s.keyText.split(' ')[0],
        type: s.keyText.split(' ')[0],
        namespaces: s.namespaces ?? null,
        validAfter: s.validAfter?.toISOString() ?? null,
        validBefore: s.validBefore?.toISOString() ?? null,
        unusable: s.unusableReason ?? null,
    }));
    if (values.json)
        cli.out(JSON.stringify(rows, null, 2));
    else {
        for (const row of rows) {
            const extras = [row.namespaces !== null ? `namespaces=${row.namespaces}` : '', row.validAfter ? `after ${row.validAfter}` : '', row.validBefore ? `before ${row.validBefore}` : '', row.unusable ? `UNUSABLE: ${row.unusable}` : '']
                .filter(Boolean)
                .join(', ');
            cli.out(`${String(row.line).padStart(4)}  ${row.checkers}  ${row.key} (${row.type})${extras ? `  ${extras}` : ''}`);
        }
        if (rows.length === 0)
            cli.err(`${CHECKERS_PATH} lists no keys`);
    }
    return 0;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/cli/cmd-demo.ts









/**
 * A scripted walk in a throwaway repository, driving the real `ao` binary and real git
 * hooks: what a user would type, and what they would see.
 */
async function cmdDemo(cli, args) {
    const { values } = parse('demo', args, { keep: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.demo), 0;
    const style = styleFor(process.stdout);
    const aoBin = process.argv[1];
    if (!aoBin)
        throw new errors/* AoError */.VS('cannot tell where the ao binary is', { fix: 'run the demo as `npx ao demo` or `npm run demo`' });
    const dir = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'ao-demo-')));
    const agent = { GIT_AUTHOR_NAME: 'Coding Agent', GIT_AUTHOR_EMAIL: 'agent@example.com', GIT_COMMITTER_NAME: 'Coding Agent', GIT_COMMITTER_EMAIL: 'agent@example.com' };
    const env = { ...process.env, ...agent, AO_BIN: aoBin, HUSKY: '', NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const expectations = [];
    const step = (title) => cli.out(`\n${style.bold(`== ${title}`)}`);
    const run = (label, command, argv, expect, input) => {
        cli.out(style.dim(`$ ${label}`));
        const result = (0,external_node_child_process_.spawnSync)(command, argv, { cwd: dir, env, encoding: 'utf8', input });
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd();
        if (output)
            cli.out(output.split('\n').map((line) => `  ${line}`).join('\n'));
        const passed = expect === 'ok' ? result.status === 0 : result.status !== 0;
        cli.out(passed ? style.ok(`  -> exit ${result.status}, as expected`) : style.bad(`  -> exit ${result.status}, NOT as expected`));
        if (!passed)
            expectations.push(label);
        return output;
    };
    const git = (argv, expect = 'ok') => run(`git ${argv.join(' ')}`, 'git', argv, expect);
    const ao = (argv, expect = 'ok') => run(`ao ${argv.join(' ')}`, process.execPath, [aoBin, ...argv], expect);
    try {
        cli.out(`agentops/verdict demo in ${dir}`);
        step('An agent works in a repository guarded by ao');
        (0,external_node_child_process_.spawnSync)('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
        ao(['init', '--hooks', 'git']);
        git(['add', '.agents']);
        git(['commit', '-q', '-m', 'Set up agentops/verdict']);
        step('The agent writes code and tries to commit it: refused, no one checked it');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.join)(dir, 'src'));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
        git(['add', 'src/add.js']);
        git(['commit', '-m', 'Add add()'], 'fail');
        step('The agent cannot vouch for itself');
        ao(['verdict', 'pass', '--checker', 'agent@example.com'], 'fail');
        step('A second identity (a reviewer agent in a fresh session) checks it and records a verdict');
        ao(['verdict', 'pass', '--checker', 'reviewer@example.com', '--checker-kind', 'agent', '--session', 'review-7', '--evidence', 'test:node --test: 4 passed', '--summary', 'add() is correct for integers and floats']);
        ao(['status']);
        step('Now the commit goes through, carrying its verdict');
        git(['commit', '-m', 'Add add()']);
        ao(['verify', '--commit', 'HEAD']);
        ao(['log']);
        step('Someone edits a recorded verdict: caught');
        const record = listWorktreeLedger(dir).filter((p) => p.endsWith('.json')).at(-1);
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(dir, record), 'utf8');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, record), text.replace('add() is correct', 'add() is perfect'));
        ao(['ledger', 'verify', '--since', 'HEAD'], 'fail');
        git(['checkout', '--', record]);
        ao(['ledger', 'verify']);
    }
    finally {
        if (values.keep)
            cli.out(`\nkept ${dir}`);
        else
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    if (expectations.length > 0) {
        cli.err(`demo: ${expectations.length} step(s) did not behave as expected: ${expectations.join('; ')}`);
        return 1;
    }
    cli.out(`\n${style.ok('demo complete')}: a commit refused, a verdict by a second identity, the commit accepted, a tampered record caught.`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cmd-hook.ts





async function cmdHook(cli, args) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h')
        return cli.out(HELP.hook), 0;
    if (cli.env.HUSKY === '0')
        return 0;
    if (name === 'pre-commit')
        return preCommit(cli);
    if (name === 'pre-push')
        return prePush(cli, rest);
    throw new errors/* AoError */.VS(`unknown hook ${JSON.stringify(name ?? '')}`, { fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL' });
}
async function preCommit(cli) {
    const git = await (0,context/* openRepo */.B)(cli);
    const report = await verify(git, { kind: 'staged' }, { checkerHint: cli.env.AO_CHECKER });
    const style = styleFor(process.stderr);
    if (report.ok) {
        const decision = report.decisions[0];
        if (decision?.outcome === 'covered')
            cli.err(`agentops/verdict: ${decision.reason}`);
        return 0;
    }
    // In range mode the push is what must be covered: the commit hook only warns.
    const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
    cli.err(renderReport(report, style));
    if (warnOnly) {
        cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
        return 0;
    }
    cli.err(`\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`);
    return 1;
}
function parsePushLines(input) {
    const lines = [];
    for (const raw of input.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(' ');
        if (parts.length !== 4) {
            throw new errors/* AoError */.VS(`unexpected pre-push input line: ${JSON.stringify(line)}`, { fix: 'run this only from git\'s pre-push hook (`ao init` installs it)' });
        }
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        lines.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return lines;
}
/** The commits one pushed ref adds to the remote, as a verification scope. */
async function pushScope(git, remote, line) {
    if (/^0+$/.test(line.localSha))
        return undefined; // a deletion checks nothing
    const notOnRemote = { kind: 'revlist', head: line.localSha, exclude: [`--remotes=${remote}`], label: `${line.localRef} -> ${remote} ${line.remoteRef}` };
    if (line.remoteSha === git.zeroId || /^0+$/.test(line.remoteSha))
        return notOnRemote;
    const [known] = await git.resolveCommits([line.remoteSha]);
    // A force push over commits never fetched: judge what no ref of that remote has yet.
    if (!known)
        return notOnRemote;
    return { kind: 'range', base: line.remoteSha, head: line.localSha };
}
/**
 * The pre-commit framework runs pre-push hooks without git's stdin, describing the push in
 * PRE_COMMIT_* variables instead: rebuild the one line git would have sent.
 */
function preCommitFrameworkLine(env) {
    const to = env.PRE_COMMIT_TO_REF;
    if (!to)
        return undefined;
    const from = env.PRE_COMMIT_FROM_REF || '0'.repeat(to.length === 64 ? 64 : 40);
    return `${env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD'} ${to} ${env.PRE_COMMIT_REMOTE_BRANCH || 'HEAD'} ${from}`;
}
async function prePush(cli, args) {
    const [remote = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin'] = args;
    let input = await cli.stdin();
    if (!input.trim())
        input = preCommitFrameworkLine(cli.env) ?? '';
    const lines = parsePushLines(input);
    if (lines.length === 0)
        return 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const style = styleFor(process.stderr);
    const reports = [];
    for (const line of lines) {
        const scope = await pushScope(git, remote, line);
        if (!scope)
            continue;
        reports.push(await verify(git, scope, { checkerHint: cli.env.AO_CHECKER }));
    }
    const failed = reports.filter((r) => !r.ok);
    for (const report of failed)
        cli.err(renderReport(report, style));
    if (failed.length > 0) {
        cli.err(`\nagentops/verdict refused this push: ${failed.length} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`);
        return 1;
    }
    const checked = reports.reduce((n, r) => n + r.counts.checked, 0);
    if (checked > 0)
        cli.err(`agentops/verdict: ${checked} commit${checked === 1 ? '' : 's'} covered`);
    return 0;
}

// EXTERNAL MODULE: ./src/core/canonical.ts
var canonical = __nccwpck_require__(457);
;// CONCATENATED MODULE: ./src/cli/hook-scripts.ts
/**
 * The plain POSIX sh hooks. `hooks/` in the package holds exactly these texts (a test
 * keeps them equal); `ao init --hooks git` installs them into git's hooks directory.
 */
const FIND_AO = `root=$(git rev-parse --show-toplevel) || exit 2
if [ -n "\${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so this change cannot be checked." >&2
  echo "  fix: run \\\`npm install\\\` (or \\\`npm i -D @agentops/verdict\\\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi`;
const PRE_COMMIT_SCRIPT = `#!/bin/sh
# agentops/verdict pre-commit hook (installed by \`ao init\`).
# Refuses a commit whose staged change has no passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-commit.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
if [ -x "$0.pre-ao" ]; then "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
exec "$ao" hook pre-commit
`;
const PRE_PUSH_SCRIPT = `#!/bin/sh
# agentops/verdict pre-push hook (installed by \`ao init\`).
# Refuses a push that carries a commit without a passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-push.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
refs=$(cat)
if [ -x "$0.pre-ao" ]; then printf '%s\\n' "$refs" | "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
printf '%s\\n' "$refs" | "$ao" hook pre-push "$@"
`;
const HOOK_SCRIPTS = {
    'pre-commit': PRE_COMMIT_SCRIPT,
    'pre-push': PRE_PUSH_SCRIPT,
};
/** Lines `ao init` adds to husky's hook files. */
const HUSKY_LINES = {
    'pre-commit': 'ao hook pre-commit',
    'pre-push': 'ao hook pre-push "$@"',
};
const HOOK_MARKER = 'agentops/verdict';

;// CONCATENATED MODULE: ./src/cli/cmd-init.ts













const HOOKS = ['pre-commit', 'pre-push'];
const GITATTRIBUTES = `# Ledger records are hashed byte for byte: never convert their line endings.
ledger/** -text
`;
async function cmdInit(cli, args) {
    const { values } = parse('init', args, { hooks: { type: 'string' } }, false);
    if (values.help)
        return cli.out(HELP.init), 0;
    const mode = values.hooks;
    if (mode !== undefined && !['husky', 'git', 'none'].includes(mode)) {
        throw new errors/* AoError */.VS(`--hooks must be husky, git or none, not ${JSON.stringify(mode)}`, { fix: 'ao init --hooks git' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const top = git.topLevel;
    const did = [];
    const policyFile = (0,external_node_path_namespaceObject.join)(top, core_record/* POLICY_PATH */.l$);
    if (!(0,external_node_fs_.existsSync)(policyFile)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(policyFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(policyFile, (0,canonical/* renderJsonFile */.Xv)(defaultPolicy()));
        did.push(`created ${core_record/* POLICY_PATH */.l$} (mode "commit": every commit needs a verdict)`);
    }
    const attributes = (0,external_node_path_namespaceObject.join)(top, '.agents/.gitattributes');
    if (!(0,external_node_fs_.existsSync)(attributes)) {
        (0,external_node_fs_.writeFileSync)(attributes, GITATTRIBUTES);
        did.push('created .agents/.gitattributes (records keep their exact bytes)');
    }
    await withLedgerLock(git, async () => {
        const genesis = listWorktreeLedger(top).map(core_record/* parseRecordPath */.OT).find((parts) => parts?.seq === 0);
        if (genesis)
            return;
        const record = (0,core_record/* newGenesis */.Xz)();
        writeFileAtomic(git, (0,external_node_path_namespaceObject.join)(top, (0,core_record/* recordPath */.lX)(0, record.id)), (0,core_record/* renderRecord */.sF)(record));
        did.push(`created the ledger's genesis record ${(0,core_record/* shortId */.m_)(record.id)}`);
    });
    const hookMode = mode ?? ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(top, 'package.json')) ? 'husky' : 'git');
    if (hookMode === 'husky')
        did.push(...installHusky(top, cli));
    else if (hookMode === 'git')
        did.push(...(await installGitHooks(git)));
    cli.err(did.length ? did.map((line) => `ao init: ${line}`).join('\n') : 'ao init: already set up; nothing to do');
    cli.err(`next: commit the set-up with \`git add .agents && git commit -m "Set up agentops/verdict"\``);
    return 0;
}
function installHusky(top, cli) {
    const did = [];
    const huskyBin = (0,external_node_path_namespaceObject.join)(top, 'node_modules', 'husky', 'bin.js');
    if (!(0,external_node_fs_.existsSync)(huskyBin)) {
        throw new errors/* AoError */.VS('husky is not installed in this repository, so the hooks cannot be set up with it', {
            fix: 'run `npm i -D husky` and then `ao init` again, or install plain git hooks with `ao init --hooks git`',
        });
    }
    for (const hook of HOOKS) {
        const file = (0,external_node_path_namespaceObject.join)(top, '.husky', hook);
        const line = HUSKY_LINES[hook];
        const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
        if (current.split('\n').some((l) => l.trim() === line))
            continue;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`, { mode: 0o755 });
        did.push(`${current ? 'added to' : 'created'} .husky/${hook}: ${line}`);
    }
    if (cli.env.HUSKY !== '0') {
        (0,external_node_child_process_.execFileSync)(process.execPath, [huskyBin], { cwd: top, stdio: 'ignore' });
        did.push('ran husky (core.hooksPath is .husky/_)');
    }
    const pkgFile = (0,external_node_path_namespaceObject.join)(top, 'package.json');
    try {
        const text = (0,external_node_fs_.readFileSync)(pkgFile, 'utf8');
        const pkg = JSON.parse(text);
        if (!pkg.scripts?.prepare) {
            pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
            const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
            (0,external_node_fs_.writeFileSync)(pkgFile, `${JSON.stringify(pkg, null, indent)}\n`);
            did.push('added "prepare": "husky" to package.json, so fresh clones get the hooks on npm install');
        }
        else if (!pkg.scripts.prepare.includes('husky')) {
            did.push(`note: package.json's "prepare" script does not run husky; add \`husky\` to it so fresh clones get the hooks`);
        }
    }
    catch {
        did.push('note: package.json could not be read; add "prepare": "husky" to its scripts yourself');
    }
    return did;
}
async function installGitHooks(git) {
    const did = [];
    const hooksDir = await git.gitPath('hooks');
    (0,external_node_fs_.mkdirSync)(hooksDir, { recursive: true });
    const shown = (0,external_node_path_namespaceObject.relative)(git.topLevel, hooksDir) || hooksDir;
    for (const hook of HOOKS) {
        const file = (0,external_node_path_namespaceObject.join)(hooksDir, hook);
        const script = HOOK_SCRIPTS[hook];
        if ((0,external_node_fs_.existsSync)(file)) {
            const current = (0,external_node_fs_.readFileSync)(file, 'utf8');
            if (current === script)
                continue;
            if (!current.includes(HOOK_MARKER)) {
                const kept = `${file}.pre-ao`;
                if ((0,external_node_fs_.existsSync)(kept)) {
                    throw new errors/* AoError */.VS(`${shown}/${hook} is not ours and ${shown}/${hook}.pre-ao already exists, so it cannot be kept safely`, {
                        fix: `merge the two by hand, remove ${shown}/${hook}, and run \`ao init --hooks git\` again`,
                    });
                }
                (0,external_node_fs_.renameSync)(file, kept);
                (0,external_node_fs_.chmodSync)(kept, 0o755);
                did.push(`kept your ${hook} hook as ${shown}/${hook}.pre-ao (it still runs first)`);
            }
        }
        (0,external_node_fs_.writeFileSync)(file, script, { mode: 0o755 });
        (0,external_node_fs_.chmodSync)(file, 0o755);
        did.push(`installed ${shown}/${hook}`);
    }
    return did;
}

;// CONCATENATED MODULE: ./src/repo/subjects.ts



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new errors/* AoError */.VS(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, { fix: 'for example: --range origin/main..HEAD' });
    return { base: match[1], head: match[2] };
}
/** Builds the subject of a verdict: what exactly the checker is vouching for. */
async function resolveSubject(git, scope) {
    let resolved;
    if (scope.kind === 'staged') {
        const head = await git.headCommit();
        const author = await git.authorEmail();
        const { change } = await stagedChange(git, head, author);
        resolved = {
            subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(core_manifest/* entryToJson */.o3) },
            manifest: change.manifest,
            label: change.label,
            authors: author ? [author] : [],
            baseRev: head,
        };
        if (change.manifest.entries.length === 0) {
            throw new errors/* AoError */.VS(change.cleanMerge ? 'the staged merge is clean: it needs no verdict' : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
                fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
            });
        }
    }
    else if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        const { change } = (await changesOfCommits(git, [info]))[0];
        if (change.manifest.entries.length === 0) {
            throw new errors/* AoError */.VS(`commit ${shortSha(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: { kind: 'commit', commit, digest: change.manifest.digest, entries: change.manifest.entries.map(core_manifest/* entryToJson */.o3) },
            manifest: change.manifest,
            label: `commit ${shortSha(commit)}`,
            authors: info?.authorEmail ? [info.authorEmail] : [],
            baseRev: info?.parents[0],
            headRev: commit,
        };
    }
    else {
        const base = await git.resolveCommit(scope.base, 'range base');
        const head = await git.resolveCommit(scope.head, 'range head');
        const commits = await git.listCommits([`${base}..${head}`]);
        if (commits.length === 0)
            throw new errors/* AoError */.VS(`the range ${scope.base}..${scope.head} holds no commits`, { fix: 'check the order: --range OLDER..NEWER' });
        const manifest = (0,core_manifest/* buildManifest */.u1)(await git.diffTrees(base, head));
        const changes = await changesOfCommits(git, commits);
        if (manifest.entries.length === 0 && changes.every((c) => c.change.manifest.entries.length === 0)) {
            throw new errors/* AoError */.VS(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
        }
        resolved = {
            subject: {
                kind: 'range',
                base,
                head,
                digest: manifest.digest,
                entries: manifest.entries.map(core_manifest/* entryToJson */.o3),
                commits: changes.filter((c) => c.change.manifest.entries.length > 0).map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest })),
            },
            manifest,
            label: `range ${shortSha(base)}..${shortSha(head)}`,
            authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
            baseRev: base,
            headRev: head,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new errors/* AoError */.VS(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
            fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
        });
    }
    return resolved;
}

;// CONCATENATED MODULE: ./src/repo/signing.ts
/**
 * Signing records with an SSH key: a private key file, or ssh-agent holding the key whose
 * public half is named. Shared by `ao verdict --sign` and `ao check --sign`.
 */









const MAX_KEY_FILE_BYTES = 64 * 1024;
const AGENT_PREFIX = 'agent:';
const PRIVATE_KEY_MARK = '-----BEGIN ';
/**
 * A signer for KEY as given to `--sign KEY` (or $AO_SIGNING_KEY):
 *   - a path to an unencrypted OpenSSH private key: signs in-process;
 *   - a path to a public key (`.pub`): signs through ssh-agent, which must hold that key;
 *   - `agent:PATH` or `agent:ssh-ed25519 AAAA...`: signs through ssh-agent with that public key.
 * Throws AoError (with a fix) when the key cannot be used; ssh-agent errors surface when signing.
 */
async function signerFor(keySpec, options = {}) {
    const env = options.env ?? process.env;
    const spec = keySpec.trim();
    if (spec === '')
        throw new errors/* AoError */.VS('--sign needs a key', { fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub' });
    if (spec.startsWith(AGENT_PREFIX)) {
        const rest = spec.slice(AGENT_PREFIX.length).trim();
        const inline = /^(ssh-|ecdsa-)/.test(rest) && /\s/.test(rest);
        const text = inline ? rest : readKeyFile(rest, options.cwd, env);
        return agentSigner(publicKeyFrom(text, inline ? `${AGENT_PREFIX} key` : rest), keySpec, env);
    }
    const text = readKeyFile(spec, options.cwd, env);
    if (text.trimStart().startsWith(PRIVATE_KEY_MARK))
        return fileSigner(privateKeyFrom(text, spec), keySpec);
    return agentSigner(publicKeyFrom(text, spec), keySpec, env);
}
/** `--sign KEY` if given, else $AO_SIGNING_KEY, else no signing (undefined). */
async function signerFromFlag(flag, options = {}) {
    const spec = flag ?? (options.env ?? process.env).AO_SIGNING_KEY;
    if (spec === undefined || (flag === undefined && spec.trim() === ''))
        return undefined;
    return signerFor(spec, options);
}
function fileSigner(signer, keySpec) {
    const sign = async (id) => ({ format: 'sshsig', namespace: SIGNATURE_NAMESPACE, signature: signMessage(id, SIGNATURE_NAMESPACE, signer) });
    return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file', keySpec });
}
function agentSigner(publicKey, keySpec, env) {
    const sign = async (id) => {
        try {
            return { format: 'sshsig', namespace: SIGNATURE_NAMESPACE, signature: await signWithAgent(id, SIGNATURE_NAMESPACE, publicKey, env.SSH_AUTH_SOCK) };
        }
        catch (error) {
            if (!(error instanceof SshSigError))
                throw error;
            throw new errors/* AoError */.VS(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
                fix: 'start ssh-agent (`eval "$(ssh-agent)"`), add the key with `ssh-add PRIVATE-KEY`, and run the command again in that shell; or pass an unencrypted private key file to --sign',
            });
        }
    };
    return Object.assign(sign, { publicKey, via: 'ssh-agent', keySpec });
}
function expandPath(path, cwd, env) {
    const home = env.HOME || (0,external_node_os_namespaceObject.homedir)();
    const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
    return (0,external_node_path_namespaceObject.resolve)(cwd ?? process.cwd(), expanded);
}
function readKeyFile(path, cwd, env) {
    const full = expandPath(path, cwd, env);
    let bytes;
    try {
        if ((0,external_node_fs_.statSync)(full).size > MAX_KEY_FILE_BYTES)
            throw new errors/* AoError */.VS(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, { fix: 'pass an SSH key file to --sign' });
        bytes = (0,external_node_fs_.readFileSync)(full);
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            throw error;
        throw new errors/* AoError */.VS(`cannot read the signing key ${path}: ${error.code ?? error.message}`, {
            fix: 'pass the path of an SSH private key (e.g. --sign ~/.ssh/id_ed25519), or of a public key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
    return bytes.toString('utf8');
}
function privateKeyFrom(text, path) {
    try {
        return parsePrivateKey(text);
    }
    catch (error) {
        if (!(error instanceof SshSigError))
            throw error;
        if (/passphrase|encrypted|ssh-agent/i.test(error.message)) {
            throw new errors/* AoError */.VS(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
                fix: `add it to ssh-agent with \`ssh-add ${path}\` and pass its public key instead: --sign ${path}.pub`,
            });
        }
        throw new errors/* AoError */.VS(`cannot use ${path} as a signing key: ${error.message}`, { fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent' });
    }
}
function publicKeyFrom(text, what) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return parsePublicKey(line);
    }
    catch (error) {
        if (!(error instanceof SshSigError))
            throw error;
        throw new errors/* AoError */.VS(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
            fix: 'pass a private key file (--sign ~/.ssh/id_ed25519) or the .pub of a key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
}
/**
 * What `ao verdict` should warn about before recording, judged by the policy and
 * `.agents/checkers` at HEAD (one batched read): an unsigned verdict the policy will not
 * count, or a key the checkers file does not trust for this checker. Never throws.
 */
async function signingAdvice(git, checkerId, signer) {
    try {
        const head = await git.headCommit();
        if (!head)
            return [];
        const keys = [`${head}:${core_record/* POLICY_PATH */.l$}`, `${head}:${CHECKERS_PATH}`];
        const objects = await git.readObjects(keys);
        const policyBytes = objects.get(keys[0]);
        if (!policyBytes || !parsePolicy(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature)
            return [];
        if (!signer) {
            return [`the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`];
        }
        const checkers = parseCheckers(objects.get(keys[1]), head);
        if (!isKeyAllowed(checkers.signers, checkerId, signer.publicKey, SIGNATURE_NAMESPACE)) {
            return [`${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`];
        }
        return [];
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            return [error.message];
        return [];
    }
}

;// CONCATENATED MODULE: ./src/cli/cmd-verdict.ts









const KINDS = ['agent', 'human', 'ci', 'tool'];
function parseActorKind(value, flag) {
    const kind = (value ?? 'agent');
    if (!KINDS.includes(kind))
        throw new errors/* AoError */.VS(`${flag} must be one of ${KINDS.join(', ')}, not ${JSON.stringify(value)}`, { fix: `for example: ${flag} human` });
    return kind;
}
function parseEvidence(values) {
    return values.map((value) => {
        const colon = value.indexOf(':');
        const kind = colon > 0 ? value.slice(0, colon) : '';
        const text = value.slice(colon + 1);
        if (!['test', 'command', 'review', 'link'].includes(kind) || text.trim() === '') {
            throw new errors/* AoError */.VS(`--evidence takes KIND:TEXT with KIND one of test, command, review, link; got ${JSON.stringify(value)}`, {
                fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
            });
        }
        if (kind === 'link')
            return { kind: 'link', url: text.trim() };
        return { kind: kind, text };
    });
}
function scopeFromFlags(command, values) {
    const which = oneScope(command, values);
    if (which === 'commit')
        return { kind: 'commit', rev: values.commit };
    if (which === 'range')
        return { kind: 'range', ...parseRangeArg(values.range) };
    return { kind: 'staged' };
}
async function cmdVerdict(cli, args) {
    const { values, positionals } = parse('verdict', args, {
        ...SCOPE_OPTIONS,
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        session: { type: 'string' },
        worker: { type: 'string' },
        'worker-kind': { type: 'string' },
        'worker-session': { type: 'string' },
        summary: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        sign: { type: 'string' },
    });
    if (values.help)
        return cli.out(HELP.verdict), 0;
    const outcome = positionals[0];
    if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
        throw new errors/* AoError */.VS('ao verdict needs exactly one of pass or fail', { fix: 'for example: ao verdict pass --checker reviewer@example.com' });
    }
    const checkerId = values.checker ?? cli.env.AO_CHECKER;
    if (!checkerId)
        throw new errors/* AoError */.VS('no checker given', { fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change' });
    const scope = scopeFromFlags('verdict', values);
    const evidence = parseEvidence(values.evidence ?? []);
    const checkerKind = parseActorKind(values['checker-kind'], '--checker-kind');
    const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
    const git = await (0,context/* openRepo */.B)(cli);
    const resolved = await resolveSubject(git, scope);
    const workerId = values.worker ?? cli.env.AO_WORKER ?? resolved.authors[0];
    if (!workerId)
        throw new errors/* AoError */.VS('cannot tell who wrote the change', { fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`' });
    const checker = { id: checkerId, kind: checkerKind };
    if (values.session)
        checker.session = values.session;
    const worker = { id: workerId, kind: workerKind };
    const workerSession = values['worker-session'] ?? cli.env.AO_WORKER_SESSION;
    if (workerSession)
        worker.session = workerSession;
    // Refuse up front what verification would refuse anyway: a checker that wrote the change.
    const problem = independenceProblem({ checker, worker });
    if (problem) {
        throw new errors/* AoError */.VS(`refusing to record: ${problem}`, {
            fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
        });
    }
    const sign = await signerFromFlag(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await signingAdvice(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const { record, path } = await appendRecord(git, (tip) => ({
        schema: core_record/* RECORD_SCHEMA */.ep,
        type: 'verdict',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        subject: resolved.subject,
        verdict: outcome,
        checker,
        worker,
        evidence,
        summary: values.summary ?? '',
    }), { stage: scope.kind === 'staged', sign });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err(`recorded ${outcome} ${(0,core_record/* shortId */.m_)(record.id)} for the ${resolved.label} (digest ${(0,core_record/* shortId */.m_)(resolved.subject.digest)}) by ${checker.id}` +
        `${sign ? `, signed with ${sign.publicKey.fingerprint} (${sign.via})` : ''}\n` +
        (scope.kind === 'staged' ? `  ${path} is staged: it lands with the commit` : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/cmd-verify.ts









async function cmdVerify(cli, args) {
    const { values } = parse('verify', args, { ...SCOPE_OPTIONS, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.verify), 0;
    const which = oneScope('verify', values);
    const scope = which === 'commit' ? { kind: 'commit', rev: values.commit } : which === 'range' ? { kind: 'range', ...parseRangeArg(values.range) } : { kind: 'staged' };
    const git = await (0,context/* openRepo */.B)(cli);
    const report = await verify(git, scope, { checkerHint: cli.env.AO_CHECKER });
    if (values.json)
        cli.out(JSON.stringify(reportJson(report), null, 2));
    else
        cli.out(renderReport(report, styleFor(process.stdout)));
    return report.ok ? 0 : 1;
}
async function cmdLedger(cli, args) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h' || sub === undefined)
        return cli.out(HELP.ledger), sub === undefined ? 2 : 0;
    if (sub !== 'verify')
        throw new errors/* AoError */.VS(`unknown command: ao ledger ${sub}`, { fix: 'ao ledger verify [--since REV]' });
    const { values } = parse('ledger', rest, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(HELP.ledger), 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const since = values.since ? await git.resolveCommit(values.since, '--since') : undefined;
    const audit = await auditLedger(git, { kind: 'worktree' }, since);
    const ok = audit.problems.length === 0;
    if (values.json) {
        cli.out(JSON.stringify({ ok, source: audit.source, records: audit.records.length, heads: audit.heads, genesis: audit.genesisId ?? null, problems: audit.problems }, null, 2));
    }
    else {
        const style = styleFor(process.stdout);
        const lines = [
            `ao ledger verify: ${ok ? style.ok('ok') : style.bad('FAILED')}: ${audit.records.length} records checked in the ${audit.source}${since ? `, append-only since ${since.slice(0, 7)}` : ''}`,
            style.dim(`  heads: ${audit.heads.map(core_record/* shortId */.m_).join(', ') || '(none)'}`),
        ];
        for (const problem of audit.problems)
            lines.push(...renderProblem(problem, style));
        cli.out(lines.join('\n'));
    }
    return ok ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/main.ts









const COMMANDS = {
    init: cmdInit,
    verdict: cmdVerdict,
    verify: cmdVerify,
    ledger: cmdLedger,
    status: cmdStatus,
    log: cmdLog,
    show: cmdShow,
    lookup: cmdLookup,
    search: cmdSearch,
    checkers: cmdCheckers,
    hook: cmdHook,
    demo: cmdDemo,
};
/** Runs one `ao` invocation and returns its exit code; never throws. */
async function main(argv, cli) {
    const [command, ...args] = argv;
    try {
        if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
            cli.out(HELP.main);
            return command === undefined ? errors/* EXIT_USAGE */.Ri : 0;
        }
        if (command === '--version' || command === '-v')
            return cli.out(VERSION), 0;
        const run = COMMANDS[command];
        if (!run)
            throw new errors/* AoError */.VS(`unknown command: ${command}`, { fix: 'see `ao --help` for the commands' });
        return await run(cli, args);
    }
    catch (error) {
        return reportError(cli, error);
    }
}
function reportError(cli, error) {
    if (error instanceof errors/* AoError */.VS) {
        cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
        return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${error.stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
    return errors/* EXIT_USAGE */.Ri;
}


/***/ }),

/***/ 457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xv: () => (/* binding */ renderJsonFile),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
function canonicalJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value))
                throw new TypeError(`not a safe integer: ${value}`);
            return String(value);
        case 'string':
            assertWellFormed(value);
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(',')}]`;
            // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
            // A key holding `undefined` is absent, as in JSON.stringify.
            const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
            const parts = keys.map((key) => {
                assertWellFormed(key);
                return `${JSON.stringify(key)}:${canonicalJson(value[key])}`;
            });
            return `{${parts.join(',')}}`;
        }
        default:
            throw new TypeError(`value of type ${typeof value} cannot be canonicalised`);
    }
}
function assertWellFormed(text) {
    if (!text.isWellFormed())
        throw new TypeError('string contains a lone UTF-16 surrogate');
}
/**
 * The on-disk form of a record: JCS key order, two-space indentation, LF line ends and a
 * final LF (exactly `JSON.stringify` with sorted keys and an indent of 2). One byte form
 * per record, so re-serialising a record is always detectable. Built in one pass: this
 * runs for every record a full ledger check reads.
 */
function renderJsonFile(value) {
    return `${pretty(value, '')}\n`;
}
function pretty(value, indent) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        let out = '[';
        for (let i = 0; i < value.length; i++)
            out += `${i ? ',' : ''}\n${inner}${pretty(value[i], inner)}`;
        return `${out}\n${indent}]`;
    }
    const record = value;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    if (keys.length === 0)
        return '{}';
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: ${pretty(record[keys[i]], inner)}`;
    return `${out}\n${indent}}`;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   VS: () => (/* binding */ AoError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_VERIFY_FAILED, isAoError */
/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status.
 */
const EXIT_OK = 0;
const EXIT_VERIFY_FAILED = 1;
const EXIT_USAGE = 2;
class AoError extends Error {
    exitCode;
    fix;
    where;
    constructor(message, options = {}) {
        super(message);
        this.name = 'AoError';
        this.exitCode = options.exitCode ?? EXIT_USAGE;
        this.fix = options.fix;
        this.where = options.where;
    }
}
function isAoError(value) {
    return value instanceof AoError;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   c9: () => (/* binding */ isLedgerEntry),
/* harmony export */   kK: () => (/* binding */ compareManifests),
/* harmony export */   o3: () => (/* binding */ entryToJson),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports entryFromJson, digestOfStoredEntries, ledgerPathOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(130);


const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped.
 */
function parseRawDiff(output, offset = 0) {
    const entries = [];
    let position = offset;
    while (position < output.length && output[position] === 0x3a /* ':' */) {
        const metaEnd = output.indexOf(0, position);
        const pathEnd = metaEnd < 0 ? -1 : output.indexOf(0, metaEnd + 1);
        if (metaEnd < 0 || pathEnd < 0)
            throw new Error('truncated raw diff output from git');
        const fields = output.toString('latin1', position + 1, metaEnd).split(' ');
        if (fields.length !== 5)
            throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
        const [oldMode, newMode, oldId, newId, status] = fields;
        if (!/^[ADMT]$/.test(status))
            throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
        entries.push({ oldMode, newMode, oldId, newId, status: status, path: output.subarray(metaEnd + 1, pathEnd) });
        position = pathEnd + 1;
    }
    return { entries, end: position };
}
function isLedgerEntry(entry) {
    return entry.path.length > LEDGER_PREFIX.length && entry.path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}
/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
function buildManifest(entries) {
    const kept = entries.filter((entry) => !isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const entry of kept) {
        hash.update(`${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t`, 'latin1');
        hash.update(entry.path);
        hash.update('\n', 'latin1');
    }
    return { digest: `sha256:${hash.digest('hex')}`, entries: kept };
}
function pathText(path) {
    try {
        return utf8.decode(path);
    }
    catch {
        return path.toString('latin1');
    }
}
function entryToJson(entry) {
    const base = { oldMode: entry.oldMode, newMode: entry.newMode, oldId: entry.oldId, newId: entry.newId, status: entry.status };
    try {
        return { ...base, path: utf8.decode(entry.path) };
    }
    catch {
        return { ...base, pathBase64: entry.path.toString('base64') };
    }
}
function entryFromJson(json) {
    const path = json.path !== undefined ? Buffer.from(json.path, 'utf8') : Buffer.from(json.pathBase64 ?? '', 'base64');
    return { oldMode: json.oldMode, newMode: json.newMode, oldId: json.oldId, newId: json.newId, status: json.status, path };
}
/** The manifest digest recomputed from a record's stored entries. */
function digestOfStoredEntries(entries) {
    return buildManifest(entries.map(entryFromJson)).digest;
}
function ledgerPathOf(entry) {
    const text = pathText(entry.path);
    return isLedgerPath(text) ? text : undefined;
}
/** What differs between two manifests, path by path: explains a digest mismatch. */
function compareManifests(before, after) {
    const key = (e) => e.path ?? `base64:${e.pathBase64}`;
    const beforeByPath = new Map(before.map((e) => [key(e), e]));
    const afterByPath = new Map(after.map((e) => [key(e), e]));
    const changes = [];
    for (const [path, entry] of afterByPath) {
        const old = beforeByPath.get(path);
        if (!old)
            changes.push({ path, change: 'added', after: entry });
        else if (old.newId !== entry.newId || old.newMode !== entry.newMode || old.oldId !== entry.oldId || old.status !== entry.status || old.oldMode !== entry.oldMode) {
            changes.push({ path, change: 'changed', before: old, after: entry });
        }
    }
    for (const [path, entry] of beforeByPath)
        if (!afterByPath.has(path))
            changes.push({ path, change: 'removed', before: entry });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}


/***/ }),

/***/ 130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   OT: () => (/* binding */ parseRecordPath),
/* harmony export */   TG: () => (/* binding */ parseRecordFile),
/* harmony export */   Xz: () => (/* binding */ newGenesis),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   l$: () => (/* binding */ POLICY_PATH),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   sF: () => (/* binding */ renderRecord),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports SEQ_PER_BUCKET, computeRecordId, idHex, isLedgerPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(457);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(551);



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
function computeRecordId(record) {
    const { id: _id, signature: _signature, ...body } = record;
    return `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(body))}`;
}
function sealRecord(body) {
    return { ...body, id: computeRecordId(body) };
}
function newGenesis(now = new Date()) {
    return sealRecord({
        schema: RECORD_SCHEMA,
        type: 'genesis',
        seq: 0,
        prev: [],
        createdAt: now.toISOString(),
        nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
    });
}
function renderRecord(record) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJsonFile */ .Xv)(record);
}
function idHex(id) {
    return id.slice('sha256:'.length);
}
/** `.agents/ledger/<bucket>/<seq>-<hex>.json`: sorted by seq when listed, one folder a thousand. */
function recordPath(seq, id) {
    const bucket = String(Math.floor(seq / SEQ_PER_BUCKET)).padStart(4, '0');
    return `${LEDGER_DIR}/${bucket}/${String(seq).padStart(8, '0')}-${idHex(id)}.json`;
}
const RECORD_PATH_PATTERN = /^\.agents\/ledger\/([0-9]{4,})\/([0-9]{8,})-([0-9a-f]{64})\.json$/;
/** Reads seq and id off a record's path; `undefined` when the path is not a record path. */
function parseRecordPath(path) {
    const match = RECORD_PATH_PATTERN.exec(path);
    if (!match)
        return undefined;
    const seq = Number(match[2]);
    if (!Number.isSafeInteger(seq))
        return undefined;
    const id = `sha256:${match[3]}`;
    return recordPath(seq, id) === path ? { seq, id } : undefined;
}
function isLedgerPath(path) {
    return path.startsWith(`${LEDGER_DIR}/`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in order: size, UTF-8, JSON, schema, the single byte form, the id, the path.
 */
function parseRecordFile(path, bytes) {
    const fail = (code, message) => ({ ok: false, problem: { code, message } });
    if (bytes.length > MAX_RECORD_BYTES) {
        return fail('too-large', `record file is ${bytes.length} bytes; the limit is ${MAX_RECORD_BYTES}`);
    }
    if (bytes.length === 0)
        return fail('empty', 'record file is empty');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return fail('bom', 'record file starts with a byte order mark');
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return fail('invalid-utf8', 'record file is not valid UTF-8');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail('invalid-json', `record file is not valid JSON (${error.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail('not-an-object', 'record file does not hold a JSON object');
    }
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRecordShape */ .R$)(value);
    if (problems.length > 0)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSchemaProblems */ .xe)(problems)}`);
    const record = value;
    // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
    // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
    if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
        return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
    }
    const { id: _id, signature: _signature, ...body } = record;
    const expectedId = `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(JSON.stringify(body))}`;
    if (expectedId !== record.id) {
        return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
    }
    const expectedPath = recordPath(record.seq, record.id);
    if (expectedPath !== path) {
        return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
    }
    return { ok: true, record };
}
/** True when every object's keys are in JCS (UTF-16) order and every string is well-formed. */
function sortedAndWellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(sortedAndWellFormed);
    let previous;
    for (const key of Object.keys(value)) {
        if ((previous !== undefined && previous >= key) || !key.isWellFormed())
            return false;
        if (!sortedAndWellFormed(value[key]))
            return false;
        previous = key;
    }
    return true;
}
function shortId(id) {
    return id.slice(0, 'sha256:'.length + 12);
}


/***/ }),

/***/ 551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape)
});

// UNUSED EXPORTS: POLICY_SCHEMA_ID, RECORD_SCHEMA_ID, describe, validatorFor

;// CONCATENATED MODULE: ./schemas/record.v1.schema.json
const record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/record/v1.json"}');
;// CONCATENATED MODULE: ./schemas/policy.v1.schema.json
const policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/policy/v1.json"}');
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(214);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.


const validateRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false}}};
const schema32 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};
const schema33 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema34 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");
const pattern6 = new RegExp("^[0-9a-f]{32}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate21.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("genesis" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
const _errs10 = errors;
if(0 !== data.seq){
validate21.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length > 0){
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data6 = data.nonce;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};
const schema53 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};
const schema64 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func0 = equal/* default */.A;
const func3 = ucs2length/* default */.A;
const pattern25 = new RegExp("^[^\\u0000-\\u001f]+$", "u");
const schema40 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};
const schema41 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema43 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const pattern14 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
const schema42 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};
const schema45 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"};
const pattern12 = new RegExp("^[0-7]{6}$", "u");
const pattern16 = new RegExp("^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func3(data5) > 4096){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data5)){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func3(data6) > 8192){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(func3(data6) < 4){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
else {
if(!pattern17.test(data6)){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "staged"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("staged" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.entries !== undefined){
let data2 = data.entries;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data2)){
if(data2.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate24(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "commit"){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data.kind !== undefined){
const _errs15 = errors;
if("commit" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.digest !== undefined){
let data5 = data.digest;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.entries !== undefined){
let data6 = data.entries;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
if(data6.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate24(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid8 = _errs21 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.commit !== undefined){
let data8 = data.commit;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "range"){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data.kind !== undefined){
const _errs28 = errors;
if("range" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs28 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.digest !== undefined){
let data10 = data.digest;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs29 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.entries !== undefined){
let data11 = data.entries;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data11)){
if(data11.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate24(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid13 = _errs34 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.base !== undefined){
let data13 = data.base;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.head !== undefined){
let data14 = data.head;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern14.test(data14)){
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs38 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.commits !== undefined){
let data15 = data.commits;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data15)){
if(data15.length > 10000){
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid16 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
const _errs43 = errors;
if(errors === _errs43){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing4;
if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data16){
if(!((key3 === "commit") || (key3 === "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data16.commit !== undefined){
let data17 = data16.commit;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs46 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data16.digest !== undefined){
let data18 = data16.digest;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs49 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs43 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs41 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema55 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};
const schema56 = {"type":"string","minLength":1,"maxLength":4000};
const pattern32 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");
const schema61 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate30.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema61.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) > 4096){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data2)){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func3(data4) > 4000){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data5 = data.suggestedFix;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "test"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("test" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.text !== undefined){
let data1 = data.text;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func3(data1) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.command !== undefined){
let data2 = data.command;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.exitCode !== undefined){
let data3 = data.exitCode;
const _errs11 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 255 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data3 < -1 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.durationMs !== undefined){
let data4 = data.durationMs;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputDigest !== undefined){
let data5 = data.outputDigest;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputTail !== undefined){
let data6 = data.outputTail;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.error !== undefined){
let data7 = data.error;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(func3(data7) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "command"){
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data){
if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data.kind !== undefined){
const _errs25 = errors;
if("command" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.text !== undefined){
let data9 = data.text;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data9 === "string"){
if(func3(data9) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data9) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.command !== undefined){
let data10 = data.command;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func3(data10) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.exitCode !== undefined){
let data11 = data.exitCode;
const _errs31 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs31){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 255 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data11 < -1 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.durationMs !== undefined){
let data12 = data.durationMs;
const _errs33 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputDigest !== undefined){
let data13 = data.outputDigest;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputTail !== undefined){
let data14 = data.outputTail;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(func3(data14) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.error !== undefined){
let data15 = data.error;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data15 === "string"){
if(func3(data15) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "review"){
const _errs42 = errors;
if(errors === _errs42){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs44 = errors;
for(const key2 in data){
if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs44 === errors){
if(data.kind !== undefined){
const _errs45 = errors;
if("review" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.text !== undefined){
let data17 = data.text;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(func3(data17) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.reviewer !== undefined){
let data18 = data.reviewer;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.model !== undefined){
let data19 = data.model;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data19 === "string"){
if(func3(data19) > 200){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data19) < 1){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.family !== undefined){
let data20 = data.family;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data20 === "string"){
if(func3(data20) > 100){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data20) < 1){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.verdict !== undefined){
let data21 = data.verdict;
const _errs55 = errors;
if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){
validate29.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema55.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.findings !== undefined){
let data22 = data.findings;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data22)){
if(data22.length > 500){
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
const _errs58 = errors;
if(!(validate30(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.error !== undefined){
let data24 = data.error;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data24 === "string"){
if(func3(data24) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs63 = errors;
for(const key3 in data){
if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data.kind !== undefined){
const _errs64 = errors;
if("link" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.url !== undefined){
let data26 = data.url;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data26 === "string"){
if(func3(data26) > 2000){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
else {
if(func3(data26) < 1){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern32.test(data26)){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs65 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.text !== undefined){
let data27 = data.text;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data27 === "string"){
if(func3(data27) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate22.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("verdict" !== data.type){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs20 = errors;
if(!(validate23(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data9 = data.verdict;
const _errs21 = errors;
if(!((data9 === "pass") || (data9 === "fail"))){
validate22.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema35.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checker !== undefined){
let data10 = data.checker;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/checker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.worker !== undefined){
let data14 = data.worker;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.id === undefined) && (missing2 = "id")) || ((data14.kind === undefined) && (missing2 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key2 in data14){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "session"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.id !== undefined){
let data15 = data14.id;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.kind !== undefined){
let data16 = data14.kind;
const _errs37 = errors;
if(!((((data16 === "agent") || (data16 === "human")) || (data16 === "ci")) || (data16 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/worker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.session !== undefined){
let data17 = data14.session;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data17 === "string"){
if(func3(data17) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data17)){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs38 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data18 = data.evidence;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data18)){
if(data18.length > 200){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];
return false;
}
else {
var valid11 = true;
const len1 = data18.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(!(validate29(data18[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid11 = _errs42 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data20 = data.summary;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data20 === "string"){
if(func3(data20) > 4000){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data21 = data.signature;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing3;
if((((data21.format === undefined) && (missing3 = "format")) || ((data21.namespace === undefined) && (missing3 = "namespace"))) || ((data21.signature === undefined) && (missing3 = "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data21){
if(!(((key3 === "format") || (key3 === "namespace")) || (key3 === "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data21.format !== undefined){
const _errs49 = errors;
if("sshsig" !== data21.format){
validate22.errors = [{instancePath:instancePath+"/signature/format",schemaPath:"#/$defs/signature/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.namespace !== undefined){
const _errs50 = errors;
if("agentops-verdict" !== data21.namespace){
validate22.errors = [{instancePath:instancePath+"/signature/namespace",schemaPath:"#/$defs/signature/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs50 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.signature !== undefined){
let data24 = data21.signature;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data24 === "string"){
if(func3(data24) > 16384){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];
return false;
}
else {
if(func3(data24) < 1){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "genesis"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "verdict"){
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

const validatePolicy = validate35;
const schema65 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"evidenceKind":{"enum":["test","command","review","link"]}}};
const schema66 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};
const schema67 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};
const schema68 = {"enum":["test","command","review","link"]};
const schema69 = {"enum":["agent","human","ci","tool"]};
const pattern33 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern34 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "schema")) || (key0 === "mode")) || (key0 === "exempt")) || (key0 === "require")) || (key0 === "rules")) || (key0 === "requireSignature"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) > 2000){
validate35.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema !== undefined){
const _errs4 = errors;
if("agentops-verdict/policy@1" !== data.schema){
validate35.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs5 = errors;
if(!((data2 === "commit") || (data2 === "range"))){
validate35.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema65.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exempt !== undefined){
let data3 = data.exempt;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!((key1 === "paths") || (key1 === "authors"))){
validate35.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.paths !== undefined){
let data4 = data3.paths;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data4)){
if(data4.length > 500){
validate35.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func3(data5) > 1000){
validate35.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate35.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern33.test(data5)){
validate35.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate35.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.authors !== undefined){
let data6 = data3.authors;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
if(data6.length > 100){
validate35.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func3(data7) > 320){
validate35.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];
return false;
}
else {
if(func3(data7) < 3){
validate35.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern34.test(data7)){
validate35.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i3 = data6.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data6[i3], data6[j1])){
validate35.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.require !== undefined){
let data8 = data.require;
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs21 = errors;
for(const key2 in data8){
if(!((key2 === "evidence") || (key2 === "checkerKinds"))){
validate35.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.evidence !== undefined){
let data9 = data8.evidence;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 4){
validate35.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data9.length;
for(let i4=0; i4<len2; i4++){
let data10 = data9[i4];
const _errs24 = errors;
if(!((((data10 === "test") || (data10 === "command")) || (data10 === "review")) || (data10 === "link"))){
validate35.errors = [{instancePath:instancePath+"/require/evidence/" + i4,schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data9.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data9[i5], data9[j2])){
validate35.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs22 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.checkerKinds !== undefined){
let data11 = data8.checkerKinds;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data11)){
if(data11.length > 4){
validate35.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data11.length < 1){
validate35.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data11.length;
for(let i6=0; i6<len3; i6++){
let data12 = data11[i6];
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate35.errors = [{instancePath:instancePath+"/require/checkerKinds/" + i6,schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs28 === errors;
if(!valid12){
break;
}
}
if(valid12){
let i7 = data11.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data11[i7], data11[j3])){
validate35.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data13 = data.rules;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data13)){
if(data13.length > 500){
validate35.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid15 = true;
const len4 = data13.length;
for(let i8=0; i8<len4; i8++){
let data14 = data13[i8];
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing1;
if(((data14.paths === undefined) && (missing1 = "paths")) || ((data14.anyOf === undefined) && (missing1 = "anyOf"))){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data14){
if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.name !== undefined){
let data15 = data14.name;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 200){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs35 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.paths !== undefined){
let data16 = data14.paths;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data16)){
if(data16.length > 100){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data16.length < 1){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len5 = data16.length;
for(let i9=0; i9<len5; i9++){
let data17 = data16[i9];
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data17 === "string"){
if(func3(data17) > 1000){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern33.test(data17)){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs39 === errors;
if(!valid17){
break;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs37 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data14.anyOf !== undefined){
let data18 = data14.anyOf;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data18)){
if(data18.length > 20){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
if(data18.length < 1){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len6 = data18.length;
for(let i10=0; i10<len6; i10++){
let data19 = data18[i10];
const _errs44 = errors;
if(errors === _errs44){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs46 = errors;
for(const key4 in data19){
if(!((key4 === "checkerKind") || (key4 === "evidence"))){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data19.checkerKind !== undefined){
let data20 = data19.checkerKind;
const _errs47 = errors;
if(!((((data20 === "agent") || (data20 === "human")) || (data20 === "ci")) || (data20 === "tool"))){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs47 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data19.evidence !== undefined){
let data21 = data19.evidence;
const _errs49 = errors;
if(!((((data21 === "test") || (data21 === "command")) || (data21 === "review")) || (data21 === "link"))){
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs49 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs44 === errors;
if(!valid19){
break;
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs42 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs32 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requireSignature !== undefined){
const _errs51 = errors;
if(typeof data.requireSignature !== "boolean"){
validate35.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/core/schemas.ts




const RECORD_SCHEMA_ID = record_v1_schema_namespaceObject.Od;
const POLICY_SCHEMA_ID = policy_v1_schema_namespaceObject.Od;
let ajvInstance;
const compiled = new Map();
/** Compiles other schemas on first use (those not on a hook's path). */
function validatorFor(schema) {
    let validate = compiled.get(schema.$id);
    if (!validate) {
        // Compiled lazily: a hook run that never validates a record pays nothing for it.
        ajvInstance ??= new Ajv2020({ strict: true, strictRequired: false, allErrors: false, allowUnionTypes: true, discriminator: true });
        const fresh = ajvInstance.compile(schema);
        compiled.set(schema.$id, fresh);
        return fresh;
    }
    return validate;
}
function describe(errors) {
    return (errors ?? []).map((error) => {
        const pointer = error.instancePath || '/';
        const extra = error.keyword === 'additionalProperties'
            ? ` (unknown field "${error.params.additionalProperty}")`
            : error.keyword === 'enum'
                ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
                : error.keyword === 'const'
                    ? ` (${JSON.stringify(error.params.allowedValue)})`
                    : '';
        return { pointer, message: `${error.message ?? 'is invalid'}${extra}` };
    });
}
// Record and policy validators are precompiled at build time (.ci/gen-validators.mjs):
// they run on every hook, where compiling the schemas would cost more than the check.
function validateRecordShape(value) {
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
