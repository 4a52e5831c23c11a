// Every point fair, session 8: what a third blind tester's chats left open (README "Every point
// fair: session 8"): an upsell is not owed after the sale, a better phrasing after the sale speaks
// to her problem, she does not ask again what she was just told, a buyer who left because nobody
// answered is owed no close.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { stillOpen } from '@/engine/buyer/answered';
import { examsOf } from '@/engine/score/not-shown';
import { betterReply, phrasingFacts } from '@/engine/rules/better';
import type { Transcript, Turn } from '@/engine/transcript';

function load(id: string) {
  const file = `scenarios/${id}.yaml`;
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
  if (!scenario) throw new Error(file);
  return scenario;
}
const COMPLAINT = load('complaint');
const REFUND = load('refund-dispute');
const SIZE = load('size-question');
const COMPARE = load('comparison-shopper');

const GOOD_COMPLAINT = [
  '您好，非常抱歉让您久等了！物流4天没动换作是我也会着急，我马上联系申通帮您查件，30分钟内给您回复',
  '真的很抱歉耽误您的事了，我已经在联系快递核实包裹的位置了，查到结果第一时间告诉您',
  '亲，刚跟申通核实过了，包裹滞留在中转站。确认滞留的话我们给您补发一单顺丰，运费店铺出，另外送您一张10元无门槛券',
  '亲，补偿是因为这次物流延误给您添了麻烦，和评价没有关系哦，评价您按真实感受来就好',
  '好的亲，我会一直盯着物流，有新消息马上通知您。再次抱歉，谢谢您的理解',
  '不客气亲，祝阿姨生日快乐～',
];

describe('an upsell is owed before the sale, not after it', () => {
  it('a complaint solved well scores full conversion with no related item named', () => {
    const t = playScript(COMPLAINT, GOOD_COMPLAINT, { seed: 3 });
    const result = score(t, COMPLAINT);
    expect(t.outcome).toBe('resolved');
    expect(result.scores.conversion).toBe(100);
    expect(result.feedback.map((f) => f.title)).not.toContain('没有关联推荐');
  });

  it('a pre-sale chat that did not sell still names the upsell among what it missed', () => {
    const t: Transcript = { turns: [{ role: 'buyer', text: '这件多少钱' }, { role: 'agent', text: '亲，139元哦' }], outcome: 'no-sale', lowestOffer: null };
    expect(score(t, SIZE).scores.conversion).toBe(20);
  });

  it('an after-sales outcome line says what after-sales is graded on, and its figure is the score', () => {
    const t = playScript(REFUND, ['在', '为什么要退？', '穿过了就不退了'], { seed: 3 });
    const result = score(t, REFUND);
    const outcome = result.feedback.find((f) => f.title.startsWith('结局'));
    expect(outcome?.why).toContain('售后问题解决记满分');
    expect(outcome?.why).toContain(`只记${result.scores.conversion}分`);
  });
});

describe('a better phrasing after the sale speaks to her problem', () => {
  const facts = phrasingFacts(REFUND);

  it('greets without a welcome to the shop and answers a fault with what the shop does', () => {
    const greet = betterReply('tone-greet', facts, '在家试了一下 有点挤 还发现鞋面有胶水印', { afterSale: 'quality' });
    expect(greet).not.toContain('欢迎光临');
    expect(greet).toContain('质量问题');
    expect(greet).toContain('运费由我们承担');
  });

  it('closes with thanks for her patience, and asks no 想了解', () => {
    expect(betterReply('tone-close', facts)).toContain('感谢您的理解');
    expect(betterReply('tone-particles', facts)).not.toContain('想了解');
    expect(betterReply('tone-particles', phrasingFacts(SIZE))).toContain('想了解');
  });

  it('a refused return of a faulty item is answered with the quality return, not 7天无理由', () => {
    const better = betterReply('return-refuse', facts, '[图片] 鞋底干净的 你看看能不能退', { afterSale: 'quality' });
    expect(better).toContain('质量问题');
    expect(better).not.toContain('无理由');
  });
});

describe('she does not ask again what the reply just told her', () => {
  it('drops the answered lines whose own question the reply answered', () => {
    const lines = COMPARE.states.warranty!.answered!;
    const open = stillOpen({ normalized: '我们是官方正品,1年保修,质量问题直接换新' }, lines);
    expect(open).not.toContain('行 那真坏了怎么处理 换新还是修');
    expect(open.length).toBeGreaterThan(0);
    expect(stillOpen({ normalized: '1年保修,质量问题换新,来回运费店铺出,寄回就行' }, lines)).toEqual(lines);
    expect(stillOpen({ normalized: '保修1年' }, lines)).toEqual(lines);
  });

  it('in play: after 质量问题直接换新 she never asks 换新还是修', () => {
    const replies = [
      '您好，欢迎来声屿官方旗舰店～我们这款有主动降噪，最高42dB，续航32小时，是官网能查防伪码的正品哦',
      '地铁通勤正好是我们这款的强项呢，主动降噪最高42dB，地铁的轰鸣声能明显压下去',
      '别家的情况我不好评价哦，我们是官方正品，能在官网查防伪码，1年保修，质量问题直接换新',
    ];
    for (let seed = 1; seed <= 8; seed++) {
      const last = playScript(COMPARE, replies, { seed }).turns.at(-1)!;
      expect(last.state).toBe('warranty');
      expect(last.text).not.toContain('换新还是修');
    }
  });
});

describe('a buyer who left because nobody answered is owed no close', () => {
  const turns: Turn[] = [
    { role: 'buyer', text: '在吗 这件开衫我166 平时穿M 拿哪个码呀', state: 'opening' },
    { role: 'agent', text: '亲，您好～方便说一下体重吗？' },
    { role: 'buyer', text: '57公斤 肉肉的 腰有点粗', state: 'gives-weight' },
    { role: 'buyer', text: '亲?还在吗', state: 'gives-weight', timedOut: true },
    { role: 'buyer', text: '不等了 拜拜', state: 'left', timedOut: true },
  ];

  it('names the wait, and no missed close on her leaving line', () => {
    const result = score({ turns, outcome: 'no-sale', lowestOffer: null }, SIZE);
    expect(result.violations.map((v) => v.rule)).toContain('resp-timeout');
    expect(result.violations.map((v) => v.rule)).not.toContain('tone-close');
    expect(result.closeOwed).toBe(false);
  });

  it('still owes one after a line she said to a reply', () => {
    const answered: Turn[] = [...turns.slice(0, 2), { role: 'buyer', text: '算了 我再看看别家', state: 'left' }];
    expect(score({ turns: answered, outcome: 'no-sale', lowestOffer: null }, SIZE).violations.map((v) => v.rule)).toContain('tone-close');
  });
});

describe('an alternative is named only as a word of its own', () => {
  it('reads L in a size answer, not the m of 166cm or the 修 of 保修', () => {
    const lines = ['那我拿l还是m啊', '别的呢'];
    expect(stillOpen({ normalized: '您166cm按尺码表拿l码' }, lines)).toEqual(['别的呢']);
    expect(stillOpen({ normalized: '您166cm,按尺码表来' }, lines)).toEqual(lines);
    expect(stillOpen({ normalized: '保修1年' }, ['换新还是修', '别的呢'])).toEqual(['换新还是修', '别的呢']);
  });
});

describe('a trap not shown is counted only where the shop poses it and the chat never met it', () => {
  const notShownItems = (result: ReturnType<typeof score>) => result.feedback.filter((f) => f.title.startsWith('没考到'));

  it('counts a trap the replies spoke to before she asked as met (明天就能到 met the arrival question)', () => {
    const t = playScript(COMPLAINT, ['在的', '快递的事我们也没办法', '明天就能到', '你给个好评我返你5块'], { seed: 3 });
    const result = score(t, COMPLAINT);
    expect(t.outcome).toBe('dispute');
    expect(notShownItems(result)).toEqual([]);
    expect(result.scores.compliance).toBe(40);
    expect(result.violations.map((v) => v.rule)).toContain('fact-wrong');
  });

  it('still names a trap the chat never came near (taking no points for it, session 9)', () => {
    const t = playScript(COMPLAINT, ['催什么催 快递慢又不是我们的错', '爱投诉就投诉'], { seed: 1, variant: 'hard' });
    expect(notShownItems(score(t, COMPLAINT)).map((f) => f.title)).toEqual(['没考到：她拿评价换补偿（好评返现）']);
  });

  it('poses no refusal trap where the side panel says the shop has none of it (no COD: 不支持 is true)', () => {
    const asking = { ...SIZE.states.opening!, asks: [...(SIZE.states.opening!.asks ?? []), 'cod' as const] };
    const noCod = { ...SIZE, states: { ...SIZE.states, opening: asking } };
    const withCod = { ...noCod, shop: { ...noCod.shop, cod: true } };
    expect(examsOf(noCod).map((e) => e.key)).not.toContain('cod-refuse');
    expect(examsOf(withCod).map((e) => e.key)).toContain('cod-refuse');
  });
});

describe('after the sale, a parcel she asks about has already left', () => {
  it('answers a complaint about delivery with the trace, never a dispatch time', () => {
    const facts = phrasingFacts(COMPLAINT);
    for (const rule of ['tone-empathy', 'ship-promise'] as const) {
      const better = betterReply(rule, facts, '你们就这态度?耽误我事了知道吗');
      expect(better).toContain('查您的包裹');
      expect(better).not.toContain('小时内给您发出');
    }
  });

  it('before the sale, a delivery question still gets the dispatch window', () => {
    expect(betterReply('tone-cold', phrasingFacts(SIZE), '什么时候发货')).toContain('48小时内');
  });
});
