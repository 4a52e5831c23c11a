// HTTP to the team server: JSON in, zod-checked JSON out, errors as two kinds the callers
// treat differently: the server could not be reached (queue and retry) or it answered no
// (show its Chinese message). Plain fetch; nothing here needs a secure context.
import type { z } from 'zod';
import { ErrorBodySchema, type ErrorCode } from '@/server/api-contract';

/** The server did not answer (offline, stopped, timed out, or the answer was cut off). */
export class ServerUnreachable extends Error {
  constructor(cause: unknown) {
    super('无法连接团队服务器', { cause });
    this.name = 'ServerUnreachable';
  }
}

/** The server answered with an error status; `message` is its Chinese explanation. */
export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'unknown',
    message: string,
    readonly retryAfter?: number,
    /** The server's list of bad fields (a scenario file's issues carry the checker's code); `message` names them too. */
    readonly issues: Array<{ path: string; message: string; code?: string | undefined }> = [],
    /** The message without the list of issues. */
    readonly headline: string = message,
  ) {
    super(message);
    this.name = 'ServerRefused';
  }
}

export interface Connection {
  base: string;
  /** A device token, or an invite code for the join routes. */
  bearer: string;
}

/** A request that hangs (a network dropped mid-send) fails after this long and is retried. */
const TIMEOUT_MS = 20_000;

const FALLBACK: Record<number, string> = {
  401: '登录已失效：这台设备的授权已被撤销或已过期。',
  403: '你的角色没有这个权限。',
  404: '找不到要访问的内容。',
  413: '要上传的内容太大。',
  429: '尝试次数太多，请稍后再试。',
};

async function refusal(response: Response): Promise<ServerRefused> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's page): the status alone explains it.
  }
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, issues, retryAfter } = parsed.data.error;
    const detail = issues?.length ? `（${issues.map((i) => `${i.path}: ${i.message}`).join('；')}）` : '';
    return new ServerRefused(response.status, code, message + detail, retryAfter, issues ?? [], message);
  }
  return new ServerRefused(response.status, 'unknown', FALLBACK[response.status] ?? `服务器出错（HTTP ${response.status}）`);
}

export async function send(conn: Connection, method: string, path: string, body?: unknown): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const headers: Record<string, string> = conn.bearer ? { Authorization: `Bearer ${conn.bearer}` } : {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${conn.base}${path}`, {
      method,
      headers,
      signal: controller.signal,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    throw new ServerUnreachable(e);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw await refusal(response);
  return response;
}

/** A JSON route; the answer must match `schema` (a server of another version fails loudly). */
export async function request<S extends z.ZodType>(
  conn: Connection,
  method: string,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const response = await send(conn, method, path, body);
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    // The connection dropped while the body arrived.
    throw new ServerUnreachable(e);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new ServerRefused(response.status, 'unknown', `服务器的回答格式不对（${where}）：请确认服务器和本页是同一版本。`);
  }
  return parsed.data;
}

/** A route answering 204. */
export async function requestEmpty(conn: Connection, method: string, path: string, body?: unknown): Promise<void> {
  await send(conn, method, path, body);
}

export function errorText(e: unknown): string {
  if (e instanceof ServerRefused || e instanceof ServerUnreachable) return e.message;
  return e instanceof Error ? e.message : String(e);
}
