import { describe, expect, it } from 'vitest';
import { understand, understandByRules } from '@/engine/understand/understand';

const flags = (text: string, buyer?: string): string[] => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);
// The rules alone: what this change reads (the classifier backstop is the lead's to retrain).
const understandRules = (text: string, buyer?: string): string[] => understandByRules(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

// Wordings written for these tests (session 7, a blind tester's findings), not taken from a labelled
// set: each block is one mechanism of the platform flags, with replies it must flag and ones it must not.
describe('a yes is read against the topic she asked', () => {
  it('takes a yes that carries another action (能开, 送的) as no yes to the contact she asked for', () => {
    expect(flags('能开的 月底一起开', '你们家有vx吗')).not.toContain('off-platform');
    expect(flags('可以开 这周五开好', '有没有微信啊')).not.toContain('off-platform');
    expect(flags('送的 一个小挂件', '加你微信可以吗')).not.toContain('off-platform');
  });

  it('still reads a plain yes to her contact question as moving the chat', () => {
    expect(flags('有的哦', '你们家有vx吗')).toContain('off-platform');
    expect(flags('可以的', '加你微信可以吗')).toContain('off-platform');
  });

  it('keeps a yes with its verb for the topic that owns it or the words that ask it', () => {
    // 能开的 月底一起开 puts the invoice off to the month's end: labelled a refusal (invoice-delay.ts).
    expect(understand('能开的 三天内开好', { buyer: '能开票吗' }).moves).toContain('invoice-yes');
    expect(understand('可以开明细', { buyer: '发票上能写明细吗' }).moves).toContain('invoice-yes');
  });
});

describe('review-induce: a reward tied to the review, not a request alone', () => {
  it('leaves a request to change or delete her bad review with nothing offered alone', () => {
    expect(flags('亲 那条差评方便帮忙改一下吗', '鞋子穿两天就开胶了 已经给差评了')).not.toContain('review-induce');
    expect(flags('麻烦您看看中评能不能撤掉')).not.toContain('review-induce');
  });

  it('flags the same request with a reward for it', () => {
    expect(flags('亲 那条差评方便帮忙改一下吗 我给您返8块', '鞋子穿两天就开胶了 已经给差评了')).toContain('review-induce');
    expect(flags('中评撤掉的话给您发个红包')).toContain('review-induce');
  });
});

describe('card-fee: a fee for paying by card put on her, not a fee named', () => {
  it('leaves a card and a fee named together with no charge on her alone', () => {
    expect(understandRules('分期的手续费看您选几期,下单页有写')).not.toContain('card-fee');
    expect(understandRules('信用卡分期0手续费的哦')).not.toContain('card-fee');
    expect(understandRules('手续费是付给银行的,每单我们这边都要出')).not.toContain('card-fee');
  });

  it('flags a fee she is made to pay for the card', () => {
    expect(understandRules('刷信用卡要加2个点手续费')).toContain('card-fee');
    expect(understandRules('分期的利息您那边自己承担哈')).toContain('card-fee');
    expect(understandRules('用花呗付的话手续费您来出')).toContain('card-fee');
  });
});

describe('ship-promise: a time made certain, not an estimate', () => {
  it('reads an arrival by a named time made certain by an assurance, with no guarantee word', () => {
    expect(understandRules('周四到的，这个您放心好了')).toContain('ship-promise');
    expect(understandRules('最迟大后天就能签收')).toContain('ship-promise');
    expect(understandRules('周末之前收到没问题')).toContain('ship-promise');
    expect(understandRules('周四上午就能送到，放一万个心')).toContain('ship-promise');
  });

  it('reads a guarantee word opening her yes as the guarantee (肯定能, 可以 包到)', () => {
    expect(understandRules('绝对可以', '周三能到吗')).toContain('ship-promise');
    expect(understandRules('行的 包送到', '周三能送到吗')).toContain('ship-promise');
  });

  it('leaves an estimate or a hedge alone, however assured it sounds', () => {
    expect(understandRules('放心哈，预计周四能到')).not.toContain('ship-promise');
    expect(understandRules('正常来说周末之前收到没问题')).not.toContain('ship-promise');
    expect(understandRules('一般可以', '周三能到吗')).not.toContain('ship-promise');
    expect(understandRules('周四到不了的话我帮您催')).not.toContain('ship-promise');
    expect(understandRules('放心，发票48小时内开好发到您邮箱')).not.toContain('ship-promise');
  });
});

describe('invoice-refuse: a refusal worded as an excuse', () => {
  it('reads an invoice the shop says it has none of, the clause closing on the negation', () => {
    expect(understandRules('票这块我们店里是没有的哈')).toContain('invoice-refuse');
    expect(understandRules('小本生意，发票这块没办法')).toContain('invoice-refuse');
    expect(understandRules('花呗分期我们这边不弄的')).toContain('card-refuse');
  });

  it('reads a short answer to her invoice question that closes on a no', () => {
    expect(understandRules('咱家这边没有的哦', '可以开发票吗')).toContain('invoice-refuse');
    expect(understandRules('清仓款这个开不出来', '发票能开吗')).toContain('invoice-refuse');
  });

  it('leaves a negation with its own object, or not yet done, alone', () => {
    expect(understandRules('发票没有额外的费用，放心')).not.toContain('invoice-refuse');
    expect(understandRules('发票我们这边没有漏开的，您再看下邮箱')).not.toContain('invoice-refuse');
    expect(understandRules('发票还没有开好，明天发您')).not.toContain('invoice-refuse');
  });
});

describe('review-induce, off-platform, disparage: more of the same structures', () => {
  it('reads cash or a gift sent for a follow-up review as a reward', () => {
    expect(understandRules('追评一下，送您一盒面膜')).toContain('review-induce');
    expect(understandRules('五星好评带图，私我领现金')).toContain('review-induce');
    expect(understandRules('追评您觉得怎么样都可以写，我们不强求')).not.toContain('review-induce');
  });

  it('reads a WeChat said to be the phone number, or her told to ring us, as moving off the platform', () => {
    expect(understandRules('可以的，vx同号，尾号3322')).toContain('off-platform');
    expect(understandRules('以后缺货了直接打我手机就行')).toContain('off-platform');
    expect(understandRules('师傅上门前会打您电话')).not.toContain('off-platform');
  });

  it('reads seconds and off-brands said of other shops as disparaging', () => {
    expect(understandRules('网上那些便宜的基本是厂里挑剩的次品')).toContain('disparage');
    expect(understandRules('某宝上同款价格低一半的都是杂牌')).toContain('disparage');
    expect(understandRules('我们这款没有次品，每件都质检')).not.toContain('disparage');
  });
});

describe('a refusal said of another shop', () => {
  it('is what that shop does, not a refusal of this reply', () => {
    expect(understandRules('隔壁那家售后很难说话，买了基本退不了')).not.toContain('return-refuse');
    expect(understandRules('别家是开不了发票的，我们可以开')).not.toContain('invoice-refuse');
  });

  it('still flags our own refusal beside a mention of another shop', () => {
    expect(understandRules('别家怎么样我不清楚。您这单我们这边退不了')).toContain('return-refuse');
  });
});
