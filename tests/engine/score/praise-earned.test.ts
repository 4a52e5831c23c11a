import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { score } from '@/engine/score/score';
import type { Transcript, Turn } from '@/engine/transcript';

// Wordings written for this test (besides the blind tester's), not taken from a labelled set.
const FILE = new URL('../../../scenarios/price-haggle.yaml', import.meta.url);
const LOADED = loadScenario(readFileSync(FILE, 'utf8'), FILE.pathname);
if (!LOADED.scenario) throw new Error('price-haggle does not load');
const SCENARIO = LOADED.scenario;
const buyer = (text: string): Turn => ({ role: 'buyer', text });
const agent = (text: string): Turn => ({ role: 'agent', text });
const praised = (turns: Turn[]): string[] => {
  const chat: Transcript = { turns, outcome: null, lowestOffer: null };
  return score(chat, SCENARIO).feedback.filter((f) => f.kind === 'good').map((f) => f.title);
};

describe('praise only for what the reply did', () => {
  it('gives no warm-opening praise to a bare question back to an angry buyer', () => {
    expect(praised([buyer('什么破东西 才用一下就坏了 我要退'), agent('亲 什么问题呢')])).not.toContain('热情开场');
    expect(praised([buyer('气死了 收到就是坏的'), agent('亲，非常抱歉给您添麻烦了，是哪里坏了呢')])).toContain('热情开场');
  });

  it('praises an off-platform refusal only when it says why staying is better for her', () => {
    expect(praised([buyer('加个V吧 我支付宝直接转你'), agent('微信不方便 平台拍就行')])).not.toContain('礼貌拒绝站外交易');
    expect(praised([buyer('加个微信私下转账吧'), agent('亲,咱们就在平台拍哦,交易有保障,售后也有记录呢')])).toContain('礼貌拒绝站外交易');
  });

  it('gives no quick-invoice praise to an invoice put off to a later batch', () => {
    expect(praised([buyer('能开发票吗 公司报销用'), agent('可以开 不过要等下个月统一开')])).not.toContain('爽快答应开发票');
    expect(praised([buyer('发票能开吗'), agent('能开的亲 月底统一给您开哈')])).not.toContain('爽快答应开发票');
  });
});
