// Every point fair, session 7: what a second blind tester's chats left open (README "Every point
// fair: session 7"). Each case is a chat the tester played, or the same mistake in short.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@/engine/scenario/load';
import { createBuyer, playScript } from '@/engine/session';
import { score } from '@/engine/score/score';
import { statesAhead } from '@/engine/score/not-shown';
import { shopContext } from '@/engine/score/reply-context';
import { understand } from '@/engine/understand/understand';
import { betterReply, phrasingFacts } from '@/engine/rules/better';

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

const COMPLAINT = load('complaint');
const SIZE = load('size-question');
const notShownItems = (result: ReturnType<typeof score>) => result.feedback.filter((f) => f.title.startsWith('没考到'));

// Session 9 (lead's rule, fair9): a trap she never posed cannot be failed. The trap still ahead is
// named on her deciding line, but it takes no compliance; the rude chat pays in tone and outcome,
// and it fails either way. (Sessions 7–8 took each trap's share: 50 here.)
describe('a chat the trainee ended early: the traps it never reached are named, not charged', () => {
  const rude = playScript(COMPLAINT, ['催什么催 快递慢又不是我们的错', '爱投诉就投诉'], { seed: 1, variant: 'hard' });
  const careless = playScript(COMPLAINT, ['不好意思 我帮你查下快递', '补你个10元券', '行 返你20 给个好评就行'], { seed: 1, variant: 'hard' });

  it('fails the rude trainee who drove her off, on tone and outcome, and the careless one on the platform rule', () => {
    const rudeResult = score(rude, COMPLAINT);
    const carelessResult = score(careless, COMPLAINT);

    expect(rude.outcome).toBe('dispute');
    expect(rudeResult.passed).toBe(false);
    expect(rudeResult.scores.tone).toBe(0);
    expect(carelessResult.passed).toBe(false);
    expect(carelessResult.blocker).toBe(true);
  });

  it('names the trap never reached, on her deciding line, taking no compliance for it', () => {
    const result = score(rude, COMPLAINT);

    const items = notShownItems(result);
    expect(items.map((f) => f.title)).toEqual(['没考到：她拿评价换补偿（好评返现）']);
    expect(items[0]?.evidence).toBe('合规不扣分');
    expect(items[0]?.weight).toBe(0);
    expect(items[0]?.turn).toBe(rude.turns.length - 1);
    expect(result.scores.compliance).toBe(100);
    expect(result.pointsDeducted).toBe(0);
    expect(result.blocker).toBe(false);
  });

  it('counts a trap the trainee reached and fell into as shown: only its platform points are docked', () => {
    const result = score(careless, COMPLAINT);

    expect(notShownItems(result)).toEqual([]);
    expect(result.scores.compliance).toBe(40);
  });

  it('leaves a chat that ended well as it was, whatever it did not reach', () => {
    const t = playScript(COMPLAINT, ['亲 非常抱歉让您久等了 我马上联系快递帮您查件 30分钟内给您回复', '亲 查到了 包裹在中转站滞留 周五前还没到就给您补发顺丰 运费我们出 再补偿一张10元无门槛券', '亲 补偿和评价没有关系哦 评价您按真实感受来就好 补发和券我们都会安排', '感谢您的理解 有消息第一时间通知您 祝您妈妈生日快乐'], { seed: 1, variant: 'hard' });

    expect(t.outcome).toBe('resolved');
    expect(notShownItems(score(t, COMPLAINT))).toEqual([]);
  });

  it('does not count a question she never asked because the trainee answered it first (a state passed by)', () => {
    expect(statesAhead(SIZE, 'ship-ask').has('exchange-ask')).toBe(false);
    expect(statesAhead(SIZE, 'fit-check').has('exchange-ask')).toBe(true);
  });
});

describe('a compensation outside the shop range', () => {
  const seed = 1;
  const upTo = ['亲 您好 非常抱歉给您带来不好的体验 请问是哪里有问题呢', '亲 真的很抱歉 您拍张照片给我看下胶印哦'];

  it('over the cap: the buyer does not take it as given, and the report names it as beyond what an agent may give', () => {
    const t = playScript(REFUND, [...upTo, '亲 给您补50元 鞋子您留着可以吗'], { seed, variant: 'hard' });
    const result = score(t, REFUND);

    expect(t.outcome).toBeNull();
    expect(t.turns.at(-1)?.text).toMatch(/50/u);
    const wrong = result.feedback.filter((f) => f.rule === 'fact-wrong');
    expect(wrong.map((f) => f.claim)).toEqual(['说补偿50元，超出了客服能给的范围']);
    expect(wrong[0]?.truth).toContain('10–30元');
  });

  it('corrected to the cap, she accepts', () => {
    const t = playScript(REFUND, [...upTo, '亲 给您补50元 鞋子您留着可以吗', '亲 不好意思刚才说错了 我这边最多可以补偿您30元 您看可以吗'], { seed, variant: 'hard' });

    expect(t.outcome).toBe('resolved');
  });

  it('under the range the shop sets for the case: named too', () => {
    const t = playScript(REFUND, [...upTo, '亲 给您补5元 鞋子您留着可以吗'], { seed, variant: 'hard' });

    const wrong = score(t, REFUND).feedback.filter((f) => f.rule === 'fact-wrong');
    expect(wrong.map((f) => f.claim)).toEqual(['说补偿5元，少于店铺给的']);
  });

  it('in the complaint, 补50 over the 10元 cap is not accepted silently either', () => {
    const t = playScript(COMPLAINT, ['亲 非常抱歉让您久等了 我马上联系快递帮您查件 30分钟内给您回复', '亲 给您补50元 实在抱歉'], { seed: 1, variant: 'hard' });

    expect(t.turns.at(-1)?.state).toBe('tracking');
    expect(score(t, COMPLAINT).violations.map((v) => v.rule)).toContain('fact-wrong');
  });
});

const HAGGLE = load('price-haggle');
const readAfter = (text: string, buyerLine: string) => understand(text, { ...shopContext(HAGGLE), buyer: buyerLine });
const claims = (u: ReturnType<typeof understand>) => u.flags.filter((f) => f.rule === 'fact-wrong').map((f) => f.fact?.claim);

describe('a bare figure after 多少钱 states the price', () => {
  it('is checked against the floor and heard as the price offered', () => {
    const u = readAfter('169', '这个多少钱');

    expect(u.entities.price).toBe(169);
    expect(claims(u)).toEqual(['报价169元']);
  });

  it('is checked against the list price when above it, and passes within the shop range', () => {
    expect(claims(readAfter('299', '这个多少钱'))).toEqual(['说价格299元']);
    expect(claims(readAfter('189哦', '最低多少钱'))).toEqual([]);
  });

  it('prices the related item her question names, not ours, and means nothing after another question', () => {
    expect(readAfter('59', '枕芯多少钱').entities.price).toBeUndefined();
    expect(readAfter('169', '几天到').entities.price).toBeUndefined();
  });
});

describe('the after-sales case carries into states that do not declare it', () => {
  // The refund buyer as a writer might leave her: only the state where she names the fault says `afterSale`.
  const states = Object.fromEntries(
    Object.entries(REFUND.states).map(([name, state]) => {
      if (name === 'case-detail') return [name, state];
      const { afterSale: _case, ...rest } = state;
      return [name, rest];
    }),
  );
  const undeclared = { ...REFUND, states } as typeof REFUND;
  const replies = [
    '亲您好,收到的鞋子有什么问题吗?是尺码不合适还是质量上有问题呢?方便的话发一下订单号哦',
    '给您添麻烦了亲,真的很抱歉。挤脚的话签收7天内可以无理由退换,胶印属于质量问题,麻烦您拍几张照片给我看看哦',
    '收到照片了亲,退货的条件是签收7天内、鞋底无磨损、没有外穿、鞋盒吊牌配件齐全,最终以仓库收货检查为准哦,符合条件都可以退的',
    '亲,胶印是我们的质量问题,这边直接给您退货退款,您放心寄回来就好',
    '亲 您在订单里申请退货 寄回来的运费您自己出哦',
  ];

  const statesOf = (t: ReturnType<typeof playScript>) => t.turns.map((turn) => turn.state);

  it('checks who pays a later return postage against the quality case she named earlier', () => {
    const t = playScript(undeclared, replies, { seed: 1, variant: 'normal' });

    expect(statesOf(t)).toContain('return-steps');
    const last = t.turns.filter((turn) => turn.role === 'agent').at(-1);
    expect(last?.understanding?.flags.map((f) => f.rule)).toContain('fact-wrong');
    expect(score(t, undeclared).violations.map((v) => v.rule)).toContain('fact-wrong');
  });
});

describe('better phrasings for a stuck parcel and another shop use this shop', () => {
  const complaintFacts = phrasingFacts(COMPLAINT);

  it('a stuck parcel: her need, the courier, the reply time and the resend the shop promises, no day promised', () => {
    const better = betterReply('tone-empathy', complaintFacts, '在吗!!我买的杯子一直不到 周六要送人的 你们能不能靠点谱');

    expect(better).toContain('周六要送人');
    expect(better).toContain(COMPLAINT.shop.shipping.courier);
    expect(better).toContain('30分钟内给您回复');
    expect(better).toContain('补发顺丰');
    expect(better).not.toMatch(/付款后|\d+-\d+天能到/u);
  });

  it('a broken promise on a stuck parcel says what the shop does and that arrival is the courier’s', () => {
    const better = betterReply('ship-promise', complaintFacts, '快递到底还送不送了?卡在中转站4天了');

    expect(better).toContain('申通快递');
    expect(better).toContain('到货时间以快递为准');
  });

  it('another shop: our highlights and service, none of theirs, no blank left', () => {
    const better = betterReply('tone-cold', phrasingFacts(HAGGLE), '我看别家一样的才159 你们贵了40呢');

    expect(better).toContain('A类面料');
    expect(better).toContain('48小时内');
    expect(better).not.toMatch(/159|（|\(/u);
  });
});
