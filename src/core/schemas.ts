import type { ErrorObject } from 'ajv';
import recordSchema from '../../schemas/record.v1.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.v1.schema.json' with { type: 'json' };
import reviewRequestSchema from '../../schemas/review-request.v1.schema.json' with { type: 'json' };
import reviewSchema from '../../schemas/review.v1.schema.json' with { type: 'json' };
import { validatePolicy, validateRecord, validateReview, validateReviewRequest } from './validators.generated.js';

export const RECORD_SCHEMA_ID = recordSchema.$id;
export const POLICY_SCHEMA_ID = policySchema.$id;
export const REVIEW_REQUEST_SCHEMA_ID = reviewRequestSchema.$id;
export const REVIEW_SCHEMA_ID = reviewSchema.$id;

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

/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
export function validateReviewRequestShape(value: unknown): SchemaProblem[] {
  return validateReviewRequest(value) ? [] : describe(validateReviewRequest.errors);
}

/** A judge's answer. */
export function validateReviewShape(value: unknown): SchemaProblem[] {
  return validateReview(value) ? [] : describe(validateReview.errors);
}

export function formatSchemaProblems(problems: SchemaProblem[]): string {
  return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}
