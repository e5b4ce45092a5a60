import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ConflictError, ForbiddenError, InvalidRequestError, NotFoundError } from '../review/errors.js';
import type { Env } from './context.js';

/** One error handler: known errors to their status with a clear message; anything else a 500 with a request id. */
export function onError(logger: Logger): ErrorHandler<Env> {
  return (err, c) => {
    const requestId = c.get('requestId');
    if (err instanceof HTTPException) {
      const res = err.getResponse();
      if (err.res) return res; // a handler built its own response
      return c.json({ error: err.message || res.statusText, requestId }, err.status);
    }
    const known: [new (...a: never[]) => Error, 400 | 403 | 404 | 409][] = [
      [InvalidRequestError, 400],
      [ForbiddenError, 403],
      [NotFoundError, 404],
      [ConflictError, 409],
    ];
    for (const [cls, status] of known)
      if (err instanceof cls) return c.json({ error: err.message, requestId }, status);
    logger.error({ err, requestId, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json({ error: 'internal error; quote the request id when reporting it', requestId }, 500);
  };
}
