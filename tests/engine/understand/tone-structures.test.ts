import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { buyerMood, UpsetEpisode } from '@/engine/score/upset';
import { owedFlags } from '@/engine/score/reply-context';
import { score } from '@/engine/score/score';

const flags = (reply: string, buyer?: string): string[] => understand(reply, buyer === undefined ? {} : { buyer }).flags.map((f) => f.rule);

// Wordings written for this test, not taken from a labelled set: at least two per structure.
describe('empathy owed after a fault she reports calmly', () => {
  it('tells a fault reported calmly from a line that shows a feeling', () => {
    expect(buyerMood('台灯用了两天就不亮了')).toEqual({ evidence: '不亮', faultOnly: true });
    expect(buyerMood('台灯用了两天就不亮了，气死了')?.faultOnly).toBe(false);
    expect(buyerMood('台灯不亮了！')?.faultOnly).toBe(false);
    expect(buyerMood('杯子裂了，这可怎么办啊')?.faultOnly).toBe(false);
    expect(buyerMood('这个有蓝色的吗')).toBeNull();
  });

  it('owes no empathy from a reply that goes straight to business after a calm report', () => {
    expect(flags('把订单号发我', '台灯用了两天就不亮了')).not.toContain('tone-empathy');
    expect(flags('拍张照片过来', '毛衣洗了一次就起球了')).not.toContain('tone-empathy');
  });

  it('owes empathy from a reply that goes straight to business when she shows she is upset', () => {
    expect(flags('把订单号发我', '台灯用了两天就不亮了，气死了')).toContain('tone-empathy');
    expect(flags('拍张照片过来', '毛衣洗了一次就起球了！')).toContain('tone-empathy');
  });

  it('does not owe it from a reply flagged for blaming, doubting or dismissing her after a calm report', () => {
    const blamed = flags('是你自己插错了电源', '台灯用了两天就不亮了');
    expect(blamed).toContain('tone-criticize');
    expect(blamed).not.toContain('tone-empathy');
    const doubted = flags('你确定是收到就这样的？', '毛衣有个破洞');
    expect(doubted).toContain('tone-interrogate');
    expect(doubted).not.toContain('tone-empathy');
  });

  it('still owes it from a hostile reply when her line shows she is upset', () => {
    expect(flags('是你自己插错了电源', '台灯用了两天就不亮了，气死了')).toEqual(expect.arrayContaining(['tone-criticize', 'tone-empathy']));
    expect(flags('你确定是收到就这样的？', '毛衣有个破洞！！')).toEqual(expect.arrayContaining(['tone-interrogate', 'tone-empathy']));
  });

  it('decides it in the one place the scorer reads too', () => {
    const u = understand('是你自己插错了电源', { buyer: '台灯不亮了', buyerUpset: true });
    expect(owedFlags(u, { greeting: false, empathy: true, faultOnly: true }).map((f) => f.rule)).not.toContain('tone-empathy');
    expect(owedFlags(u, { greeting: false, empathy: true }).map((f) => f.rule)).toContain('tone-empathy');
    const plain = understand('订单号发我', { buyer: '台灯不亮了', buyerUpset: true });
    expect(owedFlags(plain, { greeting: false, empathy: true, faultOnly: true }).map((f) => f.rule)).not.toContain('tone-empathy');
    expect(owedFlags(plain, { greeting: false, empathy: true }).map((f) => f.rule)).toContain('tone-empathy');
  });

  it('keeps an episode fault-only until a line shows more', () => {
    const episode = new UpsetEpisode();
    episode.buyerSaid(true, true);
    expect(episode.faultOnly).toBe(true);
    episode.buyerSaid(true, false);
    expect(episode.faultOnly).toBe(false);
    episode.buyerSaid(false);
    episode.buyerSaid(true, true);
    expect(episode.faultOnly).toBe(true);
  });

  it('grades a real log the same way: a calm fault owes nothing, her next line upset owes it', () => {
    const log = (second: string) =>
      score({
        scenarioId: 'log',
        turns: [
          { role: 'buyer', text: '台灯用了两天就不亮了' },
          { role: 'agent', text: '是你自己插错了电源' },
          { role: 'buyer', text: second },
          { role: 'agent', text: '那你把照片发过来' },
        ],
        outcome: null,
      });
    const calm = log('换了插座还是不亮');
    const upset = log('换了插座还是不亮，气死了');
    expect(calm.violations.some((v) => v.rule === 'tone-criticize' && v.turn === 1)).toBe(true);
    expect(calm.violations.filter((v) => v.rule === 'tone-empathy')).toEqual([]);
    expect(upset.violations.filter((v) => v.rule === 'tone-empathy').map((v) => v.turn)).toEqual([3]);
  });
});

describe('judging the buyer and her motives', () => {
  it('reads a verdict on her as a person or a kind of buyer as criticism', () => {
    expect(flags('像您这样斤斤计较的客人我们见得多了', '再少十块吧')).toContain('tone-criticize');
    expect(flags('你们这类专挑毛病的买家我见多了', '线头好多')).toContain('tone-criticize');
    expect(flags('您也太挑剔了', '包装有点皱')).toContain('tone-criticize');
    expect(flags('值不值这个价您心里有数', '这个是不是买贵了')).toContain('tone-criticize');
  });

  it('reads a question at her motives as interrogation', () => {
    expect(flags('你是不是想白嫖一个赠品啊', '能多送一个吗')).toContain('tone-interrogate');
    expect(flags('您这是想讹我们吧？', '盒子压坏了要赔')).toContain('tone-interrogate');
    expect(flags('你是存心的吧', '又要换一次')).toContain('tone-interrogate');
    expect(flags('你这是故意找茬吧', '包装都皱了')).toContain('tone-interrogate');
  });

  it('reads her own action done wrong, or the blame turned back on the shop, as criticism', () => {
    expect(flags('你自己装反了', '柜门关不上')).toContain('tone-criticize');
    expect(flags('是您当时选错了颜色', '颜色不对')).toContain('tone-criticize');
    expect(flags('自己没量好尺寸，还来怪我们', '裤子短了')).toContain('tone-criticize');
  });

  it('reads others being fine, after she reports a fault, as putting it on her', () => {
    expect(flags('别的买家用着都好好的', '插上没反应')).toContain('tone-criticize');
    expect(flags('这款卖了上万单都没人反映过', '用了一周就开线了')).toContain('tone-criticize');
  });

  it('does not judge her in a kind word, a caution or a question about what she wants', () => {
    expect(flags('您这样的老顾客我们肯定给优惠', '老顾客有优惠吗')).not.toContain('tone-criticize');
    expect(flags('我发您一个安装视频，避免您装反', '柜子怎么装')).not.toContain('tone-criticize');
    expect(flags('您是不是想问换货呀？换货也可以的', '不合适怎么办')).not.toContain('tone-interrogate');
    expect(flags('大家都能在订单页看到物流', '怎么看物流')).not.toContain('tone-criticize');
  });
});

describe('not knowing the shop’s own goods, read after her question', () => {
  it('reads "I don’t know" to a question about what the item is as uncertain', () => {
    expect(flags('不清楚', '这款毛衣起球吗')).toContain('tone-uncertain');
    expect(flags('这个我们也不知道', '这个表是不是机械的')).toContain('tone-uncertain');
  });

  it('reads her yes/no question given back with a guessing 吧 as uncertain', () => {
    expect(flags('是羊皮的吧', '这双手套是羊皮的吗')).toContain('tone-uncertain');
    expect(flags('原装吧', '这个电池是原装吗')).toContain('tone-uncertain');
  });

  it('leaves a reply that goes to find out, speaks of another shop or of when it ships', () => {
    expect(flags('我不太清楚，马上帮您问一下仓库', '这款毛衣起球吗')).not.toContain('tone-uncertain');
    expect(flags('他们家的我不清楚，我们这款是全棉的', '那家的也是全棉的吗')).not.toContain('tone-uncertain');
    expect(flags('不知道', '黑色什么时候补货')).not.toContain('tone-uncertain');
    expect(flags('不可能吧，我们都核对过', '发成灰色的了')).not.toContain('tone-uncertain');
  });
});

describe('a curt no that answers her question about the item', () => {
  it('is no tone-cold when it gives back the word she asked with', () => {
    expect(flags('不重', '这个行李箱重吗')).not.toContain('tone-cold');
    expect(flags('不烫', '杯子装开水会烫手吗')).not.toContain('tone-cold');
  });

  it('stays cold as a bare no to what she asked for, or with no word of hers', () => {
    expect(flags('没有', '有没有灰色的')).toContain('tone-cold');
    expect(flags('不送', '能送个挂钩吗')).toContain('tone-cold');
    expect(flags('不是', '这个是羊毛的吗')).not.toContain('tone-cold');
    expect(flags('不是', '这个毛衣纯羊毛吗')).toContain('tone-cold');
  });
});

// Session 8 (tone8): cold read against her line; each structure matches replies of two or more
// tuning files (chats-i, chats-w, context-y, writer-a, -d, -e, -g, -h, -j, -k); wordings of their own.
describe('tone-cold read against her line (session 8)', () => {
  it('does not read a bare 嗯 after a statement of hers as cold, but does after her question or complaint', () => {
    expect(flags('嗯', '行，那我明天再下单')).not.toContain('tone-cold');
    expect(flags('嗯', '这件是羊毛的吗')).toContain('tone-cold');
    expect(flags('嗯', '你们这服务也太差了！')).toContain('tone-cold');
  });

  it('reads a no to the charge she asked about as an answer', () => {
    expect(flags('不收费', '换货要另外加钱吗')).not.toContain('tone-cold');
    expect(flags('免费的', '安装要收费吗')).not.toContain('tone-cold');
    expect(flags('没', '这单有运费险吗')).toContain('tone-cold');
  });

  it('reads her sent to a third party to sort it out herself as cold, particles or not', () => {
    expect(flags('亲，这个您可以直接联系一下快递员哦', '包裹显示签收了，我没拿到')).toContain('tone-cold');
    expect(flags('那是物流的事，您去找一下派送的师傅吧～', '箱子到的时候就压扁了')).toContain('tone-cold');
    expect(flags('我马上帮您联系快递查一下', '包裹显示签收了，我没拿到')).not.toContain('tone-cold');
    expect(flags('要不给您补20元您找师傅修一下？', '桌腿松了')).not.toContain('tone-cold');
  });

  it('reads her threat waved through as cold, not a go-ahead that acts for her', () => {
    expect(flags('那您投诉吧', '再不处理我就去投诉')).toContain('tone-cold');
    expect(flags('您提交吧，审核不归我管', '那我申请平台介入')).toContain('tone-cold');
    expect(flags('您随意', '我要给差评')).toContain('tone-cold');
    expect(flags('投诉我们也是这个处理结果', '我要投诉你们')).toContain('tone-cold');
    expect(flags('您申请吧，我这边马上同意', '不退我就投诉')).not.toContain('tone-cold');
  });

  it('reads a bare pointer to find the manual as cold', () => {
    expect(flags('找说明书', '这个怎么组装')).toContain('tone-cold');
  });
});

// Session 8 (tone8): blunt contradictions; each structure matches replies of two or more tuning
// files (chats-l, chats-w, writer-a, -b, -c, -d, -h, -j, -k, -v, -x); wordings of their own.
describe('tone-blunt: her claim contradicted flat (session 8)', () => {
  it('reads her measuring, smelling or saying misread as blunt, not the agent minding her own words', () => {
    expect(flags('您量错了，要量内径', '按你们的尺寸买的还是装不进')).toContain('tone-blunt');
    expect(flags('你闻错了吧，这是新布料的味道', '衣服一股怪味')).toContain('tone-blunt');
    expect(flags('我去核实一下，免得跟您说错', '这个是几号发')).not.toContain('tone-blunt');
  });

  it('reads her perception or her device named as what is wrong', () => {
    expect(flags('尺寸一样的，是您的错觉', '这个比上次的小')).toContain('tone-blunt');
    expect(flags('颜色没问题，是你手机屏幕的问题', '颜色和图片不一样')).toContain('tone-blunt');
    expect(flags('不懂的地方随时问我哦', '这个怎么用')).not.toContain('tone-blunt');
  });

  it('reads a flat denial of what she says was said or happened', () => {
    expect(flags('我们没这么说过', '客服说送两个杯子的')).toContain('tone-blunt');
    expect(flags('没这回事', '你们发了个旧的给我')).toContain('tone-blunt');
    expect(flags('不是这样的', '你们写的是全国包邮')).toContain('tone-blunt');
    expect(flags('不是这样', '你们写的是全国包邮')).not.toContain('tone-cold');
  });

  it('reads what she says she said denied flat', () => {
    expect(flags('你没说', '我跟你说过要加急的')).toContain('tone-blunt');
    expect(flags('您刚才明明说的是大号', '我说了好几遍要中号')).toContain('tone-blunt');
    expect(flags('您听谁说的？我们都是正品', '听说你们卖的是高仿')).toContain('tone-blunt');
  });

  it('reads her own choice asserted against her complaint, after she reports a fault', () => {
    expect(flags('您下单选的就是大号', '发错尺寸了，我要的中号')).toContain('tone-blunt');
    expect(flags('黑色没货了，我看您拍的就是这个，给您换白色吧', '还有黑色吗')).not.toContain('tone-blunt');
  });

  it("reads the goods' fault denied flat after she reports it, unless the reply already blames her", () => {
    expect(flags('这个真的不是灯的问题哈', '台灯用了两天就不亮了')).toContain('tone-blunt');
    expect(flags('不是鞋的问题，是您自己穿着去踢球磨坏的', '鞋子开胶了')).not.toContain('tone-blunt');
    expect(flags('检测出来不是质量问题的话运费您出', '鞋子开胶了')).not.toContain('tone-blunt');
  });
});

describe('tone-cold on the five blind sets of session 8; wordings of their own', () => {
  it('reads a bare 哦 to her request, and a bare emoji to her question, as cold', () => {
    expect(flags('哦', '我要换货')).toContain('tone-cold');
    expect(flags('🤷', '什么时候能发')).toContain('tone-cold');
    expect(flags('嗯', '我刚付了款')).not.toContain('tone-cold');
  });

  it('reads her sent to phone or visit the courier herself as cold', () => {
    expect(flags('那你得自己打电话问快递公司', '物流三天不动了')).toContain('tone-cold');
    expect(flags('您直接打快递电话问一下吧', '快递一直不动')).toContain('tone-cold');
    expect(flags('你到快递站问问吧', '显示签收了我没拿到')).toContain('tone-cold');
  });

  it('reads a no to the charge her 是不是 question asks about as an answer', () => {
    expect(flags('不用钱哒', '换个颜色是不是要另外给钱')).not.toContain('tone-cold');
  });
});

// Session 9 (tone9): structures read across the newest tuning writers; wordings of their own.
describe('tone-criticize: her excess or her skin guessed as the cause (session 9)', () => {
  // writer-ag (是不是您戴的时候拉得太用力了), writer-al (你搭的时候是不是用力过猛了, 您是不是旋太出来了)
  it.each([
    ['您是不是拧得太紧了?', '瓶盖拧裂了'],
    ['你装的时候是不是用力过猛了', '柜门装上就裂了'],
  ])('%s', (reply, buyer) => expect(flags(reply, buyer)).toContain('tone-criticize'));
  it('the agent checking for her blames no one', () => {
    expect(flags('我先帮您看看是不是发货太晚了', '杯子裂了')).not.toContain('tone-criticize');
  });
  // chats-ac (您是敏感肌吧), writer-ai (你是不是本来就是敏感肌), writer-al (是不是你自己皮肤本来就敏感啊)
  it.each(['您是敏感肌吧？', '是不是您皮肤本身就比较敏感呀'])('%s after she reports a rash', (reply) =>
    expect(flags(reply, '用了脸上起了红疹')).toContain('tone-criticize'));
  it('asking her skin type before she buys is no blame', () => {
    expect(flags('您皮肤敏感吗？敏感的话推荐这款', '这个面霜适合我吗')).not.toContain('tone-criticize');
  });
  // chats-ak (你水太烫了吧), writer-al (你也太心急了吧)
  it.each([['你也太着急了吧', '用了三天没效果'], ['你火开太大了吧', '锅底糊了']])('%s', (reply, buyer) =>
    expect(flags(reply, buyer)).toContain('tone-criticize'));
  it('praise said with 太…了吧 is no reproach', () => expect(flags('您也太客气了吧', '谢谢啦')).not.toContain('tone-criticize'));
});

describe('her honesty doubted, her opening of the goods questioned (session 9)', () => {
  // writer-aj (谁知道你寄不寄), writer-al (谁知道你用了多少); with 有没有 it asks her (chats-w)
  it.each([['谁知道你退不退回来', '能先退款吗'], ['拆封了不退,谁知道您用过没', '拆开了能退吗']])('%s criticizes her', (reply, buyer) =>
    expect(flags(reply, buyer)).toContain('tone-criticize'));
  it('who knows of a parcel blames no one', () => expect(flags('快递这几天谁知道会不会延误', '几天到')).not.toContain('tone-criticize'));
  // chats-ao (那你为什么要拆呢), the why-return of the play findings
  it('那您为什么要拆开呢', () => expect(flags('那您为什么要拆开呢', '我就拆开看了一下')).toContain('tone-interrogate'));
});

// Wordings written for this test (tone10, session 10), not taken from a labelled set.
describe('criticize: her deed past its measure, and her complaint turned back on her', () => {
  it('reads a deed of hers done past its measure or short of it as the cause', () => {
    expect(flags('你放的米超过刻度线了吧', '电饭煲溢出来了')).toContain('tone-criticize');
    expect(flags('您螺丝没拧紧吧', '架子装好就断了')).toContain('tone-criticize');
    expect(flags('应该是您没插好电源', '台灯不亮了')).toContain('tone-criticize');
  });

  it('does not read a measure the reply gives her as a blame', () => {
    expect(flags('加水不要超过最高水位线哦', '水壶漏水')).not.toContain('tone-criticize');
    expect(flags('您再检查一下有没有拧紧呢', '架子装好就断了')).not.toContain('tone-criticize');
  });

  it('reads a complaint turned back on her after she is upset', () => {
    expect(flags('那您就别买了', '你们发货也太慢了，气死了')).toContain('tone-criticize');
    expect(flags('不满意的话可以不买的', '客服半天不回消息')).toContain('tone-criticize');
  });

  it('leaves the same words to a haggle or a question (a curt dismissal, not a blame)', () => {
    expect(flags('那您就别买了', '能便宜点吗')).not.toContain('tone-criticize');
    expect(flags('不满意的话可以不买的', '这个多少钱')).not.toContain('tone-criticize');
  });
});

describe('criticize: the rule she was told, and her pick said to be wrong', () => {
  it('reads the rule she was told, named after her fault, as a blame', () => {
    expect(flags('说明书上写了不能用洗碗机洗的', '杯子上的图案掉了')).toContain('tone-criticize');
    expect(flags('页面提醒过要冷藏的', '蛋糕化了')).toContain('tone-criticize');
  });

  it('leaves a rule named in a reply that asks her to interrogate, and a rule told before any fault alone', () => {
    expect(flags('您是不是放冰箱了?说明书写了不能冷藏', '面包变硬了')).not.toContain('tone-criticize');
    expect(flags('说明书上写了不能用洗碗机洗的', '这个杯子能用洗碗机吗')).not.toContain('tone-criticize');
  });

  it('reads her pick said flatly to be wrong as blunt, and as a blame only with her own part or the fault disowned', () => {
    expect(flags('您买错型号了', '这个充电头插不进去')).toEqual(expect.arrayContaining(['tone-blunt']));
    expect(flags('您买错型号了', '这个充电头插不进去')).not.toContain('tone-criticize');
    expect(flags('是您自己买错型号了', '这个充电头插不进去')).toContain('tone-criticize');
    expect(flags('你选错颜色了,怪不了我们', '颜色不对')).toContain('tone-criticize');
  });
});

describe('interrogate: what she did, asked with 干嘛', () => {
  it('reads a question at her deed with 干嘛 after her problem', () => {
    expect(flags('你拿它去干嘛了', '杯子裂了')).toContain('tone-interrogate');
    expect(flags('您用洗衣机洗干嘛', '衣服缩水了')).toContain('tone-interrogate');
  });
});

describe('upset: a challenge to the shop or the agent', () => {
  it('reads 凭什么 at what she is made to bear, her fault disowned, and the agent called blind or deaf as upset', () => {
    expect(buyerMood('凭什么要我自己出运费')?.faultOnly).toBe(false);
    expect(buyerMood('凭什么 我又没弄坏')?.faultOnly).toBe(false);
    expect(buyerMood('这又不是我的问题')?.faultOnly).toBe(false);
    expect(buyerMood('所以我买贵了就活该吗')?.faultOnly).toBe(false);
    expect(buyerMood('你们客服是瞎吗')?.faultOnly).toBe(false);
    expect(buyerMood('我说的你听得懂吗')?.faultOnly).toBe(false);
  });

  it('leaves a price questioned with 凭什么, and a plain question to the agent, calm', () => {
    expect(buyerMood('别家才卖99，你家凭什么卖199')).toBeNull();
    expect(buyerMood('你是机器人吗')).toBeNull();
  });
});

describe("upset: a '!' that insists", () => {
  it("reads a '!' on a line that asks nothing and is not pleased as upset", () => {
    expect(buyerMood('我根本没用过！')?.faultOnly).toBe(false);
    expect(buyerMood('我要换货,今天就要!')?.faultOnly).toBe(false);
    expect(flags('订单号发我', '我根本没用过！')).toContain('tone-empathy');
  });

  it("leaves a pleased '!' and a '!' on a question calm", () => {
    expect(buyerMood('收到了 真好看！')).toBeNull();
    expect(buyerMood('哇这么快!马上拍 😁')).toBeNull();
    expect(buyerMood('明天能发货吗!')).toBeNull();
  });
});

describe('interrogate: her complaint or her doubt thrown back as a question', () => {
  it('reads the agent asking what is wrong with her manner, and a rhetorical question about fakes', () => {
    expect(flags('我服务哪里不好了?', '你这客服太差劲了')).toContain('tone-interrogate');
    expect(flags('我们是品牌店,会卖假的吗?', '这个是真的吗')).toContain('tone-interrogate');
    expect(flags('您这是怀疑我们吗?', '这个是原装的吗')).toContain('tone-interrogate');
  });

  it('leaves a reassurance that names no doubt of hers alone', () => {
    expect(flags('我们是品牌授权店,保证正品哦', '这个是真的吗')).not.toContain('tone-interrogate');
    expect(flags('不好意思,我们的服务哪里让您不满意了呢,我马上改进', '你这客服太差劲了')).not.toContain('tone-interrogate');
  });
});
