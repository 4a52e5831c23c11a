// Every point fair in the report: each conversion point docked has a line saying what was
// missing, a chat still going is not told it closed badly, and replies after the end are no
// part of the chat.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import type { Transcript, Turn } from '@/engine/transcript';

function load(id: string) {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const HAGGLE = load('price-haggle');
const buyer = (text: string): Turn => ({ role: 'buyer', text });
const agent = (text: string): Turn => ({ role: 'agent', text });
const chat = (turns: Turn[], outcome: Transcript['outcome'], lowestOffer: number | null = null): Transcript => ({ turns, outcome, lowestOffer });
const conversionLines = (t: Transcript) => score(t, HAGGLE).feedback.filter((f) => f.kind === 'missed' && f.rule === null);
const lost = (t: Transcript) => conversionLines(t).reduce((sum, f) => sum + Number(/转化少(\d+)分/u.exec(f.evidence ?? '')?.[1] ?? 0), 0);

describe('conversion points docked are explained', () => {
  it('names the price given away on a sale, and the lines add up to what was docked', () => {
    const t = chat([buyer('能便宜点吗'), agent('亲,给您发张10元券,券后189元哦'), buyer('好 拍了')], 'sale', 189);
    const result = score(t, HAGGLE);
    expect(result.scores.conversion).toBe(90);
    expect(conversionLines(t).map((f) => f.title)).toEqual(['让价少了守价分']);
    expect(lost(t)).toBe(100 - result.scores.conversion);
  });

  it('names the outcome of a chat that did not sell; a solved problem owes no upsell (session 8)', () => {
    const noSale = chat([buyer('能便宜点吗'), agent('亲,已经是活动价了哦')], 'no-sale');
    expect(conversionLines(noSale).map((f) => f.title)).toEqual(['结局：买家没有下单']);
    expect(lost(noSale)).toBe(100 - score(noSale, HAGGLE).scores.conversion);
    const resolved = chat([buyer('发什么快递'), agent('亲,发中通哦')], 'resolved');
    expect(conversionLines(resolved)).toEqual([]);
    expect(score(resolved, HAGGLE).scores.conversion).toBe(100);
  });

  it('has no line when nothing was docked', () => {
    expect(conversionLines(chat([buyer('这款多少钱'), agent('亲，您好~这款199元哦'), buyer('好的 拍了')], 'sale', 199))).toEqual([]);
  });
});

describe('a close is judged only once the chat has ended', () => {
  const unthanked = [buyer('能便宜点吗'), agent('亲,您好~已经是最低价了'), buyer('那我再想想'), agent('好的')];

  it('shows no missed close on a chat still going (the workbench hints after each reply)', () => {
    const going = score(chat(unthanked, null), HAGGLE);
    expect(going.feedback.filter((f) => f.rule === 'tone-close')).toEqual([]);
    expect(going.violations.map((v) => v.rule)).not.toContain('tone-close');
  });

  it('names it once the chat has an outcome, and on a real log (always finished)', () => {
    expect(score(chat(unthanked, 'no-sale'), HAGGLE).violations.map((v) => v.rule)).toContain('tone-close');
    expect(score(chat(unthanked, null)).violations.map((v) => v.rule)).toContain('tone-close');
  });
});

describe('replies after the end of the chat', () => {
  it('sends the closing reply, marked as such, and neither sends nor grades the rest', () => {
    const replies = ['至于 你们这种砍价的见多了', '爱买不买', '不能', '嫌贵别买', '你去别家吧', '随便', '私下加我微信', '好评返现5块'];
    const played = playScript(HAGGLE, replies, { seed: 1 });
    expect(played.outcome).not.toBeNull();
    const sent = played.turns.filter((t) => t.role === 'agent').length;
    expect(played.unsent).toEqual(replies.slice(sent));
    expect(played.unsent.length).toBeGreaterThan(0);
    expect(played.closingTurn).not.toBeNull();
    expect(played.turns[played.closingTurn ?? -1]?.role).toBe('agent');
    // Nothing unsent is graded: no flag names a turn past the transcript.
    const result = score(played, HAGGLE);
    expect(result.violations.every((v) => v.turn < played.turns.length)).toBe(true);
  });
});
