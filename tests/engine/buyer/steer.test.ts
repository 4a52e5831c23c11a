import { describe, expect, it } from 'vitest';
import { miniHaggle } from '../scenario/fixtures';
import { createBuyer } from '@/engine/session';
import { steerableStates, steerTo } from '@/engine/buyer/steer';
import { suggestions } from '@/engine/buyer/suggestions';

describe('steering a live buyer', () => {
  it('moves her to another state, keeping her mood, memory and counts, saying that state’s line', () => {
    const scenario = miniHaggle();
    const first = createBuyer(scenario, { seed: 3 });
    first.reply('这个价格已经是活动价了哦，品质有保证');
    const before = first.actor.getSnapshot().context;
    expect(first.state()).toBe('size');

    const steered = steerTo(scenario, first, 'opening', { seed: 3 });
    const after = steered.actor.getSnapshot().context;

    expect(steered.state()).toBe('opening');
    expect(after).toMatchObject({ mood: before.mood, memory: before.memory, turn: before.turn, tries: 0, outcome: null });
    expect(scenario.states.opening!.lines!.map((l) => l.replace('{product}', '纯棉短袖T恤').replace('{price}', '100'))).toContain(after.said[0]);
    // The machine goes on from there: a reply moves her by that state's transitions.
    steered.reply('这个价格已经是活动价了哦，品质有保证');
    expect(steered.state()).toBe('size');
  });

  it('brings a buyer who had decided back into the conversation', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 1 });
    buyer.reply('嗯');
    buyer.reply('嗯');
    expect(buyer.outcome()).toBe('no-sale');
    const back = steerTo(scenario, buyer, 'size', { seed: 1 });
    expect(back.outcome()).toBeNull();
    expect(back.over()).toBe(false);
    expect(back.state()).toBe('size');
  });

  it('refuses a state that ends the chat or does not exist, and lists only states that go on', () => {
    const scenario = miniHaggle();
    expect(steerableStates(scenario)).toContain('size');
    expect(steerableStates(scenario)).not.toContain('deal');
    expect(() => steerTo(scenario, createBuyer(scenario, { seed: 1 }), 'deal', { seed: 1 })).toThrow(/outcome/);
    expect(() => steerTo(scenario, createBuyer(scenario, { seed: 1 }), 'nowhere', { seed: 1 })).toThrow(/no state/);
  });
});

describe('suggested lines', () => {
  it('offers the machine’s pick first, then the state’s other lines, placeholders filled', () => {
    const scenario = miniHaggle();
    const buyer = createBuyer(scenario, { seed: 5 });
    const context = buyer.actor.getSnapshot().context;
    const lines = suggestions(scenario, context, buyer.state());
    expect(lines[0]).toBe(context.said[0]);
    expect(lines).toEqual(expect.arrayContaining(['纯棉短袖T恤能便宜点吗？', '这件100块有点贵，能少点吗？']));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
