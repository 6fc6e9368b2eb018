/**
 * validateRecordShape checks a subject's entries with its own code first (src/core/schemas.ts)
 * and hands the rest to the generated validator. It must accept exactly what the generated
 * validator accepts on the whole record: here the generated one is the oracle, on hand-picked
 * hostile entries and on random ones, and the rules the quick check knows are pinned to the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import type { VerdictRecord } from '../../src/core/record.js';
import { validateRecordShape } from '../../src/core/schemas.js';
import { validateRecord } from '../../src/core/validators.generated.js';

const plainEntry = {
  oldMode: '000000',
  newMode: '100644',
  oldId: '0'.repeat(40),
  newId: 'a'.repeat(40),
  status: 'A',
  path: 'src/a.ts',
};

function verdictWith(entries: unknown[], kind: 'staged' | 'commit' | 'range' = 'staged'): VerdictRecord {
  const digest = `sha256:${'1'.repeat(64)}`;
  const subject =
    kind === 'staged'
      ? { kind, digest, entries }
      : kind === 'commit'
        ? { kind, digest, entries, commit: 'c'.repeat(40) }
        : { kind, digest, entries, base: 'b'.repeat(40), head: 'c'.repeat(40), commits: [] };
  // Not sealed: the schema only asks for an id's shape, and a lone surrogate cannot be hashed.
  return {
    schema: 'agentops-verdict/record@1',
    id: `sha256:${'3'.repeat(64)}`,
    type: 'verdict',
    seq: 1,
    prev: [`sha256:${'2'.repeat(64)}`],
    createdAt: '2026-12-03T10:00:00Z',
    ledger: `sha256:${'2'.repeat(64)}`,
    subject: subject as VerdictRecord['subject'],
    verdict: 'pass',
    checker: { id: 'reviewer@example.com', kind: 'agent' },
    worker: { id: 'worker@example.com', kind: 'agent' },
    evidence: [],
    summary: '',
  };
}

/** The oracle's answer and ours, on a copy each (neither may lean on the other's work). */
function both(record: unknown): { oracle: boolean; ours: boolean } {
  const copy = (): unknown => JSON.parse(JSON.stringify(record));
  return { oracle: validateRecord(copy()), ours: validateRecordShape(copy()).length === 0 };
}

const hostileEntries: [string, unknown][] = [
  ['an extra key', { ...plainEntry, extra: 1 }],
  ['a missing status', { ...plainEntry, status: undefined }],
  ['an unknown status', { ...plainEntry, status: 'R' }],
  ['a mode of seven digits', { ...plainEntry, newMode: '1006444' }],
  ['a mode with an 8', { ...plainEntry, newMode: '100648' }],
  ['a mode as a number', { ...plainEntry, newMode: 100644 }],
  ['a short object id', { ...plainEntry, newId: 'a'.repeat(39) }],
  ['an upper-case object id', { ...plainEntry, newId: 'A'.repeat(40) }],
  ['a SHA-256 object id', { ...plainEntry, newId: 'a'.repeat(64) }],
  ['an object id of 50', { ...plainEntry, newId: 'a'.repeat(50) }],
  ['an object id with a newline after it', { ...plainEntry, oldId: `${'0'.repeat(40)}\n` }],
  ['an empty path', { ...plainEntry, path: '' }],
  ['an absolute path', { ...plainEntry, path: '/etc/passwd' }],
  ['a ".." segment', { ...plainEntry, path: 'src/../x' }],
  ['a "." segment', { ...plainEntry, path: './x' }],
  ['an empty segment', { ...plainEntry, path: 'a//b' }],
  ['a trailing slash', { ...plainEntry, path: 'a/' }],
  ['a NUL', { ...plainEntry, path: 'a\u0000b' }],
  ['a newline in the path', { ...plainEntry, path: 'a\nb' }],
  ['a path of 4096 characters', { ...plainEntry, path: 'a'.repeat(4096) }],
  ['a path of 4097 characters', { ...plainEntry, path: 'a'.repeat(4097) }],
  ['a path of 4096 code points in 8192 UTF-16 units', { ...plainEntry, path: '😀'.repeat(4096) }],
  ['a lone surrogate', { ...plainEntry, path: 'a\ud800' }],
  ['pathBase64 beside path', { ...plainEntry, pathBase64: 'gA==' }],
  ['pathBase64 alone', { ...plainEntry, path: undefined, pathBase64: 'gA==' }],
  ['neither path nor pathBase64', { ...plainEntry, path: undefined }],
  ['an array', [plainEntry]],
  ['null', null],
  ['a string', 'src/a.ts'],
];

describe('the quick check of a subject`s entries', () => {
  it('agrees with the generated validator on every hostile entry, in every subject kind', () => {
    for (const [title, entry] of hostileEntries) {
      for (const kind of ['staged', 'commit', 'range'] as const) {
        const { oracle, ours } = both(verdictWith([plainEntry, entry], kind));
        expect(ours, `${title} (${kind})`).toBe(oracle);
      }
    }
    // Some of them are valid: the check is not simply refusing everything unusual.
    expect(both(verdictWith([{ ...plainEntry, path: undefined, pathBase64: 'gA==' }])).ours).toBe(true);
    expect(both(verdictWith([{ ...plainEntry, newId: 'a'.repeat(64) }])).ours).toBe(true);
  });

  it('agrees on the number of entries at the limit and past it', () => {
    const limit = recordSchema.$defs.subject.oneOf[0]!.properties.entries.maxItems;
    for (const count of [0, limit, limit + 1]) {
      const record = verdictWith(Array.from({ length: count }, () => plainEntry));
      const { oracle, ours } = both(record);
      expect(ours, `${count} entries`).toBe(oracle);
      expect(oracle).toBe(count <= limit);
    }
  });

  it('does not take an inherited key for a missing one, or let an inherited extra through', () => {
    const inheritsPath = Object.create({ path: 'src/a.ts' }) as Record<string, unknown>;
    Object.assign(inheritsPath, { ...plainEntry, path: undefined });
    delete inheritsPath.path;
    const inheritsExtra = Object.create({ extra: 1 }) as Record<string, unknown>;
    Object.assign(inheritsExtra, plainEntry);
    for (const entry of [inheritsPath, inheritsExtra]) {
      const record = verdictWith([entry]);
      // Straight to both validators: a JSON copy would drop what is inherited.
      expect(validateRecordShape(record).length === 0).toBe(validateRecord(record));
    }
  });

  it('agrees on random entries: each field from valid, nearly valid and wrong values', () => {
    const mode = fc.constantFrom(
      '000000',
      '100644',
      '100755',
      '120000',
      '160000',
      '040000',
      '10064',
      '1006440',
      '10064x',
      '',
      100644,
    );
    const id = fc.oneof(
      fc.stringMatching(/^[0-9a-f]{40}$/),
      fc.stringMatching(/^[0-9a-f]{64}$/),
      fc.stringMatching(/^[0-9a-fA-F]{38,66}$/),
      fc.constant(null),
    );
    const status = fc.constantFrom('A', 'D', 'M', 'T', 'R', 'a', '', undefined);
    const path = fc.oneof(
      fc.stringMatching(/^[a-z]{1,4}(?:\/[a-z.]{1,4}){0,3}$/),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('.', '..', 'a/..', '/a', 'a//b', 'a/', '\u0000', undefined, 7),
    );
    const entry = fc.record(
      {
        oldMode: mode,
        newMode: mode,
        oldId: id,
        newId: id,
        status,
        path,
        pathBase64: fc.constantFrom('gA==', 'gA', 'YQ==', ''),
        extra: fc.constant(true),
      },
      { requiredKeys: ['oldMode', 'newMode', 'oldId', 'newId', 'status'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), fc.constantFrom('staged', 'commit', 'range'), (entries, kind) => {
        const { oracle, ours } = both(verdictWith(entries, kind as 'staged' | 'commit' | 'range'));
        expect(ours).toBe(oracle);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows every rule the schema gives an entry (a new one fails here until the check learns it)', () => {
    const entry = recordSchema.$defs.manifestEntry;
    expect(Object.keys(entry).sort()).toEqual(['additionalProperties', 'oneOf', 'properties', 'required', 'type']);
    expect(entry.additionalProperties).toBe(false);
    expect(Object.keys(entry.properties).sort()).toEqual([
      'newId',
      'newMode',
      'oldId',
      'oldMode',
      'path',
      'pathBase64',
      'status',
    ]);
    for (const name of ['oldMode', 'newMode'] as const)
      expect(Object.keys(entry.properties[name]).sort()).toEqual(['pattern', 'type']);
    expect(entry.properties.oldId).toEqual({ $ref: '#/$defs/objectId' });
    expect(entry.properties.newId).toEqual({ $ref: '#/$defs/objectId' });
    expect(Object.keys(recordSchema.$defs.objectId).sort()).toEqual(['pattern', 'type']);
    expect(entry.properties.path).toEqual({ $ref: '#/$defs/path' });
    expect(Object.keys(recordSchema.$defs.path).sort()).toEqual([
      'description',
      'maxLength',
      'minLength',
      'pattern',
      'type',
    ]);
    expect(Object.keys(entry.properties.status)).toEqual(['enum']);
    for (const kind of recordSchema.$defs.subject.oneOf) {
      expect(kind.properties.entries).toEqual({
        type: 'array',
        items: { $ref: '#/$defs/manifestEntry' },
        maxItems: 10000,
      });
    }
    // The entries are the only place a manifest entry is named.
    expect(JSON.stringify(recordSchema).split('"#/$defs/manifestEntry"').length - 1).toBe(3);
  });
});
