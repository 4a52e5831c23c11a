// WebSocket rooms: the token as a subprotocol, who hears which events, revocation closes.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WS_PROTOCOL, type ServerEvent } from '@/server/api-contract';
import { call, engine, join, listenWs, otherTeam, session, turns, type Joined, type Listener, type TestServer, useTeamServer } from './harness';

let server: TestServer;
let teamId: string;
let lead: Joined;

useTeamServer((t) => ({ server, teamId, lead } = t));

const listen = (token: string): Promise<Listener> => listenWs(server, token);

function refusedStatus(headers: string[]): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/ws`, headers);
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => resolve(101));
    socket.on('error', () => undefined);
  });
}

describe(`rooms (${engine})`, () => {
  it('refuses an upgrade without a valid token with 401', async () => {
    expect(await refusedStatus([WS_PROTOCOL])).toBe(401);
    expect(await refusedStatus([WS_PROTOCOL, 'bearer.wrong'])).toBe(401);
  });

  it('the lead hears every sync of the team, a mentor only their trainees, another team nothing', async () => {
    const mentor = await join(server, teamId, 'mentor', '李老师');
    const mine = await join(server, teamId, 'trainee', '小一');
    const notMine = await join(server, teamId, 'trainee', '小二');
    await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [mine.member.id] } });
    const other = await otherTeam(server);
    const leadSocket = await listen(lead.token);
    const mentorSocket = await listen(mentor.token);
    const otherSocket = await listen(other.lead.token);
    expect(mentorSocket.events[0]).toMatchObject({ type: 'hello', rooms: expect.arrayContaining([`member:${mine.member.id}`]) });

    await call(server, 'PUT', '/api/sync/sessions', { token: notMine.token, body: { sessions: [session('n1', { messages: turns(2) })] } });
    await call(server, 'PUT', '/api/sync/sessions', { token: mine.token, body: { sessions: [session('m1', { messages: turns(3) })] } });
    const heardByLead = await leadSocket.next((e) => e.type === 'session' && e.sessionId === 'm1');
    expect(heardByLead).toMatchObject({ type: 'session', memberId: mine.member.id, messageCount: 3, status: 'active' });
    await leadSocket.next((e) => e.type === 'session' && e.sessionId === 'n1');
    await mentorSocket.next((e) => e.type === 'session' && e.sessionId === 'm1');
    // m1 was published after n1, so n1 would have reached the mentor by now; a ping round-trip
    // settles what the other team's socket has been sent.
    for (const s of [mentorSocket, otherSocket]) {
      s.socket.send(JSON.stringify({ type: 'ping' }));
      await s.next((e) => e.type === 'pong');
    }
    expect(mentorSocket.events.some((e) => e.type === 'session' && e.sessionId === 'n1')).toBe(false);
    expect(otherSocket.events.filter((e) => e.type === 'session')).toEqual([]);
    // Re-sending what the server holds changes nothing, so nobody is told.
    await call(server, 'PUT', '/api/sync/sessions', { token: mine.token, body: { sessions: [session('m1', { messages: turns(3) })] } });
    leadSocket.socket.send(JSON.stringify({ type: 'ping' }));
    await leadSocket.next((e) => e.type === 'pong');
    expect(leadSocket.events.filter((e) => e.type === 'session' && e.sessionId === 'm1')).toHaveLength(1);
    for (const s of [leadSocket, mentorSocket, otherSocket]) s.socket.close();
  });

  it('a mentor connected before an assignment hears the newly assigned trainee from then on', async () => {
    const mentor = await join(server, teamId, 'mentor', '周老师');
    const trainee = await join(server, teamId, 'trainee', '小四');
    const socket = await listen(mentor.token);
    expect(socket.events[0]).toMatchObject({ type: 'hello', rooms: expect.not.arrayContaining([`member:${trainee.member.id}`]) });
    await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [trainee.member.id] } });
    // The new hello may come before anyone waits for it: look at what arrived.
    const hellos = () => socket.events.filter((e): e is Extract<ServerEvent, { type: 'hello' }> => e.type === 'hello');
    await expect.poll(() => hellos().length, { timeout: 10_000 }).toBe(2);
    expect(hellos()[1]!.rooms).toContain(`member:${trainee.member.id}`);
    await call(server, 'PUT', '/api/sync/sessions', { token: trainee.token, body: { sessions: [session('late-1', { messages: turns(2) })] } });
    await socket.next((e) => e.type === 'session' && e.sessionId === 'late-1');
    // Taken away again: no more of that trainee's events.
    await call(server, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { token: lead.token, body: { traineeIds: [] } });
    await expect.poll(() => hellos().length, { timeout: 10_000 }).toBe(3);
    expect(hellos()[2]!.rooms).not.toContain(`member:${trainee.member.id}`);
    await call(server, 'PUT', '/api/sync/sessions', { token: trainee.token, body: { sessions: [session('late-2', { messages: turns(2) })] } });
    socket.socket.send(JSON.stringify({ type: 'ping' }));
    await socket.next((e) => e.type === 'pong');
    expect(socket.events.some((e) => e.type === 'session' && e.sessionId === 'late-2')).toBe(false);
    socket.socket.close();
  });

  it('revoking a device tells its socket and closes it', async () => {
    const t = await join(server, teamId, 'trainee', '小三');
    const socket = await listen(t.token);
    await call(server, 'POST', `/api/devices/${t.deviceId}/revoke`, { token: lead.token });
    await socket.next((e) => e.type === 'revoked');
    expect(await socket.closed).toBe(4401);
    expect(await refusedStatus([WS_PROTOCOL, `bearer.${t.token}`])).toBe(401);
  });
});
