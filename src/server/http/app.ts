// The team server's HTTP app: bounded bodies, one log line per request (method, path, status,
// time, member — never a header, body or query), health, the join routes, the token check for
// every other /api/ route, and the built app as static files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { LIMITS, type Health } from '@/server/api-contract';
import { ApiError, errorResponse, notFound, unauthorized } from '@/server/http/errors';
import { type Env, type ServerDeps } from '@/server/http/context';
import { authRoutes, bearer, meRoutes } from '@/server/http/routes-auth';
import { syncRoutes } from '@/server/http/routes-sync';
import { teamRoutes } from '@/server/http/routes-team';
import { examRoutes } from '@/server/http/routes-exams';
import { attemptRoutes } from '@/server/http/routes-attempts';
import { reviewRoutes } from '@/server/http/routes-review';
import { disputeRoutes } from '@/server/http/routes-disputes';
import { teamBuyerRoutes } from '@/server/http/routes-team-buyers';
import { practiceRoutes } from '@/server/http/routes-practice';
import { liveRoutes } from '@/server/http/routes-live';
import { SCHEMA_VERSION } from '@/server/db/migrations';
import { createTurnGate, type TurnGate } from '@/server/http/turn-gate';
import { bodyLimit } from '@/server/http/body-limit';
import { createSkillsCache } from '@/server/http/skills-cache';

export interface AppOptions extends ServerDeps {
  /** The built app (vite's dist/); null or missing → a page that says how to build it. */
  distDir: string | null;
  /** The request gate; start.ts passes its own so the HTTP server can tell it of each accepted connection. */
  gate?: TurnGate;
}

export function createApp(options: AppOptions): Hono<Env> {
  const { repo, log } = options;
  const app = new Hono<Env>();
  // Graded chats behind the lead's skills, forgotten when their session is uploaded again.
  const skills = createSkillsCache();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    if (!c.req.path.startsWith('/api/')) return;
    const who = c.get('viewer')?.member.id ?? '-';
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms member=${who}`);
  });

  // Request work in short turns, in arrival order: the loop keeps accepting and reading under load (see turn-gate.ts).
  const gate = options.gate ?? createTurnGate();
  app.use('/api/*', async (_c, next) => {
    await gate.enter();
    try {
      await next();
    } finally {
      gate.leave();
    }
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: (c) => {
        // The rest of the body is never read: the connection cannot carry another request.
        c.header('Connection', 'close');
        return errorResponse(c, new ApiError('too_large', `请求内容超过 ${LIMITS.bodyBytes / 1_000_000} MB，请分批发送`));
      },
    }),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    log(`error: ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`);
    return errorResponse(c, new ApiError('internal', '服务器出错了，请稍后再试'));
  });

  app.get('/api/health', async (c) => {
    const health: Health = { ok: true, db: repo.engine, version: options.version, schema: SCHEMA_VERSION, setup: !(await repo.people.anyLead()) };
    return c.json(health);
  });

  app.route('/api', authRoutes(options));

  app.use('/api/*', async (c, next) => {
    const token = bearer(c);
    const viewer = token ? await repo.people.viewerByToken(token) : null;
    if (!viewer) throw unauthorized();
    c.set('viewer', viewer);
    await next();
  });

  app.route('/api', meRoutes(options));
  app.route('/api', syncRoutes(options, skills));
  app.route('/api', teamRoutes(options));
  app.route('/api', examRoutes(options));
  app.route('/api', attemptRoutes(options));
  app.route('/api', reviewRoutes(options));
  app.route('/api', disputeRoutes(options));
  app.route('/api', teamBuyerRoutes(options));
  app.route('/api', practiceRoutes(options, skills));
  app.route('/api', liveRoutes(options));
  app.all('/api/*', () => {
    throw notFound('接口');
  });

  const dist = options.distDir;
  const index = dist ? join(dist, 'index.html') : null;
  if (dist && index && existsSync(index)) {
    app.use('/*', serveStatic({ root: dist }));
    // Hash routes all live on the one page; any other path gets it too.
    const page = readFileSync(index, 'utf8');
    app.get('*', (c) => c.html(page));
  } else {
    app.get('*', (c) =>
      c.html('<!doctype html><meta charset="utf-8"><title>陪练</title><p>还没有构建网页：先在项目目录运行 <code>npm run build</code>，再重启服务器。</p>', 503),
    );
  }
  return app;
}
