import { describe, expect, it } from 'vitest';
import { miniHaggle } from '../scenario/fixtures';
import { createBuyer } from '@/engine/session';
import { eventExplained, replyExplained } from '@/engine/buyer/step-taken';
import { createBuyerAt } from '@/engine/buyer/start-at';

describe('the step the buyer took', () => {
  it('names the transition that matched, with its condition, and where it took her', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 1 });

    const greeted = replyExplained(scenario, buyer, '亲，您好！欢迎光临');
    const held = replyExplained(scenario, buyer, '这个价格已经是活动价了哦，品质有保证');

    expect(greeted.step).toMatchObject({ kind: 'transition', from: 'opening', to: 'opening', index: 3, transition: { when: { move: 'greet' } } });
    expect(held.step).toMatchObject({ kind: 'transition', from: 'opening', to: 'size', index: 2, transition: { when: { move: 'hold-price' }, goto: 'size' } });
    expect(held.before.turn).toBe(1);
    expect(buyer.state()).toBe('size');
  });

  it('tells a missed reply from giving up once patience runs out', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 1 });

    const first = replyExplained(scenario, buyer, '嗯');
    const second = replyExplained(scenario, buyer, '嗯');

    expect(first.step).toEqual({ kind: 'fallback', from: 'opening', to: 'opening' });
    expect(second.step).toEqual({ kind: 'give-up', from: 'opening', to: 'gone' });
    expect(second.result.outcome).toBe('no-sale');
  });

  it('explains a nudge, leaving after the nudges, and nothing once she has decided', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 1 });

    expect(eventExplained(scenario, buyer, 'buyer.timeout').step).toEqual({ kind: 'nudge', from: 'opening', to: 'opening' });
    expect(eventExplained(scenario, buyer, 'buyer.timeout').step).toEqual({ kind: 'leave', from: 'opening', to: 'gone' });
    expect(eventExplained(scenario, buyer, 'chat.ended').step).toEqual({ kind: 'none', from: 'gone', to: 'gone' });
  });

  it('explains the trainee closing the chat', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 1 });

    expect(eventExplained(scenario, buyer, 'chat.ended').step).toEqual({ kind: 'ended', from: 'opening', to: 'gone' });
  });
});

describe('a buyer started in any state', () => {
  it('opens with that state’s line and takes replies from there', () => {
    const scenario = miniHaggle();
    const buyer = createBuyerAt(scenario, 'size', { seed: 1 });

    expect(buyer.state()).toBe('size');
    expect(buyer.opening().map((t) => t.text)).toEqual(['那我170、120斤穿什么码？']);
    expect(buyer.mood()).toBe(60);
    const answer = replyExplained(scenario, buyer, '您170cm 120斤的话建议拿L码哦');
    expect(answer.step).toMatchObject({ kind: 'transition', from: 'size', to: 'deal' });
    expect(answer.result.outcome).toBe('sale');
  });

  it('applies the variant and a chosen mood, and an upset state owes empathy from the first reply', () => {
    const scenario = miniHaggle();
    const buyer = createBuyerAt(scenario, 'angry', { seed: 1, variant: 'hard', mood: 20 });

    expect(buyer.mood()).toBe(20);
    expect(buyer.actor.getSnapshot().context).toMatchObject({ variant: 'hard', floor: 90, upsetFrom: 0, turn: 0 });
  });

  it('refuses a state that ends the conversation or does not exist', () => {
    const scenario = miniHaggle();

    expect(() => createBuyerAt(scenario, 'deal', { seed: 1 })).toThrow(/ends the conversation/);
    expect(() => createBuyerAt(scenario, 'nowhere', { seed: 1 })).toThrow(/no state/);
  });
});
