// The size a chart gives her is read from what she has told in the chat, never from the scenario's
// hidden persona (player-d, session 6: "怕大就买M呗" was failed against a weight she never gave).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { shopContext } from '@/engine/score/reply-context';
import { understand } from '@/engine/understand/understand';
import { measuresOf, toldWith } from '@/engine/understand/buyer-told';
import { createBuyer } from '@/engine/session';

const file = 'scenarios/size-question.yaml';
const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
if (!scenario) throw new Error(file);
const SIZE = shopContext(scenario);
const wrongFacts = (text: string, buyer: string, told?: { height?: number; weight?: number }) =>
  understand(text, { ...SIZE, buyer, ...(told ? { buyerFacts: { ...SIZE.buyerFacts, ...told } } : {}) }).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.evidence);

describe('what the buyer has told of herself', () => {
  it('reads her height and weight from her own lines, bare figures included', () => {
    expect(measuresOf('166的穿m还是l啊')).toEqual({ height: 166 });
    expect(measuresOf('166/57')).toEqual({ height: 166, weight: 57 });
    expect(measuresOf('我166 110斤')).toEqual({ height: 166, weight: 55 });
    expect(measuresOf('这件159元吗')).toEqual({});
    expect(toldWith({ height: 166 }, '体重57 肩膀有点宽')).toEqual({ height: 166, weight: 57 });
    expect(toldWith(undefined, '好的谢谢')).toBeUndefined();
  });

  it('checks no size against measures she never gave', () => {
    expect(SIZE.buyerFacts?.height).toBeUndefined();
    expect(wrongFacts('怕大就买M呗', '这个码偏不偏小 我一般M')).toEqual([]);
  });

  it('checks the size against what she told, one measure or both', () => {
    expect(wrongFacts('M', '166的穿M还是L')).toEqual(['说M码，尺码表给这位买家L码']);
    expect(wrongFacts('M码', '我该穿哪个码', { height: 166, weight: 57 })).toEqual(['说M码，尺码表给这位买家L码']);
    expect(wrongFacts('L码', '我该穿哪个码', { height: 166, weight: 57 })).toEqual([]);
  });

  it('is kept by the buyer across her lines in a chat', () => {
    const buyer = createBuyer(scenario, { seed: 1 });
    buyer.opening();
    buyer.reply('亲 您好 请问您的体重多少呢');
    const told = buyer.actor.getSnapshot().context.told;
    expect(told?.height).toBe(166);
    expect(told?.weight).toBe(57);
  });
});
