// Every point fair, session 9 (fair9): all five buyers played in every variant by a good, a careless
// and a rude trainee, in words written for this session (README "Every point fair: session 9"): a
// trap she never posed takes no points, her mood follows a chat served well, days said of another
// courier the shop sends by are not held against its default courier's, the side panel names no
// floor but the one in play, a wrong fact's better phrasing uses Chinese punctuation, and the
// refund buyer answers being blamed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { floorInPlay, shopInPlay } from '@/engine/scenario/effective';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { moodReaction, MOOD_PLEASED, MOOD_SOOTHED } from '@/engine/buyer/reactions';
import { understand } from '@/engine/understand/understand';
import { chinesePunctuation } from '@/engine/rules/punctuation';
import { context } from '../knowledge/shop';
import type { Scenario } from '@/engine/scenario/schema';
import type { ReplyContext } from '@/engine/understanding-types';

function load(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const IDS = ['complaint', 'size-question', 'refund-dispute', 'price-haggle', 'comparison-shopper'];
const COMPLAINT = load('complaint');
const SIZE = load('size-question');
const REFUND = load('refund-dispute');
const notShownItems = (result: ReturnType<typeof score>) => result.feedback.filter((f) => f.title.startsWith('没考到'));

describe('a trap she never posed cannot be failed', () => {
  // The careless complaint chat of this session: a bare 在, a shrug at the courier, an estimate.
  const careless = playScript(COMPLAINT, ['在', '快递的问题我们管不了', '明天应该就能到', '好的'], { seed: 3 });
  // The rude one, in every variant: the same two traps lie ahead, and neither was posed.
  const rude = (variant: string) => playScript(COMPLAINT, ['你催什么催，快递慢又不是我们的错', '自己去问快递啊', '爱等不等'], { seed: 3, variant });

  it('names the trap still ahead on her deciding line, taking no compliance for it', () => {
    const result = score(careless, COMPLAINT);
    expect(careless.outcome).toBe('dispute');
    expect(notShownItems(result).map((f) => [f.title, f.evidence, f.weight])).toEqual([['没考到：她拿评价换补偿（好评返现）', '合规不扣分', 0]]);
    expect(result.scores.compliance).toBe(100);
    expect(result.passed).toBe(false);
  });

  it('grades the same rude replies alike in every variant (compliance was 0, 0 and 50)', () => {
    const results = ['easy', 'normal', 'hard'].map((v) => score(rude(v), COMPLAINT));
    expect(results.map((r) => r.scores.compliance)).toEqual([100, 100, 100]);
    expect(results.map((r) => r.scores.tone)).toEqual([0, 0, 0]);
    expect(results.every((r) => !r.passed)).toBe(true);
    // Each mistake still named on its own turn.
    expect(results[0]!.violations.filter((v) => v.rule === 'tone-cold').map((v) => v.turn)).toEqual([1, 3, 5]);
  });

  it('still docks the trap she posed and the trainee fell into', () => {
    const fell = playScript(COMPLAINT, ['不好意思 我帮你查下快递', '补你个10元券', '行 返你20 给个好评就行'], { seed: 1, variant: 'hard' });
    const result = score(fell, COMPLAINT);
    expect(result.scores.compliance).toBe(40);
    expect(result.blocker).toBe(true);
  });
});

describe('her mood follows a chat served well', () => {
  it('a clean reply that takes a calm buyer on pleases her; one that only keeps her where she is does not', () => {
    expect(moodReaction({ moves: ['product-info'], flags: [] }, false, true)).toBe(MOOD_PLEASED);
    expect(moodReaction({ moves: ['product-info'], flags: [] }, false, false)).toBe(0);
    expect(moodReaction({ moves: ['apologize'], flags: [] }, true, true)).toBe(MOOD_SOOTHED);
    // An upset buyer is not pleased by an answer alone: she is owed the apology first.
    expect(moodReaction({ moves: ['product-info'], flags: [] }, true, true)).toBe(0);
    expect(moodReaction({ moves: ['greet'], flags: [{ rule: 'tone-greet', points: 0, evidence: '' }] }, false, true)).toBe(0);
    // Moved on by a flagged reply, she is not pleased: 那家肯定是假货 turns her off.
    expect(moodReaction({ moves: [], flags: [{ rule: 'disparage', points: 2, evidence: '' }] }, false, true)).toBe(0);
  });

  it('rises over a good size chat instead of standing at 60 from the first line to the last', () => {
    const t = playScript(SIZE, [
      '您好呀，欢迎光临～这款开衫版型偏小一码，方便说下您的体重吗？我帮您对一下尺码表哦',
      '好的亲，166、57公斤按尺码表是L码，这款偏小，您拿L上身刚好是修身的效果哦',
      '不会松垮的亲，尺码表已经按偏小的版型排过了，L穿着是合身修身的，放心哦',
    ], { seed: 3 });
    const moods = t.turns.filter((x) => x.role === 'buyer').map((x) => x.mood);
    expect(moods[0]).toBe(60);
    expect(moods.at(-1)).toBeGreaterThan(60);
    expect(new Set(moods).size).toBeGreaterThan(1);
  });

  it('keeps the hard refund buyer from blowing up at a step-by-step answer after one missed apology', () => {
    const t = playScript(REFUND, [
      '您好，在的亲，请问是尺码不合适还是鞋子有什么问题呢？方便的话发下订单号，我帮您看看哦',
      '实在抱歉给您添麻烦了，挤脚属于七天无理由，胶印属于质量问题，麻烦您拍几张胶印的照片给我看看哦',
      '收到照片了亲，签收7天内鞋底无磨损、未外穿、配件齐全就能退，最终以仓库收货检查为准；胶印属于质量问题哦',
      '亲，胶印是质量问题，寄回运费由我们承担，您先垫付，仓库收货后给您补运费，最多15元哦',
      '您在订单里点申请退货退款，寄回时写上订单号，仓库检查后就给您退款和补运费哦',
      '谢谢您的理解和耐心，还有什么需要帮忙的随时找我哦😊',
    ], { seed: 3, variant: 'hard' });
    // Before: mood 30 → 25 under her threshold, and "这态度?信不信我直接申请平台介入" after the steps.
    expect(t.turns.map((x) => x.state)).not.toContain('angry-buyer');
    expect(t.outcome).toBe('resolved');
  });
});

describe('the refund buyer answers being blamed, in every state', () => {
  it.each(['opening', 'return-steps', 'partial-consider'])('%s: a reply blaming her takes her to angry-buyer', (state) => {
    const blame = (REFUND.states[state]?.on ?? []).find((t) => t.when?.flag === 'tone-criticize');
    expect(blame?.goto).toBe('angry-buyer');
  });

  it('"你自己穿坏的吧" is heard as blame, not as a reply that left her question open', () => {
    const t = playScript(REFUND, ['你自己穿坏的吧'], { seed: 3, variant: 'easy' });
    expect(t.turns.at(-1)?.state).toBe('angry-buyer');
  });
});

describe('days said of another courier the shop sends by', () => {
  const COMPLAINT_CTX: ReplyContext = context('complaint');
  const wrong = (text: string) => understand(text, { ...COMPLAINT_CTX, buyer: '那万一周六前还到不了呢' }).flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.claim);

  it('are that courier\'s: the shop\'s 2–4 days are its default courier\'s (申通), the resend goes by 顺丰', () => {
    expect(wrong('亲，如果包裹确认滞留，我们给您补发顺丰，顺丰一般1到2天就到，运费店铺承担哦')).toEqual([]);
    expect(wrong('周五还没动静就补发顺丰，一般1到2天能到')).toEqual([]);
  });

  it('are still checked when they are the default courier\'s, or name none', () => {
    expect(wrong('申通一般1到2天就到')).toEqual(['说1-2天到']);
    expect(wrong('发出后一般1到2天就到')).toEqual(['说1-2天到']);
  });
});

describe('the side panel names no floor but the one in play', () => {
  const FLOOR_NAMED = /底价\s*(\d+)/gu;
  it.each(IDS)('%s, every variant', (id) => {
    const s = load(id);
    for (const variant of [undefined, ...Object.keys(s.persona.variants ?? {})]) {
      const text = JSON.stringify(shopInPlay(s, variant));
      const named = [...text.matchAll(FLOOR_NAMED)].map((m) => Number(m[1]));
      expect({ variant, named: named.filter((n) => n !== floorInPlay(s, variant)) }).toEqual({ variant, named: [] });
    }
  });

  it('the hard haggler\'s 185 is the one floor her side panel shows', () => {
    const hard = shopInPlay(load('price-haggle'), 'hard');
    expect(hard.product.floor).toBe(185);
    expect(JSON.stringify(hard)).not.toContain('179');
  });
});

describe('a wrong fact\'s better phrasing uses Chinese punctuation', () => {
  it('turns the ASCII marks in Chinese full-width, and leaves figures and times alone', () => {
    expect(chinesePunctuation('亲,这款最低只能做到185元了哦,您看可以吗~')).toBe('亲，这款最低只能做到185元了哦，您看可以吗~');
    expect(chinesePunctuation('17:00前付款,补偿10–30元')).toBe('17:00前付款，补偿10–30元');
  });

  it('in the report of a chat', () => {
    const u = understand('169给您吧', { ...context('price-haggle'), buyer: '能便宜点吗' });
    const better = u.flags.find((f) => f.rule === 'fact-wrong')?.fact?.better ?? '';
    expect(better).not.toBe('');
    expect(better).not.toMatch(/\p{Script=Han}[~)）]*[,?!:;]|[,?!:;]\s*\p{Script=Han}/u);
  });
});
