// The outbox's upload and a second machine's download of one's own sessions.
import { Hono } from 'hono';
import { LIMITS, SyncDownloadQuerySchema, SyncUploadSchema, rooms, type SyncDownload, type SyncUploadResponse } from '@/server/api-contract';
import { ApiError, readBody, readQuery } from '@/server/http/errors';
import { viewerOf, type Env, type ServerDeps } from '@/server/http/context';
import type { SkillsCache } from '@/server/http/skills-cache';

export function syncRoutes(deps: ServerDeps, skills: SkillsCache) {
  const { repo } = deps;
  const app = new Hono<Env>();

  app.put('/sync/sessions', async (c) => {
    const v = viewerOf(c);
    const body = await readBody(c, SyncUploadSchema);
    const issues = body.sessions.flatMap((s, i) => {
      const size = s.snapshot === undefined ? 0 : Buffer.byteLength(JSON.stringify(s.snapshot) ?? '', 'utf8');
      return size > LIMITS.snapshotBytes ? [{ path: `sessions.${i}.snapshot`, message: `快照超过 ${LIMITS.snapshotBytes} 字节` }] : [];
    });
    if (new Set(body.sessions.map((s) => s.id)).size !== body.sessions.length) {
      issues.push({ path: 'sessions', message: '同一次上传里有重复的会话 id' });
    }
    if (issues.length) throw new ApiError('bad_request', '请求内容格式不对', { issues });
    const results = await repo.sessions.upload(v.team.id, v.member.id, body.sessions);
    // A cached grading of a changed chat is stale from now on.
    skills.forget(v.member.id, results.filter((r) => r.changed).map((r) => r.id));
    for (const r of results.filter((x) => x.changed)) {
      await deps.rooms.publish([rooms.team(v.team.id), rooms.member(v.member.id)], {
        type: 'session',
        memberId: v.member.id,
        sessionId: r.id,
        status: r.sessionStatus,
        messageCount: r.messageCount,
        updatedAt: r.updatedAt,
      });
    }
    const response: SyncUploadResponse = { acks: results.map((r) => ({ id: r.id, messageCount: r.messageCount, status: r.status })) };
    return c.json(response);
  });

  app.get('/sync/sessions', async (c) => {
    const v = viewerOf(c);
    const query = readQuery(c, SyncDownloadQuerySchema);
    const page: SyncDownload = await repo.sessions.download(v.member.id, query.after, query.limit ?? 20);
    return c.json(page);
  });

  return app;
}
