/**
 * Outcomes of the alert and case work that are not bad input. Doors map them by `statusCode`.
 * Records of another agency that were not shared are "not found", never "forbidden", so that
 * probing ids tells nothing.
 */
export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(what: string) { super(`${what} not found`); this.name = 'NotFoundError'; }
}
export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message: string) { super(message); this.name = 'ForbiddenError'; }
}
export class ConflictError extends Error {
  readonly statusCode = 409;
  constructor(message: string) { super(message); this.name = 'ConflictError'; }
}
