import type { ErrorObject } from 'ajv';
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
  return validateRecord(value) ? [] : describe(validateRecord.errors);
}

export function validatePolicyShape(value: unknown): SchemaProblem[] {
  return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}

export function formatSchemaProblems(problems: SchemaProblem[]): string {
  return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}
