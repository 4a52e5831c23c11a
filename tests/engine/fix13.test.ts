// fix13 (session 13): the remaining findings of session 12's blind tester and other helpers' items.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { SIZE_GUESS_TITLE } from '@/engine/score/size-basis';
import { SOLD_OUT_LINES } from '@/engine/buyer/sold-out';
import type { Scenario } from '@/engine/scenario/schema';
import { buyerMood } from '@/engine/score/upset';
import { understand } from '@/engine/understand/understand';

describe('buyerMood: a stress mark on a pleased clause is joy', () => {
  it.each(['太好了谢谢！！', '太棒了 谢谢亲!!!', '不错不错!!', '喜欢！！太好了！！'])('%s is calm', (line) => {
    expect(buyerMood(line)).toBeNull();
  });
  it.each(['好的!!快点发货!!', '怎么还没到!!', '谢谢你们的服务 气死了!!'])('%s is upset', (line) => {
    expect(buyerMood(line)).not.toBeNull();
  });
});

const rules = (text: string, buyer: string): string[] => understand(text, { buyer }).flags.map((f) => f.rule);

describe('invoice-refuse: declining an invoice written as another name is the rule', () => {
  it.each([
    ['不好意思亲，不能开成其他商品名称哦', '发票能开成别的名字吗 报销用'],
    ['抱歉亲，发票不能写别的品名的，只能按实际商品开', '品名能写办公用品吗'],
    ['亲，这个不可以开成办公用品的哦，按实际购买的开', '能开发票吗 开办公用品'],
  ])('%s', (text, buyer) => expect(rules(text, buyer)).not.toContain('invoice-refuse'));
  it.each([
    ['不好意思亲，发票开不了，也不能开成其他名称', '发票能开成别的名字吗'],
    ['亲，可以给您开，不过开的是其他商品名称哦~', '发票能开吗 单位抬头'],
    ['不好意思亲，我们不开发票的', '能开发票吗'],
  ])('%s is still refused', (text, buyer) => expect(rules(text, buyer)).toContain('invoice-refuse'));
});

describe('off-platform: the courier\'s code for a COD order stays on the order', () => {
  it.each([
    ['快递员送上门时扫码付款', '货到付款怎么付钱'],
    ['亲，货到付款的话快递小哥上门您扫码支付就可以', '到付怎么给钱'],
  ])('%s', (text, buyer) => expect(rules(text, buyer)).not.toContain('off-platform'));
  it.each([
    ['亲，扫码付款给我就行，不用走订单', '货到付款怎么付钱'],
    ['亲，快递到了您扫我的码付就行', '货到付款怎么付钱'],
    ['亲 收款码发您 扫码付给我 快递员照常送', '货到付款怎么付钱'],
  ])('%s is off-platform', (text, buyer) => expect(rules(text, buyer)).toContain('off-platform'));
});

const builtIn = (id: string): Scenario => loadScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), id).scenario!;
const buyerAfter = (t: ReturnType<typeof playScript>, reply: number): string[] => {
  const agents = t.turns.flatMap((x, i) => (x.role === 'agent' ? [i] : []));
  const from = agents[reply]!;
  return t.turns.slice(from + 1, agents[reply + 1] ?? t.turns.length).map((x) => x.state ?? '');
};

describe('F36: a split reply\'s late invoice half is no answer to her card question', () => {
  const phs = ['亲亲在的呢，欢迎光临~', '这款现在是活动价199哦，平时要239的，周日晚上就恢复原价啦', '咱家是A类牛奶绒260克重的，比那家200克的厚实很多，宝宝也能直接睡，还送运费险呢',
    '亲，平台外交易没有保障哦，咱们就在淘宝拍，我给您送个抱枕套好不好~', '可以开的亲~'];
  it('the play wording: she asks again, and the card answer then takes her on (not a price cut)', () => {
    const t = playScript(builtIn('price-haggle'), [...phs, '公司抬头也没问题，免费的，确认收货后3个工作日内发到邮箱哦', '可以用的，分期手续费我们出，您放心刷~'], { seed: 7, variant: 'normal' });
    expect(buyerAfter(t, 5)).toEqual(['card-ask']);
    expect(buyerAfter(t, 6)).toEqual(['hesitate']);
  });
  it('another wording: 发票电子版发您邮箱哦 is no card answer either', () => {
    const t = playScript(builtIn('price-haggle'), [...phs, '发票电子版发您邮箱哦，单位抬头没问题的'], { seed: 7, variant: 'normal' });
    expect(buyerAfter(t, 5)).toEqual(['card-ask']);
  });
  it('a reply that answers the card question with the invoice detail still takes her on', () => {
    const t = playScript(builtIn('price-haggle'), [...phs, '发票确认收货后3个工作日内发邮箱，信用卡分期也能用，手续费我们出'], { seed: 7, variant: 'normal' });
    expect(buyerAfter(t, 5)).toEqual(['hesitate']);
  });
});

describe('F40: 拍照看看 asks for photos; the refund buyer\'s anger answers no accusation', () => {
  it.each(['亲 拍照看看哦', '亲，拍张照片看一下哦'])('%s is ask-info', (text) => {
    expect(understand(text, { buyer: '在家试了一下 有点挤 还发现鞋面有胶水印' }).moves).toContain('ask-info');
  });
  it('我拍照看看 (the agent herself) asks nothing', () => {
    expect(understand('我拍照看看', { buyer: '在家试了一下 有点挤' }).moves).not.toContain('ask-info');
  });
  it('angry-buyer\'s own lines (reached from low mood too) blame no one for blaming her', () => {
    const lines = builtIn('refund-dispute').states['angry-buyer']!.lines ?? [];
    for (const line of lines) expect(line).not.toMatch(/怪我|弄坏|你说话注意/u);
  });
});

describe('F44: a reaction is said before she carries on, so it threatens nothing the chat does not do', () => {
  it.each(['size-question', 'price-haggle', 'comparison-shopper', 'refund-dispute', 'complaint'])('%s', (id) => {
    const reactions = builtIn(id).persona.reactions ?? {};
    for (const line of Object.values(reactions).flat()) expect(line).not.toMatch(/投诉|举报|差评|平台介入|12315/u);
  });
});

describe('F5: a size given before her height and weight, never asked for', () => {
  const guessed = (replies: string[], seed = 3, variant = 'hard'): number[] =>
    score(playScript(builtIn('size-question'), replies, { seed, variant }), builtIn('size-question')).feedback.filter((f) => f.title === SIZE_GUESS_TITLE).map((f) => f.turn ?? -1);
  it('the play wording (你好，拿L吧 after 平时穿M 你家偏小吗) is named on its turn, with no points', () => {
    expect(guessed(['你好，拿L吧'])).toEqual([1]);
  });
  it('another wording: 亲，M就行 is named too', () => {
    expect(guessed(['亲，您好，这款拿M就行哦'])).toEqual([1]);
  });
  it('a trainee who asked first is not named, whatever she recommends while waiting', () => {
    expect(guessed(['亲，您好~方便说下身高体重吗？', '一般平时穿M的亲拿L比较稳哦'])).toEqual([]);
  });
});

describe('F23: told her choice is sold out, she says so before going on', () => {
  const sq8 = ['亲，您好呀~请问您体重多少呢😊', '亲，166/57按尺码表是L码哦，这款偏小一码呢', '亲，尺码不合适可以免费换一次哦，运费险包来回运费~', '亲，付款后48小时内发货，一般1-3天到上海，以物流为准哦'];
  const after = (last: string): string[] => {
    const t = playScript(builtIn('size-question'), [...sq8, last], { seed: 9, variant: 'easy' });
    const agents = t.turns.flatMap((x, i) => (x.role === 'agent' ? [i] : []));
    return t.turns.slice(agents[4]! + 1).map((x) => x.text);
  };
  it('the play wording (米白L刚好卖完了哦，雾粉L还有…)', () => {
    expect(SOLD_OUT_LINES).toContain(after('亲，米白L刚好卖完了哦，雾粉L还有，半身裙89元可以搭一下~')[0]);
  });
  it('another wording: 这个颜色L码断货了', () => {
    expect(SOLD_OUT_LINES).toContain(after('亲，这个颜色L码断货了，燕麦色L有现货，也很显白哦')[0]);
  });
  it('有货 or 不会卖完 tells no stock-out', () => {
    expect(SOLD_OUT_LINES).not.toContain(after('有货的亲，米白L放心拍')[0]);
    expect(SOLD_OUT_LINES).not.toContain(after('亲，米白L有货，不会卖完的，放心拍~')[0]);
  });
});
