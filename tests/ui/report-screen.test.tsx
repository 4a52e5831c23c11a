import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/ui/app';
import { findScenario } from '@/app/scenario-catalog';
import { createBuyer } from '@/engine/session';
import type { SessionRecord } from '@/db/records';
import { storeSessions } from './fixtures';

/** A chat played through the real buyer: a greeting-less first reply that asks to move to WeChat. */
function playedSession(reply = '加我微信吧，微信上给您便宜点'): SessionRecord {
  const scenario = findScenario('price-haggle');
  if (!scenario) throw new Error('price-haggle scenario missing');
  const buyer = createBuyer(scenario, { seed: 3, variant: 'normal' });
  const turns = [...buyer.opening()];
  const r = buyer.reply(reply, 1000);
  turns.push(r.agent, ...r.buyer);
  return {
    id: 'r1', scenarioId: 'price-haggle', scenarioTitle: scenario.title, variant: 'normal', seed: 3, trainee: '小王',
    startedAt: 0, updatedAt: 1, status: 'ended', outcome: r.outcome, turns, snapshot: buyer.persist(),
  };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?fast=1#/report/r1');
});

describe('report screen', () => {
  it('shows outcome, verdict, the three scores and the points deducted', async () => {
    await storeSessions(playedSession());

    render(<App />);

    const head = await screen.findByRole('article', { name: '训练报告' });
    expect(head).toHaveTextContent('结果：未成交');
    expect(screen.getByLabelText('总分')).toBeInTheDocument();
    expect(head).toHaveTextContent('未通过');
    const scores = screen.getByRole('region', { name: '分项得分' });
    expect(scores).toHaveTextContent('服务态度');
    expect(scores).toHaveTextContent('合规');
    expect(scores).toHaveTextContent('转化');
    expect(scores).toHaveTextContent(/扣\d+分/);
  });

  it('shows the knowledge score and each wrong fact with its words, the shop fact and a better reply', async () => {
    await storeSessions(playedSession('亲,您好~这款是纯棉的哦,给您169元包邮'));

    render(<App />);

    const scores = await screen.findByRole('region', { name: '分项得分' });
    expect(scores).toHaveTextContent('商品知识50');
    const knowledge = screen.getByRole('region', { name: '商品知识' });
    const items = within(knowledge).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('第 2 条');
    expect(items[0]).toHaveTextContent('原话：“亲,您好~这款是纯棉的哦,给您169元包邮”');
    expect(knowledge).toHaveTextContent('说是纯棉');
    expect(knowledge).toHaveTextContent('店铺信息：材质是A类牛奶绒');
    expect(knowledge).toHaveTextContent('报价169元');
    // The better reply holds the price with the shop's coupon and gift, never naming the floor (fair13, player12 F1).
    expect(knowledge).toHaveTextContent('更好的说法：“亲，这款现在199元，已经是活动价了，价格上确实没法再少了，我给您发一张10元店铺券');
  });

  it('says every fact was right when none was wrong', async () => {
    await storeSessions(playedSession('亲,您好~这款是A类牛奶绒的哦,付款后48小时内发货'));

    render(<App />);

    const knowledge = await screen.findByRole('region', { name: '商品知识' });
    expect(knowledge).toHaveTextContent('每条商品信息都说对了');
  });

  it('puts the most important items first and reviews every turn with its flags and a better reply', async () => {
    const record = playedSession();
    await storeSessions(record);

    render(<App />);

    const top = await screen.findByRole('region', { name: '最重要的三点' });
    expect(within(top).getAllByRole('listitem').length).toBeLessThanOrEqual(3);
    expect(top).toHaveTextContent('引导站外交易');
    // Rule ids are contracts for trainers and tests, never text on the trainee's report.
    expect(screen.getByRole('article', { name: '训练报告' }).parentElement).not.toHaveTextContent(/[a-z]+-[a-z]+/);
    const review = screen.getByRole('region', { name: '逐条点评' });
    expect(within(review).getAllByRole('listitem').filter((li) => li.classList.contains('review-turn'))).toHaveLength(record.turns.length);
    expect(review).toHaveTextContent('更好的说法');
  });

  it('replays the transcript line by line', async () => {
    const record = playedSession();
    await storeSessions(record);
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: '开始回放' }));

    await screen.findByRole('button', { name: '重新回放' }, { timeout: 3000 });
    const replay = screen.getByRole('region', { name: '对话回放' });
    expect(within(replay).getAllByText(/./, { selector: '.bubble' })).toHaveLength(record.turns.length);
  });
});
