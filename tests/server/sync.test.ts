// The outbox's upload is idempotent by session id and message index; a second machine
// downloads the same history.
import { describe, expect, it } from 'vitest';
import { SessionFullSchema, SyncDownloadSchema, SyncUploadResponseSchema, type SessionFull, type SyncSession } from '@/server/api-contract';
import { call, ended, engine, join, session, turns, type Joined, type TestServer, useTeamServer } from './harness';

let server: TestServer;
let teamId: string;
let lead: Joined;

useTeamServer((t) => ({ server, teamId, lead } = t));

async function upload(token: string, sessions: SyncSession[]) {
  const res = await call(server, 'PUT', '/api/sync/sessions', { token, body: { sessions } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return SyncUploadResponseSchema.parse(res.body).acks;
}

async function fetchSession(token: string, memberId: string, id: string): Promise<SessionFull> {
  const res = await call(server, 'GET', `/api/members/${memberId}/sessions/${id}`, { token });
  expect(res.status).toBe(200);
  return SessionFullSchema.parse(res.body);
}

describe(`sync (${engine})`, () => {
  it('re-sending never duplicates, a longer version extends, a shorter one never truncates', async () => {
    const t = await join(server, teamId, 'trainee', '小李');
    const all = turns(10);
    expect(await upload(t.token, [session('s1', { messages: all.slice(0, 4) })])).toEqual([{ id: 's1', messageCount: 4, status: 'ok' }]);
    // The same upload again (a retry after a dropped response).
    expect(await upload(t.token, [session('s1', { messages: all.slice(0, 4) })])).toEqual([{ id: 's1', messageCount: 4, status: 'ok' }]);
    // Overlapping: from 2, six messages → extends to 8.
    expect((await upload(t.token, [session('s1', { from: 2, messages: all.slice(2, 8), updatedAt: 1_700_000_050_000 })]))[0]!.messageCount).toBe(8);
    // A shorter, stale copy (another tab) never truncates, nor rewrites a held index.
    const stale = [{ ...all[0]!, text: '改过的' }, all[1]!];
    expect((await upload(t.token, [session('s1', { messages: stale })]))[0]!.messageCount).toBe(8);
    // A gap (from past what the server holds) is refused for that session only.
    const acks = await upload(t.token, [session('s1', { from: 9, messages: all.slice(9) }), session('s2', { messages: all.slice(0, 1) })]);
    expect(acks).toEqual([
      { id: 's1', messageCount: 8, status: 'gap' },
      { id: 's2', messageCount: 1, status: 'ok' },
    ]);
    const full = await fetchSession(t.token, t.member.id, 's1');
    expect(full.messages).toEqual(all.slice(0, 8));
    expect(full.updatedAt).toBe(1_700_000_050_000);
  });

  it('an ended session keeps its report and never goes back to active; older meta is ignored', async () => {
    const t = await join(server, teamId, 'trainee', '小王');
    const done = ended('e1', 72, [
      { rule: 'invoice-refuse', turn: 3, points: 6 },
      { rule: 'cold-tone', turn: 5, points: 0 },
    ], { messages: turns(6), scenarioHash: 'abc123', scorerVersion: '3' });
    await upload(t.token, [done]);
    await upload(t.token, [session('e1', { messages: turns(6), updatedAt: 1_700_000_200_000, status: 'active' })]);
    await upload(t.token, [session('e1', { messages: turns(6), updatedAt: 1_600_000_000_000, scenarioTitle: '旧标题' })]);
    const full = await fetchSession(lead.token, t.member.id, 'e1');
    expect(full.status).toBe('ended');
    expect(full.scenarioTitle).toBe('砍价的买家');
    expect(full.scores).toEqual(done.scores);
    expect(full.violations).toEqual(done.violations);
    expect(full).toMatchObject({ scenarioHash: 'abc123', scorerVersion: '3', outcome: 'sale' });
    // A re-graded report replaces the violations, not adds to them.
    await upload(t.token, [ended('e1', 80, [{ rule: 'cold-tone', turn: 5, points: 0 }], { messages: turns(6), updatedAt: 1_700_000_300_000 })]);
    expect((await fetchSession(lead.token, t.member.id, 'e1')).violations).toEqual([{ rule: 'cold-tone', turn: 5, points: 0 }]);
  });

  it('keeps the turn fields and the buyer snapshot, and refuses a snapshot over the limit', async () => {
    const t = await join(server, teamId, 'trainee', '小陈');
    const rich = [
      { role: 'buyer' as const, text: '在吗', at: 1_700_000_000_000, state: 'opening', mood: 0.4, upset: false },
      { role: 'agent' as const, text: '亲，在的', at: 1_700_000_003_000 },
    ];
    const snapshot = { value: 'asking', context: { mood: 0.5 } };
    await upload(t.token, [session('r1', { messages: rich, snapshot })]);
    const full = await fetchSession(t.token, t.member.id, 'r1');
    expect(full.messages).toEqual(rich);
    expect(full.snapshot).toEqual(snapshot);
    const big = await call(server, 'PUT', '/api/sync/sessions', { token: t.token, body: { sessions: [session('r2', { snapshot: { blob: 'x'.repeat(70_000) } })] } });
    expect(big.status).toBe(400);
    expect(big.body.error.issues[0].path).toBe('sessions.0.snapshot');
  });

  it('two trainees may use the same session id without touching each other', async () => {
    const a = await join(server, teamId, 'trainee', '甲');
    const b = await join(server, teamId, 'trainee', '乙');
    await upload(a.token, [session('same', { messages: turns(3, 0, '甲') })]);
    await upload(b.token, [session('same', { messages: turns(5, 0, '乙') })]);
    expect((await fetchSession(lead.token, a.member.id, 'same')).messages.map((m) => m.text)).toEqual(['甲第0句', '甲第1句', '甲第2句']);
    expect((await fetchSession(lead.token, b.member.id, 'same')).messages).toHaveLength(5);
    // A trainee cannot read another's sessions, by list or by id.
    expect((await call(server, 'GET', `/api/members/${a.member.id}/sessions`, { token: b.token })).status).toBe(404);
    expect((await call(server, 'GET', `/api/members/${a.member.id}/sessions/same`, { token: b.token })).status).toBe(404);
  });

  it('a second machine of the same trainee downloads the whole history, page by page', async () => {
    const t = await join(server, teamId, 'trainee', '小林');
    const batch = Array.from({ length: 25 }, (_, i) => session(`h${String(i).padStart(2, '0')}`, { messages: turns(i % 7), startedAt: 1_700_000_000_000 + i }));
    await upload(t.token, batch.slice(0, 20));
    await upload(t.token, batch.slice(20));
    const invite = await call(server, 'POST', '/api/invites', { token: t.token, body: { role: 'trainee', memberId: t.member.id } });
    const second = await call(server, 'POST', '/api/join', { token: invite.body.code, body: { deviceLabel: '家里的电脑' } });
    expect(second.body.member.id).toBe(t.member.id);
    const got: SessionFull[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await call(server, 'GET', `/api/sync/sessions?limit=10${after ? `&after=${encodeURIComponent(after)}` : ''}`, { token: second.body.token });
      const page = SyncDownloadSchema.parse(res.body);
      got.push(...page.sessions);
      after = page.next;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(got.map((s) => s.id).sort()).toEqual(batch.map((s) => s.id));
    for (const s of got) expect(s.messages).toEqual(batch.find((b) => b.id === s.id)!.messages);
    // Only one's own sessions come down.
    expect(got.every((s) => s.id.startsWith('h'))).toBe(true);
  });

  it('an upload lands whole or not at all', async () => {
    const t = await join(server, teamId, 'trainee', '小何');
    const res = await call(server, 'PUT', '/api/sync/sessions', {
      token: t.token,
      body: { sessions: [session('ok1', { messages: turns(2) }), session('ok1', { messages: turns(3) })] },
    });
    expect(res.status).toBe(400);
    expect((await call(server, 'GET', `/api/members/${t.member.id}/sessions`, { token: t.token })).body.sessions).toEqual([]);
  });

  it('the same upload sent several times at once stores its messages and its report once', async () => {
    const t = await join(server, teamId, 'trainee', '小许');
    const all = turns(8);
    await upload(t.token, [session('tw', { messages: all.slice(0, 4) })]);
    const next = session('tw', { from: 4, messages: all.slice(4, 6), updatedAt: 1_700_000_050_000 });
    const last = ended('tw', 75, [{ rule: 'cold-tone', turn: 5, points: 3 }, { rule: 'invoice-refuse', turn: 7, points: 6 }], { messages: all, updatedAt: 1_700_000_090_000 });

    const nextAcks = await Promise.all(Array.from({ length: 6 }, () => upload(t.token, [next])));
    const lastAcks = await Promise.all(Array.from({ length: 6 }, () => upload(t.token, [last])));

    expect(nextAcks.flat().map((a) => a.messageCount)).toEqual(Array(6).fill(6));
    expect(lastAcks.flat().map((a) => a.messageCount)).toEqual(Array(6).fill(8));
    const full = await fetchSession(lead.token, t.member.id, 'tw');
    expect(full.messages).toEqual(all);
    expect(full.violations).toEqual(last.violations);
    expect(full.status).toBe('ended');
  });

  it("a new session's first upload sent several times at once, beside a longer one, stores one row and every message once", async () => {
    const t = await join(server, teamId, 'trainee', '小蒋');
    const all = turns(6);
    const first = session('nw', { messages: all.slice(0, 4) });
    const longer = session('nw', { messages: all, updatedAt: 1_700_000_050_000 });
    const acks = await Promise.all([...Array.from({ length: 5 }, () => upload(t.token, [first])), upload(t.token, [longer]), upload(t.token, [first])]);
    // Each answer is what the server held after that upload: 4 or 6 for the short one, 6 for the longer.
    expect(acks.flat().every((a) => a.status === 'ok' && (a.messageCount === 4 || a.messageCount === 6))).toBe(true);
    expect(acks[5]![0]!.messageCount).toBe(6);
    const full = await fetchSession(lead.token, t.member.id, 'nw');
    expect(full.messages).toEqual(all);
    expect(full.updatedAt).toBe(1_700_000_050_000);
    const list = (await call(server, 'GET', `/api/members/${t.member.id}/sessions`, { token: t.token })).body.sessions as Array<{ id: string; messageCount: number }>;
    expect(list.map((x) => [x.id, x.messageCount])).toEqual([['nw', 6]]);
  });

  it("a new session's upload past its start is stored empty and answered with a gap; its report lands with its first messages", async () => {
    const t = await join(server, teamId, 'trainee', '小韩');
    const all = turns(4);
    expect(await upload(t.token, [session('ng', { from: 2, messages: all.slice(2) })])).toEqual([{ id: 'ng', messageCount: 0, status: 'gap' }]);
    expect((await fetchSession(t.token, t.member.id, 'ng')).messages).toEqual([]);
    const whole = ended('nr', 70, [{ rule: 'cold-tone', turn: 1, points: 3 }], { messages: all });
    expect(await upload(t.token, [whole])).toEqual([{ id: 'nr', messageCount: 4, status: 'ok' }]);
    const full = await fetchSession(t.token, t.member.id, 'nr');
    expect(full.messages).toEqual(all);
    expect(full.violations).toEqual(whole.violations);
    expect(full.status).toBe('ended');
  });
});
