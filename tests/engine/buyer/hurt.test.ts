// A reply that hurt the buyer (blamed her, broke a platform rule in front of her, brushed her off)
// is answered as what it did, in every state of every buyer: the one mechanism of buyer/hurt.ts,
// the `hurt` condition, and the compiled machine's reaction where no transition answers the hurt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { DEFAULT_REACTIONS, HURTS, hurtOf, hurtsOf } from '@/engine/buyer/hurt';
import { conditionHolds } from '@/engine/buyer/conditions';
import { feltReaction } from '@/engine/buyer/reactions';
import { reactionLines } from '@/engine/scenario/effective';
import { buyerMood } from '@/engine/score/upset';
import { score } from '@/engine/score/score';
import type { Scenario } from '@/engine/scenario/schema';
import type { BuyerContext } from '@/engine/buyer/types';
import type { Flag, Understanding } from '@/engine/understanding-types';
import type { RuleId } from '@/engine/vocabulary';
import { miniHaggle } from '../scenario/fixtures';

const BUILT_IN = ['size-question', 'price-haggle', 'comparison-shopper', 'refund-dispute', 'complaint'];
const builtIn = (id: string): Scenario => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), id).scenario!;
const flags = (...rules: RuleId[]): Flag[] => rules.map((rule) => ({ rule, points: 0, evidence: '' }));
const said = (t: ReturnType<typeof playScript>, reply: number): string[] => {
  const agents = t.turns.flatMap((x, i) => (x.role === 'agent' ? [i] : []));
  const from = agents[reply]!;
  const to = agents[reply + 1] ?? t.turns.length;
  return t.turns.slice(from + 1, to).map((x) => x.text);
};

describe('what hurt a reply did her', () => {
  it('names blame, a broken platform rule and coldness; habits, doubt, a verdict on her photos and a wrong fact are none', () => {
    for (const rule of ['tone-criticize', 'tone-interrogate', 'tone-blunt'] as const) expect(hurtOf(flags(rule)), rule).toBe('blamed');
    for (const rule of ['off-platform', 'invoice-fee', 'return-refuse', 'disparage'] as const) expect(hurtOf(flags(rule)), rule).toBe('violation');
    expect(hurtOf(flags('tone-cold'))).toBe('cold');
    expect(hurtOf(flags('tone-greet', 'tone-close', 'tone-particles', 'tone-empathy', 'tone-uncertain', 'tone-prejudge', 'fact-wrong'))).toBeNull();
  });

  it('answers the strongest when a reply did several: blamed, then a violation, then cold', () => {
    expect(hurtOf(flags('tone-cold', 'off-platform', 'tone-interrogate'))).toBe('blamed');
    expect(hurtOf(flags('tone-cold', 'invoice-fee'))).toBe('violation');
    expect(hurtsOf(flags('tone-cold', 'tone-criticize'))).toEqual(['blamed', 'cold']);
  });

  it('the `hurt` condition holds for each hurt the reply did, `any` for one at all, never without a reply', () => {
    const env = (rules: RuleId[] | null) => ({
      scenario: miniHaggle(),
      context: {} as BuyerContext,
      u: rules === null ? null : ({ moves: [], entities: {}, flags: flags(...rules) } as unknown as Understanding),
    });
    expect(conditionHolds('hurt', 'cold', env(['tone-criticize', 'tone-cold']))).toBe(true);
    expect(conditionHolds('hurt', 'blamed', env(['tone-cold']))).toBe(false);
    expect(conditionHolds('hurt', 'any', env(['card-fee']))).toBe(true);
    expect(conditionHolds('hurt', 'any', env(['tone-greet']))).toBe(false);
    expect(conditionHolds('hurt', 'any', env(null))).toBe(false);
  });

  it('where the file sets a mood not written for the rudeness, the rudeness costs what it costs when that is more', () => {
    expect(feltReaction({ moves: [], flags: flags('tone-criticize') }, false, -5)).toBe(-15);
    expect(feltReaction({ moves: [], flags: flags('tone-cold') }, false, 5)).toBe(-10);
    expect(feltReaction({ moves: [], flags: flags('tone-greet') }, false, -5)).toBe(-5);
    expect(feltReaction({ moves: ['offer-exchange'], flags: [] }, false, 5)).toBe(5);
    expect(feltReaction({ moves: ['apologize'], flags: [] }, true, -10)).toBe(-10);
  });
});

describe('every buyer has her own words for each hurt', () => {
  it('each built-in persona writes all three, and a file that writes none gets the default', () => {
    for (const id of BUILT_IN) {
      const s = builtIn(id);
      for (const hurt of HURTS) {
        expect(s.persona.reactions?.[hurt]?.length, `${id} ${hurt}`).toBeGreaterThan(0);
        expect(reactionLines(s, hurt)).toBe(s.persona.reactions![hurt]);
      }
    }
    expect(reactionLines(miniHaggle(), 'cold')).toBe(DEFAULT_REACTIONS.cold);
  });

  it('a variant replaces the reactions it names, the rest stay the persona’s', () => {
    const s = builtIn('size-question');
    const edited: Scenario = {
      ...s,
      persona: { ...s.persona, variants: { ...s.persona.variants, hard: { ...s.persona.variants!.hard, reactions: { cold: ['就这态度?'] } } } },
    };
    expect(reactionLines(edited, 'cold', 'hard')).toEqual(['就这态度?']);
    expect(reactionLines(edited, 'blamed', 'hard')).toBe(s.persona.reactions!.blamed);
  });

  // Whether the next reply owes empathy is read from her line (score/upset.ts): the seed that picks
  // the line must not decide it. Being blamed shows on every line of it.
  it('the lines of one hurt agree on whether she shows she is upset; being blamed always shows', () => {
    const all = [...BUILT_IN.map((id) => [id, builtIn(id).persona.reactions!] as const), ['default', DEFAULT_REACTIONS] as const];
    for (const [id, reactions] of all)
      for (const hurt of HURTS) {
        const shows = new Set(reactions[hurt]!.map((line) => buyerMood(line) !== null));
        expect(shows.size, `${id} ${hurt}: ${reactions[hurt]!.join(' / ')}`).toBe(1);
        if (hurt === 'blamed') expect([...shows][0], `${id} blamed`).toBe(true);
      }
  });
});

describe('she reacts to what the reply did, in any state', () => {
  it('a blaming reply no transition answers: her reaction, not the re-asking fallback, and it counts as missed', () => {
    const s = builtIn('comparison-shopper');
    const t = playScript(s, ['您好亲，我们是主动降噪，续航32小时，保修1年，官方授权正品哦', '你是不是没看详情页啊'], { seed: 1 });
    const [line] = said(t, 1);
    expect(s.persona.reactions!.blamed).toContain(line);
    expect(t.turns.at(-1)!.state).toBe('commute');
    const fallbacks = [...s.fallback.lines, ...Object.values(s.states).flatMap((x) => x.fallback?.lines ?? [])];
    expect(fallbacks).not.toContain(line);
  });

  it('a rude reply that still answers her: she says what she feels, then goes on', () => {
    const s = builtIn('size-question');
    const t = playScript(s, ['您好亲，麻烦说一下您的体重哦，我帮您对尺码表', '166、57公斤就是L啊，这都不会看吗'], { seed: 3 });
    const lines = said(t, 1);
    expect(lines).toHaveLength(2);
    expect(s.persona.reactions!.blamed).toContain(lines[0]);
    expect(s.states['fit-check']!.lines).toContain(lines[1]);
  });

  it('a transition written for the flag speaks for itself: no reaction added', () => {
    const s = builtIn('size-question');
    const t = playScript(s, ['你自己不会看尺码表吗？'], { seed: 1 });
    const lines = said(t, 0);
    expect(lines).toHaveLength(1);
    expect(s.states.opening!.on!.find((x) => x.when?.flag === 'tone-interrogate')!.say).toContain(lines[0]);
  });

  it('a platform rule broken where no transition answers it: her words for a violation', () => {
    const s = builtIn('price-haggle');
    const t = playScript(s, ['可以便宜10块，189', '那就179吧', '发票要另外加6个点税'], { seed: 1 });
    expect(s.persona.reactions!.violation).toContain(said(t, 2)[0]);
  });

  it('a clean reply: one line, no reaction', () => {
    const s = builtIn('size-question');
    const t = playScript(s, ['您好亲，麻烦说一下您的体重哦，我帮您对尺码表'], { seed: 1 });
    expect(said(t, 0)).toHaveLength(1);
  });

  it('a buyer whose file writes no reactions says the default ones', () => {
    const s = miniHaggle();
    const t = playScript(s, ['你自己不会看吗？'], { seed: 1 });
    const heard = t.turns.filter((x) => x.role === 'buyer').slice(1).map((x) => x.text);
    expect(heard.some((line) => DEFAULT_REACTIONS.blamed.includes(line))).toBe(true);
  });

  it('after she says she was blamed, the next reply owes her empathy, in the buyer and in the report alike', () => {
    const s = builtIn('comparison-shopper');
    const t = playScript(s, ['您好亲，我们是主动降噪，续航32小时，保修1年，官方授权正品哦', '你是不是没看详情页啊', '地铁通勤的话主动降噪很实用哦'], { seed: 1 });
    const agents = t.turns.flatMap((x, i) => (x.role === 'agent' ? [i] : []));
    const empathy = score(t, s).violations.filter((v) => v.rule === 'tone-empathy').map((v) => v.turn);
    expect(empathy).toContain(agents[2]);
  });
});
