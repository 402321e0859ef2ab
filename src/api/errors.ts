/**
 * How the API says "no": every error leaves as JSON `{ error, message, where? }` with a 4xx for
 * anything the caller got wrong (bad JSON, wrong types, unknown fields, oversized bodies,
 * InputError from the core) and a 500 only for our own bugs, whose details stay in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InputError, formatWhere } from '../errors.js';

/** Thrown by route handlers for HTTP outcomes that are not bad input (404, 409, 403...). */
export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly error: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'not allowed') => new HttpError(403, 'forbidden', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

export interface ErrorBody {
  error: string;
  message: string;
  where?: string;
}

/** Fastify's own error codes for request problems, mapped to a short error name. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_content_length',
  FST_ERR_VALIDATION: 'validation',
  FST_ERR_BAD_URL: 'bad_url',
  FST_ERR_ROUTE_METHOD_NOT_SUPPORTED: 'method_not_allowed',
};

export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation;
    const ctxName = (err as { validationContext?: string }).validationContext ?? 'body';
    const place = (instancePath: string | undefined) => {
      const p = (instancePath ?? '').replace(/^\/+/, '').replace(/\//g, '.');
      return p ? `${ctxName}.${p}` : ctxName;
    };
    const where = place(issues[0]?.instancePath);
    const message = issues.slice(0, 5).map((i) => `${place(i.instancePath)}: ${i.message}`).join('; ');
    return { status: 400, body: { error: 'validation', message, where } };
  }
  if (err instanceof InputError) {
    return { status: 400, body: { error: 'bad_input', message: err.message, ...(err.where ? { where: formatWhere(err.where) } : {}) } };
  }
  if ((err as Error)?.name === 'NotReadyError') {
    return { status: 503, body: { error: 'not_ready', message: (err as Error).message } };
  }
  if (err instanceof HttpError) {
    return { status: err.statusCode, body: { error: err.error, message: err.message } };
  }
  const fe = err as Partial<FastifyError> & { type?: string };
  if (err instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { status: 400, body: { error: 'malformed_json', message: `request body is not valid JSON: ${(err as Error).message}`, where: 'body' } };
  }
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: { error: (fe.code && FASTIFY_CODES[fe.code]) ?? 'bad_request', message: fe.message ?? 'bad request' } };
  }
  return { status: 500, body: { error: 'internal', message: 'internal error; the server log has the details' } };
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(err);
  // Our own bugs go to the log with the stack; the caller's mistakes only at debug level, and
  // never with the request body (it may hold personal data).
  if (status >= 500) request.log.error({ err, url: request.url, method: request.method }, 'internal error');
  else request.log.debug({ status, error: body.error, url: request.url }, 'request refused');
  void reply.status(status).type('application/json').send(body);
}
