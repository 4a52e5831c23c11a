import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { understandByRules } from '@/engine/understand/understand';
import { buyerMood } from '@/engine/score/upset';

// Session 10, from a blind tester's plays of the five buyers (playfix10). Wordings here are written
// for this test; each structure reads the tester's reply and tuning wordings of other writers (named).
const read = (text: string, buyer?: string, price?: number) => understand(text, { ...(buyer ? { buyer } : {}), ...(price !== undefined ? { price } : {}) });
const moves = (text: string, buyer?: string, price?: number) => read(text, buyer, price).moves;
const flags = (text: string, buyer?: string) => read(text, buyer).flags.map((f) => f.rule);

describe('another item put beside this one is an upsell by the rules, whatever her line', () => {
  // The tester's 半身裙 and 快充头 replies were read as upsell only by the backstop, which weighs her
  // line too: in play (after 好 就L了 燕麦色还有吗) it fell short. writer-v (真丝领带和这件浅蓝衬衫很搭),
  // writer-j (小白鞋跟它特别搭), chats-l (跟这件卫衣搭刚好一套); writer-ab, -ai, -al, -aq (看看我们的宽楦版…).
  const lines = [undefined, '好 就L了 燕麦色还有吗', '那我下单了哈 L码 米白'];
  it.each([
    '有的 顺便说下 我们家百褶裙99元 跟这件外套很搭哦',
    '有的亲 另外推荐您看看百褶裙 搭这件很好看',
    '需要的话可以看下我们的快充头 搭着用充电快',
  ])('%s', (reply) => {
    for (const buyer of lines) expect(understandByRules(reply, buyer ? { buyer } : {}).moves).toContain('upsell');
  });
  it.each(['这件很百搭的', '可以看下我们的详情页 尺码都写了', '和这个尺码表对一下就行'])('%s is no upsell', (reply) => {
    expect(moves(reply)).not.toContain('upsell');
  });
});

describe('a letter size chosen after 那(就) recommends it', () => {
  // the tester's 那就L吧 after 你说的跟尺码表不一样啊; chats-ak (那拿M码), chats-w (那L也行)
  it.each(['那就M吧', '那L也行', '那么就XL吧'])('%s', (reply) => expect(moves(reply, '你说的跟尺码表不一样啊')).toContain('recommend-size'));
  it('a figure after 那就 is a price, not a size', () => expect(moves('那就159吧', '便宜点')).not.toContain('recommend-size'));
});

describe('a bare 能退 grants her return; 原因是啥 asks her', () => {
  // the tester's 能退 退货原因是啥; writer-aq (能退，申请吧); chats-ac (退货原因是什么), writer-ag (使用场景是什么呢)
  it('能退 plus the question', () => {
    const m = moves('能退 退货原因是啥', '鞋子我不想要了 怎么退');
    expect(m).toContain('offer-return');
    expect(m).toContain('ask-info');
  });
  it('不能退 is no grant', () => expect(moves('不能退', '怎么退')).not.toContain('offer-return'));
  it.each(['您的预算是什么呢', '换货原因是啥'])('%s asks', (reply) => expect(moves(reply)).toContain('ask-info'));
});

describe('a lowest price named is read against the list price', () => {
  // the tester's 亲 在的 最低189了 after 直接说最低多少 (price-haggle, list 199); chats-ak (最低158, 最低15)
  it('below the list price it is a discount', () => {
    const u = read('亲 在的 最低189了', '直接说最低多少', 199);
    expect(u.moves).toContain('offer-discount');
    expect(u.moves).not.toContain('hold-price');
    expect(u.entities.price).toBe(189);
  });
  it('at the list price it holds it', () => expect(moves('最低199了', '直接说最低多少', 199)).toEqual(['hold-price']));
  it('with no list price known the figure decides nothing', () => {
    expect(moves('最低158', '能少点吗')).not.toContain('hold-price');
    expect(moves('最低158', '能少点吗')).not.toContain('offer-discount');
  });
});

describe('asking how a procedure goes is no upset', () => {
  // the tester's 退货怎么弄啊 (refund-dispute's fallback line); every tuning 怎么办啊/怎么弄啊 follows a problem
  it.each(['退货怎么弄啊', '发票怎么弄啊', '换货咋弄啊'])('%s', (line) => expect(buyerMood(line)).toBeNull());
  it.each(['芒果坏了好几个，怎么弄啊', '那我怎么办啊'])('%s still is', (line) => expect(buyerMood(line)).not.toBeNull());
  it('a plain request for a photo then owes no empathy', () => expect(flags('那你拍个照片看看', '退货怎么弄啊')).not.toContain('tone-empathy'));
});

describe('rude wordings read', () => {
  // sending her to the cheaper shop or figure: writer-aj, -aq, -al, chats-ak (去别家买啊), findings (去买那家呗)
  it.each(['你懂你去买129的啊', '那家便宜你去那家啊'])('%s is cold', (reply) => expect(flags(reply)).toContain('tone-cold'));
  it('你懂你去… is no empathy', () => expect(moves('你懂你去买129的啊')).not.toContain('empathize'));
  it('懂你 still is', () => expect(moves('懂你懂你 学生党不容易')).toContain('empathize'));
  // her choice waved through: holdout-18 (买不买随你), writer-aj (随你)
  it('要投诉随你 is cold', () => expect(flags('要投诉随你')).toContain('tone-cold'));
  // telling her she does not understand: writer-k (是你不懂), writer-j (是你不懂行情)
  it('说了你也不懂 is blunt', () => expect(flags('说了你也不懂')).toContain('tone-blunt'));
  it('你不懂的可以问我 is not', () => expect(flags('你不懂的可以问我哦')).not.toContain('tone-blunt'));
});

describe('a refusal opening the reply answers the exchange she asks beside who pays', () => {
  // the size-question play: 不换 拆了就别想换 after 那万一穿着不合适能换吗 来回运费谁出啊 was policy stated
  const asked = '那万一穿着不合适能换吗 来回运费谁出啊';
  it.each(['不换 拆了就别想换', '不能换的'])('%s refuses', (reply) => expect(flags(reply, asked)).toContain('return-refuse'));
  it('who pays, answered, is still policy', () => expect(moves('运费我们出', '退货运费谁出')).toContain('explain-policy'));
  it('a yes is no refusal', () => expect(flags('可以换 运费我们出', asked)).not.toContain('return-refuse'));
  it.each(['要是大了能换M吗 麻不麻烦', '不合适可以换码吗 要我出运费不'])('after %s the refusal answers nothing beside it', (line) => {
    expect(moves('不换 拆了就别想换', line)).toEqual([]);
    expect(flags('不换 拆了就别想换', line)).toContain('return-refuse');
  });
});
