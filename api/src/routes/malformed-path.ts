import type { ErrorRequestHandler } from 'express';
import { BadRequest } from '../errors.js';

/**
 * Express refuses a path parameter that is not valid percent-encoding ("/nodes/%E2%82") with a
 * URIError, which the shared error middleware does not know: name the parameter in a 400 instead.
 */
export function malformedPath(field: string): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    next(error instanceof URIError ? new BadRequest(`${field}: the path is not valid percent-encoding`, field) : error);
  };
}
