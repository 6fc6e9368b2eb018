(function (exports, require, module, __filename, __dirname) {/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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
exports["default"] = ucs2length;
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

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ EXIT_USAGE),
/* harmony export */   V: () => (/* binding */ AoError)
/* harmony export */ });
/**
 * Errors a user can hit. Each says what is wrong, where, and the command that fixes it;
 * adapters print them and map `exitCode` to the process exit status: 0 ok, 1 verification
 * failed, 2 usage or environment error (the default).
 */
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


/***/ }),

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Pn: () => (/* binding */ CHECKERS_PATH),
  EN: () => (/* binding */ LEDGER_DIR),
  xR: () => (/* binding */ MAX_RECORD_BYTES),
  l$: () => (/* binding */ POLICY_PATH),
  TG: () => (/* binding */ parseRecordFile),
  OT: () => (/* binding */ parseRecordPath),
  lX: () => (/* binding */ recordPath),
  m_: () => (/* binding */ shortId)
});

// UNUSED EXPORTS: ACTOR_KINDS, EVIDENCE_KINDS, RECORD_SCHEMA, SEQ_PER_BUCKET, SEVERITIES, computeRecordId, idHex, isLedgerPath, isOneOf, newGenesis, renderRecord, sealRecord

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/core/canonical.ts

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
function canonical_canonicalJson(value) {
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
                return `[${value.map(canonical_canonicalJson).join(',')}]`;
            // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
            // A key holding `undefined` is absent, as in JSON.stringify.
            const keys = Object.keys(value)
                .filter((key) => value[key] !== undefined)
                .sort();
            const parts = keys.map((key) => {
                assertWellFormed(key);
                return `${JSON.stringify(key)}:${canonical_canonicalJson(value[key])}`;
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
function canonical_renderJsonFile(value) {
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
    const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
    if (keys.length === 0)
        return '{}';
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: ${pretty(record[keys[i]], inner)}`;
    return `${out}\n${indent}}`;
}
function canonical_sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

// EXTERNAL MODULE: ./src/core/schemas.ts + 1 modules
var schemas = __nccwpck_require__(561);
;// CONCATENATED MODULE: ./src/core/record.ts



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Trusted checker keys for signed verdicts (docs/signing.md). */
const CHECKERS_PATH = '.agents/checkers';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
/** The kinds each list names; the record schema (schemas/record.v1.schema.json) has the same. */
const ACTOR_KINDS = (/* unused pure expression or super */ null && (['agent', 'human', 'ci', 'tool']));
const EVIDENCE_KINDS = (/* unused pure expression or super */ null && (['test', 'command', 'review', 'link']));
/** A finding's severity, least first. */
const SEVERITIES = (/* unused pure expression or super */ null && (['info', 'low', 'medium', 'high', 'critical']));
/** Whether `value` is one of `kinds` (narrowing it to their type). */
function isOneOf(kinds, value) {
    return kinds.includes(value);
}
/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
function computeRecordId(record) {
    const { id: _id, signature: _signature, ...body } = record;
    return `sha256:${sha256Hex(canonicalJson(body))}`;
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
        nonce: randomBytes(16).toString('hex'),
    });
}
function renderRecord(record) {
    return renderJsonFile(record);
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
    const [, bucket, seqText, hex] = match;
    const seq = Number(seqText);
    if (!Number.isSafeInteger(seq))
        return undefined;
    // The one spelling recordPath() gives: the right bucket, no padding beyond the minimum.
    const bucketNumber = Math.floor(seq / SEQ_PER_BUCKET);
    if (Number(bucket) !== bucketNumber || bucket.length !== Math.max(4, String(bucketNumber).length))
        return undefined;
    if (seqText.length !== Math.max(8, String(seq).length))
        return undefined;
    return { seq, id: `sha256:${hex}` };
}
function isLedgerPath(path) {
    return path.startsWith(`${LEDGER_DIR}/`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in the order spec section 6 gives: size, empty, BOM, UTF-8, JSON, object, schema
 * (with the pathBase64 rules), the single byte form, the id, the path.
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
    const problems = (0,schemas/* validateRecordShape */.R$)(value);
    if (problems.length > 0)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`);
    const record = value;
    // The pathBase64 rules are part of the schema step (spec 6): checked before the byte form, id and path.
    const pathProblem = record.type === 'verdict' ? base64PathProblem(record.subject.entries) : undefined;
    if (pathProblem)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${pathProblem}`);
    // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
    // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
    if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
        return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
    }
    const { id: _id, signature: _signature, ...body } = record;
    const expectedId = `sha256:${canonical_sha256Hex(JSON.stringify(body))}`;
    if (expectedId !== record.id) {
        return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
    }
    const expectedPath = recordPath(record.seq, record.id);
    if (expectedPath !== path) {
        return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
    }
    return { ok: true, record };
}
/** The schema's path rule, applied to raw bytes read as latin1 (one char per byte). */
const RAW_PATH_RULE = /^(?!\/)(?![\s\S]*(?:^|\/)\.{1,2}(?:\/|$))(?![\s\S]*\/\/)(?![\s\S]*\/$)[^\u0000]+$/;
/**
 * What JSON Schema cannot say about `pathBase64`: it holds a path that is not valid UTF-8
 * (a UTF-8 path is stored as `path`), in canonical base64, and obeying the same rule as
 * `path` (relative, no `.` or `..` segments, no empty segments, no NUL).
 */
function base64PathProblem(entries) {
    for (const [index, entry] of entries.entries()) {
        if (entry.pathBase64 === undefined)
            continue;
        const where = `/subject/entries/${index}/pathBase64`;
        const bytes = Buffer.from(entry.pathBase64, 'base64');
        if (bytes.toString('base64') !== entry.pathBase64)
            return `${where} is not canonical base64`;
        if (isUtf8(bytes))
            return `${where} holds a UTF-8 path, which must be stored as "path"`;
        if (!RAW_PATH_RULE.test(bytes.toString('latin1')))
            return `${where} is not a relative path inside the repository (leading "/", "." or ".." segment, empty segment, or NUL)`;
    }
    return undefined;
}
function isUtf8(bytes) {
    try {
        utf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
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

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape)
});

// UNUSED EXPORTS: describe

// EXTERNAL MODULE: ./schemas/record.v1.schema.json
var record_v1_schema = __nccwpck_require__(894);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(214);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.

const runtime0 = typeof equal === 'function' ? { default: equal } : equal;

const runtime1 = typeof ucs2length === 'function' ? { default: ucs2length } : ucs2length;
const validateRecord = validate52;const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}};const schema20 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};const schema21 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};const pattern3 = new RegExp("^sha256:[0-9a-f]{64}$", "u");function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate54.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema22 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};const pattern4 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate56.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern4.test(data)){validate56.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];return false;}}else {validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate56.errors = vErrors;return errors === 0;}validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};const pattern5 = new RegExp("^[0-9a-f]{32}$", "u");function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate53.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate53.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("genesis" !== data.type){validate53.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){const _errs6 = errors;if(0 !== data.seq){validate53.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data5)){if(data5.length > 0){validate53.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];return false;}}else {validate53.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.nonce !== undefined){let data6 = data.nonce;const _errs9 = errors;if(errors === _errs9){if(typeof data6 === "string"){if(!pattern5.test(data6)){validate53.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];return false;}}else {validate53.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate53.errors = vErrors;return errors === 0;}validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema23 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};const func1 = Object.prototype.hasOwnProperty;const func0 = runtime0.default;const func3 = runtime1.default;const schema24 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};const schema25 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate64.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate64.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate64.errors = vErrors;return errors === 0;}validate64.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema26 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};const pattern7 = new RegExp("^[0-7]{6}$", "u");const pattern11 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");const schema27 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};const pattern9 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate67.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern9.test(data)){validate67.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];return false;}}else {validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate67.errors = vErrors;return errors === 0;}validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema28 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"};const pattern10 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$", "u");function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate70.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 4096){validate70.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];return false;}else {if(func3(data) < 1){validate70.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern10.test(data)){validate70.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];return false;}}}}else {validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate70.errors = vErrors;return errors === 0;}validate70.evaluated = {"dynamicProps":false,"dynamicItems":false};function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate66.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.path === undefined) && (missing0 = "path")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate66.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.oldMode !== undefined){let data0 = data.oldMode;const _errs5 = errors;if(errors === _errs5){if(typeof data0 === "string"){if(!pattern7.test(data0)){validate66.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];return false;}}else {validate66.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs5 === errors;}else {var valid1 = true;}if(valid1){if(data.newMode !== undefined){let data1 = data.newMode;const _errs7 = errors;if(errors === _errs7){if(typeof data1 === "string"){if(!pattern7.test(data1)){validate66.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];return false;}}else {validate66.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.oldId !== undefined){const _errs9 = errors;if(!(validate67(data.oldId, {instancePath:instancePath+"/oldId",parentData:data,parentDataProperty:"oldId",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.newId !== undefined){const _errs10 = errors;if(!(validate67(data.newId, {instancePath:instancePath+"/newId",parentData:data,parentDataProperty:"newId",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;}else {var valid1 = true;}if(valid1){if(data.status !== undefined){let data4 = data.status;const _errs11 = errors;if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){validate66.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema26.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs11 === errors;}else {var valid1 = true;}if(valid1){if(data.path !== undefined){const _errs12 = errors;if(!(validate70(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid1 = _errs12 === errors;}else {var valid1 = true;}if(valid1){if(data.pathBase64 !== undefined){let data6 = data.pathBase64;const _errs13 = errors;if(errors === _errs13){if(typeof data6 === "string"){if(func3(data6) > 8192){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];return false;}else {if(func3(data6) < 4){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];return false;}else {if(!pattern11.test(data6)){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];return false;}}}}else {validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs13 === errors;}else {var valid1 = true;}}}}}}}}}}else {validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate66.errors = vErrors;return errors === 0;}validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate63.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.kind === undefined) && (missing0 = "kind")){validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.kind;if(typeof tag0 == "string"){if(tag0 === "staged"){const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.kind !== undefined){const _errs5 = errors;if("staged" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];return false;}var valid2 = _errs5 === errors;}else {var valid2 = true;}if(valid2){if(data.digest !== undefined){const _errs6 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid2 = _errs6 === errors;}else {var valid2 = true;}if(valid2){if(data.entries !== undefined){let data2 = data.entries;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data2)){if(data2.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid3 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs9 = errors;if(!(validate66(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid3 = _errs9 === errors;if(!valid3){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs7 === errors;}else {var valid2 = true;}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var props0 = true;}else if(tag0 === "commit"){const _errs10 = errors;if(errors === _errs10){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs12 = errors;for(const key1 in data){if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs12 === errors){if(data.kind !== undefined){const _errs13 = errors;if("commit" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];return false;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.digest !== undefined){const _errs14 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.entries !== undefined){let data6 = data.entries;const _errs15 = errors;if(errors === _errs15){if(Array.isArray(data6)){if(data6.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid6 = true;const len1 = data6.length;for(let i1=0; i1<len1; i1++){const _errs17 = errors;if(!(validate66(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid6 = _errs17 === errors;if(!valid6){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.commit !== undefined){const _errs18 = errors;if(!(validate67(data.commit, {instancePath:instancePath+"/commit",parentData:data,parentDataProperty:"commit",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid5 = _errs18 === errors;}else {var valid5 = true;}}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "range"){const _errs19 = errors;if(errors === _errs19){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs21 = errors;for(const key2 in data){if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs21 === errors){if(data.kind !== undefined){const _errs22 = errors;if("range" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];return false;}var valid8 = _errs22 === errors;}else {var valid8 = true;}if(valid8){if(data.digest !== undefined){const _errs23 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid8 = _errs23 === errors;}else {var valid8 = true;}if(valid8){if(data.entries !== undefined){let data11 = data.entries;const _errs24 = errors;if(errors === _errs24){if(Array.isArray(data11)){if(data11.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid9 = true;const len2 = data11.length;for(let i2=0; i2<len2; i2++){const _errs26 = errors;if(!(validate66(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid9 = _errs26 === errors;if(!valid9){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs24 === errors;}else {var valid8 = true;}if(valid8){if(data.base !== undefined){const _errs27 = errors;if(!(validate67(data.base, {instancePath:instancePath+"/base",parentData:data,parentDataProperty:"base",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid8 = _errs27 === errors;}else {var valid8 = true;}if(valid8){if(data.head !== undefined){const _errs28 = errors;if(!(validate67(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid8 = _errs28 === errors;}else {var valid8 = true;}if(valid8){if(data.commits !== undefined){let data15 = data.commits;const _errs29 = errors;if(errors === _errs29){if(Array.isArray(data15)){if(data15.length > 10000){validate63.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid10 = true;const len3 = data15.length;for(let i3=0; i3<len3; i3++){let data16 = data15[i3];const _errs31 = errors;if(errors === _errs31){if(data16 && typeof data16 == "object" && !Array.isArray(data16)){let missing4;if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs33 = errors;for(const key3 in data16){if(!((key3 === "commit") || (key3 === "digest"))){validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs33 === errors){if(data16.commit !== undefined){const _errs34 = errors;if(!(validate67(data16.commit, {instancePath:instancePath+"/commits/" + i3+"/commit",parentData:data16,parentDataProperty:"commit",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid11 = _errs34 === errors;}else {var valid11 = true;}if(valid11){if(data16.digest !== undefined){const _errs35 = errors;if(!(validate64(data16.digest, {instancePath:instancePath+"/commits/" + i3+"/digest",parentData:data16,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid11 = _errs35 === errors;}else {var valid11 = true;}}}}}else {validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid10 = _errs31 === errors;if(!valid10){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs29 === errors;}else {var valid8 = true;}}}}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else {validate63.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];return false;}}else {validate63.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];return false;}}}else {validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate63.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate63.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema29 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};const pattern12 = new RegExp("^[^\\u0000-\\u001f]+$", "u");function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate83.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.id === undefined) && (missing0 = "id")) || ((data.kind === undefined) && (missing0 = "kind"))){validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "id") || (key0 === "kind")) || (key0 === "session"))){validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.id !== undefined){let data0 = data.id;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) > 256){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data0) < 1){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern12.test(data0)){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];return false;}}}}else {validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.kind !== undefined){let data1 = data.kind;const _errs4 = errors;if(!((((data1 === "agent") || (data1 === "human")) || (data1 === "ci")) || (data1 === "tool"))){validate83.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema29.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.session !== undefined){let data2 = data.session;const _errs5 = errors;if(errors === _errs5){if(typeof data2 === "string"){if(func3(data2) > 256){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data2) < 1){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern12.test(data2)){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];return false;}}}}else {validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}}}else {validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate83.errors = vErrors;return errors === 0;}validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema30 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};const schema31 = {"type":"string","minLength":1,"maxLength":4000};function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate87.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 4000){validate87.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data) < 1){validate87.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate87.errors = vErrors;return errors === 0;}validate87.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema32 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate93.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){validate93.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){validate93.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.severity !== undefined){let data0 = data.severity;const _errs2 = errors;if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){validate93.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema32.properties.severity.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.category !== undefined){let data1 = data.category;const _errs3 = errors;if(errors === _errs3){if(typeof data1 === "string"){if(func3(data1) > 200){validate93.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}}else {validate93.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){const _errs5 = errors;if(!(validate70(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.line !== undefined){let data3 = data.line;const _errs6 = errors;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100000000 || isNaN(data3)){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];return false;}else {if(data3 < 1 || isNaN(data3)){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.description !== undefined){const _errs8 = errors;if(!(validate87(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.suggestedFix !== undefined){let data5 = data.suggestedFix;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(func3(data5) > 4000){validate93.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate93.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}}else {validate93.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate93.errors = vErrors;return errors === 0;}validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate86.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.kind === undefined) && (missing0 = "kind")){validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.kind;if(typeof tag0 == "string"){if(tag0 === "test"){const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.kind !== undefined){const _errs5 = errors;if("test" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];return false;}var valid2 = _errs5 === errors;}else {var valid2 = true;}if(valid2){if(data.text !== undefined){const _errs6 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid2 = _errs6 === errors;}else {var valid2 = true;}if(valid2){if(data.command !== undefined){let data2 = data.command;const _errs7 = errors;if(errors === _errs7){if(typeof data2 === "string"){if(func3(data2) > 4000){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data2) < 1){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs7 === errors;}else {var valid2 = true;}if(valid2){if(data.exitCode !== undefined){let data3 = data.exitCode;const _errs9 = errors;if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema30.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];return false;}if(errors === _errs9){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 255 || isNaN(data3)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];return false;}else {if(data3 < -1 || isNaN(data3)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];return false;}}}}var valid2 = _errs9 === errors;}else {var valid2 = true;}if(valid2){if(data.durationMs !== undefined){let data4 = data.durationMs;const _errs11 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs11){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 0 || isNaN(data4)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid2 = _errs11 === errors;}else {var valid2 = true;}if(valid2){if(data.outputDigest !== undefined){const _errs13 = errors;if(!(validate64(data.outputDigest, {instancePath:instancePath+"/outputDigest",parentData:data,parentDataProperty:"outputDigest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid2 = _errs13 === errors;}else {var valid2 = true;}if(valid2){if(data.outputTail !== undefined){let data6 = data.outputTail;const _errs14 = errors;if(errors === _errs14){if(typeof data6 === "string"){if(func3(data6) > 8000){validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs14 === errors;}else {var valid2 = true;}if(valid2){if(data.error !== undefined){let data7 = data.error;const _errs16 = errors;if(errors === _errs16){if(typeof data7 === "string"){if(func3(data7) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs16 === errors;}else {var valid2 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var props0 = true;}else if(tag0 === "command"){const _errs18 = errors;if(errors === _errs18){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs20 = errors;for(const key1 in data){if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs20 === errors){if(data.kind !== undefined){const _errs21 = errors;if("command" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];return false;}var valid4 = _errs21 === errors;}else {var valid4 = true;}if(valid4){if(data.text !== undefined){const _errs22 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid4 = _errs22 === errors;}else {var valid4 = true;}if(valid4){if(data.command !== undefined){let data10 = data.command;const _errs23 = errors;if(errors === _errs23){if(typeof data10 === "string"){if(func3(data10) > 4000){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data10) < 1){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs23 === errors;}else {var valid4 = true;}if(valid4){if(data.exitCode !== undefined){let data11 = data.exitCode;const _errs25 = errors;if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema30.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];return false;}if(errors === _errs25){if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 255 || isNaN(data11)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];return false;}else {if(data11 < -1 || isNaN(data11)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];return false;}}}}var valid4 = _errs25 === errors;}else {var valid4 = true;}if(valid4){if(data.durationMs !== undefined){let data12 = data.durationMs;const _errs27 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs27){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 9007199254740991 || isNaN(data12)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data12 < 0 || isNaN(data12)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid4 = _errs27 === errors;}else {var valid4 = true;}if(valid4){if(data.outputDigest !== undefined){const _errs29 = errors;if(!(validate64(data.outputDigest, {instancePath:instancePath+"/outputDigest",parentData:data,parentDataProperty:"outputDigest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid4 = _errs29 === errors;}else {var valid4 = true;}if(valid4){if(data.outputTail !== undefined){let data14 = data.outputTail;const _errs30 = errors;if(errors === _errs30){if(typeof data14 === "string"){if(func3(data14) > 8000){validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs30 === errors;}else {var valid4 = true;}if(valid4){if(data.error !== undefined){let data15 = data.error;const _errs32 = errors;if(errors === _errs32){if(typeof data15 === "string"){if(func3(data15) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs32 === errors;}else {var valid4 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "review"){const _errs34 = errors;if(errors === _errs34){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs36 = errors;for(const key2 in data){if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs36 === errors){if(data.kind !== undefined){const _errs37 = errors;if("review" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];return false;}var valid6 = _errs37 === errors;}else {var valid6 = true;}if(valid6){if(data.text !== undefined){const _errs38 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid6 = _errs38 === errors;}else {var valid6 = true;}if(valid6){if(data.reviewer !== undefined){let data18 = data.reviewer;const _errs39 = errors;if(errors === _errs39){if(typeof data18 === "string"){if(func3(data18) > 256){validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data18) < 1){validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs39 === errors;}else {var valid6 = true;}if(valid6){if(data.model !== undefined){let data19 = data.model;const _errs41 = errors;if(errors === _errs41){if(typeof data19 === "string"){if(func3(data19) > 200){validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(func3(data19) < 1){validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs41 === errors;}else {var valid6 = true;}if(valid6){if(data.family !== undefined){let data20 = data.family;const _errs43 = errors;if(errors === _errs43){if(typeof data20 === "string"){if(func3(data20) > 100){validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];return false;}else {if(func3(data20) < 1){validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs43 === errors;}else {var valid6 = true;}if(valid6){if(data.verdict !== undefined){let data21 = data.verdict;const _errs45 = errors;if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){validate86.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema30.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid6 = _errs45 === errors;}else {var valid6 = true;}if(valid6){if(data.findings !== undefined){let data22 = data.findings;const _errs46 = errors;if(errors === _errs46){if(Array.isArray(data22)){if(data22.length > 500){validate86.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid7 = true;const len0 = data22.length;for(let i0=0; i0<len0; i0++){const _errs48 = errors;if(!(validate93(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);errors = vErrors.length;}var valid7 = _errs48 === errors;if(!valid7){break;}}}}else {validate86.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs46 === errors;}else {var valid6 = true;}if(valid6){if(data.error !== undefined){let data24 = data.error;const _errs49 = errors;if(errors === _errs49){if(typeof data24 === "string"){if(func3(data24) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs49 === errors;}else {var valid6 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "link"){const _errs51 = errors;if(errors === _errs51){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs53 = errors;for(const key3 in data){if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs53 === errors){if(data.kind !== undefined){const _errs54 = errors;if("link" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];return false;}var valid9 = _errs54 === errors;}else {var valid9 = true;}if(valid9){if(data.url !== undefined){let data26 = data.url;const _errs55 = errors;if(errors === _errs55){if(typeof data26 === "string"){if(func3(data26) > 2000){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];return false;}else {if(func3(data26) < 1){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern14.test(data26)){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];return false;}}}}else {validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid9 = _errs55 === errors;}else {var valid9 = true;}if(valid9){if(data.text !== undefined){let data27 = data.text;const _errs57 = errors;if(errors === _errs57){if(typeof data27 === "string"){if(func3(data27) > 4000){validate86.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid9 = _errs57 === errors;}else {var valid9 = true;}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else {validate86.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];return false;}}else {validate86.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];return false;}}}else {validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate86.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate86.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema33 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate98.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.format === undefined) && (missing0 = "format")) || ((data.namespace === undefined) && (missing0 = "namespace"))) || ((data.signature === undefined) && (missing0 = "signature"))){validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "format") || (key0 === "namespace")) || (key0 === "signature"))){validate98.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.format !== undefined){const _errs2 = errors;if("sshsig" !== data.format){validate98.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.namespace !== undefined){const _errs3 = errors;if("agentops-verdict" !== data.namespace){validate98.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];return false;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.signature !== undefined){let data2 = data.signature;const _errs4 = errors;if(errors === _errs4){if(typeof data2 === "string"){if(func3(data2) > 16384){validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];return false;}else {if(func3(data2) < 1){validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate98.errors = vErrors;return errors === 0;}validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate58.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema23.properties, key0))){validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate58.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("verdict" !== data.type){validate58.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.subject !== undefined){const _errs12 = errors;if(!(validate63(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.verdict !== undefined){let data9 = data.verdict;const _errs13 = errors;if(!((data9 === "pass") || (data9 === "fail"))){validate58.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema23.properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.checker !== undefined){const _errs14 = errors;if(!(validate83(data.checker, {instancePath:instancePath+"/checker",parentData:data,parentDataProperty:"checker",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.worker !== undefined){const _errs15 = errors;if(!(validate83(data.worker, {instancePath:instancePath+"/worker",parentData:data,parentDataProperty:"worker",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.evidence !== undefined){let data12 = data.evidence;const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data12)){if(data12.length > 200){validate58.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];return false;}else {var valid3 = true;const len1 = data12.length;for(let i2=0; i2<len1; i2++){const _errs18 = errors;if(!(validate86(data12[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);errors = vErrors.length;}var valid3 = _errs18 === errors;if(!valid3){break;}}}}else {validate58.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.summary !== undefined){let data14 = data.summary;const _errs19 = errors;if(errors === _errs19){if(typeof data14 === "string"){if(func3(data14) > 4000){validate58.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate58.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs19 === errors;}else {var valid0 = true;}if(valid0){if(data.signature !== undefined){const _errs21 = errors;if(!(validate98(data.signature, {instancePath:instancePath+"/signature",parentData:data,parentDataProperty:"signature",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);errors = vErrors.length;}var valid0 = _errs21 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}else {validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate58.errors = vErrors;return errors === 0;}validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema34 = {"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};const schema35 = {"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};const pattern15 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate106.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 1000){validate106.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];return false;}else {if(func3(data) < 1){validate106.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern15.test(data)){validate106.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];return false;}}}}else {validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate106.errors = vErrors;return errors === 0;}validate106.evaluated = {"dynamicProps":false,"dynamicItems":false};const pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$", "u");function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate100.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.paths === undefined) && (missing0 = "paths"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.negative === undefined) && (missing0 = "negative"))) || ((data.author === undefined) && (missing0 = "author"))){validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema34.properties, key0))){validate100.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate100.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("learning" !== data.type){validate100.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "learning"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.text !== undefined){const _errs12 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.paths !== undefined){let data9 = data.paths;const _errs13 = errors;if(errors === _errs13){if(Array.isArray(data9)){if(data9.length > 100){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data9.length < 1){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid3 = true;const len1 = data9.length;for(let i2=0; i2<len1; i2++){const _errs15 = errors;if(!(validate106(data9[i2], {instancePath:instancePath+"/paths/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);errors = vErrors.length;}var valid3 = _errs15 === errors;if(!valid3){break;}}if(valid3){let i3 = data9.length;let j1;if(i3 > 1){outer1:for(;i3--;){for(j1 = i3; j1--;){if(func0(data9[i3], data9[j1])){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];return false;break outer1;}}}}}}}}else {validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.tags !== undefined){let data11 = data.tags;const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data11)){if(data11.length > 20){validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {var valid5 = true;const len2 = data11.length;for(let i4=0; i4<len2; i4++){let data12 = data11[i4];const _errs18 = errors;if(errors === _errs18){if(typeof data12 === "string"){if(!pattern16.test(data12)){validate100.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"+"\""}];return false;}}else {validate100.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs18 === errors;if(!valid5){break;}}if(valid5){let i5 = data11.length;let j2;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data11[i5];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j2 = indices0[item0];validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];return false;break;}indices0[item0] = i5;}}}}}else {validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.negative !== undefined){const _errs20 = errors;if(typeof data.negative !== "boolean"){validate100.errors = [{instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.from !== undefined){const _errs22 = errors;if(!(validate54(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs23 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs23 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}else {validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate100.errors = vErrors;return errors === 0;}validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema36 = {"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};const schema37 = {"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};const schema38 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"};const pattern17 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate117.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern17.test(data)){validate117.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];return false;}}else {validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate117.errors = vErrors;return errors === 0;}validate117.evaluated = {"dynamicProps":false,"dynamicItems":false};function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate116.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.requireCheck === undefined) && (missing3 = "requireCheck")){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate116.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){validate116.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.id !== undefined){const _errs7 = errors;if(!(validate117(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);errors = vErrors.length;}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.learning !== undefined){const _errs8 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs8 === errors;}else {var valid1 = true;}if(valid1){if(data.paths !== undefined){let data2 = data.paths;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data2)){if(data2.length > 100){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data2.length < 1){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs11 = errors;if(!(validate106(data2[i0], {instancePath:instancePath+"/paths/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);errors = vErrors.length;}var valid2 = _errs11 === errors;if(!valid2){break;}}if(valid2){let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data2[i1], data2[j0])){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.note !== undefined){let data4 = data.note;const _errs12 = errors;if(errors === _errs12){if(typeof data4 === "string"){if(func3(data4) > 500){validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data4) < 1){validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs12 === errors;}else {var valid1 = true;}if(valid1){if(data.requireEvidence !== undefined){let data5 = data.requireEvidence;const _errs14 = errors;if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){validate116.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/properties/requireEvidence/enum",keyword:"enum",params:{allowedValues: schema37.properties.requireEvidence.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs14 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheckerKind !== undefined){let data6 = data.requireCheckerKind;const _errs15 = errors;if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){validate116.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/properties/requireCheckerKind/enum",keyword:"enum",params:{allowedValues: schema37.properties.requireCheckerKind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs15 === errors;}else {var valid1 = true;}if(valid1){if(data.forbidPattern !== undefined){let data7 = data.forbidPattern;const _errs16 = errors;if(errors === _errs16){if(typeof data7 === "string"){if(func3(data7) > 500){validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data7) < 1){validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs16 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheck !== undefined){let data8 = data.requireCheck;const _errs18 = errors;if(errors === _errs18){if(typeof data8 === "string"){if(func3(data8) > 4000){validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data8) < 1){validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs18 === errors;}else {var valid1 = true;}}}}}}}}}}}else {validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate116.errors = vErrors;return errors === 0;}validate116.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate110.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.author === undefined) && (missing0 = "author"))){validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema36.properties, key0))){validate110.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate110.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("promotion" !== data.type){validate110.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.learning !== undefined){const _errs12 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.constraint !== undefined){const _errs13 = errors;if(!(validate116(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);errors = vErrors.length;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs14 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate110.errors = vErrors;return errors === 0;}validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema39 = {"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate123.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.why === undefined) && (missing0 = "why"))) || ((data.author === undefined) && (missing0 = "author"))){validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema39.properties, key0))){validate123.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate123.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("retirement" !== data.type){validate123.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retirement"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.constraint !== undefined){const _errs12 = errors;if(!(validate117(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.learning !== undefined){const _errs13 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.promotion !== undefined){const _errs14 = errors;if(!(validate54(data.promotion, {instancePath:instancePath+"/promotion",parentData:data,parentDataProperty:"promotion",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.why !== undefined){const _errs15 = errors;if(!(validate87(data.why, {instancePath:instancePath+"/why",parentData:data,parentDataProperty:"why",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs16 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs16 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}else {validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate123.errors = vErrors;return errors === 0;}validate123.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate52.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.type;if(typeof tag0 == "string"){if(tag0 === "genesis"){if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}var props0 = true;}else if(tag0 === "verdict"){if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "learning"){if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "promotion"){if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "retirement"){if(!(validate123(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else {validate52.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];return false;}}else {validate52.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];return false;}}}else {validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate52.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};const validatePolicy = validate138;const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"enforcement":{"description":"enforce (the default): an uncovered change fails. observe: for rollout; every check reports what would fail and passes. A broken or tampered ledger fails either way.","enum":["enforce","observe"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"},"check":{"description":"How `ao check` runs checkers and counts its council of judges. Read from the base of the change under check, like the rest of the policy, so a change cannot loosen the rules it is checked under. See docs/check.md.","type":"object","properties":{"minModelFamilies":{"description":"The passing judges must come from at least this many distinct model families (anthropic, openai, google, ...): an agent reviewing work of its own family shares its blind spots. Judges whose family is unknown do not count. Default: no requirement.","type":"integer","minimum":1,"maximum":20},"warnIsPass":{"description":"Whether a judge's \"warn\" counts as a pass. Default: true.","type":"boolean"},"failOn":{"description":"A severity: a judge's review with a finding of this severity or worse counts as a fail, whatever verdict the judge gave. The decision is made in code, not left to the judge. Default: none.","enum":["info","low","medium","high","critical"]},"envAllow":{"description":"Names of environment variables passed through to checkers, besides PATH and LANG (HOME and TMPDIR are always fresh temporary directories). AO_* and GIT_* names cannot be allowed: they carry the worker's identity and point at the user's repository.","type":"array","items":{"$ref":"#/$defs/envName"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"constraints":{"description":"Learnings promoted into rules (ao promote). Removing one needs a retirement record (ao retire).","type":"array","maxItems":500,"items":{"$ref":"#/$defs/constraint"}}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"envName":{"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},"evidenceKind":{"enum":["test","command","review","link"]},"constraint":{"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false}}};const schema41 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"};const pattern18 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$", "u");function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate139.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 1000){validate139.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];return false;}else {if(func3(data) < 1){validate139.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern18.test(data)){validate139.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];return false;}}}}else {validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate139.errors = vErrors;return errors === 0;}validate139.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema42 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};const pattern19 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate141.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 320){validate141.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];return false;}else {if(func3(data) < 3){validate141.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];return false;}else {if(!pattern19.test(data)){validate141.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];return false;}}}}else {validate141.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate141.errors = vErrors;return errors === 0;}validate141.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema43 = {"enum":["test","command","review","link"]};function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate143.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!((((data === "test") || (data === "command")) || (data === "review")) || (data === "link"))){validate143.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"}];return false;}validate143.errors = vErrors;return errors === 0;}validate143.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema44 = {"enum":["agent","human","ci","tool"]};function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate145.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!((((data === "agent") || (data === "human")) || (data === "ci")) || (data === "tool"))){validate145.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"}];return false;}validate145.errors = vErrors;return errors === 0;}validate145.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema45 = {"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"};const pattern20 = new RegExp("^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate150.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern20.test(data)){validate150.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\""}];return false;}}else {validate150.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate150.errors = vErrors;return errors === 0;}validate150.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema46 = {"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate152.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.requireCheck === undefined) && (missing3 = "requireCheck")){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate152.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){validate152.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.id !== undefined){let data0 = data.id;const _errs7 = errors;if(errors === _errs7){if(typeof data0 === "string"){if(!pattern17.test(data0)){validate152.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];return false;}}else {validate152.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.learning !== undefined){let data1 = data.learning;const _errs9 = errors;if(errors === _errs9){if(typeof data1 === "string"){if(!pattern3.test(data1)){validate152.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate152.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.paths !== undefined){let data2 = data.paths;const _errs11 = errors;if(errors === _errs11){if(Array.isArray(data2)){if(data2.length > 100){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data2.length < 1){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs13 = errors;if(!(validate139(data2[i0], {instancePath:instancePath+"/paths/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid2 = _errs13 === errors;if(!valid2){break;}}if(valid2){let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data2[i1], data2[j0])){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs11 === errors;}else {var valid1 = true;}if(valid1){if(data.note !== undefined){let data4 = data.note;const _errs14 = errors;if(errors === _errs14){if(typeof data4 === "string"){if(func3(data4) > 500){validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data4) < 1){validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs14 === errors;}else {var valid1 = true;}if(valid1){if(data.requireEvidence !== undefined){const _errs16 = errors;if(!(validate143(data.requireEvidence, {instancePath:instancePath+"/requireEvidence",parentData:data,parentDataProperty:"requireEvidence",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid1 = _errs16 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheckerKind !== undefined){const _errs17 = errors;if(!(validate145(data.requireCheckerKind, {instancePath:instancePath+"/requireCheckerKind",parentData:data,parentDataProperty:"requireCheckerKind",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid1 = _errs17 === errors;}else {var valid1 = true;}if(valid1){if(data.forbidPattern !== undefined){let data7 = data.forbidPattern;const _errs18 = errors;if(errors === _errs18){if(typeof data7 === "string"){if(func3(data7) > 500){validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data7) < 1){validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs18 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheck !== undefined){let data8 = data.requireCheck;const _errs20 = errors;if(errors === _errs20){if(typeof data8 === "string"){if(func3(data8) > 4000){validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data8) < 1){validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs20 === errors;}else {var valid1 = true;}}}}}}}}}}}else {validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate152.errors = vErrors;return errors === 0;}validate152.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate138.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){validate138.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema40.properties, key0))){validate138.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.$schema !== undefined){let data0 = data.$schema;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) > 2000){validate138.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];return false;}}else {validate138.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.schema !== undefined){const _errs4 = errors;if("agentops-verdict/policy@1" !== data.schema){validate138.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){let data2 = data.mode;const _errs5 = errors;if(!((data2 === "commit") || (data2 === "range"))){validate138.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema40.properties.mode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.enforcement !== undefined){let data3 = data.enforcement;const _errs6 = errors;if(!((data3 === "enforce") || (data3 === "observe"))){validate138.errors = [{instancePath:instancePath+"/enforcement",schemaPath:"#/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema40.properties.enforcement.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.exempt !== undefined){let data4 = data.exempt;const _errs7 = errors;if(errors === _errs7){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){const _errs9 = errors;for(const key1 in data4){if(!((key1 === "paths") || (key1 === "authors"))){validate138.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data4.paths !== undefined){let data5 = data4.paths;const _errs10 = errors;if(errors === _errs10){if(Array.isArray(data5)){if(data5.length > 500){validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid2 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs12 = errors;if(!(validate139(data5[i0], {instancePath:instancePath+"/exempt/paths/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid2 = _errs12 === errors;if(!valid2){break;}}if(valid2){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs10 === errors;}else {var valid1 = true;}if(valid1){if(data4.authors !== undefined){let data7 = data4.authors;const _errs13 = errors;if(errors === _errs13){if(Array.isArray(data7)){if(data7.length > 100){validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid4 = true;const len1 = data7.length;for(let i2=0; i2<len1; i2++){const _errs15 = errors;if(!(validate141(data7[i2], {instancePath:instancePath+"/exempt/authors/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);errors = vErrors.length;}var valid4 = _errs15 === errors;if(!valid4){break;}}if(valid4){let i3 = data7.length;let j1;if(i3 > 1){outer1:for(;i3--;){for(j1 = i3; j1--;){if(func0(data7[i3], data7[j1])){validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];return false;break outer1;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs13 === errors;}else {var valid1 = true;}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.require !== undefined){let data9 = data.require;const _errs16 = errors;if(errors === _errs16){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){const _errs18 = errors;for(const key2 in data9){if(!((key2 === "evidence") || (key2 === "checkerKinds"))){validate138.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs18 === errors){if(data9.evidence !== undefined){let data10 = data9.evidence;const _errs19 = errors;if(errors === _errs19){if(Array.isArray(data10)){if(data10.length > 4){validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];return false;}else {var valid7 = true;const len2 = data10.length;for(let i4=0; i4<len2; i4++){const _errs21 = errors;if(!(validate143(data10[i4], {instancePath:instancePath+"/require/evidence/" + i4,parentData:data10,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid7 = _errs21 === errors;if(!valid7){break;}}if(valid7){let i5 = data10.length;let j2;if(i5 > 1){outer2:for(;i5--;){for(j2 = i5; j2--;){if(func0(data10[i5], data10[j2])){validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];return false;break outer2;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs19 === errors;}else {var valid6 = true;}if(valid6){if(data9.checkerKinds !== undefined){let data12 = data9.checkerKinds;const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data12)){if(data12.length > 4){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];return false;}else {if(data12.length < 1){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid9 = true;const len3 = data12.length;for(let i6=0; i6<len3; i6++){const _errs24 = errors;if(!(validate145(data12[i6], {instancePath:instancePath+"/require/checkerKinds/" + i6,parentData:data12,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid9 = _errs24 === errors;if(!valid9){break;}}if(valid9){let i7 = data12.length;let j3;if(i7 > 1){outer3:for(;i7--;){for(j3 = i7; j3--;){if(func0(data12[i7], data12[j3])){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];return false;break outer3;}}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs22 === errors;}else {var valid6 = true;}}}}else {validate138.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.rules !== undefined){let data14 = data.rules;const _errs25 = errors;if(errors === _errs25){if(Array.isArray(data14)){if(data14.length > 500){validate138.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid11 = true;const len4 = data14.length;for(let i8=0; i8<len4; i8++){let data15 = data14[i8];const _errs27 = errors;if(errors === _errs27){if(data15 && typeof data15 == "object" && !Array.isArray(data15)){let missing1;if(((data15.paths === undefined) && (missing1 = "paths")) || ((data15.anyOf === undefined) && (missing1 = "anyOf"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs29 = errors;for(const key3 in data15){if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs29 === errors){if(data15.name !== undefined){let data16 = data15.name;const _errs30 = errors;if(errors === _errs30){if(typeof data16 === "string"){if(func3(data16) > 200){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(func3(data16) < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid12 = _errs30 === errors;}else {var valid12 = true;}if(valid12){if(data15.paths !== undefined){let data17 = data15.paths;const _errs32 = errors;if(errors === _errs32){if(Array.isArray(data17)){if(data17.length > 100){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data17.length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid13 = true;const len5 = data17.length;for(let i9=0; i9<len5; i9++){const _errs34 = errors;if(!(validate139(data17[i9], {instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,parentData:data17,parentDataProperty:i9,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid13 = _errs34 === errors;if(!valid13){break;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid12 = _errs32 === errors;}else {var valid12 = true;}if(valid12){if(data15.anyOf !== undefined){let data19 = data15.anyOf;const _errs35 = errors;if(errors === _errs35){if(Array.isArray(data19)){if(data19.length > 20){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {if(data19.length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid14 = true;const len6 = data19.length;for(let i10=0; i10<len6; i10++){let data20 = data19[i10];const _errs37 = errors;if(errors === _errs37){if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(Object.keys(data20).length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {const _errs39 = errors;for(const key4 in data20){if(!((key4 === "checkerKind") || (key4 === "evidence"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs39 === errors){if(data20.checkerKind !== undefined){const _errs40 = errors;if(!(validate145(data20.checkerKind, {instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",parentData:data20,parentDataProperty:"checkerKind",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid15 = _errs40 === errors;}else {var valid15 = true;}if(valid15){if(data20.evidence !== undefined){const _errs41 = errors;if(!(validate143(data20.evidence, {instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",parentData:data20,parentDataProperty:"evidence",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid15 = _errs41 === errors;}else {var valid15 = true;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid14 = _errs37 === errors;if(!valid14){break;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid12 = _errs35 === errors;}else {var valid12 = true;}}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid11 = _errs27 === errors;if(!valid11){break;}}}}else {validate138.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.requireSignature !== undefined){const _errs42 = errors;if(typeof data.requireSignature !== "boolean"){validate138.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs42 === errors;}else {var valid0 = true;}if(valid0){if(data.check !== undefined){let data24 = data.check;const _errs44 = errors;if(errors === _errs44){if(data24 && typeof data24 == "object" && !Array.isArray(data24)){const _errs46 = errors;for(const key5 in data24){if(!((((key5 === "minModelFamilies") || (key5 === "warnIsPass")) || (key5 === "failOn")) || (key5 === "envAllow"))){validate138.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];return false;break;}}if(_errs46 === errors){if(data24.minModelFamilies !== undefined){let data25 = data24.minModelFamilies;const _errs47 = errors;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs47){if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 20 || isNaN(data25)){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];return false;}else {if(data25 < 1 || isNaN(data25)){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid16 = _errs47 === errors;}else {var valid16 = true;}if(valid16){if(data24.warnIsPass !== undefined){const _errs49 = errors;if(typeof data24.warnIsPass !== "boolean"){validate138.errors = [{instancePath:instancePath+"/check/warnIsPass",schemaPath:"#/properties/check/properties/warnIsPass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid16 = _errs49 === errors;}else {var valid16 = true;}if(valid16){if(data24.failOn !== undefined){let data27 = data24.failOn;const _errs51 = errors;if(!(((((data27 === "info") || (data27 === "low")) || (data27 === "medium")) || (data27 === "high")) || (data27 === "critical"))){validate138.errors = [{instancePath:instancePath+"/check/failOn",schemaPath:"#/properties/check/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema40.properties.check.properties.failOn.enum},message:"must be equal to one of the allowed values"}];return false;}var valid16 = _errs51 === errors;}else {var valid16 = true;}if(valid16){if(data24.envAllow !== undefined){let data28 = data24.envAllow;const _errs52 = errors;if(errors === _errs52){if(Array.isArray(data28)){if(data28.length > 100){validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid17 = true;const len7 = data28.length;for(let i11=0; i11<len7; i11++){const _errs54 = errors;if(!(validate150(data28[i11], {instancePath:instancePath+"/check/envAllow/" + i11,parentData:data28,parentDataProperty:i11,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);errors = vErrors.length;}var valid17 = _errs54 === errors;if(!valid17){break;}}if(valid17){let i12 = data28.length;let j4;if(i12 > 1){outer4:for(;i12--;){for(j4 = i12; j4--;){if(func0(data28[i12], data28[j4])){validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"}];return false;break outer4;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid16 = _errs52 === errors;}else {var valid16 = true;}}}}}}else {validate138.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs44 === errors;}else {var valid0 = true;}if(valid0){if(data.constraints !== undefined){let data30 = data.constraints;const _errs55 = errors;if(errors === _errs55){if(Array.isArray(data30)){if(data30.length > 500){validate138.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid19 = true;const len8 = data30.length;for(let i13=0; i13<len8; i13++){const _errs57 = errors;if(!(validate152(data30[i13], {instancePath:instancePath+"/constraints/" + i13,parentData:data30,parentDataProperty:i13,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);errors = vErrors.length;}var valid19 = _errs57 === errors;if(!valid19){break;}}}}else {validate138.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs55 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {validate138.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate138.errors = vErrors;return errors === 0;}validate138.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/core/schemas.ts


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
// Every validator is precompiled at build time (.ci/gen-validators.mjs): no schema is
// compiled when a command runs, and the hooks do not load ajv's compiler at all.
function validateRecordShape(value) {
    if (entriesArePlain(value) && validateRecord(withoutEntries(value)))
        return [];
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
/*
 * A subject's entries are most of a large verdict, and the generated validator spends about
 * 8 \u00b5s on each (a commit's hook runs it cold, once). The check below accepts only entries the
 * schema's manifestEntry accepts, in the common form (a UTF-8 `path`), and its rules are read
 * from the schema itself. When every entry passes it, the record is validated with its
 * entries left out: valid so, it is valid whole. Anything else goes to the generated
 * validator on the whole record, which alone says what is wrong.
 */
const entrySchema = record_v1_schema.$defs.manifestEntry;
const entryFields = ['oldMode', 'newMode', 'oldId', 'newId', 'status', 'path'];
const modeRule = new RegExp(entrySchema.properties.oldMode.pattern, 'u');
const newModeRule = new RegExp(entrySchema.properties.newMode.pattern, 'u');
const objectIdRule = new RegExp(record_v1_schema.$defs.objectId.pattern, 'u');
const statuses = new Set(entrySchema.properties.status.enum);
const pathRule = new RegExp(record_v1_schema.$defs.path.pattern, 'u');
const { minLength: pathMin, maxLength: pathMax } = record_v1_schema.$defs.path;
const maxEntries = Math.min(...record_v1_schema.$defs.subject.oneOf.map((kind) => kind.properties.entries.maxItems));
function entriesArePlain(value) {
    const subject = value?.subject;
    const entries = subject?.entries;
    if (!Array.isArray(entries) || entries.length > maxEntries)
        return false;
    for (const entry of entries)
        if (!isPlainEntry(entry))
            return false;
    return true;
}
function isPlainEntry(entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
        return false;
    const e = entry;
    // The validator looks at every enumerable key, inherited ones too.
    for (const key in e)
        if (!entryFields.includes(key))
            return false;
    const { oldMode, newMode, oldId, newId, status, path } = e;
    return (typeof oldMode === 'string' &&
        modeRule.test(oldMode) &&
        typeof newMode === 'string' &&
        newModeRule.test(newMode) &&
        typeof oldId === 'string' &&
        objectIdRule.test(oldId) &&
        typeof newId === 'string' &&
        objectIdRule.test(newId) &&
        statuses.has(status) &&
        typeof path === 'string' &&
        // UTF-16 length bounds the schema's length in code points from above, and is zero with it.
        path.length >= pathMin &&
        path.length <= pathMax &&
        pathRule.test(path));
}
function withoutEntries(value) {
    return { ...value, subject: { ...value.subject, entries: [] } };
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 894:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, \'.\' or \'..\' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\\\s\\\\S]*(?:^|/)\\\\.{1,2}(?:/|$))(?![\\\\s\\\\S]*//)(?![\\\\s\\\\S]*/$)[^\\\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\\\u0000-\\\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\\\u0000-\\\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker\'s verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy\'s syntax: without \'/\' it matches a file name anywhere, with \'/\' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\\\.\\\\.(?:/|$))[^\\\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}}');

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ranWhole: () => (/* binding */ ranWhole)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/core/manifest.ts

const LEDGER_PREFIX = Buffer.from('.agents/ledger/');
// ignoreBOM: a path that starts with U+FEFF keeps it (the default would strip it, so "\uFEFFdocs/x" would read as "docs/x").
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Parses the NUL-separated raw records of `git diff-tree -z -r --raw --full-index --no-renames`
 * starting at `offset`, stopping at the first token that is not a raw record (the next
 * commit header in `--stdin` mode). Returns the entries and where parsing stopped. `text` is
 * the whole output read as latin1 (one char per byte): a caller parsing one output in many
 * calls decodes it once and passes it to each.
 */
function parseRawDiff(output, offset = 0, text = output.toString('latin1')) {
    const entries = [];
    let position = offset;
    while (position < text.length && text.charCodeAt(position) === 0x3a /* ':' */) {
        const metaEnd = text.indexOf('\0', position);
        const pathEnd = metaEnd < 0 ? -1 : text.indexOf('\0', metaEnd + 1);
        if (metaEnd < 0 || pathEnd < 0)
            throw new Error('truncated raw diff output from git');
        const fields = text.slice(position + 1, metaEnd).split(' ');
        if (fields.length !== 5)
            throw new Error(`unexpected raw diff line from git: ${fields.join(' ')}`);
        const [oldMode, newMode, oldId, newId, status] = fields;
        if (!/^[ADMT]$/.test(status))
            throw new Error(`unexpected diff status "${status}" from git (renames must be off)`);
        entries.push({
            oldMode,
            newMode,
            oldId,
            newId,
            status: status,
            path: output.subarray(metaEnd + 1, pathEnd),
        });
        position = pathEnd + 1;
    }
    return { entries, end: position };
}
/** A regular file's mode (plain or executable): the only kind a record can be. */
function isRegularFileMode(mode) {
    return mode === '100644' || mode === '100755';
}
function manifest_isLedgerEntry(entry) {
    return isLedgerPath(entry.path);
}
function isLedgerPath(path) {
    return path.length > LEDGER_PREFIX.length && path.subarray(0, LEDGER_PREFIX.length).equals(LEDGER_PREFIX);
}
/** The manifest of a change: every entry outside the ledger, sorted by path bytes, and its digest. */
function buildManifest(entries) {
    const kept = entries.filter((entry) => !manifest_isLedgerEntry(entry)).sort((a, b) => Buffer.compare(a.path, b.path));
    // One update of the whole text: a path's bytes read as latin1 are those bytes again.
    let text = '';
    for (const entry of kept) {
        text += `${entry.oldMode} ${entry.newMode} ${entry.oldId} ${entry.newId} ${entry.status}\t${entry.path.toString('latin1')}\n`;
    }
    return { digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'latin1').digest('hex')}`, entries: kept };
}
function manifest_pathText(path) {
    try {
        return utf8.decode(path);
    }
    catch {
        return path.toString('latin1');
    }
}
function entryToJson(entry) {
    const base = {
        oldMode: entry.oldMode,
        newMode: entry.newMode,
        oldId: entry.oldId,
        newId: entry.newId,
        status: entry.status,
    };
    try {
        return { ...base, path: utf8.decode(entry.path) };
    }
    catch {
        return { ...base, pathBase64: entry.path.toString('base64') };
    }
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
        else if (old.newId !== entry.newId ||
            old.newMode !== entry.newMode ||
            old.oldId !== entry.oldId ||
            old.status !== entry.status ||
            old.oldMode !== entry.oldMode) {
            changes.push({ path, change: 'changed', before: old, after: entry });
        }
    }
    for (const [path, entry] of beforeByPath)
        if (!afterByPath.has(path))
            changes.push({ path, change: 'removed', before: entry });
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./src/git/run.ts






/**
 * Running one git process: an argument vector (never a shell string) in a fixed
 * environment, its errors, and the version it must have. The `Git` class (git.ts) is the
 * entry point every caller uses; this is what it runs on.
 */
const MIN_GIT_VERSION = [2, 38, 0];
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
/** What is kept of git's stderr (it only ever explains a failure). */
const MAX_STDERR_BYTES = 4 * 1024 * 1024;
class GitError extends core_errors/* AoError */.V {
    constructor(args, result) {
        const detail = result.stderr.trim().split('\n').slice(0, 6).join('\n  ');
        super(`git ${args.slice(0, 3).join(' ')} failed (exit ${result.code})${detail ? `:\n  ${detail}` : ''}`, {
            fix: 'check the repository with `git status` and `git fsck`, then run the command again',
        });
    }
}
/**
 * `git diff-tree` compares trees only, yet reads the index (16 MB in a checkout of a
 * 100,000-record ledger, a fifth of a second): pointed at an index that does not exist, it
 * reads an empty one. Its raw output never depends on the index.
 */
function treeOnlyIndex(args) {
    let i = 0;
    while (args[i] === '-c')
        i += 2;
    return args[i] === 'diff-tree' ? { GIT_INDEX_FILE: NO_INDEX } : {};
}
const NO_INDEX = (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `agentops-verdict-no-index-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`, 'index');
function gitEnv(args, options) {
    return {
        ...(options.env ?? process.env),
        // Replace refs are local (never fetched by default): a verifier elsewhere would not see them.
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        GIT_NO_REPLACE_OBJECTS: '1',
        ...treeOnlyIndex(args),
    };
}
function runGit(cwd, args, options = {}) {
    if (options.viaFiles && options.input === undefined && !options.onStdout && options.maxStdoutBytes === undefined) {
        const files = outputFiles();
        if (files)
            return runGitViaFiles(cwd, args, options, files);
    }
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd,
            env: gitEnv(args, options),
            // No input: git reads an empty stdin from /dev/null (a pipe for it costs every spawn).
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let size = 0;
        let truncated = false;
        const limit = options.maxStdoutBytes ?? MAX_OUTPUT_BYTES;
        child.stdout.on('data', (chunk) => {
            if (options.onStdout)
                return options.onStdout(chunk);
            if (truncated)
                return;
            size += chunk.length;
            if (size <= limit)
                return void out.push(chunk);
            child.kill();
            if (options.maxStdoutBytes === undefined)
                return;
            truncated = true;
            out.push(chunk.subarray(0, chunk.length - (size - limit)));
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        child.on('error', (error) => reject(spawnError(cwd, error)));
        // A git that exits before reading all its input is answered by its exit code, not EPIPE.
        child.stdin?.on('error', () => undefined);
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
            if (truncated)
                resolve({ ...result, truncated });
            else if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result));
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** Two files for git's stdout and stderr, opened by this process alone and unlinked at once: nothing is left behind. */
function outputFiles() {
    if (process.platform === 'win32')
        return undefined;
    const opened = [];
    try {
        for (let i = 0; i < 2; i++) {
            const path = (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `agentops-verdict-git-${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
            // wx: made here, never an existing file or a link someone planted.
            opened.push((0,external_node_fs_namespaceObject.openSync)(path, 'wx+', 0o600));
            (0,external_node_fs_namespaceObject.unlinkSync)(path);
        }
        return [opened[0], opened[1]];
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        return undefined;
    }
}
function runGitViaFiles(cwd, args, options, [out, err]) {
    return new Promise((resolve, reject) => {
        // Once only: a failed spawn is followed by 'close' too, and a closed fd number may already be another file's.
        let released = false;
        const release = () => {
            if (released)
                return;
            released = true;
            (0,external_node_fs_namespaceObject.closeSync)(out);
            (0,external_node_fs_namespaceObject.closeSync)(err);
        };
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd, env: gitEnv(args, options), stdio: ['ignore', out, err] });
        }
        catch (error) {
            release();
            throw error;
        }
        child.on('error', (error) => {
            release();
            reject(spawnError(cwd, error));
        });
        child.on('close', (code) => {
            if (released)
                return;
            let stdout;
            let stderr;
            try {
                stdout = readWritten(out, MAX_OUTPUT_BYTES);
                stderr = (readWritten(err, MAX_STDERR_BYTES) ?? Buffer.alloc(0)).toString('utf8');
            }
            catch (error) {
                return reject(new core_errors/* AoError */.V(`could not read the output of git ${args[0]}: ${error.message}`));
            }
            finally {
                release();
            }
            const result = { stdout: stdout ?? Buffer.alloc(0), stderr, code: code ?? 128 };
            // Output past the bound is a failure whatever the exit code says (the pipe path stops git there).
            if (stdout && (result.code === 0 || options.okCodes?.includes(result.code)))
                resolve(result);
            else
                reject(new GitError(args, stdout ? result : { ...result, stderr: `more than ${MAX_OUTPUT_BYTES} bytes of output\n${stderr}` }));
        });
    });
}
/** What git wrote to `fd`, from its start; undefined past `limit` bytes. */
function readWritten(fd, limit) {
    const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
    if (size > limit)
        return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, read, size - read, read);
        if (n === 0)
            break;
        read += n;
    }
    return bytes.subarray(0, read);
}
function spawnError(cwd, error) {
    if (error.code !== 'ENOENT')
        return new core_errors/* AoError */.V(`could not run git: ${error.message}`);
    return new core_errors/* AoError */.V(cwdMissing(cwd) ? `the directory ${cwd} does not exist` : 'git is not installed or not on PATH', {
        fix: 'install git 2.38 or newer (https://git-scm.com/downloads) and make sure `git --version` works',
    });
}
function cwdMissing(cwd) {
    try {
        return !(0,external_node_fs_namespaceObject.statSync)(cwd).isDirectory();
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
/**
 * `cat-file --batch` answers "missing" for an object it cannot unpack (a corrupt loose object)
 * and exits 0, saying why only on stderr: an absent policy and a damaged one must never look
 * alike, so any error there stops the command.
 */
function damagedObjectsError(stderr) {
    const errors = stderr.split('\n').filter((line) => /^(error|fatal):/.test(line));
    if (errors.length === 0)
        return undefined;
    return new core_errors/* AoError */.V(`git cannot read objects of this repository:\n  ${errors.slice(0, 4).join('\n  ')}`, {
        fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
    });
}

;// CONCATENATED MODULE: ./src/git/cat-file.ts



/** How long an idle batch process is kept: a long-lived caller (a test runner) keeps no idle gits. */
const BATCH_IDLE_MS = 1000;
/**
 * One long-lived `git cat-file --batch`: requests are written as they come and answered in
 * order, so every object a command reads, however many rounds it takes, costs one process.
 * Objects larger than a request's bound are never buffered. The process holds the event
 * loop only while a request is pending, and is let go once idle.
 */
class CatFileBatch {
    cwd;
    child;
    queue = [];
    stderr = '';
    failure;
    idle;
    header = [];
    headerLength = 0;
    mode = 'header';
    remaining = 0;
    kept;
    current = { id: '', size: 0, type: '' };
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(names, maxBytes) {
        const result = new Map();
        if (names.length === 0)
            return Promise.resolve(result);
        for (const name of names) {
            if (/[\n\0]/.test(name))
                return Promise.reject(new core_errors/* AoError */.V(`invalid object name ${JSON.stringify(name)}`));
        }
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            const child = this.process();
            this.queue.push({ names, maxBytes, result, answered: 0, resolve, reject });
            this.hold(true);
            child.stdin.write(`${names.join('\n')}\n`);
        });
    }
    process() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = undefined;
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            // As every other git we run (run.ts): replace refs are local, so a verifier elsewhere would not see them.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        this.stderr = '';
        this.mode = 'header';
        this.header = [];
        this.headerLength = 0;
        child.stdout.on('data', (chunk) => {
            if (this.child === child)
                this.onData(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 64 * 1024)
                this.stderr += chunk.toString('utf8');
        });
        child.stdin.on('error', () => undefined);
        child.on('error', (error) => {
            if (this.child === child)
                this.fail(spawnError(this.cwd, error));
        });
        child.on('close', (code) => {
            if (this.child !== child)
                return;
            this.child = undefined;
            if (this.queue.length > 0) {
                this.fail(damagedObjectsError(this.stderr) ??
                    new core_errors/* AoError */.V(`git cat-file --batch stopped (exit ${code ?? 'by a signal'}) before answering`, {
                        fix: 'check the repository with `git fsck`, then run the command again',
                    }));
            }
        });
        return child;
    }
    /** Keeps the event loop alive while requests are pending; once idle, lets the process go after a while. */
    hold(active) {
        const child = this.child;
        if (!child)
            return;
        const handles = [child, child.stdin, child.stdout, child.stderr];
        for (const handle of handles)
            (active ? handle.ref : handle.unref)?.call(handle);
        if (active)
            return;
        this.idle = setTimeout(() => {
            if (this.queue.length > 0 || this.child !== child)
                return;
            this.child = undefined;
            child.stdin.end();
        }, BATCH_IDLE_MS);
        this.idle.unref();
    }
    fail(error) {
        this.failure ??= error;
        for (const request of this.queue.splice(0))
            request.reject(error);
        // Let the process go: whatever it still writes (the rest of an object it was sending) is nobody's answer.
        const child = this.child;
        this.child = undefined;
        child?.kill();
    }
    finish() {
        const request = this.queue[0];
        if (!request)
            return this.broken('an object nobody asked for');
        if (this.kept)
            this.current.bytes = Buffer.concat(this.kept);
        request.result.set(request.names[request.answered++], this.current);
        this.mode = 'newline';
        this.completeIfAnswered();
    }
    completeIfAnswered() {
        const request = this.queue[0];
        if (!request || request.answered < request.names.length)
            return;
        this.queue.shift();
        if (this.queue.length === 0)
            this.hold(false);
        // git reports an object it cannot unpack on stderr, before it answers "missing" on stdout:
        // looking once the current poll phase is over sees what git wrote first.
        setImmediate(() => {
            const damaged = damagedObjectsError(this.stderr);
            if (damaged) {
                this.fail(damaged);
                request.reject(damaged);
            }
            else
                request.resolve(request.result);
        });
    }
    onData(chunk) {
        let position = 0;
        while (position < chunk.length) {
            if (this.mode === 'newline') {
                position++;
                this.mode = 'header';
            }
            else if (this.mode === 'header') {
                const lineEnd = chunk.indexOf(0x0a, position);
                const piece = chunk.subarray(position, lineEnd < 0 ? chunk.length : lineEnd);
                this.header.push(piece);
                this.headerLength += piece.length;
                if (this.headerLength > 8192)
                    return this.broken('an over-long header line');
                if (lineEnd < 0)
                    return;
                position = lineEnd + 1;
                const line = Buffer.concat(this.header).toString('latin1');
                this.header = [];
                this.headerLength = 0;
                const request = this.queue[0];
                if (!request)
                    return this.broken(`unexpected output "${line.slice(0, 80)}"`);
                if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
                    request.result.set(request.names[request.answered++], undefined);
                    this.completeIfAnswered();
                    continue;
                }
                const [id = '', type = '', sizeText = ''] = line.split(' ');
                const size = Number(sizeText);
                if (!/^[0-9]+$/.test(sizeText) || !Number.isSafeInteger(size))
                    return this.broken(`an unreadable header "${line.slice(0, 80)}"`);
                this.current = { id, size, type };
                this.remaining = size;
                this.kept = size <= request.maxBytes ? [] : undefined;
                this.mode = 'body';
                if (size === 0)
                    this.finish();
            }
            else {
                const take = Math.min(this.remaining, chunk.length - position);
                this.kept?.push(chunk.subarray(position, position + take));
                position += take;
                this.remaining -= take;
                if (this.remaining === 0)
                    this.finish();
            }
        }
    }
    broken(what) {
        this.fail(new core_errors/* AoError */.V(`git cat-file --batch gave ${what}`, {
            fix: 'check the repository with `git fsck`, then run the command again',
        }));
    }
}

;// CONCATENATED MODULE: ./src/git/user-cache.ts



/**
 * The per-user folder for what a run can reuse from an earlier one on this machine (the
 * hook's compiled code, the version of a git binary): never anything about a repository.
 * Nothing in it decides a verdict, and a file it holds that cannot be read is simply not used.
 */
function userCacheDir(options = {}) {
    const uid = process.getuid?.();
    const dir = (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
    try {
        if (options.create !== false)
            (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        // Only a folder this user owns and no one else can write (never one another user made, never a link).
        const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
        if (!stat.isDirectory())
            return undefined;
        if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))
            return undefined;
        return dir;
    }
    catch {
        return undefined;
    }
}
/** Only a regular file this user owns, opened without following a link or waiting on a FIFO. */
function readCacheFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const uid = process.getuid?.();
        if (!stat.isFile() || (uid !== undefined && stat.uid !== uid))
            return undefined;
        return (0,external_node_fs_namespaceObject.readFileSync)(fd);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Written whole under another name, then renamed: a reader never sees half a file. */
function writeCacheFile(path, data) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(temporary, data, { mode: 0o600, flag: 'wx' });
        (0,external_node_fs_namespaceObject.renameSync)(temporary, path);
    }
    catch {
        // Not kept this time: the next run does the work again, as this one did.
    }
}

;// CONCATENATED MODULE: ./src/git/known-version.ts





/**
 * `git version`, remembered per git binary: asking costs the pre-commit hook one process on
 * every commit, and the answer changes only when the binary does. A binary is the `git` that
 * exec finds on PATH, known by its path and its file's device, inode, size, and modification
 * and change times (a write moves the change time, and no one can set it back). Nothing is
 * remembered for a script (a wrapper that runs some other git), a relative PATH entry (it
 * depends on the folder), or Windows: those ask git every time. Only the hook reads it, and
 * makes the folder; every other command asks git, and corrects a remembered answer it finds.
 */
function gitBinaryKey(path) {
    if (process.platform === 'win32')
        return undefined;
    for (const dir of (path ?? '').split(external_node_path_namespaceObject.delimiter)) {
        if (!(0,external_node_path_namespaceObject.isAbsolute)(dir))
            return undefined;
        const file = (0,external_node_path_namespaceObject.join)(dir, 'git');
        try {
            // Most PATH entries hold no git: an absent one is an answer, not an error to build.
            const stat = (0,external_node_fs_namespaceObject.statSync)(file, { bigint: true, throwIfNoEntry: false });
            if (!stat?.isFile() || (stat.mode & 73n) === 0n)
                continue;
            if (startsWithShebang(file))
                return undefined;
            return [file, stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join('\0');
        }
        catch {
            // Not here (or not readable): exec would go on to the next entry too.
        }
    }
    return undefined;
}
function startsWithShebang(file) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(2);
        return (0,external_node_fs_namespaceObject.readSync)(fd, head, 0, 2, 0) === 2 && head.toString('latin1') === '#!';
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function versionFile(binary, create) {
    const dir = userCacheDir({ create });
    return dir && (0,external_node_path_namespaceObject.join)(dir, `git-${(0,external_node_crypto_.createHash)('sha256').update(binary).digest('hex').slice(0, 40)}.version`);
}
/** A version too old is never taken from here: git is asked, and says so itself. */
function rememberedGitVersion(binary) {
    const file = versionFile(binary, false);
    const match = file && /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})\n$/.exec(readCacheFile(file)?.toString('latin1') ?? '');
    const version = match
        ? [Number(match[1]), Number(match[2]), Number(match[3])]
        : undefined;
    return version && versionAtLeast(version, MIN_GIT_VERSION) ? version : undefined;
}
/**
 * Writes the version down unless that is what is there already (every command but the hook
 * gets here, and must not write a file each time). `create`: make the cache folder if there
 * is none (the hook); otherwise only a folder already there is written.
 */
function rememberGitVersion(binary, version, create) {
    const file = versionFile(binary, create);
    const text = `${version.join('.')}\n`;
    if (file && readCacheFile(file)?.toString('latin1') !== text)
        writeCacheFile(file, text);
}

;// CONCATENATED MODULE: ./src/git/opening.ts




/** The raw diff form every manifest is read from (docs/spec.md): paths whole, ids full, no renames, submodules as gitlinks. */
const MANIFEST_DIFF = ['-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'];
/** The index's raw diff against `tree`, ledger paths included. */
function diffIndexArgs(tree) {
    return ['diff-index', '--cached', ...MANIFEST_DIFF, tree];
}
/** One probe: outside a work tree --show-toplevel fails, but the lines before it still say why. */
const PROBE = [
    'rev-parse',
    '--is-bare-repository',
    '--is-inside-work-tree',
    '--show-object-format',
    '--is-shallow-repository',
    '--absolute-git-dir',
    '--show-toplevel',
];
const asError = (error) => (error instanceof Error ? error : new Error(String(error)));
/** Starts opening the repository at `cwd`; `staged` for the pre-commit hook, which takes a remembered version. */
function startOpening(cwd, staged) {
    // The probe first: its answer is the first one awaited.
    const probe = runGit(cwd, PROBE, { okCodes: [128], viaFiles: staged }).catch(asError);
    let stagedStart;
    if (staged) {
        const batch = new CatFileBatch(cwd);
        const head = batch.read(['HEAD^{commit}'], 0).then((objects) => {
            const object = objects.get('HEAD^{commit}');
            return object?.type === 'commit' ? object.id : undefined;
        }, () => undefined);
        const diff = runGit(cwd, diffIndexArgs('HEAD'), { okCodes: [128], viaFiles: true }).catch(asError);
        stagedStart = { batch, head, diff };
    }
    // Every other command asks git for its version, and corrects a remembered answer it finds.
    const binary = gitBinaryKey(process.env.PATH);
    const remembered = binary && staged ? rememberedGitVersion(binary) : undefined;
    const version = remembered
        ? undefined
        : runGit(cwd, ['version']).catch((error) => error instanceof GitError
            ? new core_errors/* AoError */.V('git is not working', { fix: 'run `git --version` and repair the git install' })
            : asError(error));
    return { cwd, binary, remembered, version, probe, staged: stagedStart };
}

;// CONCATENATED MODULE: ./src/git/parse.ts


/** `git log -z --format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s`: one commit a NUL-ended record. */
function parseCommitList(text) {
    return text
        .split('\0')
        .filter((line) => line.length > 0)
        .map((line) => {
        const [sha = '', tree = '', parents = '', authorName = '', authorEmail = '', subject = ''] = line
            .replace(/^\n/, '')
            .split('\x1f');
        return { sha, tree, parents: parents ? parents.split(' ') : [], authorName, authorEmail, subject };
    });
}
/**
 * `git log -z --raw --format=%x1e<header>`: each commit's header (up to its NUL, read as
 * UTF-8) and the raw diff entries that follow it.
 */
function parseRawLog(out) {
    const commits = [];
    const text = out.toString('latin1');
    let position = 0;
    while (position < out.length && out[position] === 0x1e) {
        const headerEnd = out.indexOf(0, position);
        if (headerEnd < 0)
            break;
        const header = out.toString('utf8', position + 1, headerEnd);
        position = headerEnd + 1;
        if (out[position] === 0x0a)
            position++;
        const parsed = parseRawDiff(out, position, text);
        commits.push({ header, entries: parsed.entries });
        position = parsed.end;
        while (position < out.length && (out[position] === 0x0a || out[position] === 0))
            position++;
    }
    return commits;
}
/** The entries of a raw tree object: "<mode> <name>\0<id bytes>" repeated. */
function parseTreeObject(bytes, idBytes) {
    const entries = [];
    let position = 0;
    while (position < bytes.length) {
        const space = bytes.indexOf(0x20, position);
        const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > bytes.length)
            throw new core_errors/* AoError */.V('git returned a tree object that cannot be parsed', {
                fix: 'check the repository with `git fsck`',
            });
        entries.push({
            mode: bytes.toString('latin1', position, space).padStart(6, '0'),
            name: bytes.subarray(space + 1, nul),
            id: bytes.toString('hex', nul + 1, nul + 1 + idBytes),
        });
        position = nul + 1 + idBytes;
    }
    return entries;
}
/**
 * The added lines of a unified diff (`git diff -p`), with their paths and new line numbers.
 * With `items`, the output of `diff-tree --stdin -p` is split into one list per item, by the
 * header git prints before each: the whole line for a tree pair, the first token for
 * commits (patch lines never consist of hex digits alone, and hunk bodies are skipped by
 * their counts); `headers` counts the headers seen. An item adding more than `maxLines`
 * lines gets undefined. One pass, line by line: a huge patch is never split into an array.
 */
function scanAddedLines(patch, items, maxLines = Infinity) {
    const sections = (items ?? ['']).map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = items ? -1 : 0;
    let path;
    let oldLeft = 0;
    let newLeft = 0;
    let lineNo = 0;
    for (let start = 0; start < patch.length;) {
        const newline = patch.indexOf('\n', start);
        const end = newline < 0 ? patch.length : newline;
        const line = patch.slice(start, end);
        start = end + 1;
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+')) {
                const added = sections[current];
                if (added && path !== undefined) {
                    if (added.length >= maxLines)
                        sections[current] = undefined;
                    else
                        added.push({ path, line: lineNo, text: line.slice(1) });
                }
                lineNo++;
                newLeft--;
            }
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                lineNo++;
                oldLeft--;
                newLeft--;
            }
            continue;
        }
        if (items && isHeader(line, items[current + 1])) {
            current++;
            path = undefined;
        }
        else if (line.startsWith('diff --git '))
            path = undefined;
        else if (line.startsWith('+++ '))
            path = parseDiffPath(line.slice(4));
        else {
            const hunk = HUNK.exec(line);
            if (hunk) {
                oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
                newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
                lineNo = Number(hunk[3]);
            }
        }
    }
    return { sections, headers: items ? current + 1 : 1 };
}
/**
 * Splits `diff-tree --stdin -p` output into one section per item, using the header git
 * prints before each: the whole line for a tree pair, the first token for commits. Patch
 * lines never consist of hex digits alone, and hunk bodies are skipped by their counts.
 */
function splitBatchOutput(text, items) {
    const lines = text.split('\n');
    const sections = items.map(() => []);
    const isHeader = (line, item) => item !== undefined && (line === item || line === item.split(' ')[0]);
    let current = -1;
    let oldLeft = 0;
    let newLeft = 0;
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            if (line.startsWith('+'))
                newLeft--;
            else if (line.startsWith('-'))
                oldLeft--;
            else if (line.startsWith(' ')) {
                oldLeft--;
                newLeft--;
            }
            sections[current]?.push(line);
            continue;
        }
        if (isHeader(line, items[current + 1])) {
            current++;
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk) {
            oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
            newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
        }
        sections[current]?.push(line);
    }
    return sections.map((s) => s.join('\n'));
}
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** A path from a `+++ b/PATH` line: C-quoted when unusual, tab-terminated when it has spaces. */
function parseDiffPath(field) {
    if (field === '/dev/null')
        return undefined;
    let text = field;
    if (text.startsWith('"')) {
        const bytes = [];
        const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
        for (let i = 1; i < text.length && text[i] !== '"'; i++) {
            const ch = text[i];
            if (ch !== '\\') {
                bytes.push(...Buffer.from(ch, 'utf8'));
                continue;
            }
            const next = text[++i];
            if (/[0-7]/.test(next)) {
                bytes.push(parseInt(text.slice(i, i + 3), 8));
                i += 2;
            }
            else
                bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
        text = Buffer.from(bytes).toString('utf8');
    }
    else if (text.endsWith('\t'))
        text = text.slice(0, -1);
    return text.startsWith('b/') ? text.slice(2) : text;
}
function parseMergeTreeStdin(out, count) {
    // Each result (git-merge-tree(1), --stdin implies -z; no messages):
    // "<status>\0<tree>\0[<conflicted path>\0...]\0", status 1 for clean, 0 for conflicts.
    const tokens = splitNul(out);
    const results = [];
    let i = 0;
    while (results.length < count && i < tokens.length) {
        const status = tokens[i++].toString('latin1');
        const tree = tokens[i++]?.toString('latin1') ?? '';
        const conflicts = [];
        // A path is never empty: the empty token is the block's closing NUL.
        while (i < tokens.length && tokens[i].length > 0)
            conflicts.push(tokens[i++]);
        i++;
        results.push({ tree, clean: status === '1', conflicts: uniquePaths(conflicts) });
    }
    if (results.length < count) {
        throw new core_errors/* AoError */.V(`git merge-tree --stdin answered ${results.length} of ${count} merges`, {
            fix: 'check the repository with `git fsck`, then run the command again',
        });
    }
    return results;
}
/** The output of one `git merge-tree --write-tree -z --name-only` (no --stdin): "TREE\0" then each conflicted path and a NUL. */
function parseMergeTree(out, clean) {
    const [tree = '', ...paths] = splitNul(out);
    return { tree: tree.toString('latin1'), clean, conflicts: uniquePaths(paths.filter((p) => p.length > 0)) };
}
/** The NUL-separated tokens of `out` (a trailing NUL ends the last token; it opens no new one). */
function splitNul(out) {
    const tokens = [];
    let start = 0;
    while (start < out.length) {
        const nul = out.indexOf(0, start);
        const end = nul < 0 ? out.length : nul;
        tokens.push(out.subarray(start, end));
        start = end + 1;
    }
    return tokens;
}
function uniquePaths(paths) {
    return paths.filter((path, i) => i === 0 || !path.equals(paths[i - 1]));
}
/** The output of `diff-tree --stdin -z --raw`, keyed by each item's header. */
function parseDiffBatch(out) {
    const diffs = new Map();
    const text = out.toString('latin1');
    let position = 0;
    while (position < out.length) {
        // A commit's header ends in NUL; a tree pair's header ends in a newline.
        const nul = out.indexOf(0, position);
        const newline = out.indexOf(0x0a, position);
        const headerEnd = newline >= 0 && (nul < 0 || newline < nul) ? newline : nul;
        if (headerEnd < 0)
            break;
        const header = out.toString('latin1', position, headerEnd);
        const parsed = parseRawDiff(out, headerEnd + 1, text);
        diffs.set(header, parsed.entries);
        position = parsed.end;
    }
    return diffs;
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function utf8Text(path) {
    try {
        return strictUtf8.decode(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts
// fs.promises loads on first use: the pre-commit hook never needs it.










/**
 * The one entry point to git: every caller goes through a `Git`. Every call is `git` + an
 * argument vector (never a shell string), and work over many objects or commits goes
 * through a single batched process. What it runs on lives beside it: one process
 * (`run.ts`), the long-lived `cat-file --batch` stream (`cat-file.ts`), and the parsers
 * of git's output (`parse.ts`).
 */


/** The GIT_* variables an isolated run keeps: where git's programs and borrowed objects are, nothing that decides. */
const KEPT_GIT_VARIABLES = new Set(['GIT_EXEC_PATH', 'GIT_ALTERNATE_OBJECT_DIRECTORIES']);
class git_Git {
    cwd;
    topLevel;
    gitDir;
    objectFormat;
    version;
    isShallow;
    emptyTree;
    zeroId;
    /** Where the object store and the shallow file are, read once, for `isolated`. */
    storage;
    batch;
    /** Reads started ahead of their caller, by bound and name (`prefetchObjectsBounded`). */
    prefetched = new Map();
    /** The index's diff against HEAD, and HEAD as read when it started, from `open({ staged: true })`. */
    stagedEarly;
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
    static async open(cwd, options = {}) {
        // The pre-commit hook's work starts with the probe: the index's diff against HEAD and the
        // object reader (asked for HEAD at once), so git works while the rest of Node starts.
        // Whatever they answer is used only once the probe has found a working tree.
        const opening = startOpening(cwd, !!options.staged);
        const [versionResult, probe] = await Promise.all([opening.version, opening.probe]);
        if (versionResult instanceof Error)
            throw versionResult;
        const version = opening.remembered ?? parseGitVersion(versionResult?.stdout.toString() ?? '');
        if (version && opening.binary && !opening.remembered)
            rememberGitVersion(opening.binary, version, !!options.staged);
        if (!version || !versionAtLeast(version, MIN_GIT_VERSION)) {
            throw new core_errors/* AoError */.V(`git ${version ? version.join('.') : '(unknown version)'} is too old: agentops/verdict needs git 2.38 or newer (for \`git merge-tree --write-tree\`)`, {
                fix: 'upgrade git (https://git-scm.com/downloads), then run `git --version` to confirm',
            });
        }
        if (probe instanceof Error)
            throw probe;
        const [bare, inside, format, shallow, gitDir, top] = probe.stdout.toString().trim().split('\n');
        if (bare === 'true') {
            throw new core_errors/* AoError */.V('this is a bare repository: agentops/verdict reads the ledger from a working tree', {
                fix: 'run it in a clone with a working tree (`git clone PATH`), or in CI check the repository out first',
            });
        }
        if (inside === 'false') {
            throw new core_errors/* AoError */.V(`${cwd} is inside the .git directory, not the working tree`, {
                fix: 'cd into the working tree and run the command again',
            });
        }
        if (probe.code !== 0 || !top) {
            throw new core_errors/* AoError */.V(`${cwd} is not inside a git repository`, {
                fix: 'run the command from inside your repository, or create one with `git init`',
            });
        }
        const git = new git_Git(cwd, top, gitDir ?? '.git', format === 'sha256' ? 'sha256' : 'sha1', version, shallow === 'true');
        // Every later git runs at the top level: what was started elsewhere (a relative GIT_DIR
        // could name another repository there) is dropped.
        if (opening.staged && top === cwd) {
            git.batch = opening.staged.batch;
            const early = { diff: opening.staged.diff, head: opening.staged.head };
            early.diff.then(() => {
                early.done = true;
            });
            git.stagedEarly = early;
        }
        return git;
    }
    run(args, options) {
        return runGit(this.topLevel, args, options);
    }
    async text(args, options) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    /** The directories of every working tree of this repository (the main one and linked ones). */
    async worktreePaths() {
        const out = await this.run(['worktree', 'list', '--porcelain', '-z']);
        return out.stdout
            .toString('utf8')
            .split('\0')
            .filter((line) => line.startsWith('worktree '))
            .map((line) => line.slice('worktree '.length));
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
                throw new core_errors/* AoError */.V(`invalid revision ${JSON.stringify(rev)}`, { fix: 'pass a branch, tag or commit id' });
        }
        // Read through the repository's one batch process; commit objects are small.
        const objects = await this.objectReader().read(revs.map((rev) => `${rev}^{commit}`), 0);
        return revs.map((rev) => {
            const object = objects.get(`${rev}^{commit}`);
            return object?.type === 'commit' ? object.id : undefined;
        });
    }
    async resolveCommit(rev, role = 'revision') {
        const [id] = await this.resolveCommits([rev]);
        if (!id) {
            throw new core_errors/* AoError */.V(`${role} ${JSON.stringify(rev)} does not name a commit in this repository${this.isShallow ? ' (this is a shallow clone: it may not have been fetched)' : ''}`, {
                fix: this.isShallow
                    ? 'fetch the full history with `git fetch --unshallow`, then run the command again'
                    : 'check the name with `git log --oneline -n 5 REV`',
            });
        }
        return id;
    }
    headCommit() {
        const read = this.resolveCommits(['HEAD']).then(([id]) => id);
        // A read asked for once the early diff is done is also the read that confirms it (no second round trip).
        if (this.stagedEarly?.done)
            this.stagedEarly.headAfter ??= read;
        return read;
    }
    /** Raw diff of the index against `tree` (HEAD or the empty tree), ledger paths included. */
    async diffIndexCached(tree) {
        const early = this.stagedEarly;
        this.stagedEarly = undefined;
        if (early) {
            const [result, before] = await Promise.all([early.diff, early.head]);
            // Started against the name HEAD: it counts only if HEAD, read as it started and again
            // now that it is done, is the commit asked for both times (and git commit itself
            // refuses to land on a HEAD that moved while its hooks ran). It is parsed while git
            // answers the second read.
            if (!(result instanceof Error) && result.code === 0 && before === tree) {
                const after = early.headAfter ?? this.headCommit();
                after.catch(() => undefined); // awaited below unless the parse throws first
                const entries = parseRawDiff(result.stdout).entries;
                if ((await after) === tree)
                    return entries;
            }
        }
        const out = await this.run(diffIndexArgs(tree));
        return parseRawDiff(out.stdout).entries;
    }
    /**
     * Raw diff of `tree` against the working tree (tracked files), limited to `paths`.
     * Porcelain `git diff` compares content where stat data is stale (a file touched but
     * unchanged), which plumbing `diff-index` would report as modified.
     */
    async diffWorktree(tree, paths) {
        const out = await this.run([
            'diff',
            '--no-ext-diff',
            '--no-textconv',
            '-z',
            '--raw',
            '--full-index',
            '--no-renames',
            tree,
            '--',
            ...paths,
        ]);
        return parseRawDiff(out.stdout).entries;
    }
    async diffTrees(a, b, paths = []) {
        const out = await this.run(['diff-tree', ...MANIFEST_DIFF, a, b, ...(paths.length ? ['--', ...paths] : [])]);
        return parseRawDiff(out.stdout).entries;
    }
    /**
     * Raw diffs for many items in one `diff-tree --stdin`: a commit id (against its first
     * parent, or the empty tree for a root) or a "TREE1 TREE2" pair. Keyed by the item.
     */
    async diffBatch(items) {
        if (items.length === 0)
            return new Map();
        const out = await this.run([...RAW_DIFF_STDIN], { input: items.join('\n') + '\n' });
        return parseDiffBatch(out.stdout);
    }
    /**
     * Raw diffs for many "TREE1 TREE2" pairs in one `diff-tree --stdin`, limited to `paths`
     * (each with what lies below it; callers keep the exact paths they asked for), keyed by
     * the pair. Run in isolation, so no GIT_*_PATHSPECS variable changes what the pathspecs
     * match; a path list too long for argv, or a path that is not UTF-8, reads whole diffs.
     */
    async diffTreePairsAt(pairs, paths) {
        if (pairs.length === 0 || paths.length === 0)
            return new Map();
        const texts = paths.map(utf8Text);
        const pathspecs = texts.every((t) => t !== undefined) ? pathspecArgs(texts) : [];
        const out = await this.isolated((run) => run([...RAW_DIFF_STDIN, ...pathspecs], { input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n' }));
        return parseDiffBatch(out.stdout);
    }
    /** The tree id of each commit or tree id, in one `cat-file --batch-check`. */
    async treeIds(ids) {
        const trees = new Map();
        if (ids.length === 0)
            return trees;
        const out = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: ids.map((id) => `${id}^{tree}`).join('\n') + '\n',
        });
        const lines = out.stdout.toString('latin1').split('\n');
        ids.forEach((id, i) => {
            const [tree, type] = (lines[i] ?? '').split(' ');
            if (type !== 'tree' || !tree)
                throw new core_errors/* AoError */.V(`${id} names no tree in this repository`, {
                    fix: 'check the repository with `git fsck`, then run the command again',
                });
            trees.set(id, tree);
        });
        return trees;
    }
    /** Commit metadata for a rev-list argument vector, oldest first, in one process. */
    async listCommits(revListArgs) {
        const out = await this.run([
            'log',
            '--reverse',
            '--topo-order',
            '-z',
            '--format=%H%x1f%T%x1f%P%x1f%an%x1f%ae%x1f%s',
            ...revListArgs,
            '--',
        ]);
        return parseCommitList(out.stdout.toString('utf8'));
    }
    /**
     * The lines added by many changes in one `diff-tree --stdin -p -U0`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT" for a commit against another commit, or a
     * "TREE1 TREE2" pair). `paths` limits the diff to those exact paths; undefined: all paths.
     * Read in isolation and as text (`readPatch`). With `maxBytes`, a batch whose patch passes
     * the bound is read on from the first item it did not finish (so it costs one more process
     * per `maxBytes` of patch); an item whose own patch passes it, or that adds more than
     * `maxLines` lines, maps to undefined.
     */
    async addedLinesBatch(items, paths, bounds = {}) {
        const { maxBytes, maxLines } = bounds;
        const result = new Map();
        if (items.length === 0 || (paths && paths.length === 0))
            return result;
        await this.isolated(async (run) => {
            let rest = items;
            while (rest.length > 0) {
                const patch = await readPatch(run, ['--stdin', '--always', '--root'], paths, maxBytes, rest.join('\n') + '\n');
                const { sections, headers } = scanAddedLines(patch.text, rest, maxLines);
                // Cut short, the last item whose header arrived may be incomplete: only those before it count.
                const complete = patch.truncated ? Math.max(headers - 1, 0) : rest.length;
                rest.slice(0, complete).forEach((item, i) => result.set(item, sections[i]));
                if (patch.truncated && complete === 0)
                    result.set(rest[0], undefined);
                rest = rest.slice(Math.max(complete, 1));
            }
        });
        return result;
    }
    /**
     * The lines the index adds against `tree` (HEAD), limited to `paths`: the index is written
     * as a tree from a copy (the user's index stays untouched) and read like `addedLinesBatch`;
     * undefined when its patch passes a bound.
     */
    async stagedAddedLines(tree, paths, bounds = {}) {
        if (paths && paths.length === 0)
            return [];
        const patch = await this.isolated(async (run, dir) => readPatch(run, [tree, await this.writeStagedTree((0,external_node_path_namespaceObject.join)(dir, 'index'))], paths, bounds.maxBytes));
        return patch.truncated ? undefined : scanAddedLines(patch.text, undefined, bounds.maxLines).sections[0];
    }
    /**
     * Commits for a rev-list argument vector, newest first, each with its dates and its raw
     * diff against its first parent (merges carry none), in one `git log`.
     */
    async history(revListArgs) {
        const out = (await this.run([
            'log',
            '-z',
            '--raw',
            '--root',
            '-r',
            '--no-abbrev',
            '--no-renames',
            '--diff-merges=off',
            '--ignore-submodules=none',
            '--format=%x1e%H%x1f%P%x1f%ct%x1f%at%x1f%ae',
            ...revListArgs,
            '--',
        ])).stdout;
        return parseRawLog(out).map(({ header, entries }) => {
            const [sha = '', parents = '', committed = '0', authored = '0', authorEmail = ''] = header.split('\x1f');
            return {
                sha,
                parents: parents ? parents.split(' ') : [],
                committedAt: Number(committed),
                authoredAt: Number(authored),
                authorEmail,
                entries,
            };
        });
    }
    /**
     * `git merge-tree --write-tree` for each pair: the tree a clean recomputation of the merge
     * gives. Run in a throwaway git directory (`isolated`), so it depends on nothing but the
     * two commits: no attributes (`merge=union`, `-merge`, drivers, `text`/`eol`), no merge
     * driver or conflict style from any config, no replace refs or grafts, no rerere. The
     * trees it writes land in this repository's object store, where later diffs read them.
     */
    async mergeTrees(pairs) {
        if (pairs.length === 0)
            return [];
        return this.isolated(async (run) => this.mergeTreesIn(run, pairs));
    }
    async mergeTreesIn(run, pairs) {
        if (this.hasMergeTreeStdin()) {
            const out = await run(['merge-tree', '--stdin', '-z', '--write-tree', '--name-only', '--no-messages'], {
                input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n',
            });
            return parseMergeTreeStdin(out.stdout, pairs.length);
        }
        // git 2.38 and 2.39 have no --stdin for merge-tree: one process per merge commit.
        const results = [];
        for (const [a, b] of pairs) {
            const out = await run(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', a, b], {
                okCodes: [1],
            });
            results.push(parseMergeTree(out.stdout, out.code === 0));
        }
        return results;
    }
    /**
     * Three-way merges with a given base, `[base, ours, theirs]` commits each: the tree of
     * `git merge-tree --write-tree --merge-base BASE OURS THEIRS` (git 2.40), in the same
     * throwaway directory as `mergeTrees`, on every git version: two scratch commits with the
     * trees of OURS and THEIRS and one parent holding BASE's tree have BASE's tree as their
     * only merge base, so merging them is that merge. The scratch commits are unreachable
     * objects; a handful of git processes serve every triple.
     */
    async replayTrees(triples) {
        if (triples.length === 0)
            return [];
        return this.isolated(async (run, dir) => {
            const revs = triples.flat();
            const trees = (await run(['rev-parse', ...revs.map((rev) => `${rev}^{tree}`)])).stdout
                .toString('latin1')
                .trim()
                .split('\n');
            // Commit objects written in two batches (the children name their parent's id), fixed identity and date.
            const person = 'ao <ao@invalid> 0 +0000';
            const hashCommits = async (bodies) => {
                const files = await Promise.all(bodies.map(async (body, i) => {
                    const file = (0,external_node_path_namespaceObject.join)(dir, `commit-${i}`);
                    await external_node_fs_namespaceObject.promises.writeFile(file, body);
                    return file;
                }));
                return (await run(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], { input: files.join('\n') + '\n' })).stdout
                    .toString('latin1')
                    .trim()
                    .split('\n');
            };
            const commit = (tree, parent) => `tree ${tree}\n${parent ? `parent ${parent}\n` : ''}author ${person}\ncommitter ${person}\n\nreplay\n`;
            const roots = await hashCommits(triples.map((_, i) => commit(trees[i * 3])));
            const sides = await hashCommits(triples.flatMap((_, i) => [commit(trees[i * 3 + 1], roots[i]), commit(trees[i * 3 + 2], roots[i])]));
            return this.mergeTreesIn(run, triples.map((_, i) => [sides[i * 2], sides[i * 2 + 1]]));
        });
    }
    /**
     * A tree like `tree` with the given entries in place of its own at their paths (mode
     * `000000`: none), written from a scratch index in isolation. Entries are files,
     * symlinks or gitlinks; one that needs a path where `tree` has a folder replaces the folder.
     */
    async treeWithEntries(tree, entries) {
        if (entries.length === 0)
            return tree;
        return this.isolated(async (run) => {
            await run(['read-tree', tree]);
            const lines = entries.map((e) => Buffer.concat([
                Buffer.from(/^0+$/.test(e.mode) ? `0 ${this.zeroId}\t` : `${e.mode} ${e.id}\t`, 'latin1'),
                e.path,
                Buffer.from([0]),
            ]));
            await run(['update-index', '-z', '--index-info'], { input: Buffer.concat(lines) });
            return (await run(['write-tree'])).stdout.toString('latin1').trim();
        });
    }
    /**
     * Runs `work` in a throwaway git directory that shares this repository's object store and
     * nothing else: an empty config (so no merge drivers, textconv or external diff, conflict
     * style, rename settings, rerere), no info/attributes, no refs (so no replace refs), no
     * grafts, and no working tree (so no .gitattributes is read, not even the checked-out
     * one); the user's global and system config and attributes are off, and so are the
     * environment's GIT_* settings. What git computes there depends only on the objects it is
     * given, on every machine. The directory is made by hand (no `git init`) and removed
     * afterwards, also on error; objects git writes land in the real object store.
     */
    async isolated(work) {
        this.storage ??= Promise.all([
            this.text(['rev-parse', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'shallow']),
            this.configGet('core.sharedRepository'),
        ]).then(([paths, shared]) => {
            const [objects = '', shallow = ''] = paths.split('\n');
            return { objects, shallow, shared };
        });
        const { objects, shallow, shared } = await this.storage;
        const dir = await external_node_fs_namespaceObject.promises.mkdtemp((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'ao-git-')).catch((error) => {
            throw new core_errors/* AoError */.V(`cannot create a temporary directory in ${(0,external_node_os_namespaceObject.tmpdir)()}: ${error.message}`, {
                fix: 'set TMPDIR to a writable directory, then run the command again',
            });
        });
        try {
            const empty = (0,external_node_path_namespaceObject.join)(dir, 'empty');
            await Promise.all([
                external_node_fs_namespaceObject.promises.writeFile((0,external_node_path_namespaceObject.join)(dir, 'HEAD'), 'ref: refs/heads/none\n'),
                external_node_fs_namespaceObject.promises.mkdir((0,external_node_path_namespaceObject.join)(dir, 'refs')),
                external_node_fs_namespaceObject.promises.writeFile(empty, ''),
                external_node_fs_namespaceObject.promises.writeFile((0,external_node_path_namespaceObject.join)(dir, 'config'), this.objectFormat === 'sha256'
                    ? '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectFormat = sha256\n'
                    : '[core]\n\trepositoryformatversion = 0\n\tbare = true\n'),
                // The shallow boundary keeps history walks (merge bases) inside what was fetched, as in the repository itself.
                this.isShallow ? external_node_fs_namespaceObject.promises.copyFile(shallow, (0,external_node_path_namespaceObject.join)(dir, 'shallow')).catch(() => undefined) : undefined,
            ]);
            // Permissions only: a group-shared repository's new object folders stay writable by the group.
            const settings = [
                ['core.attributesFile', empty],
                ...(shared ? [['core.sharedRepository', shared]] : []),
            ];
            const env = {};
            for (const [key, value] of Object.entries(process.env)) {
                if (!/^GIT_/i.test(key) || KEPT_GIT_VARIABLES.has(key.toUpperCase()))
                    env[key] = value;
            }
            Object.assign(env, {
                GIT_DIR: dir,
                GIT_OBJECT_DIRECTORY: objects,
                GIT_CONFIG_NOSYSTEM: '1',
                GIT_CONFIG_GLOBAL: empty,
                GIT_ATTR_NOSYSTEM: '1',
                GIT_CONFIG_COUNT: String(settings.length),
                ...Object.fromEntries(settings.flatMap(([key, value], i) => [
                    [`GIT_CONFIG_KEY_${i}`, key],
                    [`GIT_CONFIG_VALUE_${i}`, value],
                ])),
            });
            return await work((args, options = {}) => runGit(dir, args, { ...options, env: { ...env, ...options.env } }), dir);
        }
        finally {
            await external_node_fs_namespaceObject.promises.rm(dir, { recursive: true, force: true });
        }
    }
    async writeIndexTree() {
        return (await this.text(['write-tree'])).trim();
    }
    /**
     * The tree of the staged index, written from a copy of the index at `scratchIndex`:
     * a plain `git write-tree` would rewrite the user's index file (its cache-tree).
     */
    async writeStagedTree(scratchIndex) {
        const index = await this.gitPath('index');
        try {
            (0,external_node_fs_namespaceObject.copyFileSync)(index, scratchIndex);
        }
        catch (error) {
            throw new core_errors/* AoError */.V(`cannot read the index ${index}: ${error.message}`, {
                fix: 'stage the change with `git add PATH`, then run the command again',
            });
        }
        const result = await this.run(['write-tree'], {
            env: { ...process.env, GIT_INDEX_FILE: scratchIndex },
            okCodes: [128],
        });
        if (result.code !== 0 && /unmerged/.test(result.stderr)) {
            throw new core_errors/* AoError */.V('the index has unresolved conflicts: there is no single tree to check', {
                fix: 'resolve the conflicts and `git add` the files, then run the command again',
            });
        }
        if (result.code !== 0)
            throw new GitError(['write-tree'], result);
        return result.stdout.toString().trim();
    }
    /**
     * Writes every file of `treeish` below `dir` (absolute), through a scratch index so the
     * user's index, HEAD, refs and working tree stay as they are. Checkout filters and
     * attributes apply as in a normal checkout; submodules are left empty.
     */
    async exportTree(treeish, dir, scratchIndex) {
        const env = { ...process.env, GIT_INDEX_FILE: scratchIndex };
        await this.run(['read-tree', treeish], { env });
        await this.run(['checkout-index', '--all', '--force', `--prefix=${dir.endsWith('/') ? dir : `${dir}/`}`], { env });
    }
    /**
     * The unified diff from tree `a` to tree `b` without the `exclude` paths, as judges see
     * it: run in isolation (`isolated`) and as text, so neither the user's diff configuration
     * nor an attribute of the change (`-diff`, `binary`, a textconv or external diff) hides
     * or rewrites a file's lines; no colour, a/ b/ prefixes. Output past `maxBytes` is cut
     * at a line end and flagged as truncated.
     */
    async unifiedDiff(a, b, options) {
        const { maxBytes } = options;
        const args = [
            'diff',
            '--text',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--no-relative',
            '--ignore-submodules=none',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            a,
            b,
            '--',
            '.',
            ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ];
        const out = (await this.isolated((run) => run(args))).stdout;
        if (out.length <= maxBytes)
            return { text: out.toString('utf8'), truncated: false, totalBytes: out.length };
        const cut = out.lastIndexOf(0x0a, maxBytes - 1);
        return { text: out.toString('utf8', 0, cut >= 0 ? cut + 1 : maxBytes), truncated: true, totalBytes: out.length };
    }
    /**
     * The unified diffs of many changes in one `diff-tree --stdin -p`, keyed by item (as for
     * `diffBatch`: a commit id, "COMMIT PARENT", or a "TREE1 TREE2" pair), with the same
     * settings as `unifiedDiff`. Each diff ends with a newline unless it is empty.
     */
    async patchBatch(items, options = {}) {
        const result = new Map();
        if (items.length === 0)
            return result;
        const out = await this.run([
            'diff-tree',
            '--stdin',
            '--always',
            '--root',
            '-r',
            '-p',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-renames',
            '--ignore-submodules=none',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            '--',
            '.',
            ...(options.exclude ?? []).map((path) => `:(exclude,literal)${path}`),
        ], { input: items.join('\n') + '\n' });
        const sections = splitBatchOutput(out.stdout.toString('utf8'), items);
        items.forEach((item, i) => {
            const text = (sections[i] ?? '').replace(/\n+$/, '');
            result.set(item, text ? `${text}\n` : '');
        });
        return result;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
        return result.code === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', a, b], { okCodes: [1] });
        return result.code === 0 ? result.stdout.toString().trim() : undefined;
    }
    /**
     * Lists a tree recursively below `prefix` (`rev:` form), with modes, types and ids; with
     * `recursive: false`, the entries the paths name themselves (a folder as one tree entry).
     */
    async lsTree(rev, prefix, options = {}) {
        const paths = typeof prefix === 'string' ? [prefix] : prefix;
        const out = await this.run([
            'ls-tree',
            ...(options.recursive === false ? [] : ['-r']),
            '-z',
            '--full-tree',
            rev,
            '--',
            ...paths,
        ]);
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
    /** Only the paths of a recursive listing below `prefix`: the cheap form for large ledgers. */
    async lsTreeNames(rev, prefix) {
        const out = await this.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** Untracked, not ignored files below `prefix` in the working tree. */
    async untrackedFiles(prefix) {
        const out = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', prefix]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    }
    /** The object ids of many names (`rev:path`) in one `cat-file --batch-check`; undefined for a missing one. */
    async objectIds(names) {
        const result = new Map();
        if (names.length === 0)
            return result;
        for (const name of names) {
            if (/[\n\0]/.test(name))
                throw new core_errors/* AoError */.V(`invalid object name ${JSON.stringify(name)}`);
        }
        const ran = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
            input: names.join('\n') + '\n',
        });
        const lines = ran.stdout.toString('latin1').split('\n');
        names.forEach((name, i) => {
            const line = lines[i] ?? '';
            result.set(name, / (missing|ambiguous)$/.test(line) ? undefined : line.split(' ')[0]);
        });
        return result;
    }
    /**
     * The one `git cat-file --batch` process of this repository, started on first use and kept
     * for every later object read (policy, records, trees, commit lookups): no process per read.
     */
    objectReader() {
        this.batch ??= new CatFileBatch(this.topLevel);
        return this.batch;
    }
    /** Reads many objects by id or `rev:path` (unbounded: for small files such as the policy). */
    async readObjects(names) {
        const objects = await this.objectReader().read(names, Number.POSITIVE_INFINITY);
        const result = new Map();
        for (const name of names)
            result.set(name, objects.get(name)?.bytes);
        return result;
    }
    /**
     * Reads many objects, like `readObjects`, but never buffers an object larger than
     * `maxBytes`: its size is read from the batch header and its bytes are skipped as they
     * stream past, so a hostile multi-gigabyte blob costs no memory. Such an object comes back
     * with `size` and `type` but no `bytes`; a missing one as `undefined`.
     */
    async readObjectsBounded(names, maxBytes) {
        // A whole-ledger read asks for every record: no key is made per name unless something was read ahead.
        if (this.prefetched.size === 0)
            return this.objectReader().read(names, maxBytes);
        const early = new Set();
        const rest = [];
        for (const name of names) {
            const key = `${maxBytes}\0${name}`;
            const read = this.prefetched.get(key);
            this.prefetched.delete(key);
            if (read)
                early.add(read);
            else
                rest.push(name);
        }
        if (early.size === 0)
            return this.objectReader().read(names, maxBytes);
        const reads = await Promise.all([...early, this.objectReader().read(rest, maxBytes)]);
        const result = new Map();
        for (const name of names)
            result.set(name, reads.find((read) => read.has(name))?.get(name));
        return result;
    }
    /**
     * Starts reading objects that `readObjectsBounded` will be asked for under the same bound,
     * so git reads them while the caller works on something else. Each is taken once.
     */
    prefetchObjectsBounded(names, maxBytes) {
        if (names.length === 0)
            return;
        const read = this.objectReader().read(names, maxBytes);
        read.catch(() => undefined); // the reader that takes it sees the failure
        for (const name of names)
            this.prefetched.set(`${maxBytes}\0${name}`, read);
    }
    /**
     * Every file added below `prefix` by any commit reachable from any ref (a merge diffed
     * against its first parent, so a record added by the merge itself is found too), newest
     * commit first, in one `git log`. Deleted or changed files are not listed: only additions.
     */
    async addedFilesInHistory(prefix) {
        const out = (await this.run([
            'log',
            '--all',
            '--full-history',
            '--diff-merges=first-parent',
            '--diff-filter=A',
            '-z',
            '--raw',
            '-r',
            '--no-abbrev',
            '--no-renames',
            '--ignore-submodules=none',
            '--format=%x1e%H',
            '--',
            prefix,
        ])).stdout;
        return parseRawLog(out).flatMap(({ header: commit, entries }) => entries
            .filter((entry) => entry.status === 'A')
            .map((entry) => ({ commit, mode: entry.newMode, id: entry.newId, path: entry.path })));
    }
    /**
     * Fetches `refspecs` from `remote` in one process, with whatever credentials are already
     * configured for it (in CI: those actions/checkout persisted as `http.extraheader`).
     * `unshallow` also fetches the complete history of a shallow clone; `depth` limits what a
     * shallow clone gets (e.g. 1: one commit, no history). No tags, no
     * FETCH_HEAD, no automatic gc, and hooks are off: nothing the repository's content
     * could have installed runs.
     */
    async fetch(remote, refspecs, options = {}) {
        for (const spec of [remote, ...refspecs]) {
            if (/[\n\0]/.test(spec) || spec.startsWith('-'))
                throw new core_errors/* AoError */.V(`invalid fetch argument ${JSON.stringify(spec)}`);
        }
        // Appended to any GIT_CONFIG_* pairs already in the environment, never replacing them.
        const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = {
            ...process.env,
            GIT_CONFIG_COUNT: String(n + 1),
            [`GIT_CONFIG_KEY_${n}`]: 'core.hooksPath',
            [`GIT_CONFIG_VALUE_${n}`]: '/dev/null',
        };
        await this.run([
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-auto-gc',
            '--no-recurse-submodules',
            ...(options.unshallow ? ['--unshallow'] : []),
            ...(options.depth ? [`--depth=${Math.floor(options.depth)}`] : []),
            remote,
            ...refspecs,
        ], { env });
    }
    /** Stages exact paths, passed on stdin so that any number of them fits. */
    async stage(paths) {
        if (paths.length === 0)
            return;
        await this.run(['add', '--pathspec-from-file=-', '--pathspec-file-nul'], {
            input: paths.map((path) => `:(literal)${path}\0`).join(''),
        });
    }
    /** Every configured remote with its fetch and push URLs, in one `git config` call. */
    async remotes() {
        const result = await this.run(['config', '-z', '--get-regexp', '^remote\\..*\\.(url|pushurl)$'], { okCodes: [1] });
        const remotes = new Map();
        for (const item of result.stdout.toString('utf8').split('\0')) {
            const newline = item.indexOf('\n');
            if (newline < 0)
                continue;
            const key = item.slice(0, newline);
            const name = key.replace(/^remote\./, '').replace(/\.(url|pushurl)$/, '');
            remotes.set(name, [...(remotes.get(name) ?? []), item.slice(newline + 1)]);
        }
        return remotes;
    }
    /**
     * What this clone last saw of a remote's branches: its tracking refs as
     * `refs/heads/NAME -> sha`, and the branch `refs/remotes/REMOTE/HEAD` points at, if set.
     */
    async trackingRefs(remote) {
        const prefix = `refs/remotes/${remote}/`;
        const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(symref)', prefix]);
        const tips = new Map();
        let head;
        for (const line of out.split('\n')) {
            const [ref = '', sha = '', symref = ''] = line.split('\0');
            if (!ref.startsWith(prefix))
                continue;
            const branch = ref.slice(prefix.length);
            if (branch === 'HEAD') {
                if (symref.startsWith(prefix))
                    head = `refs/heads/${symref.slice(prefix.length)}`;
                continue;
            }
            tips.set(`refs/heads/${branch}`, sha);
        }
        return { tips, head };
    }
    /** Asks the remote itself for its branches and default branch (`git ls-remote --symref`): network. */
    async lsRemote(remote) {
        if (/[\n\0]/.test(remote) || remote.startsWith('-'))
            throw new core_errors/* AoError */.V(`invalid remote ${JSON.stringify(remote)}`, { fix: 'push to a remote name or URL' });
        const out = await this.text(['ls-remote', '--symref', remote, 'HEAD', 'refs/heads/*']);
        const tips = new Map();
        let head;
        for (const line of out.split('\n')) {
            const symref = /^ref: (refs\/heads\/\S+)\tHEAD$/.exec(line);
            if (symref) {
                head = symref[1];
                continue;
            }
            const [sha = '', ref = ''] = line.split('\t');
            if (ref.startsWith('refs/heads/'))
                tips.set(ref, sha);
        }
        return { tips, head };
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
/**
 * The patch of `diff-tree -p -U0` for `target` (two trees, or --stdin and its input), read
 * for the lines changes add: `--text`, so no NUL byte or binary guess hides a file's lines
 * (and, run in isolation, no attribute either: `-diff`, `binary`, a textconv or external
 * diff); no preimage for deleted files (`--irreversible-delete`), since only added lines
 * are tested. Past `maxBytes` git is stopped and the text so far comes back `truncated`.
 */
async function readPatch(run, target, paths, maxBytes, input) {
    const out = await run([
        '-c',
        'core.quotePath=false',
        'diff-tree',
        '-r',
        '-p',
        '-U0',
        '--text',
        '--irreversible-delete',
        '--no-renames',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        ...target,
        ...pathspecArgs(paths),
    ], { input, maxStdoutBytes: maxBytes });
    return { text: out.stdout.toString('utf8'), truncated: !!out.truncated };
}
/** Exact-path pathspecs; none (the whole diff, filtered afterwards) when the list is too long for argv. */
function pathspecArgs(paths) {
    if (!paths)
        return [];
    const size = paths.reduce((n, p) => n + p.length + 12, 0);
    if (paths.length > 2000 || size > 256 * 1024)
        return [];
    return ['--', ...paths.map((p) => `:(literal)${p}`)];
}
const RAW_DIFF_STDIN = ['diff-tree', '--stdin', '--always', '--root', ...MANIFEST_DIFF];

;// CONCATENATED MODULE: ./src/cli/pre-commit-start.ts

/**
 * Evaluated before the rest of the pre-commit hook's code (it is its entry's first import):
 * git probes the repository and diffs the index while Node compiles and evaluates the rest.
 * HUSKY=0 skips the hook, so it starts nothing.
 */
const opening = process.env.HUSKY === '0' ? undefined : git_Git.open(process.cwd(), { staged: true });
// Awaited by the hook; a failure (not a repository, no git) must surface there, not as an unhandled rejection.
opening?.catch(() => undefined);

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/shell.ts
/**
 * Quotes a value for a POSIX shell. Every value from the repository (a path, a record's
 * checker, a branch, a remote) that enters a printed "ready to paste" command goes through
 * here, so pasting the fix can never run code a record, a path or a subject carries.
 */
function shellQuote(text) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) && !text.startsWith('-') ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/core/linear-regexp.ts
/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack: its work per
 * character is bounded by the size of the pattern, whatever the input. Without it no
 * forbidPattern is run at all (a backtracking engine can take exponential time), so a check
 * never depends on which engine a machine happens to have.
 *
 * The engine sits behind a V8 flag, and a flag is process-wide: each entry point sets it
 * before anything runs (src/cli/ao.ts and src/cli/process.ts, src/action/index.ts, and the tests' setup file,
 * test/helpers/process-flags.ts). Core only asks whether the engine is there.
 */
const LINEAR_ENGINE_V8_FLAG = '--enable-experimental-regexp-engine';
function hasLinearEngine() {
    try {
        // biome-ignore lint/complexity/useRegexLiterals: a literal with the l flag is a syntax error where the engine is off
        return new RegExp('a', 'l').flags.includes('l');
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/record.ts + 1 modules
var core_record = __nccwpck_require__(647);
;// CONCATENATED MODULE: ./src/core/words.ts
/**
 * Words of the messages everything prints: counts that agree with their nouns, and text cut
 * to a length: anywhere (`clip`), on one line (`oneLine`), or between words (`clipAtWord`).
 */
/** A count and its noun, agreeing: "1 record", "2 records", "0 records". */
function plural(n, one, many = `${one}s`, format = String) {
    return `${format(n)} ${n === 1 ? one : many}`;
}
/**
 * At most `max` characters (code points, never half a surrogate pair), cut after the last
 * whole word that fits and marked with "\u2026"; a single word longer than half of `max` is cut
 * inside it.
 */
function clipAtWord(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const head = chars.slice(0, max - 1).join('');
    // The first character left out is a space: the head ends with a whole word.
    if (/\s/.test(chars[max - 1]))
        return `${head.trimEnd()}\u2026`;
    const space = head.search(/\s+\S*$/);
    return `${space > head.length / 2 ? head.slice(0, space) : head}\u2026`;
}
/** At most `max` characters (code points, as clipAtWord and the schemas' lengths count them), marked with "\u2026" when cut. */
function clip(text, max) {
    // A string never has more code points than UTF-16 units.
    if (text.length <= max)
        return text;
    let count = 0;
    let cut = 0;
    let end = 0;
    for (const char of text) {
        count++;
        // Where the text is cut: before the max-th character, leaving room for the ellipsis.
        if (count === max)
            cut = end;
        if (count > max)
            return `${text.slice(0, cut)}\u2026`;
        end += char.length;
    }
    return text;
}
/** On one line (each run of white space, line breaks included, one space; trimmed), then cut as `clip` does. */
function oneLine(text, max = Infinity) {
    return clip(text.replace(/\s+/g, ' ').trim(), max);
}

;// CONCATENATED MODULE: ./src/core/constraints.ts





/**
 * Constraints: learnings promoted into the policy (`ao promote`). Each names one rule; this
 * module says what each rule demands and whether a change meets it. It is pure: the added
 * lines a forbidPattern needs are read by the repository layer and handed in.
 */
const RULE_KINDS = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'];
const MAX_PATTERN_LENGTH = 500;
/**
 * The lines a change adds under forbidPattern constraints are read up to these bounds (the
 * patch's bytes; the lines one change adds); a change above either is refused as not
 * checkable, never judged on part of its lines. Every added line is tested whole: a line's
 * length is no place to hide (the linear-time engine keeps a long line's cost linear).
 */
const MAX_SCANNED_PATCH_BYTES = 32 * 1024 * 1024;
const MAX_SCANNED_ADDED_LINES = 1_000_000;
function ruleOf(constraint) {
    const c = constraint;
    for (const kind of RULE_KINDS)
        if (typeof c[kind] === 'string')
            return { kind, value: c[kind] };
    throw new core_errors/* AoError */.V(`constraint "${constraint.id}" names no rule`, {
        fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${core_record/* POLICY_PATH */.l$}`,
    });
}
function describeRule(constraint) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return `requires evidence of kind ${value}`;
        case 'requireCheckerKind':
            return `requires a checker of kind ${value}`;
        case 'forbidPattern':
            return `forbids added lines matching /${value}/`;
        case 'requireCheck':
            return `requires the check \`${value}\` to have been run and passed`;
    }
}
/** The back-link a refusal shows: `learned in sha256:abcd\u2026: "TEXT"`. */
function learnedIn(constraint, learning) {
    const text = learning?.text ?? constraint.note;
    const shown = text ? `: "${oneLine(text, 160)}"` : '';
    return `learned in ${(0,core_record/* shortId */.m_)(constraint.learning)}\u2026${shown}`;
}
/**
 * A pattern's weight above this is refused when it is promoted and when a policy is read:
 * the engine's work per character grows with the weight (`patternWeight`).
 */
const MAX_PATTERN_WEIGHT = 256;
/**
 * The most work one change may ask of its forbidPattern constraints, in weight-characters:
 * for each constraint, its weight times the characters (plus one per line) the change adds
 * to its paths, summed. About ten seconds of the linear engine at worst on a slow machine;
 * a change above it is refused as not checkable, never judged on part of its lines.
 */
const MAX_SCAN_WORK = 64 * 1024 * 1024;
const compiledPatterns = new Map();
/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
function compileForbidPattern(constraint, where = core_record/* POLICY_PATH */.l$) {
    return compiledForbidPattern(constraint, where).regex;
}
/** The compiled pattern and its weight; throws an AoError naming the constraint when it cannot be used. */
function compiledForbidPattern(constraint, where = core_record/* POLICY_PATH */.l$) {
    const source = constraint.forbidPattern;
    const cached = compiledPatterns.get(source);
    if (cached)
        return cached;
    const fail = (why) => new core_errors/* AoError */.V(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`, {
        fix: `correct the pattern in ${core_record/* POLICY_PATH */.l$} (JavaScript regular expression syntax, no flags; no backreferences or lookaround; weight at most ${MAX_PATTERN_WEIGHT}), or retire the constraint, saying why (\`ao retire ${shellQuote(constraint.id)}\`)`,
    });
    if (source.length > MAX_PATTERN_LENGTH)
        throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    try {
        new RegExp(source);
    }
    catch (error) {
        throw fail(error.message.replace(/^Invalid regular expression: /, ''));
    }
    if (!hasLinearEngine()) {
        throw new core_errors/* AoError */.V(`constraint "${constraint.id}" has a forbidPattern, and this Node.js (${process.version}) has no linear-time regular expression engine to run it safely`, {
            fix: `run ao on Node.js 20 or 24, through its entry point (which starts V8 with ${LINEAR_ENGINE_V8_FLAG})`,
        });
    }
    let regex;
    try {
        regex = new RegExp(source, 'l');
    }
    catch {
        throw fail('it cannot run in linear time (backreferences, lookaround and counted repetitions above 16 copies are not allowed)');
    }
    const weight = patternWeight(source);
    if (weight > MAX_PATTERN_WEIGHT) {
        throw fail(`its weight is ${weight}, above the limit of ${MAX_PATTERN_WEIGHT} (the engine's work per character grows with it: a character class counts its ranges, a repetition its copies, see docs/ratchet.md#forbidpattern-precisely); one .* finds the lines several do, and {n} the lines {n,} does`);
    }
    const compiled = { regex, weight };
    compiledPatterns.set(source, compiled);
    return compiled;
}
/** Ranges each class escape stands for (V8, no flags): the linear engine tests each range. */
const CLASS_ESCAPE_RANGES = { d: 1, D: 2, w: 4, W: 5, s: 10, S: 11 };
/**
 * An upper bound, up to a constant, on the linear engine's work per input character for a
 * pattern (which `new RegExp(source)` has accepted): the number of instructions it compiles
 * to, as docs/ratchet.md#forbidpattern-precisely defines it. A literal character or an
 * assertion weighs 1, `.` 4, a class escape its ranges (`\d` 1 \u2026 `\S` 11), a bracket class
 * its members (plus 1 when negated); a capturing group adds 1 and each `|` 1; `?` and `*`
 * double what they repeat, `+` quadruples it, `{n}` multiplies it by n, `{n,m}` by 2m and
 * `{n,}` by 2(n+1).
 */
function patternWeight(source) {
    let i = 0;
    const alternatives = () => {
        let weight = sequence();
        while (source[i] === '|') {
            i++;
            weight += 1 + sequence();
        }
        return weight;
    };
    const sequence = () => {
        let weight = 0;
        while (i < source.length && source[i] !== '|' && source[i] !== ')')
            weight += quantified(atom());
        return weight;
    };
    const atom = () => {
        const ch = source[i];
        if (ch === '(') {
            i++;
            let capturing = 1;
            if (source[i] === '?') {
                const named = source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!';
                if (named)
                    i = source.indexOf('>', i) + 1;
                else {
                    capturing = 0;
                    i += source[i + 1] === '<' ? 3 : 2;
                }
            }
            const inner = alternatives();
            if (source[i] === ')')
                i++;
            return inner + capturing;
        }
        if (ch === '[')
            return bracketClass();
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            i += 2;
            if (next === 'c' && /[A-Za-z]/.test(source[i] ?? ''))
                i++;
            else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i)))
                i += 2;
            else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i)))
                i += 4;
            return CLASS_ESCAPE_RANGES[next] ?? 1;
        }
        i++;
        return ch === '.' ? 4 : 1;
    };
    const bracketClass = () => {
        i++; // [
        const negated = source[i] === '^';
        if (negated)
            i++;
        let members = 0;
        while (i < source.length && source[i] !== ']') {
            if (source[i] === '\\') {
                const next = source[i + 1] ?? '';
                i += 2;
                if (next === 'c' && /[A-Za-z]/.test(source[i] ?? ''))
                    i++;
                else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i)))
                    i += 2;
                else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i)))
                    i += 4;
                members += CLASS_ESCAPE_RANGES[next] ?? 1;
            }
            else {
                i++;
                members++;
            }
            // a-b is one range: skip the dash and the range's end.
            if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
                i += source[i + 1] === '\\' ? 3 : 2;
            }
        }
        i++; // ]
        return Math.max(1, members + (negated ? 1 : 0));
    };
    const quantified = (weight) => {
        let result = weight;
        const ch = source[i];
        const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (ch === '*' || ch === '?') {
            result = 2 * weight;
            i++;
        }
        else if (ch === '+') {
            result = 4 * weight;
            i++;
        }
        else if (counted) {
            const low = Number(counted[1]);
            const high = counted[2] === undefined ? low : counted[3] === '' ? undefined : Number(counted[3]);
            result =
                high === undefined
                    ? 2 * (low + 1) * weight
                    : high === low
                        ? Math.max(1, low) * weight
                        : 2 * Math.max(1, high) * weight;
            i += counted[0].length;
        }
        else
            return weight;
        if (source[i] === '?')
            i++; // lazy: the same instructions
        return result;
    };
    let weight = 0;
    while (i < source.length) {
        weight += alternatives();
        if (source[i] === ')')
            i++; // unbalanced in Annex B syntax: go on
    }
    return Math.max(1, weight);
}
/**
 * The work testing these added lines costs (docs/ratchet.md#forbidpattern-precisely): for
 * each forbidPattern constraint, its pattern's weight times the characters, plus one per
 * line, the lines on its paths hold. Throws like `compiledForbidPattern` for an unusable pattern.
 */
function scanWork(constraints, lines, matcher) {
    let work = 0;
    for (const constraint of constraints) {
        const { weight } = compiledForbidPattern(constraint);
        const matches = matcher(constraint.paths);
        for (const line of lines)
            if (matches(line.path))
                work += (line.text.length + 1) * weight;
    }
    return work;
}
/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
function forbiddenLines(constraint, lines, matches) {
    const regex = compileForbidPattern(constraint);
    return lines.filter((line) => matches(line.path) && regex.test(line.text));
}
/** Whether a verdict meets a verdict-side rule (everything but forbidPattern), and if not, why. */
function verdictMeets(constraint, record) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return record.evidence.some((e) => e.kind === value);
        case 'requireCheckerKind':
            return record.checker.kind === value;
        case 'requireCheck':
            return record.evidence.some((e) => (e.kind === 'test' || e.kind === 'command') &&
                e.command === value &&
                (e.exitCode === undefined || e.exitCode === 0));
        case 'forbidPattern':
            return true;
    }
}
/** What a verdict must carry to meet a verdict-side rule (none for forbidPattern, which no verdict meets). */
function verdictNeeds(constraint) {
    if ('requireEvidence' in constraint)
        return [{ need: 'evidence', evidence: constraint.requireEvidence }];
    if ('requireCheckerKind' in constraint)
        return [{ need: 'checker-kind', checkerKind: constraint.requireCheckerKind }];
    if ('requireCheck' in constraint)
        return [{ need: 'ran', command: constraint.requireCheck }];
    return [];
}
/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
function validateConstraints(constraints, where) {
    const seen = new Set();
    for (const constraint of constraints) {
        if (seen.has(constraint.id)) {
            throw new core_errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${where}: two constraints have the id "${constraint.id}"`, {
                fix: `give each constraint in ${core_record/* POLICY_PATH */.l$} its own id`,
            });
        }
        seen.add(constraint.id);
        if ('forbidPattern' in constraint)
            compileForbidPattern(constraint, `${core_record/* POLICY_PATH */.l$} at ${where}`);
    }
}
/** The rule part of a constraint, for telling whether one was changed in place. */
function constraintKey(constraint) {
    const { kind, value } = ruleOf(constraint);
    return JSON.stringify([constraint.id, constraint.learning, [...constraint.paths].sort(), kind, value]);
}
/**
 * Whether a constraint id is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. For display (ao context, the report,
 * ao retire's "already retired"); the gate decides with `findRatchetSlips`, which matches
 * each retirement to the very constraint a change takes out.
 */
function retirementIndex(records, compare) {
    const promoted = new Map();
    const retired = new Map();
    for (const record of records) {
        const id = record.type === 'promotion' ? record.constraint.id : record.type === 'retirement' ? record.constraint : undefined;
        if (id === undefined)
            continue;
        const map = record.type === 'promotion' ? promoted : retired;
        const current = map.get(id);
        if (!current || compare(current, record) < 0)
            map.set(id, record);
    }
    return (id) => {
        const retirement = retired.get(id);
        const promotion = promoted.get(id);
        return !!retirement && (!promotion || compare(promotion, retirement) < 0);
    };
}
/**
 * Why `retirement` does not retire `constraint` (as it stood before the change), or undefined
 * when it does: it names the constraint's id and learning, its learning back-link names a
 * learning record, and its promotion back-link, when it has one, names a promotion record of
 * exactly this constraint (id, learning, paths and rule).
 */
function retirementMismatch(retirement, constraint, record) {
    const named = `retirement ${(0,core_record/* shortId */.m_)(retirement.id)}\u2026`;
    if (retirement.constraint !== constraint.id)
        return `${named} names constraint "${retirement.constraint}"`;
    if (retirement.learning !== constraint.learning)
        return `${named} names learning ${(0,core_record/* shortId */.m_)(retirement.learning)}\u2026, but the constraint was learned in ${(0,core_record/* shortId */.m_)(constraint.learning)}\u2026`;
    if (record(retirement.learning)?.type !== 'learning')
        return `${named} links learning ${(0,core_record/* shortId */.m_)(retirement.learning)}\u2026, which is no learning record in the ledger`;
    if (retirement.promotion === undefined)
        return undefined;
    const promotion = record(retirement.promotion);
    if (promotion?.type !== 'promotion')
        return `${named} links promotion ${(0,core_record/* shortId */.m_)(retirement.promotion)}\u2026, which is no promotion record in the ledger`;
    if (constraintKey(promotion.constraint) !== constraintKey(constraint)) {
        return `${named} retires the constraint promotion ${(0,core_record/* shortId */.m_)(promotion.id)}\u2026 made (${describeRule(promotion.constraint)} on ${promotion.constraint.paths.join(', ')}), not the one this change takes out`;
    }
    return undefined;
}
/**
 * The ratchet on one change to the policy. Every constraint on the `before` side must still
 * be on the `after` side, unchanged (changing one in place is taking it out), unless a
 * retirement the change adds matches it (`retirementMismatch`). Every constraint the change
 * adds (or changes) must link a learning record. Pure and monotone: the answer depends on
 * the two sides, the change's own records and the records its back-links name, so records
 * added later can never turn an accepted change into a refused one.
 */
function findRatchetSlips(before, after, inputs) {
    const slips = [];
    const afterConstraints = 'constraints' in after ? after.constraints : [];
    const afterByKey = new Set(afterConstraints.map(constraintKey));
    const beforeByKey = new Set(before.map(constraintKey));
    const afterIds = new Set(afterConstraints.map((c) => c.id));
    for (const constraint of before) {
        if (afterByKey.has(constraintKey(constraint)))
            continue;
        const candidates = inputs.retirements.filter((r) => r.constraint === constraint.id);
        const mismatches = candidates.map((r) => retirementMismatch(r, constraint, inputs.record));
        if (mismatches.some((m) => m === undefined))
            continue;
        const learned = learnedIn(constraint, inputs.learnings?.(constraint.learning));
        const how = 'invalid' in after
            ? `leaves ${core_record/* POLICY_PATH */.l$} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
            : 'missing' in after
                ? `deletes ${core_record/* POLICY_PATH */.l$}, dropping constraint "${constraint.id}" (${learned})`
                : afterIds.has(constraint.id)
                    ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
                    : `removes constraint "${constraint.id}" (${learned}) from ${core_record/* POLICY_PATH */.l$}`;
        const why = candidates.length === 0
            ? 'with no retirement on record in this change'
            : `with no retirement on record that matches it: ${mismatches.join('; ')}`;
        slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} ${why}` });
    }
    for (const constraint of afterConstraints) {
        if (beforeByKey.has(constraintKey(constraint)) || inputs.record(constraint.learning)?.type === 'learning')
            continue;
        slips.push({
            constraint: constraint.id,
            learning: constraint.learning,
            message: `adds constraint "${constraint.id}" to ${core_record/* POLICY_PATH */.l$} whose learning back-link ${(0,core_record/* shortId */.m_)(constraint.learning)}\u2026 names no learning record in the ledger`,
            fix: [
                'record the lesson with `',
                { command: 'learn', glob: constraint.paths[0] ?? 'GLOB' },
                '` and add the constraint with `',
                { command: 'promote', constraint: constraint.id },
                '`, which writes the back-link',
            ],
        });
    }
    return slips;
}

// EXTERNAL MODULE: ./src/core/schemas.ts + 1 modules
var schemas = __nccwpck_require__(561);
;// CONCATENATED MODULE: ./src/core/strict-json.ts
/**
 * The one JSON parser for everything the product reads that is not a ledger record (event
 * payloads, the policy, judges' answers): RFC 8259 exactly, and nothing a lenient parser
 * lets through. Refused: a byte order mark, invalid UTF-8, a lone surrogate (raw or
 * escaped), a duplicate key at any depth, anything after the value but whitespace, nesting
 * deeper than `maxDepth`. Two readers of the same bytes can then never see different
 * values (`JSON.parse` keeps the last of two equal keys; another parser may keep the first).
 */
const DEFAULT_MAX_DEPTH = 512;
class Refusal extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Parses `input` strictly; a failure names what is wrong and where (`... at line L, column C`). */
function parseStrictJson(input, options = {}) {
    let text;
    if (typeof input === 'string')
        text = input;
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
        if (text.charCodeAt(0) === 0xfeff)
            throw new Refusal('a byte order mark (U+FEFF) before the value', 0);
        return { ok: true, value: new Parser(text, options.maxDepth ?? DEFAULT_MAX_DEPTH).document() };
    }
    catch (error) {
        if (!(error instanceof Refusal))
            throw error;
        const position = textPosition(text, error.offset);
        // For bytes, report the byte offset: what `head -c` or a hex editor shows.
        if (typeof input !== 'string')
            position.offset = Buffer.byteLength(text.slice(0, error.offset), 'utf8');
        return { ok: false, error: `${error.message} at line ${position.line}, column ${position.column}`, position };
    }
}
class Parser {
    text;
    maxDepth;
    pos = 0;
    depth = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    document() {
        const value = this.value();
        this.skipWhitespace();
        if (this.pos < this.text.length)
            throw new Refusal(`unexpected ${this.describe(this.pos)} after the JSON value`, this.pos);
        return value;
    }
    skipWhitespace() {
        const text = this.text;
        let pos = this.pos;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                pos++;
            else
                break;
        }
        this.pos = pos;
    }
    describe(at) {
        if (at >= this.text.length)
            return 'end of input';
        const code = this.text.codePointAt(at);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
            return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        return `character ${JSON.stringify(String.fromCodePoint(code))}`;
    }
    value() {
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
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.number();
                throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
        }
    }
    enter() {
        if (++this.depth > this.maxDepth)
            throw new Refusal(`nesting deeper than ${this.maxDepth} levels`, this.pos);
    }
    object() {
        this.enter();
        const result = {};
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
            if (Object.hasOwn(result, key))
                throw new Refusal(`duplicate key ${JSON.stringify(key)}`, keyAt);
            this.skipWhitespace();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                throw new Refusal(`unexpected ${this.describe(this.pos)}, expected ":"`, this.pos);
            this.pos++;
            // An own data property, as JSON.parse makes it: "__proto__" is a key, never the prototype.
            Object.defineProperty(result, key, { value: this.value(), writable: true, enumerable: true, configurable: true });
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === 0x2c)
                continue;
            if (c === 0x7d)
                break;
            throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "}"`, this.pos - 1);
        }
        this.depth--;
        return result;
    }
    array() {
        this.enter();
        const result = [];
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
            if (c === 0x2c)
                continue;
            if (c === 0x5d)
                break;
            throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "]"`, this.pos - 1);
        }
        this.depth--;
        return result;
    }
    literal(word, value) {
        if (this.text.startsWith(word, this.pos)) {
            this.pos += word.length;
            return value;
        }
        throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
    }
    number() {
        const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        match.lastIndex = this.pos;
        const found = match.exec(this.text);
        // "-", "01", "1.", "1e" and ".5" are not JSON numbers.
        if (!found)
            throw new Refusal('invalid number', this.pos);
        const end = this.pos + found[0].length;
        const next = this.text.charCodeAt(end);
        if (next === 0x2e || next === 0x65 || next === 0x45 || (next >= 0x30 && next <= 0x39))
            throw new Refusal('invalid number', this.pos);
        this.pos = end;
        return Number(found[0]);
    }
    string() {
        const text = this.text;
        const start = this.pos;
        let pos = start + 1; // the opening quote
        let out = '';
        let chunk = pos;
        for (;;) {
            if (pos >= text.length)
                throw new Refusal('unterminated string', start);
            const c = text.charCodeAt(pos);
            if (c === 0x22) {
                out += text.slice(chunk, pos);
                this.pos = pos + 1;
                return out;
            }
            if (c < 0x20)
                throw new Refusal(`unescaped control character U+${c.toString(16).toUpperCase().padStart(4, '0')} in a string`, pos);
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
                        const low = text.charCodeAt(pos + 6) === 0x5c && text.charCodeAt(pos + 7) === 0x75 ? this.hex4(pos + 8, pos + 6) : -1;
                        if (!(low >= 0xdc00 && low <= 0xdfff))
                            throw new Refusal(`lone surrogate \\u${text.slice(pos + 2, pos + 6)} in a string`, pos);
                        out += String.fromCharCode(unit, low);
                        pos += 12;
                    }
                    else {
                        out += String.fromCharCode(unit);
                        pos += 6;
                    }
                    chunk = pos;
                    continue;
                }
                default:
                    throw new Refusal(pos + 1 >= text.length
                        ? 'unterminated string'
                        : `invalid escape \\${String.fromCodePoint(text.codePointAt(pos + 1))} in a string`, pos);
            }
            pos += 2;
            chunk = pos;
        }
    }
    hex4(at, escapeAt) {
        const digits = this.text.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(digits))
            throw new Refusal('invalid \\u escape in a string (four hex digits must follow)', escapeAt);
        return Number.parseInt(digits, 16);
    }
}
/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function invalidUtf8At(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min = 0x80;
        let max = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                min = 0xa0; // overlong
            if (b === 0xed)
                max = 0x9f; // surrogates
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                min = 0x90; // overlong
            if (b === 0xf4)
                max = 0x8f; // past U+10FFFF
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf)
                return i + k;
        }
        i += need + 1;
    }
    return undefined;
}
function textPosition(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { offset, line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}
function bytePosition(bytes, offset) {
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
    for (let i = lineStart; i < offset; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            column++;
    return { offset, line, column };
}

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
function policy_parsePolicy(bytes, where) {
    const fix = `fix ${core_record/* POLICY_PATH */.l$} (format: docs/spec.md#policy), check it with \`ao verify\``;
    if (bytes.length > MAX_POLICY_BYTES)
        throw new core_errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
    // Strictly: a duplicate key, a BOM or trailing data could make two readers see two policies.
    const parsed = parseStrictJson(bytes);
    if (!parsed.ok)
        throw new core_errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${where} is not valid JSON: ${parsed.error}`, { fix });
    const value = parsed.value;
    const problems = (0,schemas/* validatePolicyShape */.WV)(value);
    if (problems.length > 0)
        throw new core_errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${where} is not a valid policy: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`, { fix });
    const policy = value;
    for (const pattern of policy.exempt?.authors ?? []) {
        // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
        if (/^[*?]+@/.test(pattern)) {
            throw new core_errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
        }
    }
    validateConstraints(policy.constraints ?? [], where);
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
        const regex = new RegExp(`^${local
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`);
        return regex.test(address.slice(0, at));
    });
}
const NOREPLY = /^(?:([0-9]+)\+)?([^@+\s]+)@users\.noreply\.github\.com$/i;
/** The account a GitHub noreply address names: `LOGIN@users.noreply.github.com` or `ID+LOGIN@\u2026`. */
function noreplyAccount(email) {
    const match = NOREPLY.exec(email);
    if (!match)
        return undefined;
    return { login: match[2], ...(match[1] ? { id: Number(match[1]) } : {}) };
}
function sameAccount(a, b) {
    if (a.login.toLowerCase() !== b.login.toLowerCase())
        return false;
    return a.id === undefined || b.id === undefined || a.id === b.id;
}
/**
 * The author email is the change's own claim, so an author pattern alone exempts nothing:
 * never under `requireSignature`, and otherwise only when an authenticated account vouches
 * for the author (GitHub authenticated the event's sender as the account the address names).
 */
function authorExemption(policy, email, actor) {
    if (!email || !isAuthorExempt(policy, email))
        return { honoured: false };
    const claimed = `author ${email} matches an exempt author pattern, but`;
    if (policy.requireSignature)
        return {
            honoured: false,
            why: `${claimed} author exemptions are never honoured under requireSignature: only a signed verdict counts`,
        };
    if (!actor)
        return {
            honoured: false,
            why: `${claimed} author exemption needs GitHub's authentication of the sender: honoured only in the action`,
        };
    const named = noreplyAccount(email);
    if (!named)
        return {
            honoured: false,
            why: `${claimed} it is not a GitHub noreply address (LOGIN@users.noreply.github.com), so no authenticated account can vouch for it`,
        };
    const other = actor.accounts.find((account) => !sameAccount(account, named));
    if (actor.accounts.length === 0 || other) {
        const id = (account) => other && named.id !== undefined && other.login.toLowerCase() === named.login.toLowerCase()
            ? ` (id ${account.id ?? 'unknown'})`
            : '';
        return {
            honoured: false,
            why: `${claimed} GitHub authenticated ${other ? `${other.login}${id(other)}, not ${named.login}${id(named)},` : 'no account'} for this event`,
        };
    }
    return {
        honoured: true,
        reason: `author ${email} is exempt by policy, and GitHub authenticated ${named.login} for this event`,
    };
}
/** The files that decide what the gate trusts: never exempt, by path or by author. */
const TRUST_ROOT_PATHS = [core_record/* POLICY_PATH */.l$, '.agents/checkers'];
function touchesTrustRoots(paths) {
    return paths.some((path) => TRUST_ROOT_PATHS.includes(path));
}
/** True when every path is exempt. The trust roots (the policy, the trusted keys) never are. */
function allPathsExempt(policy, paths) {
    const globs = policy.exempt?.paths ?? [];
    if (globs.length === 0 || paths.length === 0 || touchesTrustRoots(paths))
        return false;
    const exempt = globMatcher(globs);
    return paths.every((path) => exempt(path));
}
/** What a passing verdict still lacks under the policy for the given paths. */
function policyShortfalls(policy, record, paths, learnings) {
    const shortfalls = [];
    const kinds = new Set(record.evidence.map((e) => e.kind));
    for (const kind of policy.require?.evidence ?? []) {
        if (!kinds.has(kind)) {
            shortfalls.push({
                rule: `require.evidence`,
                message: `the policy requires evidence of kind "${kind}"`,
                needs: [{ need: 'evidence', evidence: kind }],
            });
        }
    }
    const checkerKinds = policy.require?.checkerKinds;
    if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
        shortfalls.push({
            rule: 'require.checkerKinds',
            message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
            needs: checkerKinds[0] ? [{ need: 'checker-kind', checkerKind: checkerKinds[0] }] : [],
        });
    }
    for (const [index, rule] of (policy.rules ?? []).entries()) {
        const matches = globMatcher(rule.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const met = rule.anyOf.some((option) => (!option.checkerKind || option.checkerKind === record.checker.kind) &&
            (!option.evidence || kinds.has(option.evidence)));
        if (!met) {
            const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
            const options = rule.anyOf.map(describeOption).join(', or ');
            const first = rule.anyOf[0];
            shortfalls.push({
                rule: name,
                message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under ${name}, which needs ${options}`,
                needs: [
                    ...(first.checkerKind ? [{ need: 'checker-kind', checkerKind: first.checkerKind }] : []),
                    ...(first.evidence ? [{ need: 'evidence', evidence: first.evidence }] : []),
                ],
            });
        }
    }
    for (const constraint of policy.constraints ?? []) {
        if ('forbidPattern' in constraint)
            continue; // a property of the change, not the verdict: see constraintViolations
        const touched = paths.filter(globMatcher(constraint.paths));
        if (touched.length === 0 || verdictMeets(constraint, record))
            continue;
        shortfalls.push({
            rule: `constraint ${constraint.id}`,
            message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under constraint "${constraint.id}" (${learnedIn(constraint, learnings?.(constraint.learning))}), which ${describeRule(constraint)}`,
            needs: verdictNeeds(constraint),
            constraint,
        });
    }
    return shortfalls;
}
/**
 * What a change itself breaks, whatever any verdict says: lines added to a forbidPattern
 * constraint's paths that match its pattern. `addedLines` holds the lines the change adds
 * to those paths; `undefined` (not read) refuses rather than guessing.
 */
function constraintViolations(policy, paths, addedLines, learnings, unreadable) {
    const violations = [];
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    // The work to test every line bounds what a change may ask: computed once, for all constraints.
    let work;
    for (const constraint of policy.constraints ?? []) {
        if (!('forbidPattern' in constraint))
            continue;
        const matches = globMatcher(constraint.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const learned = learnedIn(constraint, learnings?.(constraint.learning));
        if (!addedLines) {
            violations.push({
                constraint,
                lines: [],
                message: `constraint "${constraint.id}" (${learned}) could not be checked: ${unreadable ?? 'the lines this change adds were not read'}`,
                fix: `split the change into smaller commits, so the lines each adds to ${describeTouched(touched)} can be read`,
            });
            continue;
        }
        if (work === undefined)
            work = scanWork(forbidding, addedLines, globMatcher);
        if (work > MAX_SCAN_WORK) {
            violations.push({
                constraint,
                lines: [],
                message: `constraint "${constraint.id}" (${learned}) could not be checked: testing the lines this change adds would cost ${work.toLocaleString('en-US')} weight-characters, above the bound of ${MAX_SCAN_WORK.toLocaleString('en-US')} per change`,
                fix: `split the change into smaller commits, so each adds fewer lines to ${describeTouched(touched)}`,
            });
            continue;
        }
        const bad = forbiddenLines(constraint, addedLines, matches);
        if (bad.length === 0)
            continue;
        const shown = bad
            .slice(0, 3)
            .map((l) => `${l.path}:${l.line}: ${l.text.trim().slice(0, 100)}`)
            .join('; ');
        violations.push({
            constraint,
            lines: bad,
            message: `constraint "${constraint.id}" (${learned}) forbids added lines matching /${constraint.forbidPattern}/ in ${constraint.paths.join(', ')}; this change adds ${bad.length}: ${shown}${bad.length > 3 ? '; \u2026' : ''}`,
        });
    }
    return violations;
}
function describeTouched(touched) {
    return `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''}`;
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
    return manifest.entries.map((entry) => manifest_pathText(entry.path));
}
/** The verdict that would cover the change, by the checker hinted at (a placeholder without one). */
function verdictFix(change, checker, needs) {
    const scope = change.kind === 'staged'
        ? change.amend
            ? { kind: 'staged', amend: true }
            : { kind: 'staged' }
        : change.kind === 'range' && change.range
            ? { kind: 'range', base: change.range.base, head: change.range.head }
            : { kind: 'commit', commit: change.commit ?? '' };
    return { command: 'verdict', scope, ...(checker !== undefined ? { checker } : {}), needs };
}
/** The verdict that covers a whole range: its combined change and each commit's own. */
function rangeFix(range, policy, checkerHint) {
    return {
        command: 'verdict',
        scope: { kind: 'range', base: range.base, head: range.head },
        ...(checkerHint !== undefined ? { checker: checkerHint } : {}),
        needs: requiredNeeds(policy),
    };
}
/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
function decideChange(change, options) {
    const { policy } = options;
    if (change.manifest.entries.length === 0) {
        return {
            change,
            outcome: 'empty',
            reason: change.cleanMerge
                ? 'clean merge: git merge-tree reproduces it exactly'
                : 'changes nothing outside the ledger',
        };
    }
    // The ratchet holds whoever made the change and whatever a verdict says.
    const slip = change.ratchetSlips?.[0];
    if (slip) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'ratchet',
            policyRule: `constraint ${slip.constraint}`,
            constraint: slip.constraint,
            learning: slip.learning,
            reason: change.ratchetSlips.map((s) => s.message).join('; '),
            fix: slip.fix ?? [
                'record why with `',
                { command: 'retire', constraint: slip.constraint },
                '` (a retirement record lands with the change), or put the constraint back in .agents/policy.json',
            ],
        };
    }
    const violations = constraintViolations(policy, manifestPaths(change.manifest), change.addedLines, options.learnings, change.addedLinesUnreadable);
    if (violations.length > 0) {
        const first = violations[0];
        const where = first.lines
            .slice(0, 5)
            .map((l) => `${l.path}:${l.line}`)
            .join(', ');
        const rewrite = change.kind === 'staged'
            ? `remove the matching lines (${where}), stage the result, and record a verdict on it`
            : `rewrite ${change.label} without the matching lines (${where}): \`git commit --amend\` if it is the last commit, else \`git rebase -i ${change.range ? change.range.base.slice(0, 12) : `${change.commit?.slice(0, 12)}~1`}\``;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'constraint',
            policyRule: `constraint ${first.constraint.id}`,
            constraint: first.constraint.id,
            learning: first.constraint.learning,
            reason: violations.map((v) => v.message).join('; '),
            fix: [
                `${first.fix ?? rewrite}; if the learning no longer holds: `,
                { command: 'retire', constraint: first.constraint.id },
            ],
        };
    }
    const paths = manifestPaths(change.manifest);
    // An exempt author (a bot) may not touch what decides the gate itself; and since the change
    // writes its own author email, only an authenticated account can vouch for it.
    const author = change.kind !== 'staged' && !touchesTrustRoots(paths)
        ? authorExemption(policy, change.authorEmail, options.authenticatedActor)
        : undefined;
    if (author?.honoured)
        return { change, outcome: 'exempt', reason: author.reason };
    const decided = decideByVerdict(change, options, paths);
    return author?.why && decided.outcome === 'uncovered'
        ? { ...decided, reason: `${decided.reason}; ${author.why}` }
        : decided;
}
function decideByVerdict(change, options, paths) {
    const { policy } = options;
    if (allPathsExempt(policy, paths)) {
        return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
    }
    const verdict = (needs) => verdictFix(change, options.checkerHint, needs);
    const record = options.lookup(change.manifest.digest);
    if (!record) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'no-verdict',
            reason: `no verdict covers its changes (digest ${(0,core_record/* shortId */.m_)(change.manifest.digest)})`,
            fix: [verdict(requiredNeeds(policy))],
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
            fix: ['address the failure, then ', verdict(requiredNeeds(policy))],
        };
    }
    const independence = independenceProblem(record);
    if (independence) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'not-independent',
            record,
            reason: `${by}: ${independence}`,
            fix: [verdict(requiredNeeds(policy))],
        };
    }
    const shortfalls = policyShortfalls(policy, record, paths, options.learnings);
    if (shortfalls.length > 0) {
        const constraint = shortfalls.find((s) => s.constraint)?.constraint;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'policy',
            policyRule: shortfalls[0].rule,
            constraint: constraint?.id,
            learning: constraint?.learning,
            record,
            reason: `${by} passes, but ${shortfalls.map((s) => s.message).join('; ')}`,
            fix: [verdict(shortfalls.flatMap((s) => s.needs))],
        };
    }
    const signatureProblem = options.signatureCheck?.(record);
    if (signatureProblem) {
        const signed = verdictFix(change, record.checker.id, [...requiredNeeds(policy), { need: 'signature' }]);
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'signature',
            record,
            reason: `${by}: ${signatureProblem}`,
            fix: [signed],
        };
    }
    return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}
/** What every verdict must carry under the policy: its checker kind (unless agents may check), its evidence kinds. */
function requiredNeeds(policy) {
    const needs = (policy.require?.evidence ?? []).map((evidence) => ({ need: 'evidence', evidence }));
    const kinds = policy.require?.checkerKinds;
    if (kinds?.[0] && !kinds.includes('agent'))
        needs.unshift({ need: 'checker-kind', checkerKind: kinds[0] });
    return needs;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

;// CONCATENATED MODULE: ./src/present/commands.ts




/**
 * Commands printed for the user to run: a fix worded as the command line `ao` takes, and as
 * it runs in that project (`ao \u2026` where `ao` is on the user's PATH, `npx ao \u2026` where only
 * the project's node_modules has it). Shared by the CLI's reports, the hooks, the harness
 * guard and the action's summary; it imports only core, so the repository layer words its
 * commands here too.
 */
function runnable(text, ao) {
    return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}
/** How `ao` is run in this repository, for the commands a report prints. */
function runnableAo(cli, top) {
    const local = (0,external_node_path_namespaceObject.join)(top, 'node_modules', '.bin');
    // husky and npx put the project's node_modules/.bin on a hook's PATH; the user's shell has only the rest.
    for (const dir of (cli.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter)) {
        if (!dir || (0,external_node_path_namespaceObject.resolve)(dir) === local)
            continue;
        try {
            (0,external_node_fs_namespaceObject.accessSync)((0,external_node_path_namespaceObject.join)(dir, 'ao'), external_node_fs_namespaceObject.constants.X_OK);
            return 'ao';
        }
        catch {
            // not here
        }
    }
    return (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(local, 'ao')) ? 'npx ao' : 'ao';
}
/** The placeholder a printed command holds where the checker's id goes. */
const CHECKER_PLACEHOLDER = 'CHECKER-ID';
function commands_fixText(fix) {
    return fix?.map((part) => (typeof part === 'string' ? part : commandText(part))).join('');
}
/** The verdict command that covers a whole range: its combined change and each commit's own. */
function rangeFixCommand(range, policy, checkerHint) {
    return commandText(rangeFix(range, policy, checkerHint));
}
function commandText(command) {
    switch (command.command) {
        case 'verdict':
            return [
                'ao verdict pass',
                ...scopeFlags(command.scope),
                `--checker ${shellQuote(command.checker ?? CHECKER_PLACEHOLDER)}`,
                ...command.needs.map(needFlag),
            ].join(' ');
        case 'retire':
            return `ao retire ${shellQuote(command.constraint)} --why "..."`;
        case 'learn':
            return `ao learn "..." --paths ${shellQuote(command.glob)}`;
        case 'promote':
            return `ao promote LEARNING-ID --id ${shellQuote(command.constraint)} ...`;
    }
}
function scopeFlags(scope) {
    if (scope.kind === 'staged')
        return scope.amend ? ['--amend'] : [];
    if (scope.kind === 'range')
        return [`--range ${scope.base.slice(0, 12)}..${scope.head.slice(0, 12)}`];
    return [`--commit ${scope.commit.slice(0, 12)}`];
}
function needFlag(need) {
    switch (need.need) {
        case 'evidence':
            return need.evidence === 'link' ? '--evidence link:https://...' : `--evidence ${need.evidence}:'...'`;
        case 'checker-kind':
            return `--checker-kind ${need.checkerKind}`;
        case 'ran':
            return `--ran ${shellQuote(need.command)}`;
        case 'signature':
            return '--sign ~/.ssh/id_ed25519';
    }
}

;// CONCATENATED MODULE: ./src/present/output.ts


function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
/**
 * Text from the change under test (commit subjects, paths, record fields) is printed only
 * after control characters are made visible: a commit subject or a record summary holding
 * terminal escape sequences, newlines or bidirectional overrides must not be able to
 * rewrite what the report says (erase a FAILED line, forge an "ok").
 */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** Said wherever observe mode lets a failing check pass. */
const OBSERVE_WARNING = 'observe mode: would fail (the policy\'s "enforcement" is "observe"): nothing is refused until it is "enforce"';
const MARK = { covered: '\u2714', uncovered: '\u2718', exempt: '\u2013', empty: '\u00b7' };
function sumCounts(all) {
    const total = { checked: 0, covered: 0, uncovered: 0, exempt: 0, empty: 0 };
    for (const c of all)
        for (const key of Object.keys(total))
            total[key] += c[key];
    return total;
}
/** The exact count line: every outcome named, never "covered" for what was exempt. */
function countsText(counts, noun = 'commit') {
    const parts = [`${counts.covered} covered`];
    if (counts.exempt)
        parts.push(`${counts.exempt} exempt`);
    if (counts.empty)
        parts.push(`${counts.empty} need${counts.empty === 1 ? 's' : ''} none`);
    if (counts.uncovered)
        parts.push(`${counts.uncovered} uncovered`);
    return `${counts.checked} ${noun}${counts.checked === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}
function renderDecision(decision, style, ao = 'ao') {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered'
        ? style.bad(MARK.uncovered)
        : decision.outcome === 'covered'
            ? style.ok(MARK.covered)
            : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${clip(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean(runnable(commands_fixText(decision.fix), ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('\u2718')} ${clean(problem.message)}`, `      fix: ${clean(runnable(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${plural(report.ledger.baseRecords + report.ledger.newRecords, 'record')} (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean(runnable(commands_fixText(report.rangeDecision.fix), ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean(runnable(report.coverAll, ao))}`);
    }
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style, ao));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: {
            source: report.policy.source,
            enforced: report.policy.enforced,
            mode: report.policy.mode ?? null,
            enforcement: report.policy.enforcement,
            why: report.policy.why ?? null,
        },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        coverAll: report.coverAll ?? null,
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
        constraint: decision.constraint ?? null,
        learning: decision.learning ?? null,
        record: decision.record
            ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker }
            : null,
        fix: fixText(decision.fix) ?? null,
    };
}

;// CONCATENATED MODULE: ./src/core/ledger.ts



/** The problem of a ledger entry that is not an addition: the ledger is append-only (docs/spec.md section 8). */
function ledger_appendOnlyViolation(entry, by) {
    const path = manifest_pathText(entry.path);
    const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
    const problem = {
        code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
        path,
        recordId: id ? (0,core_record/* shortId */.m_)(`sha256:${id}`) : undefined,
    };
    if ('base' in by) {
        const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
        const fix = by.fix ?? `restore it with \`git checkout ${by.base} -- ${shellQuote(path)}\``;
        return { ...problem, message: `${path} existed at ${by.base} and was ${what}: the ledger is append-only`, fix };
    }
    const { change } = by;
    const staged = change.kind === 'staged';
    return {
        ...problem,
        message: `${staged ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
        fix: staged
            ? `restore it with \`git restore --staged --worktree -- ${shellQuote(path)}\``
            : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
    };
}
/** Whether a problem is a deleted or changed record (an `appendOnlyViolation`). */
function ledger_breaksAppendOnly(problem) {
    return problem.code === 'record-deleted' || problem.code === 'record-modified';
}
const KIND_TEXT = {
    symlink: 'a symbolic link',
    directory: 'a directory',
    other: 'not a regular file (a submodule, a device, a FIFO, or unreadable)',
};
const RECORD_NAME_FORM = /^\.agents\/ledger\/[0-9]{4,}\/[0-9]{8,}-[0-9a-f]{64}\.json$/;
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
const GENESIS_PREFIX = `${core_record/* LEDGER_DIR */.EN}/0000/00000000-`;
/** How many of the newest base records a lookup tries before parsing the whole listing. */
const RECENT_WINDOW = 256;
/**
 * The records at a base, known by their sorted paths (`git ls-tree` order) and parsed only
 * as far as a question needs: new records attach to the newest ones, the genesis sorts
 * first, so the hook answers without touching ten thousand paths; anything unusual falls
 * back to the full index.
 */
class ledger_BaseListing {
    paths;
    index;
    constructor(paths = []) {
        this.paths = paths;
    }
    get size() {
        return this.paths.length;
    }
    /** Every record by id (parsed on first use). */
    all() {
        this.index ??= refsFromPaths(this.paths).refs;
        return this.index;
    }
    get(id) {
        if (!this.index) {
            const hex = id.slice('sha256:'.length);
            for (let i = this.paths.length - 1, tried = 0; i >= 0 && tried < RECENT_WINDOW; i--, tried++) {
                const path = this.paths[i];
                if (!path.includes(hex))
                    continue;
                const parts = (0,core_record/* parseRecordPath */.OT)(path);
                if (parts?.id === id)
                    return { ...parts, path };
            }
        }
        return this.all().get(id);
    }
    genesisIds() {
        const ids = [];
        for (const path of this.paths) {
            if (!path.startsWith(GENESIS_PREFIX))
                break;
            const parts = (0,core_record/* parseRecordPath */.OT)(path);
            if (parts?.seq === 0)
                ids.push(parts.id);
        }
        return ids;
    }
    /** The largest seq. With equal-length paths (seq below 10^7) the listing's order is seq order. */
    maxSeq() {
        if (this.paths.length === 0)
            return -1;
        const length = this.paths[0].length;
        if (!this.index && this.paths.every((path) => path.length === length)) {
            for (let i = this.paths.length - 1; i >= 0; i--) {
                const parts = (0,core_record/* parseRecordPath */.OT)(this.paths[i]);
                if (parts)
                    return parts.seq;
            }
            return -1;
        }
        let max = -1;
        for (const ref of this.all().values())
            if (ref.seq > max)
                max = ref.seq;
        return max;
    }
}
/**
 * Fully checks `files` (the records under test) on top of `base` (records trusted by path).
 * Every record must parse, hash to its id, sit at the path its seq and id give, name this
 * ledger's genesis, point only at records that exist, and carry seq = 1 + the largest
 * seq among its parents. Exactly one genesis across base and new.
 */
function ledger_checkRecords(base, files) {
    const problems = [];
    const records = [];
    const reported = new Set();
    for (const file of files) {
        if (file.kind !== 'file') {
            if (reported.has(file.path))
                continue;
            reported.add(file.path);
            problems.push({
                code: `not-a-file`,
                message: `${file.path} is ${KIND_TEXT[file.kind]}, not a record file (records are regular files; ao never follows a link)`,
                path: file.path,
                fix: `remove it with \`git rm -r --cached ${shellQuote(file.path)}\` and delete it from the working tree`,
            });
            continue;
        }
        // A name of the record form in the wrong bucket is parsed, and refused as path-mismatch.
        if (!RECORD_NAME_FORM.test(file.path)) {
            problems.push({
                code: 'stray-file',
                message: `${file.path} is not a record file name (expected ${core_record/* LEDGER_DIR */.EN}/NNNN/SSSSSSSS-<64 hex>.json)`,
                path: file.path,
                fix: `only \`ao\` writes under ${core_record/* LEDGER_DIR */.EN}/: move the file elsewhere (\`git mv\`) or delete it`,
            });
            continue;
        }
        if (file.size !== undefined && file.size > core_record/* MAX_RECORD_BYTES */.xR) {
            problems.push({
                code: 'too-large',
                message: `${file.path}: record file is ${file.size} bytes; the limit is ${core_record/* MAX_RECORD_BYTES */.xR}`,
                path: file.path,
                fix: FIX_RESTORE,
            });
            continue;
        }
        const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes ?? new Uint8Array());
        if (!parsed.ok) {
            problems.push({
                code: parsed.problem.code,
                message: `${file.path}: ${parsed.problem.message}`,
                path: file.path,
                fix: FIX_RESTORE,
            });
            continue;
        }
        records.push(parsed.record);
    }
    const newSeq = new Map();
    for (const record of records)
        newSeq.set(record.id, record.seq);
    const seqOf = (id) => newSeq.get(id) ?? base.get(id)?.seq;
    const baseGeneses = base.genesisIds();
    const geneses = [...baseGeneses];
    for (const record of records)
        if (record.type === 'genesis' && !baseGeneses.includes(record.id))
            geneses.push(record.id);
    const uniqueGeneses = [...new Set(geneses)];
    let genesisId = uniqueGeneses[0];
    if (uniqueGeneses.length > 1) {
        genesisId = baseGeneses[0] ?? uniqueGeneses.sort()[0];
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
        problems.push({
            code: 'no-genesis',
            message: 'the ledger has no genesis record',
            fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)',
        });
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
            const seq = seqOf(prev);
            if (seq === undefined) {
                dangling = true;
                problems.push({
                    code: 'dangling-prev',
                    message: `record ${(0,core_record/* shortId */.m_)(record.id)} points to ${(0,core_record/* shortId */.m_)(prev)}, which is not in the ledger (deleted, or never here)`,
                    ...where,
                    fix: 'after a cherry-pick or backport, copy the missing records from history with `ao ledger carry` and commit them; if it exists nowhere, drop the record that points to it',
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
function ledger_computeHeads(records) {
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
function ledger_compareRecords(a, b) {
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
                if (!current || ledger_compareRecords(current, record) < 0)
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
        return [...(this.all.get(digest) ?? [])].sort(ledger_compareRecords);
    }
}

;// CONCATENATED MODULE: ./src/repo/changes.ts





function changes_shortSha(sha) {
    return sha.slice(0, 7);
}
/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing, plus the conflicts it left
 * as merge-tree wrote them (`conflictsLeftAsIs`). Batched: one diff-tree for all commits,
 * one merge-tree (per merge on git older than 2.40), two more processes when a merge
 * left a conflict as it was.
 */
async function changes_changesOfCommits(git, commits) {
    await refuseShallowEdges(git, commits);
    const merges = commits.filter((c) => c.parents.length >= 2);
    const twoParentMerges = merges.filter((c) => c.parents.length === 2);
    // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
    // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
    const itemOf = (c) => (c.parents.length > 2 ? `${c.sha} ${c.parents[0]}` : c.sha);
    const { judged, diffs } = await judgeMerges(git, twoParentMerges.map((c) => ({ key: c.sha, ours: c.parents[0], theirs: c.parents[1], merged: c.tree })), commits.filter((c) => c.parents.length !== 2).map(itemOf));
    const result = commits.map((commit) => {
        const merge = judged.get(commit.sha);
        const patchItem = merge?.patchItem ?? itemOf(commit);
        const entries = merge?.entries ?? diffs.get(commit.sha) ?? [];
        const manifest = merge?.manifest ?? buildManifest(entries);
        return {
            change: {
                kind: commit.parents.length >= 2 ? 'merge' : 'commit',
                label: changes_shortSha(commit.sha),
                commit: commit.sha,
                subjectLine: commit.subject,
                authorName: commit.authorName,
                authorEmail: commit.authorEmail,
                manifest,
                cleanMerge: !!merge?.cleanMerge,
            },
            ledgerEntries: entries.filter(manifest_isLedgerEntry),
            patchItem,
            ...(merge ? { merge: merge.judged } : {}),
        };
    });
    await addOctopusLedgerLosses(git, commits, result);
    return result;
}
/**
 * Spec section 7 for every two-parent merge of a batch: the tree `git merge-tree`
 * recomputes (T), the raw diff T \u2192 merge, and the conflicts left as merge-tree wrote them.
 * One merge-tree and one diff-tree for all of them; `otherItems` (commits, "COMMIT PARENT")
 * ride along in the same diff-tree, their diffs returned in `diffs`, keyed by item.
 */
async function judgeMerges(git, merges, otherItems = []) {
    const recomputed = await git.mergeTrees(merges.map((m) => [m.ours, m.theirs]));
    const items = merges.map((m, i) => `${recomputed[i].tree} ${m.merged}`);
    const diffs = await git.diffBatch([...items, ...otherItems]);
    const toJudge = merges.map((m, i) => ({ ...m, recomputed: recomputed[i], entries: diffs.get(items[i]) ?? [] }));
    const leftAsIs = await conflictsLeftAsIs(git, toJudge);
    const judged = new Map();
    for (const [i, merge] of toJudge.entries()) {
        const asIs = leftAsIs.get(merge.key) ?? [];
        const manifest = buildManifest([...merge.entries, ...asIs]);
        judged.set(merge.key, {
            judged: { recomputed: merge.recomputed.tree, leftAsIs: asIs },
            entries: merge.entries,
            manifest,
            cleanMerge: merge.recomputed.clean && manifest.entries.length === 0,
            patchItem: items[i],
        });
    }
    return { judged, diffs };
}
/**
 * Spec section 7, conflicts left as merge-tree wrote them: for each path merge-tree lists
 * as conflicted that has no entry in the raw diff T \u2192 merge (outside the ledger), the
 * entry of that exact path in the raw diff second parent \u2192 merge, or when there is none,
 * in first parent \u2192 merge; a path in neither adds nothing. So a binary conflict committed
 * with the first parent's file (the second's fix dropped), or a text conflict committed
 * with its markers, needs a verdict. Keyed by `key`; two processes for all merges, none
 * when no merge left a conflict as it was.
 */
async function conflictsLeftAsIs(git, merges) {
    const result = new Map();
    const pending = merges.flatMap((merge) => {
        const changed = new Set(merge.entries.map((e) => e.path.toString('latin1')));
        const paths = merge.recomputed.conflicts.filter((p) => !changed.has(p.toString('latin1')) && !isLedgerPath(p));
        return paths.length > 0 ? [{ merge, paths }] : [];
    });
    if (pending.length === 0)
        return result;
    const trees = await git.treeIds([
        ...new Set(pending.flatMap(({ merge }) => [merge.ours, merge.theirs, merge.merged])),
    ]);
    const pair = (side, merged) => [trees.get(side), trees.get(merged)];
    const pairs = pending.flatMap(({ merge }) => [pair(merge.theirs, merge.merged), pair(merge.ours, merge.merged)]);
    const unionOfPaths = new Map(pending.flatMap(({ paths }) => paths.map((p) => [p.toString('latin1'), p])));
    const diffs = await git.diffTreePairsAt(pairs, [...unionOfPaths.values()]);
    const byPath = (side, merged) => new Map((diffs.get(pair(side, merged).join(' ')) ?? []).map((e) => [e.path.toString('latin1'), e]));
    for (const { merge, paths } of pending) {
        const fromTheirs = byPath(merge.theirs, merge.merged);
        const fromOurs = byPath(merge.ours, merge.merged);
        const entries = paths.flatMap((p) => {
            const entry = fromTheirs.get(p.toString('latin1')) ?? fromOurs.get(p.toString('latin1'));
            return entry ? [entry] : [];
        });
        result.set(merge.key, entries);
    }
    return result;
}
/**
 * The tree a merge's change is shown against: T, with each conflict left as it was shown
 * from the parent its entry compares with, so the diff to the merge is the manifest's.
 */
async function reviewBaseTree(git, merge) {
    return git.treeWithEntries(merge.recomputed, merge.leftAsIs.map((e) => ({ mode: e.oldMode, id: e.oldId, path: e.path })));
}
/**
 * An octopus merge is judged against its first parent only, but it must keep every record
 * each of its other parents has: a record one side added and the merge drops (or changes)
 * shows as a deletion (or modification) of that parent's record. One diff per extra parent;
 * octopus merges are rare.
 */
async function addOctopusLedgerLosses(git, commits, changes) {
    for (const [i, commit] of commits.entries()) {
        for (const parent of commit.parents.slice(1)) {
            if (commit.parents.length <= 2)
                break;
            const lost = (await git.diffTrees(parent, commit.sha, [`${core_record/* LEDGER_DIR */.EN}/`])).filter((e) => manifest_isLedgerEntry(e) && e.status !== 'A');
            changes[i].ledgerEntries.push(...lost);
        }
    }
}
/**
 * In a shallow clone the oldest fetched commits look like root commits: their change would
 * be computed against nothing. Refuse, naming the fix, rather than judge a made-up change.
 */
async function refuseShallowEdges(git, commits) {
    if (!git.isShallow || commits.length === 0)
        return;
    let edges;
    try {
        edges = new Set((0,external_node_fs_namespaceObject.readFileSync)(await git.gitPath('shallow'), 'utf8')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean));
    }
    catch {
        return; // no shallow file: unshallowed since
    }
    const edge = commits.find((c) => edges.has(c.sha));
    if (edge) {
        throw new core_errors/* AoError */.V(`commit ${changes_shortSha(edge.sha)} is at the edge of this shallow clone: its parents were not fetched, so its change cannot be computed`, {
            fix: 'fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again',
        });
    }
}
/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
function pendingMergeHeads(git) {
    const file = (0,external_node_path_namespaceObject.join)(git.gitDir, 'MERGE_HEAD');
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return [];
    return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give, plus the conflicts left as merge-tree wrote them, exactly as the
 * committed merge will be judged (so a verdict on the staged merge covers the commit).
 * The ledger entries always compare with HEAD, where append-only is judged.
 *
 * With `amending` (the commit HEAD, being replaced by `git commit --amend`), the change is
 * what the amended commit will hold: the index against HEAD's parent (the empty tree for a
 * root commit, the recomputed merge for a merge), and the ledger is judged against that parent.
 */
async function stagedChange(git, head, authorEmail, amending) {
    const base = amending ? (amending.parents[0] ?? git.emptyTree) : head;
    const againstBase = await git.diffIndexCached(base ?? git.emptyTree);
    const ledgerEntries = againstBase.filter(manifest_isLedgerEntry);
    // The records it adds are read (as the ledger view will ask for them) while the manifest is built.
    git.prefetchObjectsBounded(ledgerEntries.filter((e) => e.status === 'A' && isRegularFileMode(e.newMode)).map((e) => e.newId), core_record/* MAX_RECORD_BYTES */.xR);
    const mergeHeads = amending ? amending.parents.slice(1) : head ? pendingMergeHeads(git) : [];
    const theirs = mergeHeads.length === 1 ? mergeHeads[0] : undefined;
    const merge = base && theirs
        ? (await judgeMerges(git, [{ key: 'staged', ours: base, theirs, merged: await git.writeIndexTree() }])).judged.get('staged')
        : undefined;
    const manifest = merge?.manifest ?? buildManifest(againstBase);
    const what = merge ? 'staged merge' : 'staged change';
    return {
        change: {
            kind: 'staged',
            label: amending ? `${what} (amending ${changes_shortSha(amending.sha)})` : what,
            authorEmail,
            manifest,
            cleanMerge: !!merge?.cleanMerge,
            ...(amending ? { amend: true } : {}),
        },
        ledgerEntries,
        patchItem: merge?.patchItem,
        ...(merge ? { merge: merge.judged } : {}),
    };
}

;// CONCATENATED MODULE: ./src/repo/constraints.ts





/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and what the
 * ratchet refuses in the changes that touch the policy file (docs/ratchet.md#retire).
 * Returns the lookup of the learnings the constraints came from, so refusals can quote them.
 * Reads only the records it needs, by id in two batches, never the whole ledger.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => manifest_pathText(e.path) === core_record/* POLICY_PATH */.l$));
    const sides = touchingPolicy.length > 0
        ? await policySides(git, touchingPolicy.map((c) => c.change))
        : new Map();
    // The records each policy change adds itself: a range's are those of the commits in it.
    const addedIds = new Map();
    const everyAdded = changes
        .filter(({ change }) => change.kind !== 'range')
        .flatMap(({ ledgerEntries }) => addedRecordIds(ledgerEntries));
    for (const { change, ledgerEntries } of touchingPolicy)
        addedIds.set(change, change.kind === 'range' ? everyAdded : addedRecordIds(ledgerEntries));
    const linked = new Set(learningIds);
    for (const [b, a] of sides.values())
        for (const c of [...sideConstraints(b), ...sideConstraints(a)])
            linked.add(c.learning);
    for (const ids of addedIds.values())
        for (const id of ids)
            linked.add(id);
    const records = linked.size > 0 ? await ledger.recordsById([...linked]) : new Map();
    // Second batch: what the added retirements link to (their learning and promotion).
    const links = [...addedIds.values()]
        .flat()
        .map((id) => records.get(id))
        .flatMap((r) => (r?.type === 'retirement' ? [r.learning, ...(r.promotion ? [r.promotion] : [])] : []));
    const missing = [...new Set(links)].filter((id) => !records.has(id));
    if (missing.length > 0)
        for (const [id, record] of await ledger.recordsById(missing))
            records.set(id, record);
    const lookup = (id) => {
        const record = records.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    for (const [change, [b, a]] of sides) {
        const retirements = (addedIds.get(change) ?? [])
            .map((id) => records.get(id))
            .filter((r) => r?.type === 'retirement');
        const slips = findRatchetSlips(sideConstraints(b), a, {
            retirements,
            record: (id) => records.get(id),
            learnings: lookup,
        });
        if (slips.length > 0)
            change.ratchetSlips = slips;
    }
    return lookup;
}
function sideConstraints(side) {
    return 'constraints' in side ? side.constraints : [];
}
/** The ids of the records a change adds, from their file names (the ledger checks that each names its record). */
function addedRecordIds(entries) {
    return entries.filter((e) => e.status === 'A').flatMap((e) => (0,core_record/* parseRecordPath */.OT)(manifest_pathText(e.path))?.id ?? []);
}
/**
 * Fills `addedLines` for every change touching a forbidPattern constraint's paths: one
 * diff-tree for all commits. The lines are read whatever the change's attributes or bytes
 * say (`Git.addedLinesBatch`); a patch above the bound leaves them unread, which refuses.
 */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = globMatcher(forbidding.flatMap((c) => c.paths));
    const tooLarge = `it adds more than ${MAX_SCANNED_ADDED_LINES.toLocaleString('en-US')} lines or ${MAX_SCANNED_PATCH_BYTES / (1024 * 1024)} MiB of patch to those paths, the most that is read`;
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = manifestPaths(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else {
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths, PATCH_BOUNDS);
            if (!change.addedLines)
                change.addedLinesUnreadable = tooLarge;
        }
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths, PATCH_BOUNDS);
    for (const { change, item, paths } of batch) {
        const read = lines.get(item);
        if (!read) {
            change.addedLinesUnreadable = tooLarge;
            continue;
        }
        const wanted = new Set(paths);
        change.addedLines = read.filter((line) => wanted.has(line.path));
    }
}
const PATCH_BOUNDS = { maxBytes: MAX_SCANNED_PATCH_BYTES, maxLines: MAX_SCANNED_ADDED_LINES };
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => manifest_pathText(e.path) === core_record/* POLICY_PATH */.l$);
        return {
            change,
            oldId: zero.test(entry.oldId) ? undefined : entry.oldId,
            newId: zero.test(entry.newId) ? undefined : entry.newId,
        };
    });
    // Bounded: the policy a change carries is the change's to make as large as it likes.
    const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))], MAX_POLICY_BYTES);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const object = blobs.get(id);
        const bytes = object?.bytes;
        if (!bytes)
            return {
                invalid: object
                    ? `it is ${object.size} bytes; the limit is ${MAX_POLICY_BYTES}`
                    : 'its content could not be read',
            };
        try {
            return { constraints: policy_parsePolicy(bytes, where).constraints ?? [] };
        }
        catch (error) {
            return { invalid: error.message };
        }
    };
    const sides = new Map();
    for (const { change, oldId, newId } of pairs)
        sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
    return sides;
}

// EXTERNAL MODULE: ./schemas/record.v1.schema.json
var record_v1_schema = __nccwpck_require__(894);
;// CONCATENATED MODULE: ./src/repo/ledger-index.ts







/**
 * The base ledger index: everything a check asks of the records at a base commit, derived
 * from the base's ledger tree alone and cached under `.git/agentops-verdict/`, keyed by that
 * tree's id. It answers how many entries the base has, each record's seq and blob by id, the
 * genesis, the largest seq, the heads, which records cannot be read back, and, per digest,
 * the base verdict that sorts last, without reading the base's records: a check then costs
 * what the change adds. It is never read from the working tree or the change, is sealed with
 * a key private to this clone, and every record it points a decision at is read back and
 * checked. Format and validation: docs/spec.md, section 14.
 */
const MAGIC = Buffer.from('agentops-verdict ledger index\n', 'latin1');
const INDEX_FORMAT = 1;
/** Bump when what makes a record readable changes: an index built under other rules is rebuilt. */
const PARSE_RULES = 1;
const MAC_BYTES = 32;
const ID_BYTES = 32;
/** Index files kept per clone: the newest few ledger states, from which the next is derived. */
const KEEP_FILES = 4;
/** Earlier indexes tried as the starting point for deriving a new one. */
const DERIVE_FROM = 3;
/** Index files written by other rules (another format, another schema) never match these. */
const INDEX_RULES = `${INDEX_FORMAT}.${PARSE_RULES}.${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(record_v1_schema)).digest('hex').slice(0, 16)}`;
const oidBytes = (format) => (format === 'sha256' ? 32 : 20);
const HEX64 = /^sha256:[0-9a-f]{64}$/;
function keyBytes(id) {
    return HEX64.test(id) ? Buffer.from(id.slice(7), 'hex') : undefined;
}
/** Guesses before plain halving: enough for evenly spread keys, a bound on what uneven ones cost. */
const GUESSES = 4;
const PREFIX_SPAN = 2 ** 48;
/**
 * Where `key` (32 bytes) sorts among `count` sorted keys: its position when `exact` finds it,
 * else its insertion point. Ids and digests are SHA-256 values, spread evenly, so the first
 * probes guess the position from the key's leading six bytes and those of the keys bounding
 * the search, as one opens a dictionary near the word; after GUESSES it halves. Each probe
 * stays inside the bounds, so the answer is bisection's; only the number of probes differs,
 * and each probe reads and checks a table block (an id's, one more in the record table).
 */
function searchSorted(count, key, keyAt, exact) {
    const target = key.readUIntBE(0, 6);
    let lo = 0;
    let hi = count - 1;
    let below = 0;
    let above = PREFIX_SPAN;
    for (let probes = 0; lo <= hi; probes++) {
        let at = (lo + hi) >>> 1;
        if (probes < GUESSES && above > below) {
            const guess = lo + Math.floor(((target - below) / (above - below)) * (hi - lo + 1));
            at = Math.min(hi, Math.max(lo, guess));
        }
        const probed = keyAt(at);
        const order = probed.compare(key, 0, ID_BYTES, 0, ID_BYTES);
        if (order === 0 && exact)
            return { found: true, index: at };
        if (order < 0) {
            lo = at + 1;
            below = probed.readUIntBE(0, 6);
        }
        else {
            hi = at - 1;
            above = probed.readUIntBE(0, 6);
        }
    }
    return { found: false, index: lo };
}
function seal(key, body) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(body).digest();
}
/** The tables are sealed block by block (their hashes are in the sealed header): a lookup reads and checks only the blocks it touches. */
const BLOCK_BYTES = 32 * 1024;
const sha256 = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
/** The tables of an index: in memory, or read from its file a block at a time, each block checked against its hash. */
class Tables {
    length;
    data;
    file;
    blocks = new Map();
    /** Set when a block read from the file does not match its hash: the index must not be used. */
    broken = false;
    constructor(length, data, file) {
        this.length = length;
        this.data = data;
        this.file = file;
    }
    range(offset, length) {
        if (this.data)
            return this.data.subarray(offset, offset + length);
        if (length <= 0)
            return Buffer.alloc(0);
        const first = Math.floor(offset / BLOCK_BYTES);
        const last = Math.floor((offset + Math.max(length, 1) - 1) / BLOCK_BYTES);
        const parts = [];
        for (let i = first; i <= last; i++)
            parts.push(this.block(i));
        const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
        const start = offset - first * BLOCK_BYTES;
        return joined.subarray(start, start + length);
    }
    whole() {
        return this.data ?? this.range(0, this.length);
    }
    block(i) {
        const known = this.blocks.get(i);
        if (known)
            return known;
        const size = Math.max(0, Math.min(BLOCK_BYTES, this.length - i * BLOCK_BYTES));
        const bytes = Buffer.alloc(size);
        try {
            const fd = (0,external_node_fs_namespaceObject.openSync)(this.file.path, 'r');
            try {
                if ((0,external_node_fs_namespaceObject.readSync)(fd, bytes, 0, size, this.file.offset + i * BLOCK_BYTES) !== size)
                    this.broken = true;
            }
            finally {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
        }
        catch {
            this.broken = true;
        }
        if (sha256(bytes) !== this.file.hashes[i])
            this.broken = true;
        this.blocks.set(i, bytes);
        return bytes;
    }
}
class LedgerIndex {
    header;
    tables;
    refBytes;
    hashBytes;
    outside;
    /** Where the tables start: `refs` \u00d7 (id, seq as float64, blob id, flags), in the order records were added; `refs` \u00d7 uint32 ordinals sorted by record id; `digests` \u00d7 (digest, uint32 ordinal of the latest readable verdict naming it), sorted by digest. */
    byIdAt;
    digestsAt;
    constructor(header, tables) {
        this.header = header;
        this.tables = tables;
        this.hashBytes = oidBytes(header.objectFormat);
        this.refBytes = ID_BYTES + 8 + this.hashBytes + 1;
        this.byIdAt = header.refs * this.refBytes;
        this.digestsAt = this.byIdAt + header.refs * 4;
    }
    /** A table block read from the file did not match its sealed hash: nothing this index said may count. */
    get broken() {
        return this.tables.broken;
    }
    static inMemory(header, refTable, byId, digestTable) {
        const data = Buffer.concat([refTable, byId, digestTable]);
        return new LedgerIndex(header, new Tables(data.length, data));
    }
    get refTable() {
        return this.tables.range(0, this.byIdAt);
    }
    get byIdTable() {
        return this.tables.range(this.byIdAt, this.digestsAt - this.byIdAt);
    }
    get digestTable() {
        return this.tables.range(this.digestsAt, this.tables.length - this.digestsAt);
    }
    idOfOrdinal(ordinal) {
        return this.tables.range(ordinal * this.refBytes, ID_BYTES);
    }
    ordinalAt(position) {
        return this.tables.range(this.byIdAt + position * 4, 4).readUInt32LE(0);
    }
    digestAt(position) {
        return this.tables.range(this.digestsAt + position * 36, 36);
    }
    get tree() {
        return this.header.tree;
    }
    get size() {
        return this.header.entries;
    }
    maxSeq() {
        return this.header.maxSeq;
    }
    genesisIds() {
        return this.header.genesisIds;
    }
    get refCount() {
        return this.header.refs;
    }
    get heads() {
        return this.header.heads;
    }
    get outsideRefs() {
        this.outside ??= new Set(this.header.outsideRefs);
        return this.outside;
    }
    get unreadable() {
        return this.header.unreadable;
    }
    ref(ordinal) {
        const entry = this.tables.range(ordinal * this.refBytes, this.refBytes);
        const oidAt = ID_BYTES + 8;
        return {
            id: `sha256:${entry.toString('hex', 0, ID_BYTES)}`,
            seq: entry.readDoubleLE(ID_BYTES),
            oid: entry.toString('hex', oidAt, oidAt + this.hashBytes),
            readable: (entry[oidAt + this.hashBytes] & 1) === 1,
        };
    }
    ordinalOf(id) {
        const key = keyBytes(id);
        if (!key)
            return undefined;
        const position = searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), true);
        return position.found ? this.ordinalAt(position.index) : undefined;
    }
    get(id) {
        const ordinal = this.ordinalOf(id);
        if (ordinal === undefined)
            return undefined;
        const ref = this.ref(ordinal);
        return { id: ref.id, seq: ref.seq, path: (0,core_record/* recordPath */.lX)(ref.seq, ref.id) };
    }
    isReadableRecord(id) {
        const ordinal = this.ordinalOf(id);
        return ordinal !== undefined && this.ref(ordinal).readable;
    }
    /** The ordinal of the readable base verdict that sorts last among those naming `digest`. */
    latestOrdinal(digest) {
        const position = this.digestPosition(digest);
        return position.found ? this.digestAt(position.index).readUInt32LE(ID_BYTES) : undefined;
    }
    digestPosition(digest) {
        const key = keyBytes(digest);
        if (!key)
            return { found: false, index: 0 };
        return searchSorted(this.header.digests, key, (at) => this.digestAt(at), true);
    }
    /** The file: magic, header length, header (with each table block's hash), the seal over all of that, then the tables. */
    serialize(key) {
        const tables = this.tables.whole();
        const blocks = [];
        for (let at = 0; at < tables.length; at += BLOCK_BYTES)
            blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
        const header = Buffer.from(JSON.stringify({ ...this.header, blocks }), 'utf8');
        const length = Buffer.alloc(4);
        length.writeUInt32LE(header.length);
        const sealed = Buffer.concat([MAGIC, length, header]);
        return Buffer.concat([sealed, seal(key, sealed), tables]);
    }
    /**
     * Reads an index file's header: undefined unless its seal, its rules, its tree and its shape
     * are all right. The tables are read a block at a time as lookups need them, each checked
     * against the hash the sealed header gives (`broken` when one does not match).
     */
    static open(path, key, expected) {
        let head;
        let size;
        try {
            const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
            try {
                size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
                const start = Buffer.alloc(MAGIC.length + 4);
                if ((0,external_node_fs_namespaceObject.readSync)(fd, start, 0, start.length, 0) !== start.length || !start.subarray(0, MAGIC.length).equals(MAGIC))
                    return undefined;
                const headerLength = start.readUInt32LE(MAGIC.length);
                if (start.length + headerLength + MAC_BYTES > size)
                    return undefined;
                head = Buffer.alloc(start.length + headerLength + MAC_BYTES);
                if ((0,external_node_fs_namespaceObject.readSync)(fd, head, 0, head.length, 0) !== head.length)
                    return undefined;
            }
            finally {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
        }
        catch {
            return undefined;
        }
        return LedgerIndex.fromHead(head, key, expected, size, (header, tablesAt) => new Tables(size - tablesAt, undefined, { path, offset: tablesAt, hashes: header.blocks ?? [] }));
    }
    /** Reads a whole index file held in memory (tests); every block is checked at once. */
    static parse(bytes, key, expected) {
        if (bytes.length < MAGIC.length + 4 + MAC_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
            return undefined;
        const headEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length) + MAC_BYTES;
        if (headEnd > bytes.length)
            return undefined;
        const index = LedgerIndex.fromHead(bytes.subarray(0, headEnd), key, expected, bytes.length, (header, tablesAt) => {
            const tables = bytes.subarray(tablesAt);
            const blocks = [];
            for (let at = 0; at < tables.length; at += BLOCK_BYTES)
                blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
            return new Tables(tables.length, blocks.join() === (header.blocks ?? []).join() ? tables : undefined);
        });
        return index &&
            index.tables.length === bytes.length - headEnd &&
            index.tables.data
            ? index
            : undefined;
    }
    static fromHead(head, key, expected, size, tables) {
        const sealed = head.subarray(0, head.length - MAC_BYTES);
        if (!(0,external_node_crypto_.timingSafeEqual)(seal(key, sealed), head.subarray(head.length - MAC_BYTES)))
            return undefined;
        let header;
        try {
            header = JSON.parse(sealed.toString('utf8', MAGIC.length + 4));
        }
        catch {
            return undefined;
        }
        if (header.format !== INDEX_FORMAT || header.rules !== INDEX_RULES || header.objectFormat !== expected.objectFormat)
            return undefined;
        if (expected.tree !== undefined && header.tree !== expected.tree)
            return undefined;
        const counts = [header.refs, header.digests, header.entries];
        if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || !Number.isSafeInteger(header.maxSeq))
            return undefined;
        if (![header.genesisIds, header.heads, header.outsideRefs, header.unreadable].every(Array.isArray))
            return undefined;
        const refBytes = ID_BYTES + 8 + oidBytes(header.objectFormat) + 1;
        const tablesLength = header.refs * (refBytes + 4) + header.digests * 36;
        if (!Array.isArray(header.blocks) ||
            header.blocks.length !== Math.ceil(tablesLength / BLOCK_BYTES) ||
            head.length + tablesLength !== size)
            return undefined;
        const { blocks: _blocks, ...plain } = header;
        return new LedgerIndex(plain, tables(header, head.length));
    }
    /** The index of a base whose every record was read: `refs` in listing order, `records` the readable ones. */
    static build(args) {
        const ordinals = new Map();
        args.refs.forEach((ref, i) => ordinals.set(ref.id, i));
        const latest = new Map();
        for (const record of args.records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set(digestsNamedBy(record))) {
                const current = latest.get(digest);
                if (!current || ledger_compareRecords(current, record) < 0)
                    latest.set(digest, record);
            }
        }
        const readable = new Set(args.records.map((r) => r.id));
        const outside = new Set();
        for (const record of args.records)
            for (const prev of record.prev)
                if (!readable.has(prev))
                    outside.add(prev);
        const digests = [...latest.keys()].filter((d) => HEX64.test(d)).sort();
        const header = {
            format: INDEX_FORMAT,
            rules: INDEX_RULES,
            objectFormat: args.objectFormat,
            tree: args.tree,
            entries: args.entries,
            maxSeq: args.maxSeq,
            genesisIds: args.genesisIds,
            heads: ledger_computeHeads(args.records),
            outsideRefs: [...outside].sort(),
            unreadable: args.unreadable,
            ordered: args.ordered,
            refs: args.refs.length,
            digests: digests.length,
        };
        const hashBytes = oidBytes(args.objectFormat);
        const refBytes = ID_BYTES + 8 + hashBytes + 1;
        const refTable = Buffer.alloc(args.refs.length * refBytes);
        args.refs.forEach((ref, i) => writeRef(refTable, i * refBytes, ref, hashBytes));
        const sorted = args.refs.map((_, i) => i).sort((a, b) => (args.refs[a].id < args.refs[b].id ? -1 : 1));
        const byId = Buffer.alloc(sorted.length * 4);
        sorted.forEach((ordinal, i) => byId.writeUInt32LE(ordinal, i * 4));
        const digestTable = Buffer.alloc(digests.length * 36);
        digests.forEach((digest, i) => {
            digestTable.write(digest.slice(7), i * 36, 'hex');
            digestTable.writeUInt32LE(ordinals.get(latest.get(digest).id), i * 36 + ID_BYTES);
        });
        return LedgerIndex.inMemory(header, refTable, byId, digestTable);
    }
    /**
     * The index of a ledger that is this one plus `added` records (new paths only, none at
     * seq 0, no id already here), without touching the rest: new refs are appended, their ids
     * and digests merged into the sorted tables. `latestNow` holds, for each digest an added
     * verdict names that this index already has, the record it points at (read back by the caller).
     */
    extend(args) {
        const base = this.header.refs;
        const oldById = this.byIdTable;
        const oldDigests = this.digestTable;
        const ordinals = new Map();
        args.added.forEach((ref, i) => ordinals.set(ref.id, base + i));
        const refTable = Buffer.alloc(args.added.length * this.refBytes);
        args.added.forEach((ref, i) => writeRef(refTable, i * this.refBytes, ref, this.hashBytes));
        // Ids: each new ordinal goes where its id sorts.
        const inserts = args.added
            .map((ref, i) => ({ at: this.idPosition(ref.id), ordinal: base + i, id: ref.id }))
            .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
        const byIdParts = [];
        let from = 0;
        for (const insert of inserts) {
            byIdParts.push(oldById.subarray(from * 4, insert.at * 4));
            const entry = Buffer.alloc(4);
            entry.writeUInt32LE(insert.ordinal);
            byIdParts.push(entry);
            from = insert.at;
        }
        byIdParts.push(oldById.subarray(from * 4));
        // Digests: the later of what is there and what was added, in compareRecords order.
        const updates = new Map();
        for (const record of args.records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set(digestsNamedBy(record))) {
                if (!HEX64.test(digest))
                    continue;
                const now = updates.get(digest) ??
                    (args.latestNow.has(digest) ? { record: args.latestNow.get(digest), ordinal: -1 } : undefined);
                if (!now || ledger_compareRecords(now.record, record) < 0)
                    updates.set(digest, { record, ordinal: ordinals.get(record.id) });
            }
        }
        const digestTable = Buffer.from(oldDigests);
        const fresh = [];
        for (const [digest, { ordinal }] of updates) {
            if (ordinal < 0)
                continue;
            const position = this.digestPosition(digest);
            if (position.found)
                digestTable.writeUInt32LE(ordinal, position.index * 36 + ID_BYTES);
            else
                fresh.push({ digest, ordinal, at: position.index });
        }
        fresh.sort((a, b) => a.at - b.at || (a.digest < b.digest ? -1 : 1));
        const digestParts = [];
        from = 0;
        for (const entry of fresh) {
            digestParts.push(digestTable.subarray(from * 36, entry.at * 36));
            const bytes = Buffer.alloc(36);
            bytes.write(entry.digest.slice(7), 0, 'hex');
            bytes.writeUInt32LE(entry.ordinal, ID_BYTES);
            digestParts.push(bytes);
            from = entry.at;
        }
        digestParts.push(digestTable.subarray(from * 36));
        // Heads and outside references, from the sets alone (docs/spec.md, section 14).
        const addedIds = new Set(args.records.map((r) => r.id));
        const addedPrevs = new Set(args.records.flatMap((r) => r.prev));
        const heads = [
            ...this.header.heads.filter((id) => !addedPrevs.has(id)),
            ...[...addedIds].filter((id) => !addedPrevs.has(id) && !this.outsideRefs.has(id)),
        ].sort();
        const outside = new Set([...this.header.outsideRefs].filter((id) => !addedIds.has(id)));
        for (const prev of addedPrevs)
            if (!addedIds.has(prev) && !this.isReadableRecord(prev))
                outside.add(prev);
        const unreadable = [...this.header.unreadable, ...args.unreadable].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
        const header = {
            ...this.header,
            tree: args.tree,
            entries: this.header.entries + args.added.length,
            maxSeq: Math.max(this.header.maxSeq, ...args.added.map((r) => r.seq)),
            heads,
            outsideRefs: [...outside].sort(),
            unreadable,
            refs: base + args.added.length,
            digests: this.header.digests + fresh.length,
        };
        return LedgerIndex.inMemory(header, Buffer.concat([this.refTable, refTable]), Buffer.concat(byIdParts), Buffer.concat(digestParts));
    }
    /** Where `id` sorts among the ids (its insertion point). */
    idPosition(id) {
        const key = keyBytes(id);
        return searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), false).index;
    }
}
function writeRef(table, at, ref, hashBytes) {
    table.write(ref.id.slice(7), at, 'hex');
    table.writeDoubleLE(ref.seq, at + ID_BYTES);
    table.write(ref.oid, at + ID_BYTES + 8, 'hex');
    table[at + ID_BYTES + 8 + hashBytes] = ref.readable ? 1 : 0;
}
// --- the cache under .git/
/** Whether the index may be used: `AO_LEDGER_CACHE=off` makes every check read the whole base, as a reference. */
function indexEnabled() {
    return process.env.AO_LEDGER_CACHE !== 'off';
}
/** `.git/agentops-verdict` of the main repository (shared by its linked worktrees). */
function cacheRoot(git) {
    let common = git.gitDir;
    try {
        const text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(git.gitDir, 'commondir'), 'utf8').trim();
        if (text)
            common = (0,external_node_path_namespaceObject.resolve)(git.gitDir, text);
    }
    catch {
        // not a linked worktree
    }
    return (0,external_node_path_namespaceObject.join)(common, 'agentops-verdict');
}
/** The clone's own sealing key, made on first use; undefined where `.git` cannot be written. */
function sealingKey(root) {
    const file = (0,external_node_path_namespaceObject.join)(root, 'index-key');
    try {
        const key = (0,external_node_fs_namespaceObject.readFileSync)(file);
        if (key.length === 32)
            return key;
    }
    catch {
        // made below
    }
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(root, { recursive: true, mode: 0o700 });
        const temp = (0,external_node_path_namespaceObject.join)(root, `.index-key-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        (0,external_node_fs_namespaceObject.writeFileSync)(temp, (0,external_node_crypto_.randomBytes)(32), { mode: 0o600 });
        try {
            (0,external_node_fs_namespaceObject.linkSync)(temp, file); // never replaces a key another process made first
        }
        catch {
            // one exists now: use it
        }
        finally {
            (0,external_node_fs_namespaceObject.unlinkSync)(temp);
        }
        const key = (0,external_node_fs_namespaceObject.readFileSync)(file);
        return key.length === 32 ? key : undefined;
    }
    catch {
        return undefined;
    }
}
class IndexStore {
    dir;
    key;
    objectFormat;
    constructor(dir, key, objectFormat) {
        this.dir = dir;
        this.key = key;
        this.objectFormat = objectFormat;
    }
    static open(git) {
        if (!indexEnabled())
            return undefined;
        const root = cacheRoot(git);
        const key = sealingKey(root);
        return key ? new IndexStore((0,external_node_path_namespaceObject.join)(root, 'ledger-index'), key, git.objectFormat) : undefined;
    }
    file(tree) {
        return (0,external_node_path_namespaceObject.join)(this.dir, `${tree}.idx`);
    }
    load(tree) {
        return LedgerIndex.open(this.file(tree), this.key, { objectFormat: this.objectFormat, tree });
    }
    /** The newest few indexes of other ledger states: starting points for deriving this one. */
    candidates(except) {
        const found = [];
        for (const name of this.newestFiles()) {
            if (found.length >= DERIVE_FROM)
                break;
            const tree = name.slice(0, -'.idx'.length);
            if (tree === except)
                continue;
            const index = this.load(tree);
            if (index)
                found.push(index);
        }
        return found;
    }
    save(index) {
        try {
            (0,external_node_fs_namespaceObject.mkdirSync)(this.dir, { recursive: true, mode: 0o700 });
            const temp = (0,external_node_path_namespaceObject.join)(this.dir, `.${index.tree}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            (0,external_node_fs_namespaceObject.writeFileSync)(temp, index.serialize(this.key), { mode: 0o600 });
            (0,external_node_fs_namespaceObject.renameSync)(temp, this.file(index.tree));
            for (const stale of this.newestFiles().slice(KEEP_FILES))
                (0,external_node_fs_namespaceObject.unlinkSync)((0,external_node_path_namespaceObject.join)(this.dir, stale));
        }
        catch {
            // a cache that cannot be written is only a slower next run
        }
    }
    /** Forgets an index that proved wrong, so it is rebuilt. */
    discard(tree) {
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(this.file(tree));
        }
        catch {
            // already gone
        }
    }
    newestFiles() {
        let names;
        try {
            names = (0,external_node_fs_namespaceObject.readdirSync)(this.dir).filter((name) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?\.idx$/.test(name));
        }
        catch {
            return [];
        }
        const mtime = (name) => {
            try {
                return (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(this.dir, name)).mtimeMs;
            }
            catch {
                return 0;
            }
        };
        return names
            .map((name) => ({ name, at: mtime(name) }))
            .sort((a, b) => b.at - a.at)
            .map((f) => f.name);
    }
}
const TREE_MODE = '040000';
/**
 * Reads trees by id through the repository's one batch process, remembering each, and
 * answers what `git ls-tree -r` would: the leaves below a tree, in git's order.
 */
class TreeReader {
    git;
    raw = new Map();
    trees = new Map();
    idBytes;
    constructor(git) {
        this.git = git;
        this.idBytes = git.objectFormat === 'sha256' ? 32 : 20;
    }
    /** Reads the trees not read yet, in one batch round. */
    async read(ids) {
        const wanted = [...new Set(ids)].filter((id) => !this.raw.has(id));
        if (wanted.length === 0)
            return;
        const objects = await this.git.readObjectsBounded(wanted, Number.POSITIVE_INFINITY);
        for (const id of wanted) {
            const object = objects.get(id);
            this.raw.set(id, object?.type === 'tree' ? object.bytes : undefined);
        }
        for (const id of wanted)
            this.trees.delete(id);
    }
    /** A tree's entries (parsed on first use), once read. */
    entriesOf(id) {
        if (!this.trees.has(id)) {
            const raw = this.raw.get(id);
            this.trees.set(id, raw ? parseTreeObject(raw, this.idBytes) : undefined);
        }
        return this.trees.get(id);
    }
    /** Every leaf (blob, symlink, submodule) below `root`, in `ls-tree -r` order, with paths below `prefix`. */
    async leaves(root, prefix = `${core_record/* LEDGER_DIR */.EN}/`) {
        // Read level by level (one batch round each), then walk in the trees' own order.
        let level = [root];
        while (level.length > 0) {
            await this.read(level);
            const next = [];
            for (const id of level)
                for (const entry of this.entriesOf(id) ?? [])
                    if (entry.mode === TREE_MODE)
                        next.push(entry.id);
            level = next.filter((id) => !this.raw.has(id));
        }
        const leaves = [];
        let whole = true;
        const walk = (id, at) => {
            const entries = this.entriesOf(id);
            if (!entries)
                whole = false;
            for (const entry of entries ?? []) {
                const path = `${at}${entry.name.toString('utf8')}`;
                if (entry.mode === TREE_MODE)
                    walk(entry.id, `${path}/`);
                else
                    leaves.push({ path, mode: entry.mode, oid: entry.id });
            }
        };
        walk(root, prefix);
        // A tree git cannot give (a damaged repository) is never read as an empty folder.
        return whole ? leaves : undefined;
    }
    /**
     * The leaves `after` has and `before` lacks, when that is all that differs (every leaf of
     * `before` is in `after`, unchanged); undefined when anything was removed or changed.
     */
    async additions(before, after, prefix = `${core_record/* LEDGER_DIR */.EN}/`) {
        await this.read([before, after]);
        const old = this.entriesOf(before);
        const now = this.entriesOf(after);
        if (!old || !now)
            return undefined;
        const oldByName = new Map(old.map((e) => [e.name.toString('latin1'), e]));
        const added = [];
        const changedTrees = [];
        for (const entry of now) {
            const name = entry.name.toString('latin1');
            const was = oldByName.get(name);
            oldByName.delete(name);
            if (was && was.mode === entry.mode && was.id === entry.id)
                continue;
            const path = `${prefix}${entry.name.toString('utf8')}`;
            if (was) {
                if (was.mode !== TREE_MODE || entry.mode !== TREE_MODE)
                    return undefined;
                changedTrees.push([was.id, entry.id, `${path}/`]);
            }
            else if (entry.mode === TREE_MODE) {
                const below = await this.leaves(entry.id, `${path}/`);
                if (!below)
                    return undefined;
                added.push(...below);
            }
            else
                added.push({ path, mode: entry.mode, oid: entry.id });
        }
        if (oldByName.size > 0)
            return undefined;
        await this.read(changedTrees.flatMap(([a, b]) => [a, b]));
        for (const [a, b, path] of changedTrees) {
            const below = await this.additions(a, b, path);
            if (!below)
                return undefined;
            added.push(...below);
        }
        return added;
    }
    /**
     * Whether the tree `root` holds each blob at its path (below `prefix`): git resolves the
     * paths in one batch round, reading only the folders on the way.
     */
    async holds(root, blobs, prefix = `${core_record/* LEDGER_DIR */.EN}/`) {
        if (blobs.some((b) => !b.path.startsWith(prefix)))
            return false;
        const names = blobs.map((b) => `${root}:${b.path.slice(prefix.length)}`);
        const objects = await this.git.readObjectsBounded([...new Set(names)], 0);
        return blobs.every((b, i) => {
            const object = objects.get(names[i]);
            return object?.type === 'blob' && object.id === b.oid;
        });
    }
}

;// CONCATENATED MODULE: ./src/repo/ledger-view.ts









/** Where the index says some base records are (with every genesis): their paths and blob ids. */
function blobsOf(base, ids) {
    return [...ids, ...base.index.genesisIds()]
        .map((id) => base.index.ordinalOf(id))
        .filter((o) => o !== undefined)
        .map((o) => base.index.ref(o))
        .map((ref) => ({ path: (0,core_record/* recordPath */.lX)(ref.seq, ref.id), oid: ref.oid }));
}
/** A ledger with more heads than this (a forked one) looks up only the records its new ones name. */
const LIKELY_HEADS = 8;
const blobKey = (blob) => `${blob.path}\0${blob.oid}`;
function startHolds(base, ids) {
    const blobs = blobsOf(base, ids);
    const holds = base.reader.holds(base.tree, blobs);
    holds.catch(() => undefined); // awaited by confirmConsulted, or not needed
    return { base, keys: new Set(blobs.map(blobKey)), holds };
}
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
    baseSource;
    newFiles;
    violations;
    signatures;
    structuralProblems = [];
    allProblems;
    newRecords = [];
    genesisId;
    base;
    /**
     * Base records that could not be read back when the base was consulted (unreadable,
     * replaced, or not a valid record): filled by `latestFor` and `allRecords`. A record the
     * verifier cannot read is never silently skipped, since skipping a later `fail` could
     * turn a refusal into an acceptance.
     */
    baseProblems = [];
    newIndex = new DigestIndex();
    baseIndex;
    baseRecords;
    /** Base records (by id) the index answered for while the new records were checked. */
    consulted = new Set();
    constructor(git, source, baseRev, baseSource, newFiles, violations, signatures) {
        this.git = git;
        this.source = source;
        this.baseRev = baseRev;
        this.baseSource = baseSource;
        this.newFiles = newFiles;
        this.violations = violations;
        this.signatures = signatures;
        this.base = this.checkAgainst(baseSource);
    }
    /** Checks the new records against the base's records; returns what answered for the base. */
    checkAgainst(baseSource) {
        let base;
        if (baseSource.kind === 'index') {
            const index = baseSource.index;
            const consulted = this.consulted;
            base = {
                size: index.size,
                get: (id) => {
                    const ref = index.get(id);
                    if (ref)
                        consulted.add(id);
                    return ref;
                },
                genesisIds: () => index.genesisIds(),
                maxSeq: () => index.maxSeq(),
            };
        }
        else
            base = baseSource.listing;
        const checked = ledger_checkRecords(base, this.newFiles);
        this.structuralProblems = [...this.violations, ...checked.problems];
        this.allProblems = undefined;
        this.newRecords = checked.records;
        this.genesisId = checked.genesisId;
        this.newIndex = new DigestIndex();
        this.newIndex.add(this.newRecords);
        return baseSource.kind === 'index' ? baseSource.index : base;
    }
    /**
     * What is wrong with the ledger under test. Includes every new record's signature that does
     * not verify (whatever the policy says, a forged signature is tampering); computed on first
     * use, so readers that never ask (log, show) never pay for it.
     */
    get problems() {
        this.allProblems ??= [...this.structuralProblems, ...(this.signatures?.(this.newRecords) ?? [])];
        return this.allProblems;
    }
    get describeSource() {
        return this.source.kind === 'worktree'
            ? 'working tree'
            : this.source.kind === 'index'
                ? 'index (staged)'
                : `commit ${changes_shortSha(this.source.commit)}`;
    }
    get maxBaseSeq() {
        return this.base.maxSeq();
    }
    get recordCount() {
        return this.base.size + this.newRecords.length;
    }
    /**
     * Starts opening the ledger at `baseRev` (its index loaded, or its listing read), for a
     * caller that knows the base before it knows the change: `open` then takes it.
     */
    static startBase(git, baseRev) {
        const opened = openBase(git, baseRev);
        opened.catch(() => undefined); // awaited by open(); never an unhandled rejection meanwhile
        return { rev: baseRev, opened };
    }
    /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
    static async open(git, source, baseRev, started) {
        // The base is independent of the rest: it is found (or its index loaded) alongside.
        const basePromise = started && started.rev === baseRev ? started.opened : LedgerView.startBase(git, baseRev).opened;
        const violations = [];
        let changes;
        let untracked = [];
        const brokenRoot = source.kind === 'worktree'
            ? ledgerRootEntry(git.topLevel)
            : source.kind === 'commit'
                ? await committedRootEntry(git, source.commit)
                : undefined;
        if (brokenRoot) {
            // `.agents` or `.agents/ledger` is a symlink or a file: nothing below it is read.
            if (!baseRev)
                changes = [];
            else if (source.kind === 'commit')
                changes = await git.diffTrees(baseRev, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
            else
                changes = await git.diffWorktree(baseRev, [`${core_record/* LEDGER_DIR */.EN}/`]);
        }
        else if (source.kind === 'worktree') {
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
        else if (source.kind === 'index') {
            changes = source.changes ?? (await git.diffIndexCached(baseRev ?? git.emptyTree));
        }
        else {
            changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${core_record/* LEDGER_DIR */.EN}/`]);
        }
        const added = [];
        for (const entry of changes) {
            if (!manifest_isLedgerEntry(entry))
                continue;
            if (entry.status === 'A')
                added.push(entry);
            else
                violations.push(ledger_appendOnlyViolation(entry, { base: baseRev ? changes_shortSha(baseRev) : 'the base' }));
        }
        const newFiles = brokenRoot
            ? [brokenRoot]
            : source.kind === 'worktree'
                ? [...added.map((e) => manifest_pathText(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
                : await readTreeFiles(git, added);
        let base = await basePromise;
        // A working tree that changed base records reads them where they are now, as it always did.
        if (source.kind === 'worktree' && baseRev && (brokenRoot || violations.length > 0))
            base = await listingBase(git, baseRev, false);
        // Signature code is loaded only when a new record carries a signature.
        const signed = newFiles.some((file) => file.bytes &&
            Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).includes('"signature"'));
        const signatures = signed ? (await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 660))).signatureProblems : undefined;
        // The records a new one most likely names (a head, a genesis) are looked up in the base's
        // tree while the new ones are checked; `confirmConsulted` takes that answer when it covers them.
        const likely = base.kind === 'index' && !base.records && base.index.heads.length <= LIKELY_HEADS
            ? startHolds(base, base.index.heads)
            : undefined;
        const view = new LedgerView(git, source, baseRev, base, newFiles, violations, signatures);
        await view.confirmConsulted(likely);
        return view;
    }
    /** The base records the index vouched for while checking the new records must be where it says. */
    async confirmConsulted(likely) {
        const base = this.baseSource;
        if (base.kind !== 'index' || base.records)
            return;
        const needed = blobsOf(base, [...this.consulted]);
        // All of a larger set where the index says is all of this one where it says.
        const covered = likely && likely.base === base && needed.every((blob) => likely.keys.has(blobKey(blob)));
        const holds = needed.length === 0 || (covered && (await likely.holds)) || (await base.reader.holds(base.tree, needed));
        if (base.index.broken || !holds)
            await this.distrust();
    }
    /**
     * The index said something the base's tree does not bear out: forget it, read every base
     * record (building the index afresh), and check the new records again against that.
     */
    async distrust() {
        const base = this.baseSource;
        if (base.kind !== 'index' || base.records)
            return;
        base.store.discard(base.tree);
        forget(this.git, base.tree);
        this.baseSource = await indexedBase(this.git, base.store, base.tree, { rebuild: true });
        this.consulted.clear();
        this.base = this.checkAgainst(this.baseSource);
    }
    /**
     * The latest verdict naming each digest. A new record decides alone when its seq is
     * above every base record's; otherwise the base records are consulted too (through the
     * index, or read), so ignoring a base record can never turn a refusal into an acceptance.
     */
    async latestFor(digests) {
        const result = new Map();
        const maxBase = this.maxBaseSeq;
        const needBase = digests.filter((d) => {
            const latest = this.newIndex.latestFor(d);
            return !latest || latest.seq <= maxBase;
        });
        let fromIndex;
        if (needBase.length > 0 && this.base.size > 0) {
            fromIndex =
                this.baseSource.kind === 'index' && !this.baseSource.records ? await this.indexedLatest(needBase) : undefined;
            if (!fromIndex)
                await this.loadBase();
        }
        for (const digest of digests) {
            const candidates = [
                this.newIndex.latestFor(digest),
                fromIndex ? fromIndex.get(digest) : this.baseIndex?.latestFor(digest),
            ].filter((r) => !!r);
            candidates.sort(ledger_compareRecords);
            result.set(digest, candidates.at(-1));
        }
        return result;
    }
    /**
     * The deciding base verdict of each digest, as the index names it, each read back by its
     * blob id and checked (a valid record, with that id and seq, naming the digest, at its path
     * in the base's tree). Undefined when one fails: the index is then distrusted.
     */
    async indexedLatest(digests) {
        const base = this.baseSource;
        if (base.kind !== 'index')
            return undefined;
        const ordinals = new Map();
        for (const digest of digests) {
            const ordinal = base.index.latestOrdinal(digest);
            if (ordinal !== undefined)
                ordinals.set(digest, ordinal);
        }
        const records = await readIndexedRecords(this.git, base, [...new Set(ordinals.values())]);
        if (!records) {
            await this.distrust();
            return undefined;
        }
        const found = new Map();
        for (const [digest, ordinal] of ordinals) {
            const record = records.get(ordinal);
            if (record?.type !== 'verdict' || !digestsNamedBy(record).includes(digest)) {
                await this.distrust();
                return undefined;
            }
            found.set(digest, record);
        }
        this.reportUnreadable(base.index.unreadable);
        return found;
    }
    reportedUnreadable = false;
    reportUnreadable(unreadable) {
        if (this.reportedUnreadable)
            return;
        this.reportedUnreadable = true;
        for (const { path, reason } of unreadable)
            this.baseProblems.push(baseUnreadable(path, reason, this.baseRev));
    }
    /** Every record, base and new, read in full. Used by log, search and the writer. */
    async allRecords() {
        await this.loadBase();
        return [...(this.baseRecords ?? []), ...this.newRecords];
    }
    /**
     * Specific records by id (new ones from memory, base ones read in one batch), without
     * reading the rest of the ledger. Ids not in the ledger are absent from the result.
     */
    async recordsById(ids) {
        const found = new Map();
        const wanted = new Set(ids);
        for (const record of this.newRecords)
            if (wanted.has(record.id))
                found.set(record.id, record);
        const inMemory = this.baseRecords ?? (this.baseSource.kind === 'index' ? this.baseSource.records : undefined);
        if (inMemory) {
            for (const record of inMemory)
                if (wanted.has(record.id))
                    found.set(record.id, record);
            return found;
        }
        const missing = [...wanted].filter((id) => !found.has(id));
        const base = this.baseSource;
        if (base.kind === 'index') {
            const ordinals = missing
                .map((id) => base.index.ordinalOf(id))
                .filter((o) => o !== undefined && base.index.ref(o).readable);
            const records = await readIndexedRecords(this.git, base, ordinals);
            if (records) {
                for (const record of records.values())
                    found.set(record.id, record);
                return found;
            }
            await this.distrust();
            return this.recordsById(ids);
        }
        const refs = missing.map((id) => base.listing.get(id)).filter((ref) => !!ref);
        if (refs.length === 0)
            return found;
        for (const file of await this.readListed(refs)) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes);
            if (parsed.ok)
                found.set(parsed.record.id, parsed.record);
        }
        return found;
    }
    /** The heads of the ledger under test: from the index's base heads and the new records alone, when there is one. */
    async heads() {
        const base = this.baseSource;
        if (base.kind !== 'index' || this.baseRecords)
            return ledger_computeHeads(await this.allRecords());
        const index = base.index;
        const newIds = new Set(this.newRecords.map((r) => r.id));
        const newPrevs = new Set(this.newRecords.flatMap((r) => r.prev));
        const heads = new Set(index.heads.filter((id) => !newPrevs.has(id)));
        for (const id of newIds)
            if (!newPrevs.has(id) && !index.outsideRefs.has(id) && !index.isReadableRecord(id))
                heads.add(id);
        if (index.broken) {
            await this.distrust();
            return this.heads();
        }
        return [...heads].sort();
    }
    /** Base records listed by path, read where the source keeps them: the working tree, or by blob id. */
    async readListed(refs) {
        const base = this.baseSource;
        if (this.source.kind === 'worktree' && !(base.kind === 'listing' && base.oids)) {
            // Behind a symlinked `.agents` nothing is read (open() has already refused it).
            return ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        }
        const oids = base.kind === 'listing' ? base.oids : undefined;
        const named = refs.map((ref) => oids?.get(ref.path));
        const objects = await this.git.readObjectsBounded([...new Set(named.filter((n) => !!n))], core_record/* MAX_RECORD_BYTES */.xR);
        return refs.map((ref, i) => named[i] ? fileFromObject(ref.path, objects.get(named[i])) : { path: ref.path, kind: 'other' });
    }
    async loadBase() {
        if (this.baseRecords)
            return;
        const base = this.baseSource;
        let records;
        if (base.kind === 'index') {
            if (!base.records) {
                // Every readable record, in path order, each read back and checked against the index.
                const ordinals = [...Array(base.index.refCount).keys()].filter((o) => base.index.ref(o).readable);
                const read = await readIndexedRecords(this.git, base, ordinals, false);
                if (read)
                    base.records = [...read.values()].sort((a, b) => (0,core_record/* recordPath */.lX)(a.seq, a.id) < (0,core_record/* recordPath */.lX)(b.seq, b.id) ? -1 : 1);
                else
                    await this.distrust();
            }
            const current = this.baseSource;
            records = current.records ?? [];
            this.reportUnreadable(current.index.unreadable);
        }
        else {
            const refs = [...base.listing.all().values()];
            const files = await this.readListed(refs);
            records = [];
            const problems = [];
            for (const file of files) {
                const back = readBack(file);
                if ('record' in back)
                    records.push(back.record);
                else
                    problems.push({ path: file.path, reason: back.reason });
            }
            this.reportUnreadable(problems);
        }
        this.baseRecords = records;
        this.baseIndex = new DigestIndex();
        this.baseIndex.add(records);
    }
}
/** A base record read back: the record, or why it cannot be one. */
function readBack(file) {
    const parsed = file.kind === 'file' && file.bytes && file.size === undefined ? (0,core_record/* parseRecordFile */.TG)(file.path, file.bytes) : undefined;
    if (parsed?.ok)
        return { record: parsed.record };
    return { reason: parsed ? parsed.problem.message : file.kind === 'file' ? 'unreadable' : `now a ${file.kind}` };
}
function baseUnreadable(path, reason, baseRev) {
    const base = baseRev ? changes_shortSha(baseRev) : 'the base';
    return {
        code: 'base-unreadable',
        message: `${path} was at ${base} but cannot be read back as that record (${reason}): a record that cannot be read is never skipped`,
        path,
        fix: `restore it with \`git checkout ${base} -- ${shellQuote(path)}\`, then run \`ao ledger verify\``,
    };
}
/**
 * Reads base records the index names, by blob id in one batch, and checks each: a valid
 * record with the id and seq the index gives, at its path in the base's tree (`confirm`:
 * one lookup per record; a full read is checked by the index's own seal and the parse alone).
 * Undefined when any fails.
 */
async function readIndexedRecords(git, base, ordinals, confirm = true) {
    const refs = ordinals.map((o) => ({ ordinal: o, ...base.index.ref(o) }));
    if (base.index.broken)
        return undefined;
    const objects = await git.readObjectsBounded([...new Set(refs.map((r) => r.oid))], core_record/* MAX_RECORD_BYTES */.xR);
    const records = new Map();
    for (const ref of refs) {
        const back = readBack(fileFromObject((0,core_record/* recordPath */.lX)(ref.seq, ref.id), objects.get(ref.oid)));
        if (!('record' in back) || back.record.id !== ref.id || back.record.seq !== ref.seq)
            return undefined;
        records.set(ref.ordinal, back.record);
    }
    if (confirm &&
        refs.length > 0 &&
        !(await base.reader.holds(base.tree, refs.map((ref) => ({ path: (0,core_record/* recordPath */.lX)(ref.seq, ref.id), oid: ref.oid })))))
        return undefined;
    return records;
}
// --- finding the base: its index (cached, derived or built) or its listing
/** Indexes already loaded in this process, by repository and ledger tree: a second view of the same base is free. */
const loaded = new Map();
function forget(git, tree) {
    loaded.delete(`${git.gitDir}\0${tree}`);
}
/** Forgets every index this process loaded, so the next view reads the cache again (tests, long-lived callers). */
function forgetLoadedIndexes() {
    loaded.clear();
}
async function openBase(git, baseRev) {
    if (!baseRev)
        return { kind: 'listing', listing: new ledger_BaseListing([]), oids: new Map() };
    const store = IndexStore.open(git);
    if (!store)
        return listingBase(git, baseRev, true);
    const name = `${baseRev}:${core_record/* LEDGER_DIR */.EN}`;
    const root = (await git.readObjectsBounded([name], 0)).get(name);
    if (!root)
        return { kind: 'listing', listing: new ledger_BaseListing([]), oids: new Map() };
    // Anything but a tree there (a file, a submodule): let `git ls-tree` say what the base holds.
    if (root.type !== 'tree')
        return listingBase(git, baseRev, true);
    return indexedBase(git, store, root.id);
}
async function indexedBase(git, store, tree, options = {}) {
    const key = `${git.gitDir}\0${tree}`;
    const known = options.rebuild ? undefined : loaded.get(key);
    if (known)
        return known;
    const reader = new TreeReader(git);
    let base;
    const cached = options.rebuild ? undefined : store.load(tree);
    if (cached)
        base = { kind: 'index', index: cached, tree, reader, store };
    else {
        const derived = options.rebuild ? undefined : await deriveIndex(git, store, reader, tree);
        base = derived
            ? { kind: 'index', index: derived, tree, reader, store }
            : { kind: 'index', ...(await buildIndex(git, reader, tree)), tree, reader, store };
        store.save(base.index);
    }
    loaded.set(key, base);
    if (loaded.size > 8)
        loaded.delete(loaded.keys().next().value);
    return base;
}
/** The base's paths and blob ids from `git ls-tree`; `byId`: read records by blob id (else from the working tree). */
async function listingBase(git, baseRev, byId) {
    const entries = await git.lsTree(baseRev, `${core_record/* LEDGER_DIR */.EN}/`);
    const oids = new Map();
    for (const entry of entries)
        if (entry.type === 'blob')
            oids.set(entry.path, entry.id);
    return { kind: 'listing', listing: new ledger_BaseListing(entries.map((e) => e.path)), oids: byId ? oids : undefined };
}
/** Every record of the ledger tree read and checked: the index, and the records themselves. */
async function buildIndex(git, reader, tree) {
    const leaves = await reader.leaves(tree);
    if (!leaves)
        throw new core_errors/* AoError */.V(`git cannot read the ledger's tree ${changes_shortSha(tree)}`, {
            fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
        });
    const listing = new ledger_BaseListing(leaves.map((leaf) => leaf.path));
    const byPath = new Map(leaves.map((leaf) => [leaf.path, leaf]));
    const refs = [...listing.all().values()];
    const blobOf = (leaf) => (leaf && leaf.mode !== '160000' ? leaf.oid : undefined);
    const objects = await git.readObjectsBounded([...new Set(refs.map((ref) => blobOf(byPath.get(ref.path))).filter((o) => !!o))], core_record/* MAX_RECORD_BYTES */.xR);
    const indexRefs = [];
    const records = [];
    const unreadable = [];
    for (const ref of refs) {
        const oid = blobOf(byPath.get(ref.path));
        const back = readBack(oid ? fileFromObject(ref.path, objects.get(oid)) : { path: ref.path, kind: 'other' });
        if ('record' in back)
            records.push(back.record);
        else
            unreadable.push({ path: ref.path, reason: back.reason });
        indexRefs.push({ id: ref.id, seq: ref.seq, oid: oid ?? git.zeroId, readable: 'record' in back });
    }
    const recordPaths = leaves.filter((leaf) => (0,core_record/* parseRecordPath */.OT)(leaf.path)).length;
    const index = LedgerIndex.build({
        tree,
        objectFormat: git.objectFormat,
        entries: leaves.length,
        maxSeq: listing.maxSeq(),
        genesisIds: listing.genesisIds(),
        refs: indexRefs,
        records,
        unreadable,
        ordered: recordPaths === refs.length,
    });
    return { index, records };
}
/**
 * The index of `tree` derived from an earlier one, when `tree` only adds record files to
 * that one's ledger: the added records are read and checked, nothing else. Undefined when no
 * cached index is such a starting point (then the index is built from every record).
 */
async function deriveIndex(git, store, reader, tree) {
    for (const from of store.candidates(tree)) {
        if (!from.header.ordered)
            continue;
        const added = await reader.additions(from.tree, tree);
        if (!added)
            continue;
        const parts = added.map((leaf) => ({ leaf, ref: (0,core_record/* parseRecordPath */.OT)(leaf.path) }));
        if (parts.some((p) => !p.ref || p.ref.seq === 0 || !isRegularFileMode(p.leaf.mode) || from.ordinalOf(p.ref.id) !== undefined) ||
            from.broken)
            continue;
        if (new Set(parts.map((p) => p.ref.id)).size !== parts.length)
            continue;
        parts.sort((a, b) => (a.leaf.path < b.leaf.path ? -1 : 1));
        const objects = await git.readObjectsBounded([...new Set(parts.map((p) => p.leaf.oid))], core_record/* MAX_RECORD_BYTES */.xR);
        const refs = [];
        const records = [];
        const unreadable = [];
        for (const { leaf, ref } of parts) {
            const back = readBack(fileFromObject(leaf.path, objects.get(leaf.oid)));
            if ('record' in back)
                records.push(back.record);
            else
                unreadable.push({ path: leaf.path, reason: back.reason });
            refs.push({ id: ref.id, seq: ref.seq, oid: leaf.oid, readable: 'record' in back });
        }
        // What the earlier index says decides each digest an added verdict names, read back to compare.
        const named = new Set(records.flatMap((r) => (r.type === 'verdict' ? digestsNamedBy(r) : [])));
        const ordinals = new Map();
        for (const digest of named) {
            const ordinal = from.latestOrdinal(digest);
            if (ordinal !== undefined)
                ordinals.set(digest, ordinal);
        }
        const current = await readIndexedRecords(git, { kind: 'index', index: from, tree: from.tree, reader, store }, [
            ...new Set(ordinals.values()),
        ]);
        if (!current)
            continue;
        const latestNow = new Map();
        for (const [digest, ordinal] of ordinals)
            latestNow.set(digest, current.get(ordinal));
        const extended = from.extend({ tree, added: refs, records, unreadable, latestNow });
        if (!from.broken)
            return extended;
    }
    return undefined;
}
/** Every record of the working tree's ledger, in ledger order (`compareRecords`). */
async function readAllRecords(git) {
    const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(compareRecords);
}
function readWorktreeFile(top, path) {
    const full = (0,external_node_path_namespaceObject.join)(top, path);
    // A symlinked folder on the way (a bucket pointing elsewhere) is refused like a symlinked file.
    const linked = linkedParent(top, path);
    if (linked)
        return { path: linked, kind: 'symlink' };
    let fd;
    try {
        // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
        // O_NONBLOCK: opening a FIFO planted where a record should be must not wait for a writer.
        fd = (0,external_node_fs_namespaceObject.openSync)(full, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { path, kind: 'symlink' };
        return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
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
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, offset, stat.size - offset, offset);
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const realDirs = new Set();
/** The first folder between `top` and `path` that is not a real directory, if any. */
function linkedParent(top, path) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        const full = (0,external_node_path_namespaceObject.join)(top, folder);
        if (realDirs.has(full))
            continue;
        try {
            if (!(0,external_node_fs_namespaceObject.lstatSync)(full).isDirectory())
                return folder;
        }
        catch {
            return undefined; // absent: opening the file fails on its own
        }
        realDirs.add(full);
    }
    return undefined;
}
/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
function listWorktreeLedger(top) {
    const broken = ledgerRootEntry(top);
    if (broken)
        return [broken.path];
    const root = (0,external_node_path_namespaceObject.join)(top, core_record/* LEDGER_DIR */.EN);
    const paths = [];
    let buckets;
    try {
        buckets = (0,external_node_fs_namespaceObject.readdirSync)(root, { withFileTypes: true });
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
        for (const entry of (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, bucket.name), { withFileTypes: true }))
            paths.push(`${bucketPath}/${entry.name}`);
    }
    return paths.sort();
}
/** `ledgerRootEntry` for a commit's tree: the entry of `.agents` or `.agents/ledger` that is not a folder. */
async function committedRootEntry(git, commit) {
    // A folder named on its own lists what it holds; anything else lists as itself.
    const entries = await git.lsTree(commit, ['.agents', core_record/* LEDGER_DIR */.EN], { recursive: false });
    for (const path of ['.agents', core_record/* LEDGER_DIR */.EN]) {
        const entry = entries.find((e) => e.path === path);
        if (entry?.mode === '120000')
            return { path, kind: 'symlink' };
        if (entry && entry.type !== 'tree')
            return { path, kind: 'other' };
    }
    return undefined;
}
/**
 * `.agents` and `.agents/ledger` must be real directories (or absent): when either is a
 * symlink or something else, nothing below it is read or written, since it could lead out of
 * the repository. Returns that entry as a ledger file to refuse, or undefined when all is well.
 */
function ledgerRootEntry(top) {
    for (const path of ['.agents', core_record/* LEDGER_DIR */.EN]) {
        let stat;
        try {
            stat = (0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(top, path));
        }
        catch {
            return undefined;
        }
        if (stat.isSymbolicLink())
            return { path, kind: 'symlink' };
        if (!stat.isDirectory())
            return { path, kind: 'other' };
    }
    return undefined;
}
/** A ledger file from a bounded object read: too-large objects keep only their size. */
function fileFromObject(path, object) {
    if (!object)
        return { path, kind: 'other' };
    if (object.type !== 'blob')
        return { path, kind: object.type === 'tree' ? 'directory' : 'other' };
    return object.bytes ? { path, kind: 'file', bytes: object.bytes } : { path, kind: 'file', size: object.size };
}
async function readTreeFiles(git, added) {
    const regular = added.filter((e) => isRegularFileMode(e.newMode));
    const objects = await git.readObjectsBounded(regular.map((e) => e.newId), core_record/* MAX_RECORD_BYTES */.xR);
    return added.map((entry) => {
        const path = manifest_pathText(entry.path);
        if (entry.newMode === '120000')
            return { path, kind: 'symlink' };
        if (!isRegularFileMode(entry.newMode))
            return { path, kind: 'other' };
        return fileFromObject(path, objects.get(entry.newId));
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
        const listing = await git.lsTree(source.commit, `${LEDGER_DIR}/`);
        const objects = await git.readObjectsBounded(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id), MAX_RECORD_BYTES);
        files = listing.map((e) => e.mode === '120000'
            ? { path: e.path, kind: 'symlink' }
            : e.type === 'blob'
                ? fileFromObject(e.path, objects.get(e.id))
                : { path: e.path, kind: 'other' });
    }
    const checked = checkRecords(new BaseListing(), files);
    const { signatureProblems } = await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 660));
    const problems = [...checked.problems, ...signatureProblems(checked.records)];
    if (since) {
        const changes = source.kind === 'worktree'
            ? await git.diffWorktree(since, [`${LEDGER_DIR}/`])
            : await git.diffTrees(since, source.commit, [`${LEDGER_DIR}/`]);
        for (const entry of changes)
            if (isLedgerEntry(entry) && entry.status !== 'A')
                problems.push(appendOnlyViolation(entry, { base: shortSha(since) }));
        // Commit by commit too: a record added in one commit and deleted or changed in a later
        // one leaves no trace between `since` and the end, only in that commit's own diff.
        const head = source.kind === 'worktree' ? await git.headCommit() : source.commit;
        if (head && head !== since) {
            const seen = new Set(problems.filter(breaksAppendOnly).map((p) => p.path));
            for (const { change, ledgerEntries } of await changesOfCommits(git, await git.listCommits([`${since}..${head}`]))) {
                for (const entry of ledgerEntries) {
                    if (entry.status === 'A' || seen.has(pathText(entry.path)))
                        continue;
                    problems.push(appendOnlyViolation(entry, { change }));
                }
            }
        }
    }
    return {
        source: source.kind === 'worktree' ? 'working tree' : `commit ${shortSha(source.commit)}`,
        records: checked.records,
        heads: computeHeads(checked.records),
        problems,
        genesisId: checked.genesisId,
    };
}

;// CONCATENATED MODULE: ./src/repo/verify.ts












/**
 * Observe mode (rollout): what would fail is reported and the check passes. Only coverage is
 * observed: a broken or tampered ledger, or an invalid policy left behind, fails in every mode.
 */
function observedFailure(report, enforcement = report.policy.enforcement) {
    return !report.ok && enforcement === 'observe' && report.ledger.problems.length === 0;
}
async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${core_record/* POLICY_PATH */.l$}`;
    const checkersKey = `${rev}:${core_record/* CHECKERS_PATH */.Pn}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${changes_shortSha(rev)}`, rev };
    return {
        policy: policy_parsePolicy(bytes, `commit ${changes_shortSha(rev)}`),
        source: `${core_record/* POLICY_PATH */.l$} at ${changes_shortSha(rev)}`,
        rev,
        checkers: objects.get(checkersKey),
    };
}
/** The working tree's policy file (what `ao learn`, `ao context` and `ao report` read); undefined when there is none. */
function worktreePolicy(git) {
    const file = join(git.topLevel, POLICY_PATH);
    if (!existsSync(file))
        return undefined;
    const bytes = readFileSync(file);
    return { bytes, policy: parsePolicy(bytes, 'the working tree') };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
async function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    // The signature code loads only when a policy asks for signatures.
    const { makeSignatureCheck, parseCheckers } = await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 660));
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    const resolved = scope.kind === 'staged' ? await resolveStaged(git, scope, options) : await resolveCommits(git, scope, notes);
    const { base, head, label, changes } = resolved;
    const policyRev = options.policyRev ?? resolved.namedBase ?? base;
    const loaded = await (resolved.policyPromise ?? policyAt(git, policyRev));
    const { ledger, problems } = await ledgerProblems(git, scope, options, resolved);
    const policy = loaded.policy;
    const { decisions, rangeDecision } = policy
        ? await decideUnderPolicy(git, policy, { loaded, policyRev, options, scope, resolved, ledger, problems, notes })
        : { decisions: unenforced(loaded, changes, label, notes), rangeDecision: undefined };
    const counts = countDecisions(decisions);
    // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
    const verdictCurable = (d) => d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
    const coverAll = policy &&
        scope.kind !== 'staged' &&
        scope.kind !== 'commit' &&
        base &&
        head &&
        counts.uncovered >= 2 &&
        decisions.filter(verdictCurable).length === counts.uncovered
        ? rangeFixCommand({ base, head }, policy, options.checkerHint)
        : undefined;
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: {
            source: loaded.source,
            why: options.policyWhy,
            enforced: !!policy,
            mode: policy?.mode,
            enforcement: policy?.enforcement ?? 'enforce',
            policy,
        },
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
        coverAll,
        notes,
    };
}
/** The staged change: against HEAD, or against HEAD's parent when amending. */
async function resolveStaged(git, scope, options) {
    const [head, author] = await Promise.all([
        git.headCommit(),
        options.skipStagedAuthor ? undefined : git.authorEmail(),
    ]);
    let amending;
    let base = head;
    if (scope.amend) {
        if (!head)
            throw new core_errors/* AoError */.V('there is no commit to amend yet', { fix: 'commit without --amend' });
        [amending] = await git.listCommits(['-n', '1', head]);
        base = amending?.parents[0];
    }
    const label = amending ? `staged change (amending ${changes_shortSha(amending.sha)})` : 'staged change';
    // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
    const policyPromise = policyAt(git, options.policyRev ?? base);
    policyPromise.catch(() => undefined); // awaited by verify(); an invalid policy must surface there, not as an unhandled rejection
    const ledgerBase = LedgerView.startBase(git, base);
    const changes = [await stagedChange(git, head, author, amending)];
    return { base, head, label, changes, policyPromise, ledgerBase };
}
/** A commit, a range or a rev-list: its commits' changes, and (but for one commit) the combined change. */
async function resolveCommits(git, scope, notes) {
    let base;
    let head;
    let label;
    let commits;
    let namedBase;
    if (scope.kind === 'commit') {
        head = await git.resolveCommit(scope.rev, 'commit');
        commits = await git.listCommits(['-n', '1', head]);
        base = commits[0]?.parents[0];
        label = `commit ${changes_shortSha(head)}`;
    }
    else if (scope.kind === 'range') {
        const named = await git.resolveCommit(scope.base, 'range base');
        head = await git.resolveCommit(scope.head, 'range head');
        commits = await git.listCommits([`${named}..${head}`]);
        label = `${changes_shortSha(named)}..${changes_shortSha(head)}`;
        // A base branch that moved on since the fork: records it gained are not "deleted" by
        // the range. Judge the ledger and the combined change from the merge base; the
        // policy still comes from the base as named.
        base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
        if (base !== named) {
            namedBase = named;
            notes.push(`${changes_shortSha(named)} is not an ancestor of ${changes_shortSha(head)}: the ledger and the combined change are judged from their merge base ${changes_shortSha(base)}, the policy from ${changes_shortSha(named)}`);
        }
    }
    else {
        head = await git.resolveCommit(scope.head, 'head');
        commits = await git.listCommits([head, '--not', ...scope.exclude]);
        base = boundaryOf(commits);
        label = scope.label;
    }
    const changes = await changes_changesOfCommits(git, commits);
    const rangeChange = scope.kind !== 'commit' && base && commits.length > 0
        ? { kind: 'range', label, manifest: buildManifest(await git.diffTrees(base, head)), range: { base, head } }
        : undefined;
    return { base, head, label, changes, rangeChange, namedBase };
}
/**
 * The ledger the scope is judged on and its problems: the view's, each record a change
 * deleted or modified (named by that change), and an invalid policy the change leaves behind.
 */
async function ledgerProblems(git, scope, options, resolved) {
    const { base, head, changes } = resolved;
    // The staged scope judges what the commit will hold: the index's ledger, from the staged
    // entries already read (no working-tree scan on the hook's hot path).
    // A range is judged on the ledger as committed in its head, as CI judges it (and in time
    // that grows with the change, not the ledger); one commit, on the working tree's.
    const defaultSource = scope.kind === 'staged'
        ? { kind: 'index', changes: changes[0]?.ledgerEntries }
        : scope.kind !== 'commit' && head
            ? { kind: 'commit', commit: head }
            : { kind: 'worktree' };
    const ledger = await LedgerView.open(git, options.ledger ?? defaultSource, base, resolved.ledgerBase);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            if (commitProblems.some((p) => p.path === manifest_pathText(entry.path)))
                continue;
            commitProblems.push(ledger_appendOnlyViolation(entry, { change }));
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && ledger_breaksAppendOnly(p))),
        ...commitProblems,
    ];
    // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
    const headPolicy = scope.kind !== 'staged' || touchesPolicy(changes)
        ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base)
        : undefined;
    if (headPolicy)
        problems.push(headPolicy);
    return { ledger, problems };
}
function touchesPolicy(changes) {
    return changes.some(({ change }) => change.manifest.entries.some((e) => manifest_pathText(e.path) === core_record/* POLICY_PATH */.l$));
}
/** No policy at the base: nothing is enforced, and the notes say why. */
function unenforced(loaded, changes, label, notes) {
    notes.push(touchesPolicy(changes)
        ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
        : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`);
    return changes.map(({ change }) => ({
        change,
        outcome: 'exempt',
        reason: `no policy at ${loaded.rev ? changes_shortSha(loaded.rev) : 'the base'}: not enforced`,
    }));
}
/**
 * Each change decided under the policy (`decideChange`), with the records that decide its
 * digest, the signature rule and the constraints; in range mode the combined change first,
 * whose cover covers every commit that changes something.
 */
async function decideUnderPolicy(git, policy, args) {
    const { loaded, options, ledger, problems, notes } = args;
    const { base, head, changes, rangeChange } = args.resolved;
    const digests = changes.map(({ change }) => change.manifest.digest);
    // The combined change decides only in range mode: in commit mode its digest is never looked up.
    if (rangeChange && policy.mode === 'range')
        digests.push(rangeChange.manifest.digest);
    const latest = await ledger.latestFor([...new Set(digests)]);
    // A base record that cannot be read back, unless already reported as changed by the change.
    problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
    const signatureCheck = options.signatureCheck
        ? await options.signatureCheck(policy, git, args.policyRev)
        : await signatureCheckFor(loaded);
    if (signatureCheck && !options.signatureCheck)
        notes.push(`the policy requires signed verdicts: keys trusted by ${core_record/* CHECKERS_PATH */.Pn} at ${changes_shortSha(loaded.rev)}`);
    // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
    const withRange = rangeChange && head && base
        ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }]
        : changes;
    const learnings = await prepareConstraints(git, policy, ledger, withRange, args.scope.kind === 'staged' ? base : undefined);
    const decide = (change) => decideChange(change, {
        policy,
        lookup: (digest) => latest.get(digest),
        signatureCheck,
        checkerHint: options.checkerHint,
        learnings,
        authenticatedActor: options.authenticatedActor,
    });
    const rangeDecision = policy.mode === 'range' && rangeChange ? decide(rangeChange) : undefined;
    const decisions = changes.map(({ change }) => {
        if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
            return {
                change,
                outcome: 'covered',
                record: rangeDecision.record,
                reason: `covered by range ${rangeDecision.reason}`,
            };
        }
        return decide(change);
    });
    return { decisions, rangeDecision };
}
/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(git, head, base) {
    if (head !== undefined && head === base)
        return undefined;
    const name = head === undefined ? `:${core_record/* POLICY_PATH */.l$}` : `${head}:${core_record/* POLICY_PATH */.l$}`;
    const where = head === undefined ? 'the index' : `commit ${changes_shortSha(head)}`;
    const object = (await git.readObjectsBounded([name], MAX_POLICY_BYTES)).get(name);
    if (!object)
        return undefined;
    let reason;
    if (object.type !== 'blob')
        reason = `${core_record/* POLICY_PATH */.l$} at ${where} is not a file`;
    else if (!object.bytes)
        reason = `${core_record/* POLICY_PATH */.l$} at ${where} is ${object.size} bytes; the limit is ${MAX_POLICY_BYTES}`;
    else {
        try {
            policy_parsePolicy(object.bytes, where);
        }
        catch (error) {
            if (!(error instanceof core_errors/* AoError */.V))
                throw error;
            reason = error.message;
        }
    }
    if (!reason)
        return undefined;
    return {
        code: 'invalid-policy',
        message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
        path: core_record/* POLICY_PATH */.l$,
        fix: `fix ${core_record/* POLICY_PATH */.l$} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
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
/**
 * Changes `atTip` (a report on the ledger as committed) leaves without a verdict that the
 * working tree's ledger covers: a verdict recorded and never committed. Said outright, since
 * a fresh clone will not have it. Reads the working tree, so it is asked only after a failure.
 */
async function uncommittedCover(git, scope, options, atTip) {
    const uncovered = atTip.decisions.filter((d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict');
    if (uncovered.length === 0)
        return [];
    let inWorktree;
    try {
        inWorktree = await verify(git, scope, { ...options, ledger: { kind: 'worktree' } });
    }
    catch {
        return [];
    }
    const found = [];
    for (const decision of uncovered) {
        const there = inWorktree.decisions.find((d) => d.change.label === decision.change.label && d.change.manifest.digest === decision.change.manifest.digest);
        if (there?.outcome === 'covered' && there.record)
            found.push({
                label: decision.change.label,
                record: shortId(there.record.id),
                path: recordPath(there.record.seq, there.record.id),
            });
    }
    return found;
}
/** How many decisions have each outcome: the counts every report carries. */
function countDecisions(decisions) {
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    return {
        checked: decisions.length,
        covered: count('covered'),
        uncovered: count('uncovered'),
        exempt: count('exempt'),
        empty: count('empty'),
    };
}

;// CONCATENATED MODULE: ./src/harness/processes.ts


function processInfo(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return undefined;
    try {
        const argv = readProcFile(`/proc/${pid}/cmdline`).split('\0');
        if (argv.at(-1) === '')
            argv.pop();
        const stat = readProcFile(`/proc/${pid}/stat`);
        // The second field, the command name, is in parentheses and may hold spaces; the
        // fields after it start with the state (3), then the parent (4); the start time is 22.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { pid, ppid: Number(fields[1]), argv, started: fields[19] ?? '' };
    }
    catch {
        // no /proc (macOS, BSD): ask ps
    }
    try {
        const out = (0,external_node_child_process_namespaceObject.execFileSync)('ps', ['-o', 'ppid=', '-o', 'lstart=', '-o', 'args=', '-p', String(pid)], {
            encoding: 'utf8',
            timeout: 2000,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        // lstart is fixed-width: "Thu Dec  3 00:10:38 2026".
        const match = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(out.trim());
        if (!match)
            return undefined;
        return { pid, ppid: Number(match[1]), argv: match[3].split(/\s+/), started: match[2].replace(/\s+/g, ' ') };
    }
    catch {
        return undefined;
    }
}
/**
 * A /proc file reports no size, so readFileSync reads it through 64 KiB buffers: read to its
 * end a page at a time instead (the pre-commit hook reads two per ancestor on every commit).
 */
function readProcFile(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const full = [];
        let chunk = Buffer.allocUnsafe(4096);
        let used = 0;
        for (;;) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, used, chunk.length - used, null);
            if (read === 0)
                break;
            used += read;
            if (used === chunk.length) {
                full.push(chunk);
                chunk = Buffer.allocUnsafe(chunk.length * 2);
                used = 0;
            }
        }
        return Buffer.concat([...full, chunk.subarray(0, used)]).toString('latin1');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** This process's ancestors, nearest first, at most `limit` of them (init excluded). */
function ancestors(limit) {
    const found = [];
    let pid = process.ppid;
    while (found.length < limit && pid > 1) {
        const info = processInfo(pid);
        if (!info)
            break;
        found.push(info);
        pid = info.ppid;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/git-argv.ts
/**
 * git's global options that take the next word as their value (`git -c k=v commit`): whoever
 * reads a git command line (the amend detection, the agent's shell guard) skips them the same
 * way to find the subcommand.
 */
const GIT_GLOBAL_OPTIONS_WITH_VALUE = new Set([
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

;// CONCATENATED MODULE: ./src/cli/invocation.ts


/**
 * Git does not tell a pre-commit hook whether the commit amends HEAD, yet an amended commit
 * replaces HEAD and needs a verdict on its change against HEAD's parent. The `git commit`
 * process that runs the hook says so in its own argument vector: find it among our
 * ancestors (src/harness/processes.ts) and read its options.
 */
async function commitIsAmend(alias) {
    const argv = gitAncestorArgv(process.ppid);
    if (!argv)
        return false;
    if (commitArgs(argv))
        return amendsIn(argv);
    // `git ci --amend` with alias.ci = "commit" (a shell alias, "!\u2026", runs its own git commit below us).
    const sub = subcommandIndex(argv);
    const name = argv[sub];
    const expansion = name && /^[A-Za-z0-9-]+$/.test(name) ? await alias(name) : undefined;
    if (!expansion || expansion.startsWith('!'))
        return false;
    return amendsIn([argv[0], ...argv.slice(1, sub), ...expansion.trim().split(/\s+/), ...argv.slice(sub + 1)]);
}
/** Walks up at most a few processes (git \u2192 sh \u2192 husky's sh \u2192 node) to the nearest git. */
function gitAncestorArgv(start) {
    let pid = start;
    for (let depth = 0; depth < 6 && pid > 1; depth++) {
        const info = processInfo(pid);
        if (!info)
            return undefined;
        if (isGit(info.argv[0]) && info.argv.length > 1)
            return info.argv;
        pid = info.ppid;
    }
    return undefined;
}
function isGit(program) {
    return !!program && /(^|\/)git(\.exe)?$/.test(program);
}
/** The arguments after `commit`, when argv is a `git commit` command line. */
function commitArgs(argv) {
    const i = subcommandIndex(argv);
    return argv[i] === 'commit' ? argv.slice(i + 1) : undefined;
}
function subcommandIndex(argv) {
    let i = 1;
    while (i < argv.length) {
        const arg = argv[i];
        if (GIT_GLOBAL_OPTIONS_WITH_VALUE.has(arg))
            i += 2;
        else if (arg.startsWith('-'))
            i += 1;
        else
            break;
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
function amendsIn(argv) {
    const args = commitArgs(argv) ?? [];
    let amend = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        if (COMMIT_WITH_VALUE.has(arg))
            i++;
        else if (/^--am(e(n(d)?)?)?$/.test(arg))
            amend = true;
        else if (/^--no-am(e(n(d)?)?)?$/.test(arg))
            amend = false;
    }
    return amend;
}

;// CONCATENATED MODULE: ./src/cli/hook-pre-commit.ts




/**
 * The pre-commit hook: the staged change needs a passing verdict. `opening` is the
 * repository already being opened with the staged diff started (`Git.open(cwd, { staged: true })`).
 */
async function preCommit(cli, opening) {
    // `git commit --amend` replaces HEAD: the commit it makes needs a verdict on its change against HEAD's parent.
    // Read off the process tree while git probes the repository.
    const amending = commitIsAmend(async (name) => (await opening).configGet(`alias.${name}`));
    amending.catch(() => undefined); // awaited below, once the repository is open; its failure surfaces there
    const git = await opening;
    const amend = await amending;
    const report = await verify(git, amend ? { kind: 'staged', amend: true } : { kind: 'staged' }, {
        checkerHint: cli.env.AO_CHECKER,
        skipStagedAuthor: true,
    });
    const style = styleFor(process.stderr);
    if (report.ok) {
        const decision = report.decisions[0];
        if (decision?.outcome === 'covered')
            cli.err(`agentops/verdict: ${clean(decision.reason)}`);
        return 0;
    }
    const ao = runnableAo(cli, git.topLevel);
    // In range mode the push is what must be covered: the commit hook only warns.
    const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
    cli.err(renderReport(report, style, ao));
    if (warnOnly) {
        cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
        return 0;
    }
    if (observedFailure(report)) {
        cli.err(`agentops/verdict: ${OBSERVE_WARNING}: committing anyway.`);
        return 0;
    }
    const byConstraint = report.decisions.some((d) => d.failedRule === 'constraint' || d.failedRule === 'ratchet');
    cli.err(byConstraint
        ? `\nagentops/verdict refused this commit: it breaks a constraint promoted from a learning. Fix what it names, then commit again.`
        : `\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`);
    return 1;
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
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

;// CONCATENATED MODULE: ./src/cli/process.ts



/**
 * What an entry point (the CLI, the pre-commit hook's own bundle) sets up before a command
 * runs, and the `Cli` it runs with: process-wide flags and handlers belong here, not in core.
 */
function processCli() {
    // forbidPattern constraints run only on V8's linear-time regular expression engine
    // (src/core/linear-regexp.ts): a flag, so process-wide, set before anything runs.
    (0,external_node_v8_namespaceObject.setFlagsFromString)(LINEAR_ENGINE_V8_FLAG);
    // A stray rejection is a bug, never a verdict: report it as one (exit 2), not as exit 1.
    process.on('unhandledRejection', (error) => {
        process.stderr.write(`ao: internal error: ${error instanceof Error ? error.message : String(error)}\n  fix: please report this with the command you ran\n`);
        process.exit(2);
    });
    // A closed pipe (`ao log | head`) is the reader's choice, not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(0);
    });
    return {
        cwd: process.cwd(),
        env: process.env,
        out: (text) => void process.stdout.write(`${text}\n`),
        err: (text) => void process.stderr.write(`${text}\n`),
        stdin: readStdin,
    };
}

;// CONCATENATED MODULE: ./src/cli/report-error.ts

/** What a command that threw prints, and its exit code: an AoError says where and how to fix it; anything else is a bug. */
function reportError(cli, error) {
    if (error instanceof core_errors/* AoError */.V) {
        cli.err(`ao: error: ${error.message}${error.where ? `\n  where: ${error.where}` : ''}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
        return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.err(`ao: internal error: ${message}\n  fix: please report this with the command you ran${cli.env.AO_DEBUG ? `\n${error.stack ?? ''}` : ' (AO_DEBUG=1 shows the stack)'}`);
    return core_errors/* EXIT_USAGE */.R;
}

;// CONCATENATED MODULE: ./src/cli/pre-commit.ts
// The pre-commit hook's own bundle (dist/cli/pre-commit/index.cjs), which the `ao` launcher
// loads for `ao hook pre-commit`: it runs on every commit, so it loads only what the hook
// needs, as CommonJS (no ES module loader), and its first import starts git.




let passed = false;
/** For the code cache (src/cli/code-cache.ts): a run that checked a change and let it through went the whole usual way. */
const ranWhole = () => passed;
const cli = processCli();
if (opening) {
    preCommit(cli, opening).then((code) => {
        process.exitCode = code;
        passed = code === 0;
        // Decided and said: what is left is only git's processes closing their pipes (a
        // millisecond and more on every commit). Where the standard streams write without
        // blocking (pipes on macOS), anything still queued is first let out.
        if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0)
            process.exit();
    }, (error) => {
        process.exitCode = reportError(cli, error);
    });
}

module.exports = __webpack_exports__;
/******/ })()
;
})