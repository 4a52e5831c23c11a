// The practice side of the team screens in jsdom against a real team server on 127.0.0.1: the
// lead's skills grid and one trainee's skills picture (graded on the server by the engine), and
// a trainee's browser pulling the team's 话术库 as the base of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '@/ui/app';
import { saveMembership } from '@/db/membership';
import { db } from '@/db/db';
import { JoinResponseSchema, SyncUploadResponseSchema } from '@/server/api-contract';
import { request } from '@/app/team/api-client';
import { uploadOf } from '@/app/team/upload-session';
import { startSync } from '@/app/team/sync-runner';
import { preloadScreen } from '@/ui/screens';
import { z } from 'zod';
import { endedSession } from './fixtures';
import { useTeamPage } from './team-page';

const page = useTeamPage();

beforeAll(async () => {
  await Promise.all((['team', 'member', 'phrases'] as const).map((name) => preloadScreen(name)));
}, 60_000);



const DAY = 86_400_000;
function coldComplaint(id: string, at: number) {
  return endedSession({
    id,
    scenarioId: 'complaint',
    scenarioTitle: '快递不动的生气买家',
    variant: 'hard',
    startedAt: at,
    updatedAt: at + 60_000,
    outcome: 'resolved',
    turns: [
      { role: 'buyer', text: '什么垃圾快递!!6天了还不到 我现在就去差评 😡😡', upset: true },
      { role: 'agent', text: '您好，单号发我。' },
      { role: 'buyer', text: '好吧 快点查', upset: false },
      { role: 'agent', text: '亲，已经帮您查好了，感谢您的耐心，祝您生活愉快~' },
    ],
  });
}

async function join(role: 'trainee' | 'mentor', name: string) {
  return request({ base: page.team.base, bearer: await page.team.invite(role) }, 'POST', '/api/join', JoinResponseSchema, { name });
}

describe("the lead's view of the skills", () => {
  it('shows each trainee’s and the team’s skills, and one trainee’s picture, graded from the uploaded chats', async () => {
    const trainee = await join('trainee', '小李');
    const start = Date.now() - 3 * DAY;
    await request({ base: page.team.base, bearer: trainee.token }, 'PUT', '/api/sync/sessions', SyncUploadResponseSchema, {
      sessions: [coldComplaint('c-1', start), coldComplaint('c-2', start + DAY)].map((s) => uploadOf(s, 0, 1e6)),
    });
    const lead = page.team.lead;
    await saveMembership({ base: page.team.base, token: lead.token, deviceId: lead.deviceId, member: lead.member, team: lead.team, joinedAt: 1, downloadCursor: null });
    window.location.hash = '#/team';
    render(<App />);

    const grid = await screen.findByRole('region', { name: '技能掌握' });
    const row = (await within(grid).findByRole('rowheader', { name: '小李' })).closest('tr')!;
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent);
    const empathy = within(row).getAllByRole('cell')[headers.indexOf('买家生气时先安抚') - 1]!;
    expect(empathy).toHaveTextContent('0% (0/2)');
    const teamRow = within(grid).getByRole('rowheader', { name: '全队' }).closest('tr')!;
    expect(within(teamRow).getAllByRole('cell')[headers.indexOf('买家生气时先安抚') - 1]).toHaveTextContent('0% (0/2)');

    window.location.hash = `#/team/${trainee.member.id}`;
    const skills = await screen.findByRole('region', { name: '技能进步' });
    expect(await within(skills).findByRole('img', { name: /最近 2 次对话里每项技能做对没有/ })).toBeInTheDocument();
    expect(within(skills).getByText(/^买家生气时先安抚：遇到 2 次，做对 0 次（0%）/)).toBeInTheDocument();
  });
});

describe("the team's 话术库 on a trainee's browser", () => {
  it('is pulled when the sync starts and becomes the base of the trainee’s library', async () => {
    const trainee = await join('trainee', '小李');
    await request({ base: page.team.base, bearer: page.team.lead.token }, 'PUT', '/api/team/phrases', z.object({ version: z.number() }), {
      phrases: [
        { id: 'hello', category: 'pre-sale', text: '亲,欢迎光临我的店铺,有什么可以帮您的吗~' },
        { id: 'bye', category: 'after-sale', text: '感谢亲的支持哦,祝您生活愉快~' },
      ],
    });
    const membership = { base: page.team.base, token: trainee.token, deviceId: trainee.deviceId, member: trainee.member, team: trainee.team, joinedAt: 1, downloadCursor: null };
    await saveMembership(membership);
    startSync({ ...membership, id: 'current' });
    await waitFor(async () => expect(await db.teamPhrases.count()).toBe(1));

    window.location.hash = '#/phrases';
    render(<App />);
    expect(await screen.findByText(/当前使用团队话术库（第 1 版，王组长 更新于/)).toBeInTheDocument();
    const preSale = await screen.findByRole('list', { name: '售前话术' });
    expect(within(preSale).getAllByRole('listitem')).toHaveLength(1);
    expect(within(preSale).getByText('亲,欢迎光临我的店铺,有什么可以帮您的吗~')).toBeInTheDocument();
    // A trainee publishes nothing.
    expect(screen.queryByRole('region', { name: '团队话术库' })).not.toBeInTheDocument();
  });
});
