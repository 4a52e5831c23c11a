// Every point fair, session 7: what a second blind tester's chats left open (README "Every point
// fair: session 7"). Each case is a chat the tester played, or the same mistake in short.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { createBuyer, playScript } from '@/engine/session';
import { score } from '@/engine/score/score';

function load(id: string) {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const REFUND = load('refund-dispute');

/** A seed whose opening line of `variant` contains `words`. */
function seedOpening(scenario: ReturnType<typeof load>, variant: string, words: string): number {
  for (let seed = 1; seed < 200; seed++) {
    const buyer = createBuyer(scenario, { seed, variant });
    const first = buyer.opening()[0]?.text ?? '';
    buyer.actor.stop();
    if (first.includes(words)) return seed;
  }
  throw new Error(`no opening with ${words}`);
}

describe('an angry opener owes empathy on the first reply', () => {
  it('flags the first reply to 什么破鞋…我要退 that does not take her in, for the buyer and the report alike', () => {
    const seed = seedOpening(REFUND, 'hard', '什么破鞋');

    const t = playScript(REFUND, ['您好 请问是哪里有问题呢 我帮您看看'], { seed, variant: 'hard' });
    const result = score(t, REFUND);

    const reply = t.turns.findIndex((turn) => turn.role === 'agent');
    expect(t.turns[reply]?.understanding?.flags.map((f) => f.rule)).toContain('tone-empathy');
    expect(result.turns[reply]?.flags.map((f) => f.rule)).toContain('tone-empathy');
  });

  it('owes nothing more once the first reply acknowledged her', () => {
    const seed = seedOpening(REFUND, 'hard', '什么破鞋');

    const t = playScript(REFUND, ['亲 您好 非常抱歉给您带来不好的体验 请问是哪里有问题呢'], { seed, variant: 'hard' });

    expect(score(t, REFUND).violations.map((v) => v.rule)).not.toContain('tone-empathy');
  });
});
