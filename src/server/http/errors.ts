// One error shape for every non-2xx answer: {"error":{"code","message","issues"?,"retryAfter"?}}.
// Messages are Chinese, for the user; they never echo a token, a code or a PIN.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '@/server/api-contract';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: Array<{ path: string; message: string; code?: string }>; retryAfter?: number } = {},
  ) {
    super(message);
  }

  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const unauthorized = () => new ApiError('unauthorized', '未登录或登录已失效，请用邀请链接重新加入');
export const forbidden = () => new ApiError('forbidden', '你的角色没有这个权限');
export const notFound = (what = '内容') => new ApiError('not_found', `找不到这个${what}`);

export function errorResponse(c: Context, error: ApiError): Response {
  if (error.extra.retryAfter) c.header('Retry-After', String(error.extra.retryAfter));
  return c.json(error.body(), error.status);
}

function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = '请求内容'): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('bad_request', `${what}格式不对`, { issues: issuesOf(parsed.error) });
  return parsed.data;
}

/** The JSON body checked against its schema; not JSON → 400. (Size is bounded before this.) */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new ApiError('bad_request', '请求内容不是有效的 JSON');
  }
  return parseWith(schema, value);
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query(), '查询参数');
}
