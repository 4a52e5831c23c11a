// One place decides a wrong fact: the buyer reacts to the same fact-wrong flag the report lists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { rightSizes } from '@/engine/scenario/effective';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import type { Scenario } from '@/engine/scenario/schema';

function buyer(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.scenario) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  return loaded.scenario;
}

const REFUND = [
  '亲,您好,请问是哪里不满意呢',
  '非常抱歉给您添麻烦了,麻烦拍张照片我看看',
  '亲,可以退的哦,未外穿、鞋底无磨损、配件齐全就行,以仓库收货检查为准',
];

describe('a wrong fact in play', () => {
  const scenario = buyer('refund-dispute');

  it('the buyer objects to "you pay the postage" for goods with a quality problem, and the report lists it on that turn', () => {
    const transcript = playScript(scenario, [...REFUND, '退的话运费您自己出哦'], { seed: 1, variant: 'normal' });
    const result = score(transcript, scenario);

    const agent = transcript.turns.findLastIndex((t) => t.role === 'agent');
    const answer = transcript.turns[agent + 1];
    expect(answer?.state).toBe('postage-argue');
    expect(scenario.states['postage-argue']?.on?.find((t) => t.when?.flag === 'fact-wrong')?.say).toContain(answer?.text);
    expect(transcript.turns[agent]?.understanding?.flags.map((f) => f.rule)).toEqual(['fact-wrong']);
    // The chat is unfinished (its replies ran out): the missing close is named too, on the last reply.
    expect(result.violations.filter((v) => v.rule !== 'tone-close')).toEqual([
      expect.objectContaining({ rule: 'fact-wrong', turn: agent, evidence: '说运费买家出，质量问题的退货运费由店铺承担' }),
    ]);
    expect(result.scores.knowledge).toBe(75);
    const item = result.feedback.find((f) => f.rule === 'fact-wrong');
    expect(item).toMatchObject({ turn: agent, quote: '退的话运费您自己出哦', claim: '说运费买家出', truth: '质量问题的退货运费由店铺承担' });
    expect(item?.better).toContain('由我们承担');
  });

  it('the shop paying a quality return is no wrong fact and moves the buyer on', () => {
    const transcript = playScript(scenario, [...REFUND, '亲,胶印是质量问题,运费您先垫付,仓库收货后我们补给您,或者直接给您换一双'], { seed: 1, variant: 'normal' });
    const result = score(transcript, scenario);

    expect(result.violations.map((v) => v.rule)).not.toContain('fact-wrong');
    expect(result.scores.knowledge).toBe(100);
  });

  it('"you pay the postage" for a no-reason return is this shop\'s rule: no 包邮 breach, no wrong fact', () => {
    const transcript = playScript(scenario, ['亲,您好,七天无理由退货的话,寄回运费需要您自己承担哦'], { seed: 1, variant: 'normal' });
    const result = score(transcript, scenario);

    expect(result.violations.map((v) => v.rule)).toEqual([]);
  });
});

describe('the size the chart gives', () => {
  const scenario = buyer('size-question');

  it('is one size for every built-in buyer with height and weight, the one the buyer and the knowledge check use', () => {
    expect(rightSizes(scenario)).toEqual(['L']);
  });

  it('"您平时穿M拿L上身刚刚好" recommends L: the buyer goes on, and no fact is wrong', () => {
    const transcript = playScript(scenario, ['亲您好,方便说下体重吗', '亲,您平时穿M拿L上身刚刚好,这款修身偏小一码'], { seed: 1, variant: 'normal' });
    const result = score(transcript, scenario);

    expect(transcript.turns.at(-1)?.state).toBe('fit-check');
    expect(result.violations.map((v) => v.rule)).not.toContain('fact-wrong');
  });
});
