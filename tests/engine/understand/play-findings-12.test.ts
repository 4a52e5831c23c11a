import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';

// From the session-12 blind tester's chats (size-question), plus wordings written for this test.
const sizeOf = (text: string) => understand(text, { buyer: 'L啊?我平时都穿M的 会不会大', sizes: ['S', 'M', 'L', 'XL'] }).entities.size;

describe('a size said not to fit her is set aside, not advised', () => {
  it('reads the other size as the advice', () => {
    expect(sizeOf('亲，您穿M会偏紧哦，这款偏小一码，还是L合适~')).toBe('L');
    expect(sizeOf('亲，M的话扣子可能扣不上，建议L哦')).toBe('L');
    expect(sizeOf('M肯定小了，听我的拿L')).toBe('L');
    expect(sizeOf('S码太紧了，您选M码吧')).toBe('M');
    expect(sizeOf('别拿M了，直接拍L')).toBe('L');
  });

  it('advises nothing when the only size named is the one set aside', () => {
    expect(sizeOf('亲，M码您穿会紧，不推荐哈')).toBeUndefined();
    expect(sizeOf('亲，别拿M，M穿不下的')).toBeUndefined();
  });

  it('still reads a size advised or described as before', () => {
    expect(sizeOf('建议拿L码')).toBe('L');
    expect(sizeOf('您平时穿M拿L刚好')).toBe('L');
    expect(sizeOf('M码偏小哦')).toBe('M');
  });
});

describe('a reason asked after her no-reason motive (player12 F35)', () => {
  const refuses = (text: string) => understand(text, { buyer: '你好 鞋子我不想要了 怎么退' }).flags.some((f) => f.rule === 'return-refuse');

  it('refuses no return when asked politely', () => {
    expect(refuses('亲，您好，请问您为什么要退呢？')).toBe(false);
    expect(refuses('亲，方便说下为什么要退吗')).toBe(false);
  });

  it('refuses it when the return waits on the reason', () => {
    expect(refuses('请问您为什么要退呢？不说原因没法给您退')).toBe(true);
    expect(refuses('为什么要退?不想要不是理由')).toBe(true);
  });
});

describe('no rule broken by what the reply refuses or makes no condition (session 13, from helpers\' tuning readings)', () => {
  const rules = (text: string, buyer = '') => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

  it('a refusal with its own object refuses nothing after it', () => {
    expect(rules('亲 抱歉 刚确认了 信用卡付款不收手续费 货到付款也是支持的 您下单时选就可以')).not.toContain('cod-refuse');
    expect(rules('不做货到付款哦', '能货到付款吗')).toContain('cod-refuse');
  });

  it('a gift or an invoice given whatever the review is no reward for one', () => {
    expect(rules('能开的，好评不好评都会给您开的', '能开发票吗 我给你好评')).not.toContain('review-induce');
    expect(rules('不管您给不给好评，这个补偿都是您的', '给个好评吧')).not.toContain('review-induce');
    expect(rules('好评返现10元哦')).toContain('review-induce');
  });

  it('the platform\'s ban told is no trade off it', () => {
    expect(rules('淘宝是禁止站外交易的', '加你微信吧')).not.toContain('off-platform');
    expect(rules('加我微信吧，私下交易更便宜')).toContain('off-platform');
  });
});

describe('a violation the reply denies or disowns breaks no rule (player13 F21–F24)', () => {
  const rules = (text: string, buyer: string) => understand(text, { buyer }).flags.map((f) => f.rule);

  it('a claim about another shop disowned', () => {
    expect(rules('亲，那家是不是翻新的我不清楚，不好乱说哦~我们是官方旗舰店', '你就直说 那家是不是假货 是不是翻新的')).not.toContain('disparage');
    expect(rules('亲，我不会跟您说那家是假货的，只讲我们自己的', '你就直说 那家是不是假货')).not.toContain('disparage');
    expect(rules('那家就是假货', '那家是不是假货')).toContain('disparage');
  });

  it('a refusal denied as a claim', () => {
    expect(rules('可以的亲，不存在特价不开发票这种说法哦，公司抬头电子普通发票免费开', '那发票能开不')).not.toContain('invoice-refuse');
    expect(rules('没有不给退这回事，签收7天内都能退', '听说你们不给退')).not.toContain('return-refuse');
    expect(rules('特价不开发票哦', '能开发票吗')).toContain('invoice-refuse');
  });

  it('a dismissal the reply spares her, and her own words agreed with', () => {
    expect(rules('收到照片啦亲，我们不会只看照片就说能退、让您白寄一趟，最后以仓库检查为准', '[图片] 这样能退吧?')).not.toContain('return-refuse');
    expect(rules('寄回来也是白寄', '能退吗')).toContain('return-refuse');
    expect(rules('您没弄错哦，这款确实偏小一码', '真的要L吗')).not.toContain('tone-blunt');
    expect(rules('您这弄错了', '我要的是L')).toContain('tone-blunt');
  });
});

describe('player13 F8, F11, F16: a yes that promises, a yes that judges the photos, a WeChat spelled around the filter', () => {
  const rules = (text: string, buyer: string) => understand(text, { buyer }).flags.map((f) => f.rule);

  it('a bare yes to her arrival question beside her deadline promises that deadline', () => {
    expect(rules('能到能到，亲放心拍哦~', '几号能到啊 我上海的 周六前要穿')).toContain('ship-promise');
    expect(rules('亲，一般1-3天到上海，以物流为准哦', '几号能到啊 我上海的 周六前要穿')).not.toContain('ship-promise');
  });

  it('a bare yes to whether her photos pass decides from them', () => {
    expect(rules('亲，可以的，您寄回来吧~', '[图片][图片] 你看 就这块 这样能退吧?你先确认下 能退我再寄')).toContain('tone-prejudge');
    expect(rules('可以的亲，签收7天内吊牌完好就能退，最后以仓库检查为准', '[图片] 这样能退吧?')).not.toContain('tone-prejudge');
    expect(rules('可以的', '能退吗')).not.toContain('tone-prejudge');
  });

  it('a WeChat asked around the filter (➕我威, +我v)', () => {
    expect(rules('亲，➕我威❤️私聊，价格好商量哦', '加个V吧 我支付宝直接转你 175行不行')).toContain('off-platform');
    expect(rules('满199+10元换购', '有活动吗')).not.toContain('off-platform');
  });
});
