import type { ErrorObject } from 'ajv';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import { validatePolicy, validateRecord } from './validators.generated.js';

export interface SchemaProblem {
  pointer: string;
  message: string;
}

export function describe(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((error) => {
    const pointer = error.instancePath || '/';
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (unknown field "${(error.params as { additionalProperty: string }).additionalProperty}")`
        : error.keyword === 'enum'
          ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
          : error.keyword === 'const'
            ? ` (${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)})`
            : '';
    return { pointer, message: `${error.message ?? 'is invalid'}${extra}` };
  });
}

// Every validator is precompiled at build time (.ci/gen-validators.mjs): no schema is
// compiled when a command runs, and the hooks do not load ajv's compiler at all.
export function validateRecordShape(value: unknown): SchemaProblem[] {
  if (entriesArePlain(value) && validateRecord(withoutEntries(value))) return [];
  return validateRecord(value) ? [] : describe(validateRecord.errors);
}

/*
 * A subject's entries are most of a large verdict, and the generated validator spends about
 * 8 µs on each (a commit's hook runs it cold, once). The check below accepts only entries the
 * schema's manifestEntry accepts, in the common form (a UTF-8 `path`), and its rules are read
 * from the schema itself. When every entry passes it, the record is validated with its
 * entries left out: valid so, it is valid whole. Anything else goes to the generated
 * validator on the whole record, which alone says what is wrong.
 */
const entrySchema = recordSchema.$defs.manifestEntry;
const entryFields = ['oldMode', 'newMode', 'oldId', 'newId', 'status', 'path'] as const;
const modeRule = new RegExp(entrySchema.properties.oldMode.pattern, 'u');
const newModeRule = new RegExp(entrySchema.properties.newMode.pattern, 'u');
const objectIdRule = new RegExp(recordSchema.$defs.objectId.pattern, 'u');
const statuses = new Set<unknown>(entrySchema.properties.status.enum);
const pathRule = new RegExp(recordSchema.$defs.path.pattern, 'u');
const { minLength: pathMin, maxLength: pathMax } = recordSchema.$defs.path;
const maxEntries = Math.min(...recordSchema.$defs.subject.oneOf.map((kind) => kind.properties.entries.maxItems));

function entriesArePlain(value: unknown): value is { subject: { entries: unknown[] } } {
  const subject = (value as { subject?: { entries?: unknown } } | null)?.subject;
  const entries = subject?.entries;
  if (!Array.isArray(entries) || entries.length > maxEntries) return false;
  for (const entry of entries) if (!isPlainEntry(entry)) return false;
  return true;
}

function isPlainEntry(entry: unknown): boolean {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return false;
  const e = entry as Record<string, unknown>;
  // The validator looks at every enumerable key, inherited ones too.
  for (const key in e) if (!(entryFields as readonly string[]).includes(key)) return false;
  const { oldMode, newMode, oldId, newId, status, path } = e;
  return (
    typeof oldMode === 'string' &&
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
    pathRule.test(path)
  );
}

function withoutEntries(value: { subject: { entries: unknown[] } }): unknown {
  return { ...value, subject: { ...value.subject, entries: [] } };
}

export function validatePolicyShape(value: unknown): SchemaProblem[] {
  return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}

export function formatSchemaProblems(problems: SchemaProblem[]): string {
  return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}
