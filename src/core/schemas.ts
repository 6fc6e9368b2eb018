import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.v1.schema.json' with { type: 'json' };
import reviewRequestSchema from '../../schemas/review-request.v1.schema.json' with { type: 'json' };
import reviewSchema from '../../schemas/review.v1.schema.json' with { type: 'json' };
import { validatePolicy, validateRecord } from './validators.generated.js';

export const RECORD_SCHEMA_ID = recordSchema.$id;
export const POLICY_SCHEMA_ID = policySchema.$id;
export const REVIEW_REQUEST_SCHEMA_ID = reviewRequestSchema.$id;
export const REVIEW_SCHEMA_ID = reviewSchema.$id;

export interface SchemaProblem {
  pointer: string;
  message: string;
}

let ajvInstance: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Compiles other schemas on first use (those not on a hook's path). */
export function validatorFor(schema: { $id: string }): ValidateFunction {
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

// Record and policy validators are precompiled at build time (.ci/gen-validators.mjs):
// they run on every hook, where compiling the schemas would cost more than the check.
export function validateRecordShape(value: unknown): SchemaProblem[] {
  return validateRecord(value) ? [] : describe(validateRecord.errors);
}

export function validatePolicyShape(value: unknown): SchemaProblem[] {
  return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}

// The review formats of `ao check` are compiled on first use: no hook runs them.

/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
export function validateReviewRequestShape(value: unknown): SchemaProblem[] {
  const validate = validatorFor(reviewRequestSchema);
  return validate(value) ? [] : describe(validate.errors);
}

/** A judge's answer. */
export function validateReviewShape(value: unknown): SchemaProblem[] {
  const validate = validatorFor(reviewSchema);
  return validate(value) ? [] : describe(validate.errors);
}

export function formatSchemaProblems(problems: SchemaProblem[]): string {
  return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}
