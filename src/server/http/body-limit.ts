// The request-size bound without building a web Request per call. Hono's bodyLimit reads
// `c.req.raw.body` first, which makes @hono/node-server construct a full undici Request and a
// web stream over the socket for every request, GETs included: under the team load that was
// about a tenth of the server's CPU per request. A declared Content-Length (what browsers and
// the outbox send) is checked from the header alone, the body then read by the fast path of
// `c.req.json()`; a body of unknown length (chunked) still goes through Hono's streaming check.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamingLimit } from 'hono/body-limit';

export function bodyLimit(options: { maxSize: number; onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler {
  const streaming = streamingLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return parseInt(length || '0', 10) > options.maxSize ? options.onError(c) : next();
    }
    return streaming(c, next);
  };
}
