/** Errors of the review service. The HTTP layer maps each class to one status. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
/** The request conflicts with the current state (a case already dismissed, a duplicate user). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
/** The request is well-formed but not acceptable (missing justification, bad transition input). */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}
