// Live sessions (issue 13): a mentor opens one with a trainee and plays the buyer; the machine
// follows the trainee's replies on the server and tells the mentor what it would do. Every
// change is stored (the attempt under its revision check, then the numbered messages) before
// it is published to the session's rooms, so a dropped connection loses nothing: the client
// asks for everything after its last number. The session is an exam attempt of a one-buyer
// exam of kind 'live': review, sign-off and disputes are the exam's routes, unchanged.
import { Hono } from 'hono';
import * as z from 'zod';
import { rooms, type LiveMessage } from '@/server/api-contract';
import { LiveOpenSchema, LiveReplySchema, LiveSaySchema, LiveSteerSchema, type TraineeLiveList } from '@/server/live-contract';
import { ApiError, notFound, readBody, readQuery } from '@/server/http/errors';
import { requireRole, visibleIds } from '@/server/http/access';
import { viewerOf, type Ctx, type Env, type ServerDeps } from '@/server/http/context';
import { newServerId } from '@/server/auth/secrets';
import { advance, live, type LiveAttempt } from '@/server/exam/attempts';
import { attemptFor, mayStaffSee } from '@/server/exam/access';
import { withLock } from '@/server/exam/lock';
import { resolveBuyer } from '@/server/exam/resolve-buyer';
import { endLive, mentorSays, openLive, steerState, traineeReplies, type LiveState } from '@/server/exam/live-state';
import { liveSummary, mentorLiveJson, staffMessage, traineeLiveJson, traineeMessage } from '@/server/exam/live-present';
import { releasedVersion } from '@/server/http/routes-attempts';
import type { LiveMessageRow } from '@/server/repo/live-repo';
import type { Repository } from '@/server/repo/repository';
import type { Viewer } from '@/server/repo/people-repo';

/** The live session, if the viewer may see it (the trainee's own; staff who may see the trainee); 404 otherwise. */
export async function liveFor(repo: Repository, v: Viewer, liveId: string): Promise<LiveAttempt> {
  const a = await attemptFor(repo, v, liveId).catch(() => null);
  if (!a || a.exam.kind !== 'live') throw notFound('真人扮演');
  return a;
}

/** Only the mentor who opened the session plays the buyer; other staff watch. */
function requireDriver(v: Viewer, a: LiveAttempt): void {
  if (v.member.role === 'trainee' || a.exam.created_by !== v.member.id) throw new ApiError('forbidden', '只有开场的导师可以扮演买家；你在旁听');
}

type Draft = Omit<LiveMessage, 'seq'>;

export function liveRoutes(deps: ServerDeps) {
  const { repo } = deps;
  const app = new Hono<Env>();

  const names = async (v: Viewer) => new Map((await repo.people.listMembers(v.team.id)).map((m) => [m.id, m.name]));

  /** Numbers and stores the messages, then tells both rooms (each what it may hear). */
  async function record(a: LiveAttempt, drafts: Draft[]): Promise<void> {
    const last = await repo.live.last(a.row.id);
    let { seq, tseq } = last;
    const rows: LiveMessageRow[] = drafts.map((d) => {
      seq += 1;
      const heard = d.kind !== 'steer';
      if (heard) tseq += 1;
      const message: LiveMessage = { seq, ...d };
      return { attempt_id: a.row.id, seq, tseq: heard ? tseq : null, kind: d.kind, body: JSON.stringify(message), at: d.at };
    });
    try {
      await repo.live.addMessages(rows);
    } catch {
      throw new ApiError('conflict', '消息刚被另一处写入，请刷新后再试');
    }
    for (const row of rows) {
      await deps.rooms.publish([rooms.live(a.row.id, 'staff')], { type: 'live.message', liveId: a.row.id, message: staffMessage(row) });
      if (row.tseq !== null) await deps.rooms.publish([rooms.live(a.row.id, 'trainee')], { type: 'live.message', liveId: a.row.id, message: traineeMessage(row) });
    }
  }

  const announce = (v: Viewer, a: LiveAttempt, change: 'open' | 'end') =>
    deps.rooms.publish([rooms.team(v.team.id), rooms.member(a.row.trainee_id)], { type: 'live', liveId: a.row.id, change });

  async function staffAnswer(c: Ctx, v: Viewer, a: LiveAttempt, status = 200) {
    const rows = await repo.live.messagesAfter(a.row.id, 0, 'staff');
    return c.json(mentorLiveJson(a, rows, v.member.id, await names(v)), status as 200);
  }

  async function traineeAnswer(c: Ctx, v: Viewer, a: LiveAttempt) {
    const [rows, mentor, version] = await Promise.all([repo.live.messagesAfter(a.row.id, 0, 'trainee'), repo.people.getMember(v.team.id, a.exam.created_by), releasedVersion(repo, a)]);
    return c.json(traineeLiveJson(a, rows, mentor?.name ?? '', version));
  }

  /** One change under the session's lock: fresh state, the change, the store, then the messages. */
  async function change(v: Viewer, id: string, apply: (a: LiveAttempt, now: number) => Draft[]): Promise<LiveAttempt> {
    return withLock(id, async () => {
      const fresh = await liveFor(repo, v, id);
      const now = deps.now();
      let drafts: Draft[] = [];
      const a = await advance(repo, fresh, now, (x) => {
        drafts = apply(x, now);
        return { over: x.state.current === null };
      });
      await record(a, drafts);
      if (a.row.status !== 'active') await announce(v, a, 'end');
      return a;
    });
  }

  app.post('/live', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const body = await readBody(c, LiveOpenSchema);
    const trainee = (await repo.people.listMembers(v.team.id, [body.traineeId]))[0];
    if (!trainee || !(await mayStaffSee(repo, v, trainee.id))) throw new ApiError('bad_request', '学员不在你的学员里', { issues: [{ path: 'traineeId', message: `找不到学员 ${body.traineeId}` }] });
    if (trainee.role !== 'trainee') throw new ApiError('bad_request', '只能和学员进行真人扮演', { issues: [{ path: 'traineeId', message: `${trainee.name} 不是学员` }] });
    const busy = (await repo.live.sessions(v.team.id, [trainee.id])).some((s) => s.status === 'active');
    if (busy) throw new ApiError('conflict', `${trainee.name} 正在进行另一场真人扮演，请先结束那一场`);
    const seed = body.seed ?? Math.floor(Math.random() * 2_147_483_647);
    const buyer = await resolveBuyer(repo, v.team.id, { ref: body.ref, seed, ...(body.variant ? { variant: body.variant } : {}) }, '');
    const now = deps.now();
    const exam = {
      id: newServerId(),
      team_id: v.team.id,
      // What the trainee's exam list shows afterwards: nothing of the buyer.
      title: `真人扮演 · ${v.member.name}`,
      buyers: JSON.stringify([buyer]),
      pass_mark: body.passMark,
      time_limit_minutes: null,
      release: 'after-sign' as const,
      created_by: v.member.id,
      created_at: now,
      kind: 'live' as const,
    };
    await repo.exams.createExam(exam, [trainee.id]);
    const row = { id: newServerId(), exam_id: exam.id, team_id: v.team.id, trainee_id: trainee.id, number: 1, status: 'active' as const, started_at: now, ended_at: null, deadline: null, state: JSON.stringify(openLive(buyer)), grade: null, rev: 0 };
    await repo.exams.addAttempt(row);
    const a = live(row, exam);
    await announce(v, a, 'open');
    return staffAnswer(c, v, a, 201);
  });

  app.get('/live', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'lead', 'mentor');
    const ids = await visibleIds(repo, v);
    const [rows, who] = await Promise.all([repo.live.sessions(v.team.id, ids), names(v)]);
    return c.json({ sessions: rows.map((r) => liveSummary(r, who)) });
  });

  app.get('/my/live', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const [rows, who] = await Promise.all([repo.live.sessions(v.team.id, [v.member.id]), names(v)]);
    const out: TraineeLiveList = { sessions: rows.filter((r) => r.status === 'active').map((r) => ({ id: r.id, mentorName: who.get(r.created_by) ?? '', startedAt: Number(r.started_at) })) };
    return c.json(out);
  });

  app.get('/live/:liveId', async (c) => {
    const v = viewerOf(c);
    const a = await liveFor(repo, v, c.req.param('liveId'));
    return v.member.role === 'trainee' ? traineeAnswer(c, v, a) : staffAnswer(c, v, a);
  });

  app.get('/live/:liveId/messages', async (c) => {
    const v = viewerOf(c);
    const { after } = readQuery(c, z.object({ after: z.coerce.number().int().min(0).default(0) }));
    const a = await liveFor(repo, v, c.req.param('liveId'));
    const side = v.member.role === 'trainee' ? 'trainee' : 'staff';
    const rows = await repo.live.messagesAfter(a.row.id, after, side);
    const messages = side === 'trainee' ? rows.map(traineeMessage) : rows.map(staffMessage);
    return c.json({ messages, lastSeq: messages.at(-1)?.seq ?? after });
  });

  app.post('/live/:liveId/say', async (c) => {
    const v = viewerOf(c);
    const body = await readBody(c, LiveSaySchema);
    const id = c.req.param('liveId');
    requireDriver(v, await liveFor(repo, v, id));
    const a = await change(v, id, (x, now) => {
      const turn = mentorSays(x.state as LiveState, x.buyers[0]!, body.text, now);
      return [{ kind: 'buyer', text: body.text, at: now, by: v.member.id, source: body.source, turn }];
    });
    return staffAnswer(c, v, a);
  });

  app.post('/live/:liveId/steer', async (c) => {
    const v = viewerOf(c);
    const body = await readBody(c, LiveSteerSchema);
    const id = c.req.param('liveId');
    requireDriver(v, await liveFor(repo, v, id));
    const a = await change(v, id, (x, now) => {
      const state = x.state as LiveState;
      const turn = state.parts[0].turns.length;
      if (body.kind === 'state') {
        const from = steerState(state, x.buyers[0]!, body.state);
        return [{ kind: 'steer', text: `导师把买家转到状态 ${body.state}`, at: now, by: v.member.id, turn, steer: { kind: 'state', from, to: body.state } }];
      }
      const outcome = endLive(state, x.buyers[0]!, now, body.outcome);
      return [
        { kind: 'steer', text: `导师以结局 ${body.outcome} 结束`, at: now, by: v.member.id, turn, steer: { kind: 'outcome', outcome: body.outcome } },
        { kind: 'end', text: '', at: now, by: v.member.id, turn, outcome },
      ];
    });
    return staffAnswer(c, v, a);
  });

  app.post('/live/:liveId/end', async (c) => {
    const v = viewerOf(c);
    const id = c.req.param('liveId');
    requireDriver(v, await liveFor(repo, v, id));
    const a = await change(v, id, (x, now) => {
      const state = x.state as LiveState;
      const turn = state.parts[0].turns.length;
      const outcome = endLive(state, x.buyers[0]!, now);
      return [{ kind: 'end', text: '', at: now, by: v.member.id, turn, outcome }];
    });
    return staffAnswer(c, v, a);
  });

  app.post('/live/:liveId/reply', async (c) => {
    const v = viewerOf(c);
    requireRole(v, 'trainee');
    const body = await readBody(c, LiveReplySchema);
    const a = await change(v, c.req.param('liveId'), (x, now) => {
      const turn = traineeReplies(x.state as LiveState, x.buyers[0]!, body.text, now);
      return [{ kind: 'agent', text: body.text, at: now, turn }];
    });
    return traineeAnswer(c, v, a);
  });

  return app;
}
