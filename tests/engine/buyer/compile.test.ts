import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { miniHaggle } from '../scenario/fixtures';
import { compileScenario } from '@/engine/buyer/compile';
import type { Condition, Scenario, Transition } from '@/engine/scenario/schema';
import type { Entities, Flag, Understanding } from '@/engine/understanding-types';
import type { Move } from '@/engine/vocabulary';

function understanding(moves: Move[] = [], entities: Entities = {}, flags: Flag['rule'][] = []): Understanding {
  return { text: '', normalized: '', moves, entities, flags: flags.map((rule) => ({ rule, points: 0, evidence: '' })) };
}

/** The test buyer whose opening state has exactly these transitions. */
function withOpening(on: Transition[], patch: (s: Scenario) => void = () => {}): Scenario {
  const scenario = structuredClone(miniHaggle());
  scenario.states.opening!.on = on;
  patch(scenario);
  return scenario;
}

function start(scenario: Scenario, variant?: string) {
  const actor = createActor(compileScenario(scenario), { input: { seed: 7, ...(variant ? { variant } : {}) } });
  actor.start();
  return actor;
}

function replyOnce(when: Condition, u: Understanding, variant?: string): string {
  const actor = start(withOpening([{ when, goto: 'deal' }]), variant);
  actor.send({ type: 'reply.submitted', text: '', understanding: u });
  return String(actor.getSnapshot().value);
}

describe('compiled guards', () => {
  const cases: Array<[string, Condition, Understanding, Understanding]> = [
    ['hasMove', { move: 'greet' }, understanding(['greet']), understanding(['thank'])],
    ['hasAnyMove', { anyMove: ['greet', 'thank'] }, understanding(['thank']), understanding(['upsell'])],
    ['hasAllMoves', { allMoves: ['greet', 'thank'] }, understanding(['greet', 'thank']), understanding(['greet'])],
    ['hasNoMove', { noMove: ['urge-order'] }, understanding(['greet']), understanding(['urge-order'])],
    ['hasFlag (rule)', { flag: 'card-fee' }, understanding([], {}, ['card-fee']), understanding([], {}, ['card-refuse'])],
    ['hasFlag (platform)', { flag: 'platform' }, understanding([], {}, ['off-platform']), understanding([], {}, ['tone-cold'])],
    ['hasFlag (tone)', { flag: 'tone' }, understanding([], {}, ['tone-cold']), understanding([], {}, ['off-platform'])],
    ['hasNoFlag', { noFlag: 'any' }, understanding(['greet']), understanding([], {}, ['tone-cold'])],
    ['offerAtOrBelow (number)', { offerAtOrBelow: 90 }, understanding([], { price: 90 }), understanding([], { price: 91 })],
    ['offerAtOrBelow (floor)', { offerAtOrBelow: 'floor' }, understanding([], { price: 85 }), understanding([], { price: 86 })],
    ['offerAtOrBelow (target)', { offerAtOrBelow: 'target' }, understanding([], { price: 80 }), understanding([], {})],
    ['offerAbove (price)', { offerAbove: 'price' }, understanding([], { price: 101 }), understanding([], { price: 100 })],
    ['hasEntity', { hasEntity: 'shipTime' }, understanding([], { shipTime: 24 }), understanding([], { size: 'M' })],
    ['sizeIs right', { size: 'right' }, understanding([], { size: 'l' }), understanding([], { size: 'M' })],
    ['sizeIs wrong', { size: 'wrong' }, understanding([], { size: 'XL' }), understanding([], { size: 'L' })],
    ['moodAtLeast', { moodAtLeast: 60 }, understanding(), understanding()],
    ['turnAtLeast', { turnAtLeast: 1 }, understanding(), understanding()],
    ['notRemembered', { notRemembered: 'held' }, understanding(), understanding()],
  ];

  it.each(cases)('%s lets a matching reply through', (_name, when, yes) => {
    expect(replyOnce(when, yes)).toBe('deal');
  });

  it.each(cases.filter(([n]) => !['moodAtLeast', 'turnAtLeast', 'notRemembered'].includes(n)))('%s stops a reply that does not match', (_n, when, _y, no) => {
    expect(replyOnce(when, no)).toBe('opening');
  });

  it('moodAtLeast and moodBelow read the mood of the variant in play', () => {
    // The hard variant starts at mood 40 with patience 1: a reply that matches nothing makes her give up.
    expect(replyOnce({ moodAtLeast: 50 }, understanding(), 'hard')).toBe('gone');
    expect(replyOnce({ moodBelow: 50 }, understanding(), 'hard')).toBe('deal');
    expect(replyOnce({ moodBelow: 50 }, understanding())).toBe('opening');
  });

  it('offerAtOrBelow floor uses the variant floor', () => {
    expect(replyOnce({ offerAtOrBelow: 'floor' }, understanding([], { price: 90 }), 'hard')).toBe('deal');
    expect(replyOnce({ offerAtOrBelow: 'floor' }, understanding([], { price: 90 }))).toBe('opening');
  });

  it('variantIs matches only the named variants', () => {
    expect(replyOnce({ variant: ['hard'] }, understanding(), 'hard')).toBe('deal');
    expect(replyOnce({ variant: ['hard'] }, understanding())).toBe('opening');
  });

  it('combines several condition keys with and', () => {
    expect(replyOnce({ move: 'greet', offerAtOrBelow: 95 }, understanding(['greet'], { price: 90 }))).toBe('deal');
    expect(replyOnce({ move: 'greet', offerAtOrBelow: 95 }, understanding(['greet'], { price: 99 }))).toBe('opening');
  });

  it('repeated counts the move across replies, this one included', () => {
    const actor = start(withOpening([{ when: { repeated: { move: 'greet', times: 2 } }, goto: 'deal' }, { when: { move: 'greet' }, say: ['嗯？'] }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });
    expect(actor.getSnapshot().value).toBe('opening');
    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });

    expect(actor.getSnapshot().value).toBe('deal');
  });

  it('turnAtLeast waits for the given number of replies', () => {
    const actor = start(withOpening([{ when: { turnAtLeast: 2 }, goto: 'deal' }, { say: ['嗯？'] }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding() });
    expect(actor.getSnapshot().value).toBe('opening');
    actor.send({ type: 'reply.submitted', text: '', understanding: understanding() });

    expect(actor.getSnapshot().value).toBe('deal');
  });

  it('takes the first matching transition in file order', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, goto: 'gone' }, { when: { move: 'greet' }, goto: 'deal' }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });

    expect(actor.getSnapshot().value).toBe('gone');
  });
});

describe('compiled actions', () => {
  it('changeMood applies the transition mood and clamps to 0..100', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, mood: 100, say: ['好呀'] }, { when: { move: 'thank' }, mood: -100, say: ['哼'] }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });
    expect(actor.getSnapshot().context.mood).toBe(100);
    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['thank']) });

    expect(actor.getSnapshot().context.mood).toBe(0);
  });

  it('remember and forget drive remembered / notRemembered', () => {
    const actor = start(
      withOpening([
        { when: { move: 'greet', notRemembered: 'hi' }, remember: ['hi'], say: ['你好'] },
        { when: { move: 'greet', remembered: 'hi' }, forget: ['hi'], goto: 'size' },
      ]),
    );

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });
    expect(actor.getSnapshot().context.memory).toEqual(['hi']);
    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });

    expect(actor.getSnapshot().value).toBe('size');
    expect(actor.getSnapshot().context.memory).toEqual([]);
  });

  it('say fills placeholders and a transition say replaces the target lines', () => {
    const actor = start(withOpening([{ when: { hasEntity: 'price' }, say: ['{offer}块？{product}最低就这样？'], goto: 'size' }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding([], { price: 95 }) });

    expect(actor.getSnapshot().context.said).toEqual(['95块？纯棉短袖T恤最低就这样？']);
  });

  it('recordOffer keeps the last and the lowest offered price', () => {
    const actor = start(withOpening([{ when: { hasEntity: 'price' }, say: ['再少点'] }]));

    for (const price of [95, 88, 92]) actor.send({ type: 'reply.submitted', text: '', understanding: understanding([], { price }) });

    expect(actor.getSnapshot().context).toMatchObject({ lastOffer: 92, lowestOffer: 88, turn: 3 });
  });

  it('fallback re-asks, counts tries and gives up at the persona patience', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, goto: 'deal' }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding() });
    const first = actor.getSnapshot().context;
    expect(first).toMatchObject({ tries: 1, missed: true });
    expect(['你还没回答我的问题呢。', '到底能不能便宜一点？']).toContain(first.said[0]);
    actor.send({ type: 'reply.submitted', text: '', understanding: understanding() });

    expect(actor.getSnapshot().value).toBe('gone');
    expect(actor.getSnapshot().context.outcome).toBe('no-sale');
    expect(actor.getSnapshot().context.said).toEqual(['算了，不买了。']);
  });

  it('nudge on timeout, then leave after the allowed nudges', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, goto: 'deal' }]));

    actor.send({ type: 'buyer.timeout' });
    expect(actor.getSnapshot().context).toMatchObject({ nudges: 1, mood: 50, said: ['还在吗？'] });
    actor.send({ type: 'buyer.timeout' });

    expect(actor.getSnapshot().value).toBe('gone');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('chat.ended goes to the timeout leave state when no ended state is given', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, goto: 'deal' }]));

    actor.send({ type: 'chat.ended' });

    expect(actor.getSnapshot().context.outcome).toBe('no-sale');
  });

  it('setOutcome marks the terminal state outcome and the machine is done', () => {
    const actor = start(withOpening([{ when: { move: 'greet' }, goto: 'deal' }]));

    actor.send({ type: 'reply.submitted', text: '', understanding: understanding(['greet']) });

    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.outcome).toBe('sale');
  });

  it('the variant replaces lines of the named state', () => {
    const actor = start(miniHaggle(), 'hard');

    expect(actor.getSnapshot().context.said).toEqual(['纯棉短袖T恤要100？太贵了，便宜点我就拍。']);
  });
});
