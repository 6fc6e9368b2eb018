import { validateReview, validateReviewRequest } from './review-validators.generated.js';
import { describe, type SchemaProblem } from './schemas.js';

// `ao check`'s schemas, apart from the record's and the policy's, so the hooks never load them.

/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
export function validateReviewRequestShape(value: unknown): SchemaProblem[] {
  return validateReviewRequest(value) ? [] : describe(validateReviewRequest.errors);
}

/** A judge's answer. */
export function validateReviewShape(value: unknown): SchemaProblem[] {
  return validateReview(value) ? [] : describe(validateReview.errors);
}
