// Team buyers in jsdom against a real team server: a mentor publishes the buyer in the studio
// (version after version, who and when listed; the server's refusal shows each issue's code), a
// trainee's browser pulls the practice ones into IndexedDB and the home screen offers them.
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { App } from '@/ui/app';
import { saveMembership } from '@/db/membership';
import { MEMBERSHIP_ID } from '@/db/team-records';
import { getTrainerBuyer } from '@/db/trainer-buyers';
import { JoinResponseSchema, type JoinResponse } from '@/server/api-contract';
import { TeamBuyerListSchema } from '@/server/team-buyer-contract';
import { request } from '@/app/team/api-client';
import { startSync } from '@/app/team/sync-runner';
import { preloadScreen } from '@/ui/screens';
import { useTeamPage } from './team-page';

const page = useTeamPage();
const BASE = readFileSync('scenarios/price-haggle.yaml', 'utf8');
const buyer = (title: string) => BASE.replace('id: price-haggle', 'id: shop-haggle').replace('title: 砍价的宝妈', `title: ${title}`);

beforeAll(async () => {
  await Promise.all((['studio', 'home'] as const).map((name) => preloadScreen(name)));
}, 60_000);


async function member(role: 'mentor' | 'trainee', name: string): Promise<JoinResponse> {
  return request({ base: page.team.base, bearer: await page.team.invite(role) }, 'POST', '/api/join', JoinResponseSchema, { name });
}
const remember = (j: JoinResponse) => saveMembership({ base: page.team.base, token: j.token, deviceId: j.deviceId, member: j.member, team: j.team, joinedAt: 1, downloadCursor: null });

async function openStudio() {
  window.location.hash = '#/studio';
  await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  render(<App />);
  const editor = (await screen.findByRole('textbox', { name: '剧本文件内容' })) as HTMLTextAreaElement;
  await screen.findByText('没有错误');
  return editor;
}

describe('team buyers in the browser', () => {
  it('a mentor publishes from the studio: version 1, then 2 with who and when; a refusal lists the codes', async () => {
    const mentor = await member('mentor', '陈老师');
    await remember(mentor);
    const user = userEvent.setup();
    const editor = await openStudio();
    fireEvent.change(screen.getByLabelText('文件名'), { target: { value: 'shop-haggle.yaml' } });
    fireEvent.change(editor, { target: { value: buyer('店里的砍价王') } });
    const share = await screen.findByRole('region', { name: '分享给团队' });
    await waitFor(() => expect(within(share).getByRole('button', { name: '发布到团队' })).toBeEnabled());
    await user.click(within(share).getByRole('button', { name: '发布到团队' }));
    expect(await within(share).findByRole('status')).toHaveTextContent('已发布“店里的砍价王”第 1 版（学员可以练习）');

    fireEvent.change(editor, { target: { value: buyer('店里的砍价王二代') } });
    await user.selectOptions(within(share).getByLabelText('谁能用'), 'staff');
    await waitFor(() => expect(within(share).getByRole('button', { name: '发布到团队' })).toBeEnabled());
    await user.click(within(share).getByRole('button', { name: '发布到团队' }));
    expect(await within(share).findByRole('status')).toHaveTextContent('第 2 版（只给导师出考试');
    const versions = await within(share).findByRole('table', { name: '团队里的版本' });
    await waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(3));
    expect(within(versions).getAllByRole('row')[1]).toHaveTextContent('第 2 版陈老师');

    // A built-in id passes the local checker, but the server refuses it, with the code.
    fireEvent.change(screen.getByLabelText('文件名'), { target: { value: 'price-haggle.yaml' } });
    fireEvent.change(editor, { target: { value: BASE } });
    await waitFor(() => expect(within(share).getByRole('button', { name: '发布到团队' })).toBeEnabled());
    await user.click(within(share).getByRole('button', { name: '发布到团队' }));
    const alert = await within(share).findByRole('alert');
    expect(alert).toHaveTextContent('内置买家的编号');
    expect(alert).toHaveTextContent('builtin-id');
  });

  it('a trainee never sees the publish panel; their browser pulls the practice version, and the home screen offers her', async () => {
    const mentor = await member('mentor', '陈老师');
    const asMentor = { base: page.team.base, bearer: mentor.token };
    await request(asMentor, 'POST', '/api/team-buyers', TeamBuyerListSchema.shape.buyers.element, { file: 'shop-haggle.yaml', source: buyer('店里的砍价王'), audience: 'team' });
    await request(asMentor, 'POST', '/api/team-buyers', TeamBuyerListSchema.shape.buyers.element, { file: 'shop-haggle.yaml', source: buyer('考试专用'), audience: 'staff' });
    const trainee = await member('trainee', '小吴');
    await remember(trainee);
    startSync({ id: MEMBERSHIP_ID, base: page.team.base, token: trainee.token, deviceId: trainee.deviceId, member: trainee.member, team: trainee.team, joinedAt: 1, downloadCursor: null });
    await waitFor(async () => expect(await getTrainerBuyer('shop-haggle')).toMatchObject({ title: '店里的砍价王', revision: 1 }), { timeout: 10_000 });

    await openStudio();
    expect(screen.queryByRole('region', { name: '分享给团队' })).toBeNull();
    cleanup();
    window.location.hash = '#/';
    render(<App />);
    expect(await screen.findByText('店里的砍价王')).toBeInTheDocument();
  });
});
