import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.v1.schema.json' with { type: 'json' };
import reviewRequestSchema from '../../schemas/review-request.v1.schema.json' with { type: 'json' };
import reviewSchema from '../../schemas/review.v1.schema.json' with { type: 'json' };

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

function validatorFor(schema: { $id: string }): ValidateFunction {
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

function describe(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
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

export function validateRecordShape(value: unknown): SchemaProblem[] {
  const validate = validatorFor(recordSchema);
  return validate(value) ? [] : describe(validate.errors);
}

export function validatePolicyShape(value: unknown): SchemaProblem[] {
  const validate = validatorFor(policySchema);
  return validate(value) ? [] : describe(validate.errors);
}

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
