// The live-session screens (issue 13) in jsdom against a real team server on 127.0.0.1: the
// trainee's invitation (also after a socket that was down when the mentor opened the session
// reconnects), the mentor's 真人扮演 screen opening a session, and the trainee's workbench in it.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { request, requestEmpty } from '@/app/team/api-client';
import { preloadScreen } from '@/ui/screens';
import { MentorLiveSchema, TraineeLiveSchema } from '@/server/live-contract';
import type { JoinResponse } from '@/server/api-contract';
import type { MembershipRecord } from '@/db/team-records';
import LiveInvites from '@/ui/live/live-invites';
import { useTeamPage } from './team-page';

const page = useTeamPage({ webSocket: true });

beforeAll(async () => {
  await Promise.all((['live', 'live-session'] as const).map((name) => preloadScreen(name)));
}, 60_000);

const membershipOf = (j: JoinResponse): MembershipRecord => ({ id: 'current', base: page.team.base, token: j.token, deviceId: j.deviceId, member: j.member, team: j.team, joinedAt: 1, downloadCursor: null });

/** The lead gives the mentor the trainee (a mentor opens live sessions only with their own). */
async function assign(mentor: JoinResponse, trainee: JoinResponse) {
  await requestEmpty({ base: page.team.base, bearer: page.team.lead.token }, 'PUT', `/api/mentors/${mentor.member.id}/trainees`, { traineeIds: [trainee.member.id] });
}

async function openLive(mentor: JoinResponse, trainee: JoinResponse) {
  await assign(mentor, trainee);
  return request({ base: page.team.base, bearer: mentor.token }, 'POST', '/api/live', MentorLiveSchema, {
    traineeId: trainee.member.id,
    ref: { kind: 'builtin', id: 'price-haggle' },
    seed: 7,
  });
}

/**
 * The page's WebSocket, with a switch that makes its connections fail as in a network outage
 * (they go to a path the server refuses), and the sockets it opened.
 */
function switchableSockets() {
  const Real = globalThis.WebSocket;
  const opened: WebSocket[] = [];
  const state = { down: false };
  class Switchable extends Real {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(state.down ? String(url).replace('/api/ws', '/api/no-such-socket') : url, protocols);
      opened.push(this);
    }
  }
  globalThis.WebSocket = Switchable;
  return { opened, state };
}

describe("the trainee's live invitation", () => {
  it('appears when a mentor opens a session and goes when it ends', async () => {
    const mentor = await page.join('mentor', '陈老师');
    const trainee = await page.join('trainee', '小周');
    render(<LiveInvites membership={membershipOf(trainee)} />);
    await waitFor(() => expect(screen.queryByRole('region', { name: '真人扮演邀请' })).toBeNull());
    const live = await openLive(mentor, trainee);
    const invite = await screen.findByRole('link', { name: '陈老师邀请你真人扮演 · 进入' });
    expect(invite).toHaveAttribute('href', `#/live/${live.id}`);
    await request({ base: page.team.base, bearer: mentor.token }, 'POST', `/api/live/${live.id}/end`, MentorLiveSchema, {});
    await waitFor(() => expect(screen.queryByRole('region', { name: '真人扮演邀请' })).toBeNull(), { timeout: 8000 });
  });

  it('is seen by a trainee whose socket was down when the mentor opened the session, once it reconnects', async () => {
    const sockets = switchableSockets();
    const mentor = await page.join('mentor', '陈老师');
    const trainee = await page.join('trainee', '小周');
    render(<LiveInvites membership={membershipOf(trainee)} />);
    await waitFor(() => expect(sockets.opened.some((s) => s.readyState === 1)).toBe(true));

    // The trainee's network goes down: the socket closes and its reconnects fail meanwhile.
    sockets.state.down = true;
    const before = sockets.opened.length;
    sockets.opened.filter((s) => s.readyState === 1).forEach((s) => s.close());
    await openLive(mentor, trainee);
    // The 'live' event went to nobody; the list was not asked for again.
    await waitFor(() => expect(sockets.opened.length).toBeGreaterThan(before), { timeout: 8000 });
    expect(screen.queryByRole('region', { name: '真人扮演邀请' })).toBeNull();

    sockets.state.down = false;
    expect(await screen.findByRole('link', { name: '陈老师邀请你真人扮演 · 进入' }, { timeout: 15_000 })).toBeInTheDocument();
  }, 30_000);
});

describe("the mentor's 真人扮演 screen", () => {
  it('asks for a trainee and a buyer, then opens the session and goes to it', async () => {
    const mentor = await page.join('mentor', '陈老师');
    const trainee = await page.join('trainee', '小周');
    await assign(mentor, trainee);
    await page.remember(mentor);
    window.location.hash = '#/live';
    const user = userEvent.setup();
    render(<App />);

    const form = await screen.findByRole('form', { name: '开始真人扮演' });
    await user.click(within(form).getByRole('button', { name: '开始真人扮演' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('请选择学员');
    await waitFor(() => expect(within(form).getByRole('option', { name: '小周' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByLabelText('学员'), '小周');
    await user.click(within(form).getByRole('button', { name: '开始真人扮演' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('请选择买家');
    await waitFor(() => expect(within(form).getByRole('option', { name: '砍价的宝妈' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByLabelText('买家'), '砍价的宝妈');
    await user.click(within(form).getByRole('button', { name: '开始真人扮演' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/live\/[^/]+$/));
    const liveId = decodeURIComponent(window.location.hash.slice('#/live/'.length));
    const mine = await request({ base: page.team.base, bearer: trainee.token }, 'GET', `/api/live/${liveId}`, TraineeLiveSchema);
    expect(mine).toMatchObject({ id: liveId, status: 'active', mentorName: '陈老师' });
  });
});

describe("the trainee's side of a live session", () => {
  it('shows the mentor’s line on the workbench and sends the reply to the server', async () => {
    const mentor = await page.join('mentor', '陈老师');
    const trainee = await page.join('trainee', '小周');
    const live = await openLive(mentor, trainee);
    await request({ base: page.team.base, bearer: mentor.token }, 'POST', `/api/live/${live.id}/say`, MentorLiveSchema, { text: '这个能便宜点吗？', source: 'own' });
    await page.remember(trainee);
    window.location.hash = `#/live/${encodeURIComponent(live.id)}`;
    const user = userEvent.setup();
    render(<App />);

    const chat = await screen.findByRole('region', { name: '对话' });
    expect(await within(chat).findByText('这个能便宜点吗？')).toBeInTheDocument();
    expect(screen.getByText('一位买家正在等待')).toBeInTheDocument();
    await user.type(within(chat).getByRole('textbox', { name: '回复' }), '亲，这款已经是活动价了哦');
    await user.click(within(chat).getByRole('button', { name: '发送' }));
    await waitFor(async () => {
      const mine = await request({ base: page.team.base, bearer: trainee.token }, 'GET', `/api/live/${live.id}`, TraineeLiveSchema);
      expect(mine.messages.filter((m) => m.kind === 'agent').map((m) => m.text)).toEqual(['亲，这款已经是活动价了哦']);
    });
  });
});
