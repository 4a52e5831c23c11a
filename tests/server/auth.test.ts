// Joining, tokens, roles and the error shape, against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, HealthSchema, InvitePreviewSchema, JoinResponseSchema, MeSchema, LIMITS } from '@/server/api-contract';
import { PIN, call, codeOf, engine, freshDb, join, otherTeam, setupTeam, startTest, type TestDb, type TestServer } from './harness';

let db: TestDb;
let server: TestServer;

beforeAll(async () => {
  db = await freshDb();
  server = await startTest(db);
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

/** Every route behind a token, with a body where it takes one. */
const PROTECTED: Array<[string, string]> = [
  ['GET', '/api/me'],
  ['POST', '/api/me/logout'],
  ['GET', '/api/members/x/devices'],
  ['POST', '/api/devices/x/revoke'],
  ['POST', '/api/invites'],
  ['GET', '/api/invites'],
  ['DELETE', '/api/invites/x'],
  ['PUT', '/api/sync/sessions'],
  ['GET', '/api/sync/sessions'],
  ['GET', '/api/team'],
  ['GET', '/api/members'],
  ['PATCH', '/api/members/x'],
  ['DELETE', '/api/members/x'],
  ['GET', '/api/members/x/sessions'],
  ['GET', '/api/members/x/sessions/y'],
  ['GET', '/api/team/rules'],
  ['GET', '/api/team/trends'],
  ['GET', '/api/team/export.csv'],
  ['GET', '/api/mentors/x/trainees'],
  ['PUT', '/api/mentors/x/trainees'],
  ['GET', '/api/no-such-route'],
];

describe(`auth (${engine})`, () => {
  it('health answers without a token and names the engine', async () => {
    const res = await call(server, 'GET', '/api/health');
    expect(res.status).toBe(200);
    const health = HealthSchema.parse(res.body);
    expect(health).toMatchObject({ ok: true, db: engine, setup: true });
  });

  it('answers 401 with the error shape on every other /api/ route without a valid token', async () => {
    for (const [method, path] of PROTECTED) {
      for (const token of [undefined, 'not-a-token']) {
        const res = await call(server, method, path, { token, body: method === 'GET' || method === 'DELETE' ? undefined : {} });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(ErrorBodySchema.parse(res.body).error.code).toBe('unauthorized');
      }
    }
  });

  it('the first lead joins by the printed link and sets the PIN; the link then is spent', async () => {
    expect(server.setupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/join\/[A-Za-z0-9_-]{22}$/);
    const code = codeOf(server.setupUrl!);
    const preview = InvitePreviewSchema.parse((await call(server, 'GET', '/api/join', { token: code })).body);
    expect(preview).toMatchObject({ role: 'lead', pin: 'set', member: null });
    const noPin = await call(server, 'POST', '/api/join', { token: code, body: { name: '组长' } });
    expect(noPin.status).toBe(400);
    expect(noPin.body.error.issues[0].path).toBe('pin');
    const joined = await call(server, 'POST', '/api/join', { token: code, body: { name: '组长', pin: PIN, deviceLabel: '前台电脑' } });
    expect(joined.status).toBe(201);
    const { token, member } = JoinResponseSchema.parse(joined.body);
    expect(member.role).toBe('lead');
    const me = MeSchema.parse((await call(server, 'GET', '/api/me', { token })).body);
    expect(me.member.name).toBe('组长');
    expect((await call(server, 'GET', '/api/health')).body.setup).toBe(false);
    const again = await call(server, 'POST', '/api/join', { token: code, body: { name: '别人', pin: PIN } });
    expect(again.status).toBe(401);
    // The token is stored hashed: the database never holds it.
    const stored = await server.repo.people.listDevices(member.teamId, member.id);
    expect(stored.map((d) => d.token_hash)).not.toContain(token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('invites carry their role, are single use, and a second lead must know the PIN', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const lead = await join(server, teamId, 'lead', '第二位组长'); // join() sends the right PIN
    const made = await call(server, 'POST', '/api/invites', { token: lead.token, body: { role: 'mentor' } });
    expect(made.status).toBe(201);
    expect(made.body.url).toBe(`${server.baseUrl}/#/join/${made.body.code}`);
    const mentor = await call(server, 'POST', '/api/join', { token: made.body.code, body: { name: '王老师' } });
    expect(mentor.status).toBe(201);
    expect(mentor.body.member.role).toBe('mentor');
    expect((await call(server, 'POST', '/api/join', { token: made.body.code, body: { name: '王老师' } })).status).toBe(401);

    const leadInvite = await call(server, 'POST', '/api/invites', { token: lead.token, body: { role: 'lead' } });
    expect((await call(server, 'GET', '/api/join', { token: leadInvite.body.code })).body.pin).toBe('confirm');
    const wrong = await call(server, 'POST', '/api/join', { token: leadInvite.body.code, body: { name: '冒充者', pin: '000000' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('PIN 不对');
    // A failed PIN does not spend the invite.
    expect((await call(server, 'POST', '/api/join', { token: leadInvite.body.code, body: { name: '第三位组长', pin: PIN } })).status).toBe(201);

    // A mentor or trainee may not invite others.
    const trainee = await join(server, teamId, 'trainee', '小李');
    expect((await call(server, 'POST', '/api/invites', { token: trainee.token, body: { role: 'trainee' } })).status).toBe(403);
    expect((await call(server, 'POST', '/api/invites', { token: mentor.body.token, body: { role: 'trainee' } })).status).toBe(403);
    // ... but anyone may invite themself onto another machine, keeping their role.
    const self = await call(server, 'POST', '/api/invites', { token: trainee.token, body: { role: 'lead', memberId: trainee.member.id } });
    expect(self.status).toBe(201);
    expect(self.body.role).toBe('trainee');
    const second = await call(server, 'POST', '/api/join', { token: self.body.code, body: {} });
    expect(second.body.member.id).toBe(trainee.member.id);
  });

  it('an expired invite answers 401', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const { code } = await server.repo.people.createInvite(teamId, 'trainee', { now: Date.now() - 100 * 3_600_000, hours: 1 });
    expect((await call(server, 'POST', '/api/join', { token: code, body: { name: '迟到的人' } })).status).toBe(401);
  });

  it('a revoked device and a removed member lose access at once', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const lead = await join(server, teamId, 'lead', '组长丙');
    const trainee = await join(server, teamId, 'trainee', '小赵');
    expect((await call(server, 'GET', '/api/me', { token: trainee.token })).status).toBe(200);
    expect((await call(server, 'POST', `/api/devices/${trainee.deviceId}/revoke`, { token: lead.token })).status).toBe(204);
    expect((await call(server, 'GET', '/api/me', { token: trainee.token })).status).toBe(401);

    const other = await join(server, teamId, 'trainee', '小钱');
    expect((await call(server, 'POST', '/api/me/logout', { token: other.token })).status).toBe(204);
    expect((await call(server, 'GET', '/api/me', { token: other.token })).status).toBe(401);

    const third = await join(server, teamId, 'trainee', '小孙');
    expect((await call(server, 'DELETE', `/api/members/${third.member.id}`, { token: lead.token })).status).toBe(204);
    expect((await call(server, 'GET', '/api/me', { token: third.token })).status).toBe(401);
    expect((await call(server, 'DELETE', `/api/members/${lead.member.id}`, { token: lead.token })).status).toBe(409);
  });

  it('PIN login gives a lead a new device; wrong PINs are rate-limited per team', async () => {
    const fresh = await freshDb();
    const s = await startTest(fresh);
    try {
      const { lead } = await setupTeam(s);
      const ok = await call(s, 'POST', '/api/auth/pin', { body: { pin: PIN, deviceLabel: '新电脑' } });
      expect(ok.status).toBe(201);
      expect(ok.body.member.id).toBe(lead.member.id);
      expect(ok.body.token).not.toBe(lead.token);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await call(s, 'POST', '/api/auth/pin', { body: { pin: '11111111' } })).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const limited = await call(s, 'POST', '/api/auth/pin', { body: { pin: PIN } });
      expect(limited.status).toBe(429);
      expect(limited.body.error.retryAfter).toBeGreaterThan(0);
      expect(limited.headers.get('retry-after')).toBe(String(limited.body.error.retryAfter));
    } finally {
      await s.close();
      await fresh.drop();
    }
  });

  it('guessing invite codes is rate-limited per address', async () => {
    const fresh = await freshDb();
    const s = await startTest(fresh);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await call(s, 'POST', '/api/join', { token: `guess${i}`, body: { name: 'x' } })).status);
      expect(statuses.slice(0, 10).every((x) => x === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      // Even a real code waits now: the limit is on the address.
      const real = await call(s, 'GET', '/api/join', { token: codeOf(s.setupUrl!) });
      expect(real.status).toBe(429);
    } finally {
      await s.close();
      await fresh.drop();
    }
  });

  it('bad bodies answer 400 naming the field, too large ones 413, and nothing is stored', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const trainee = await join(server, teamId, 'trainee', '小周');
    const notJson = await call(server, 'PUT', '/api/sync/sessions', { token: trainee.token, raw: '{nope' });
    expect(notJson.status).toBe(400);
    const bad = await call(server, 'PUT', '/api/sync/sessions', { token: trainee.token, body: { sessions: [{ id: 'a b', messages: 'x' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['sessions.0.id', 'sessions.0.messages']));
    const huge = await call(server, 'PUT', '/api/sync/sessions', { token: trainee.token, raw: JSON.stringify({ sessions: [], pad: 'x'.repeat(LIMITS.bodyBytes + 10) }) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('too_large');
    const list = await call(server, 'GET', '/api/sync/sessions', { token: trainee.token });
    expect(list.body.sessions).toEqual([]);
  });

  it('another team is invisible: its ids answer 404 and its invites cannot be touched', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const lead = await join(server, teamId, 'lead', '组长丁');
    const trainee = await join(server, teamId, 'trainee', '小吴');
    const b = await otherTeam(server);
    const bTrainee = await join(server, b.teamId, 'trainee', 'B店学员');
    expect((await call(server, 'GET', `/api/members/${trainee.member.id}/sessions`, { token: b.lead.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/members/${trainee.member.id}/devices`, { token: b.lead.token })).status).toBe(404);
    expect((await call(server, 'POST', `/api/devices/${trainee.deviceId}/revoke`, { token: b.lead.token })).status).toBe(404);
    expect((await call(server, 'PATCH', `/api/members/${trainee.member.id}`, { token: b.lead.token, body: { name: '改名' } })).status).toBe(404);
    expect((await call(server, 'DELETE', `/api/members/${trainee.member.id}`, { token: b.lead.token })).status).toBe(404);
    expect((await call(server, 'POST', '/api/invites', { token: b.lead.token, body: { role: 'trainee', memberId: trainee.member.id } })).status).toBe(404);
    const invite = await call(server, 'POST', '/api/invites', { token: lead.token, body: { role: 'trainee' } });
    expect((await call(server, 'DELETE', `/api/invites/${invite.body.id}`, { token: b.lead.token })).status).toBe(404);
    const bMembers = (await call(server, 'GET', '/api/members', { token: b.lead.token })).body.members.map((m: { id: string }) => m.id);
    expect(bMembers).toContain(bTrainee.member.id);
    expect(bMembers).not.toContain(trainee.member.id);
    expect((await call(server, 'GET', `/api/members/${trainee.member.id}`, { token: trainee.token })).status).toBe(404);
  });

  it('logs name routes, statuses and member ids, never a token, code or PIN', async () => {
    const teamId = (await server.repo.people.listTeams())[0]!.id;
    const t = await join(server, teamId, 'trainee', '小郑');
    await call(server, 'GET', '/api/me', { token: t.token });
    const text = server.logs.join('\n');
    expect(text).toContain(`GET /api/me 200`);
    expect(text).not.toContain(t.token);
    expect(text).not.toContain(PIN);
    expect(text).not.toContain(codeOf(server.setupUrl!));
  });
});
