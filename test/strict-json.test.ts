import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8At, parseStrictJson } from '../src/core/strict-json.js';

// The one strict JSON parser (event payloads, the policy, judges' answers), fed what an
// adversary would write. It must refuse each, say where, and never throw or recurse unbounded.

function refused(input: string | Uint8Array): { error: string; offset: number; line: number; column: number } {
  const result = parseStrictJson(input);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(result.value)}`);
  return { error: result.error, ...result.position };
}

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseStrictJson accepts exactly JSON', () => {
  it('reads what JSON.stringify writes, as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const fromString = parseStrictJson(text);
        const fromBytes = parseStrictJson(utf8(text));
        expect(fromString).toEqual({ ok: true, value: JSON.parse(text) });
        expect(fromBytes).toEqual(fromString);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "__proto__" as an own key, never as the prototype', () => {
    const result = parseStrictJson('{"__proto__": {"polluted": true}, "a": 1}');
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts escapes, surrogate pairs (escaped and raw) and whitespace around the value', () => {
    expect(
      parseStrictJson(
        ' \t\r\n{"a":"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\"\\\\","b":[-0.5e+3,0,1E2,true,false,null]}\n',
      ),
    ).toEqual({
      ok: true,
      value: { a: 'é😀/\b\f\n\r\t"\\', b: [-500, 0, 100, true, false, null] },
    });
    expect(parseStrictJson('"😀"')).toEqual({ ok: true, value: '😀' });
    expect(parseStrictJson(utf8('"😀é"'))).toEqual({ ok: true, value: '😀é' });
  });
});

describe('parseStrictJson refuses, with the position', () => {
  it('a byte order mark, as bytes or as text', () => {
    expect(refused(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toMatchObject({
      error: 'a byte order mark (U+FEFF) before the value at line 1, column 1',
      offset: 0,
    });
    expect(refused('\ufeff{}').error).toContain('byte order mark');
    // Inside a value is not a BOM but a character: fine in a string, refused elsewhere.
    expect(parseStrictJson('"\ufeff"')).toEqual({ ok: true, value: '\ufeff' });
    expect(refused('[1,\ufeff2]').error).toContain('U+FEFF');
  });

  it('a duplicate key at any depth, including __proto__ and keys equal only after unescaping', () => {
    expect(refused('{"a":1,"a":2}')).toMatchObject({ error: 'duplicate key "a" at line 1, column 8', offset: 7 });
    expect(refused('{"x":{"y":[{"z":1,\n  "z":2}]}}')).toMatchObject({
      error: 'duplicate key "z" at line 2, column 3',
      line: 2,
      column: 3,
    });
    expect(refused('{"__proto__":1,"__proto__":2}').error).toContain('duplicate key "__proto__"');
    expect(refused('{"a":1,"\\u0061":2}').error).toContain('duplicate key "a"');
    // A policy that says "requireSignature" twice must not mean one thing to us and another to a reviewer.
    expect(refused('{"requireSignature":true,"requireSignature":false}').error).toContain(
      'duplicate key "requireSignature"',
    );
  });

  it('anything after the value', () => {
    expect(refused('{} {}')).toMatchObject({
      error: 'unexpected character "{" after the JSON value at line 1, column 4',
      offset: 3,
    });
    expect(refused('{"a":1}x').error).toContain('after the JSON value');
    expect(refused('1 2').error).toContain('after the JSON value');
    expect(refused('{}\u0000').error).toContain('U+0000 after the JSON value');
    expect(refused('{}\n\n//comment').line).toBe(3);
  });

  it('invalid UTF-8: overlongs, encoded surrogates, past U+10FFFF, stray and truncated sequences', () => {
    const cases: [Uint8Array, number][] = [
      [bytes(0x22, 0xc0, 0x80, 0x22), 1], // overlong NUL
      [bytes(0x22, 0xe0, 0x80, 0xaf, 0x22), 2], // overlong "/"
      [bytes(0x22, 0xed, 0xa0, 0x80, 0x22), 2], // an encoded surrogate (CESU-8)
      [bytes(0x22, 0xf4, 0x90, 0x80, 0x80, 0x22), 2], // past U+10FFFF
      [bytes(0x22, 0xf5, 0x80, 0x80, 0x80, 0x22), 1],
      [bytes(0x22, 0x80, 0x22), 1], // a stray continuation byte
      [bytes(0x22, 0xc3), 1], // truncated at the end
      [bytes(0x7b, 0x0a, 0x22, 0xe2, 0x82, 0x22), 5], // truncated inside
    ];
    for (const [input, offset] of cases) {
      const { error, offset: at } = refused(input);
      expect(error).toMatch(/^invalid UTF-8 at byte \d+ \(line \d+, column \d+\)$/);
      expect(at).toBe(offset);
      expect(invalidUtf8At(input)).toBe(offset);
    }
    expect(refused(bytes(0x7b, 0x0a, 0x22, 0xe2, 0x82, 0x22))).toMatchObject({ line: 2, column: 3 });
  });

  it('lone surrogates, escaped or raw', () => {
    expect(refused('"\\ud800"').error).toBe('lone surrogate \\ud800 in a string at line 1, column 2');
    expect(refused('"\\udc00\\ud800"').error).toContain('lone surrogate \\udc00');
    expect(refused('"\\ud800\\u0041"').error).toContain('lone surrogate \\ud800');
    expect(refused('"\\ud800x"').error).toContain('lone surrogate');
    expect(refused('{"\\udfff":1}').error).toContain('lone surrogate');
    expect(refused('"\ud800"').error).toContain('lone surrogate U+D800');
    expect(refused('"\udc00\ud800"').error).toContain('lone surrogate U+DC00');
    expect(refused('"a\ud83d"').error).toContain('lone surrogate U+D83D');
  });

  it('what lenient parsers allow: comments, single quotes, trailing commas, bare words, NaN, hex, leading zeros', () => {
    for (const input of [
      '{"a":1,}',
      '[1,]',
      "{'a':1}",
      '{a:1}',
      '// c\n{}',
      '/* c */{}',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x10',
      '01',
      '1.',
      '.5',
      '+1',
      '-',
      '1e',
      '1e+',
      '--1',
      'tru',
      'nul',
      'True',
      '[1 2]',
      '{"a" 1}',
      '{"a":1 "b":2}',
      '',
    ]) {
      const result = parseStrictJson(input);
      expect(result.ok, input).toBe(false);
    }
    expect(refused('').error).toBe('unexpected end of input, expected a JSON value at line 1, column 1');
    expect(refused('   ').error).toContain('end of input');
    expect(refused('[1,]').error).toBe('unexpected character "]", expected a JSON value at line 1, column 4');
    expect(refused('01')).toMatchObject({ error: 'invalid number at line 1, column 1' });
  });

  it('bad strings: raw control characters, invalid escapes, unterminated', () => {
    expect(refused('"a\nb"')).toMatchObject({
      error: 'unescaped control character U+000A in a string at line 1, column 3',
    });
    expect(refused('"a\tb"').error).toContain('U+0009');
    expect(refused('"\\x41"').error).toContain('invalid escape \\x');
    expect(refused('"\\u12"').error).toContain('four hex digits');
    expect(refused('"\\u12G4"').error).toContain('four hex digits');
    expect(refused('"abc').error).toBe('unterminated string at line 1, column 1');
    expect(refused('"abc\\').error).toContain('unterminated string');
    expect(refused('{"a":"b}').error).toContain('unterminated string');
  });

  it('hostile nesting: bounded depth, no stack overflow, no throw', () => {
    expect(refused('['.repeat(100_000)).error).toBe('nesting deeper than 512 levels at line 1, column 513');
    expect(refused('{"a":'.repeat(100_000)).error).toContain('nesting deeper than 512 levels');
    expect(parseStrictJson(`${'['.repeat(512)}${']'.repeat(512)}`).ok).toBe(true);
    expect(parseStrictJson('[[[1]]]', { maxDepth: 2 }).ok).toBe(false);
  });

  it('reports byte offsets for bytes and UTF-16 offsets for text', () => {
    const text = '{"é😀":1,"é😀":2}';
    expect(refused(text)).toMatchObject({ offset: 9, column: 9 });
    expect(refused(utf8(text))).toMatchObject({ offset: 12, column: 9 });
  });
});
