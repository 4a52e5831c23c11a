import { describe, expect, it } from 'vitest';
import { composeTone, coldInContext, prejudgeInContext } from '@/engine/understand/tone-compose';
import { normalize } from '@/engine/understand/normalize';
import { understand } from '@/engine/understand/understand';
import type { ReplyContext } from '@/engine/understanding-types';

const cues = (reply: string): string[] => composeTone(normalize(reply), () => true).map((c) => c.rule);
const flags = (reply: string, ctx: ReplyContext = {}): string[] => understand(reply, ctx).flags.map((f) => f.rule);

// Wordings written for this test, not taken from a labelled set: at least two per structure.
describe('tone cues composed from the structure of a reply', () => {
  it('reads the cause of her problem put on her as criticism', () => {
    expect(cues('您晾的时候暴晒太久才会这样')).toContain('tone-criticize');
    expect(cues('你泡得太久了，当然会掉色')).toContain('tone-criticize');
    expect(cues('这多半跟您的肤质有关')).toContain('tone-criticize');
    expect(cues('应该是烘干温度过高导致的')).toContain('tone-criticize');
  });

  it('reads blame for a careless action as criticism', () => {
    expect(cues('尺码都能看错')).toContain('tone-criticize');
    expect(cues('下单之前不问清楚，现在来找我们')).toContain('tone-criticize');
  });

  it('reads a lecture as criticism', () => {
    expect(cues('您以后要记得按洗标来')).toContain('tone-criticize');
    expect(cues('这属于基本的常识')).toContain('tone-criticize');
  });

  it('does not blame her in a supposition or in a negated cause', () => {
    expect(cues('如果是您洗的时候水温太高造成的，我们也帮您想办法')).not.toContain('tone-criticize');
    expect(cues('这不是您用坏的，是我们的问题')).not.toContain('tone-criticize');
  });

  it('reads a question at her that doubts her care, honesty or skill as interrogation', () => {
    expect(cues('您是不是自己拆开过？')).toContain('tone-interrogate');
    expect(cues('你确定收到的时候就是这样？')).toContain('tone-interrogate');
    expect(cues('拍之前核对过尺码吗？')).toContain('tone-interrogate');
    expect(cues('您是没网购过吗？')).toContain('tone-interrogate');
    expect(cues('这点道理都不懂吗？')).toContain('tone-interrogate');
    expect(cues('下单前自己没看过详情吗')).toContain('tone-interrogate');
    expect(cues('都用了半年了还想退？')).toContain('tone-interrogate');
  });

  it('does not read a plain question to her as interrogation', () => {
    expect(cues('您是送人还是自己穿呢？')).not.toContain('tone-interrogate');
    expect(cues('您是不是想要大一码呢？')).not.toContain('tone-interrogate');
  });

  it('reads a flat contradiction as blunt', () => {
    expect(cues('您试的姿势不对')).toContain('tone-blunt');
    expect(cues('您记错了，活动是下周')).toContain('tone-blunt');
    expect(cues('不是您以为的那样')).toContain('tone-blunt');
  });

  it('reads a verdict from a photo as prejudging, not a verdict left to the inspection', () => {
    expect(cues('看了您发的视频，这个没什么问题，属于正常的')).toContain('tone-prejudge');
    expect(cues('从图片上看百分百能退')).toContain('tone-prejudge');
    expect(cues('看了照片，具体要寄回来检测才能确定哦')).not.toContain('tone-prejudge');
  });

  it('reads a bare pointer elsewhere or a problem pushed on a third party as cold', () => {
    expect(cues('自己看详情页')).toContain('tone-cold');
    expect(cues('参数里写着')).toContain('tone-cold');
    expect(cues('那您去问快递吧')).toContain('tone-cold');
    expect(cues('您自己对一下吧')).toContain('tone-cold');
    expect(cues('看详情页哦亲')).not.toContain('tone-cold');
  });
});

describe('tone-cold read against the buyer line', () => {
  it('a bare 嗯/哦 to her question or complaint ignores it', () => {
    expect(coldInContext('嗯', { buyer: '这个能机洗吗' }, false)).toBe('cold');
    expect(coldInContext('哦', { buyer: '你们家东西太差了', buyerUpset: true }, false)).toBe('cold');
    expect(flags('哦', { buyer: '东西一直没到，你们什么意思' })).toContain('tone-cold');
  });

  it('a bare 嗯 to a statement is a receipt, and a bare yes answers her yes/no question', () => {
    expect(coldInContext('嗯', { buyer: '我明天再拍' }, false)).toBeNull();
    expect(flags('有', { buyer: '有黑色的吗' })).not.toContain('tone-cold');
    expect(flags('能', { buyer: '能开发票吗' })).not.toContain('tone-cold');
    expect(flags('没有', { buyer: '有黑色的吗' })).toContain('tone-cold');
  });
});

// Session 4: reproach, dismissal and doubting questions, decided from parts. Wordings written
// for this test (a plain and a 亲/宝子 style where the cue allows one), plus look-alikes that
// are no violation (a polite reminder, a true policy, a question for the order number).
describe('reproach, dismissal and doubting questions', () => {
  it('reads a reproach for asking again as criticism', () => {
    expect(cues('跟你讲了好几遍了，不退')).toContain('tone-criticize');
    expect(cues('解释过很多次了宝子，这个没赠品')).toContain('tone-criticize');
    expect(flags('说了多少遍了 自己看页面')).toEqual(expect.arrayContaining(['tone-criticize', 'tone-cold']));
  });

  it('reads her child, her pet or her body blamed as criticism', () => {
    expect(cues('应该是您家狗狗啃的吧')).toContain('tone-criticize');
    expect(cues('你家孩子在上面踩坏的')).toContain('tone-criticize');
    expect(cues('您是不是这段时间胖了')).toContain('tone-criticize');
    expect(cues('一般都是买家自己摔的')).toContain('tone-criticize');
    expect(cues('这属于您个人体质问题')).toContain('tone-criticize');
  });

  it('does not read a plain remark about her family or a reminder as criticism', () => {
    expect(cues('您家宝宝几个月啦？我帮您选段数')).not.toContain('tone-criticize');
    expect(cues('收到后记得先检查一下哦')).not.toContain('tone-criticize');
    expect(cues('这次给您添麻烦了，说了好几遍都没解决，真的抱歉')).not.toContain('tone-criticize');
  });

  it('reads a rhetorical question that doubts her skill or care as interrogation', () => {
    expect(cues('您不会自己查一下吗？')).toContain('tone-interrogate');
    expect(cues('宝子看不懂尺码表吗')).toContain('tone-interrogate');
    expect(cues('连这个都不清楚？')).toContain('tone-interrogate');
    expect(cues('收货的时候没检查吗？')).toContain('tone-interrogate');
    expect(cues('你看清楚了没')).toContain('tone-interrogate');
    expect(cues('你现在才说？')).toContain('tone-interrogate');
    expect(cues('早干啥去了')).toContain('tone-interrogate');
    expect(cues('买之前怎么没问清楚呢')).toContain('tone-interrogate');
    expect(cues('详情里不是写着吗')).toContain('tone-interrogate');
  });

  it('does not read a real question as interrogation', () => {
    expect(cues('方便发一下订单号吗？我帮您查')).not.toContain('tone-interrogate');
    expect(cues('您知道怎么申请退款吗？不清楚的话我教您')).not.toContain('tone-interrogate');
    expect(cues('亲收到货了吗？')).not.toContain('tone-interrogate');
  });

  it('reads a dismissal (…就…呗, 不X就是不X, 自己申请) as cold', () => {
    expect(flags('你要退就退呗，自己申请')).toContain('tone-cold');
    expect(cues('想换就换吧')).toContain('tone-cold');
    expect(cues('不行就是不行')).toContain('tone-cold');
    expect(cues('那你自己联系一下售后吧')).toContain('tone-cold');
    expect(cues('到了自己看说明')).toContain('tone-cold');
    expect(cues('那你换别的店买吧')).toContain('tone-cold');
    expect(cues('发货慢不是我们能控制的')).toContain('tone-cold');
    expect(cues('您去问保险公司吧')).toContain('tone-cold');
  });

  it('does not read a condition, a true policy or an offer as cold', () => {
    expect(cues('包邮就是包邮，不用补差价')).not.toContain('tone-cold');
    expect(cues('您自己对比一下就知道了')).not.toContain('tone-cold');
    expect(cues('您可以在订单页自己申请退款，我这边马上同意')).not.toContain('tone-cold');
    expect(cues('七天无理由需要吊牌完好，您收到先别剪吊牌哦')).not.toContain('tone-cold');
  });

  it('an angry buyer told to go ahead on her own is owed empathy too', () => {
    const ctx = { buyer: '什么破东西，我要退货！' };
    expect(flags('你要退就退呗，自己申请', ctx)).toEqual(expect.arrayContaining(['tone-cold', 'tone-empathy']));
    expect(flags('真的抱歉让您失望了，我这就帮您申请退货', ctx)).not.toContain('tone-empathy');
  });
});

describe('tone-prejudge and tone-uncertain read against the buyer line', () => {
  it('after her photo, a verdict on the return is judged from the photo', () => {
    expect(prejudgeInContext('看着没什么毛病啊', { buyer: '照片发你了，这样能退吗' })).not.toBeNull();
    expect(flags('宝子这个程度退不了哦', { buyer: '[图片] 鞋底开胶了能退吗' })).toContain('tone-prejudge');
  });

  it('leaves a verdict left to the inspection, a negated verdict and a reply with no photo alone', () => {
    expect(prejudgeInContext('需要寄回来检测才能确定能不能退', { buyer: '照片发你了，能退吗' })).toBeNull();
    expect(prejudgeInContext('看着没问题', { buyer: '这个能退吗' })).toBeNull();
    expect(prejudgeInContext('您申请退货就行', { buyer: '照片发你了，能退吗' })).toBeNull();
  });

  it('reads a bare yes or no with a guessing 吧 as uncertain', () => {
    expect(flags('有的吧，您先拍', { buyer: '灰色M码还有吗' })).toContain('tone-uncertain');
    expect(flags('不会吧', { buyer: '这个洗了会缩水吗' })).toContain('tone-uncertain');
  });

  it('does not read a concession or an answer with its particle as uncertain', () => {
    expect(flags('行吧，给您少5块', { buyer: '便宜点吧' })).not.toContain('tone-uncertain');
    expect(flags('有的亲，灰色M码还有货', { buyer: '灰色M码还有吗' })).not.toContain('tone-uncertain');
  });
});

// From an independent play audit (a tester's rude trainee) and the rules' own examples; each
// structure has a second wording of our own beside it.
describe('scolding her for asking or hurrying, and sending her away over the price', () => {
  it('reads a ban on her asking or hurrying as criticism, and 问那么多干嘛 as a question at her', () => {
    expect(flags('L，别磨叽了')).toContain('tone-criticize');
    expect(flags('别催了，催也没用')).toContain('tone-criticize');
    expect(flags('付了就行，别问那么多')).toContain('tone-criticize');
    expect(flags('你怎么这么多问题，说L就L')).toContain('tone-criticize');
    expect(flags('166就L，问那么多干嘛')).toContain('tone-interrogate');
    expect(flags('尺码表不会自己看吗？')).toContain('tone-interrogate');
  });

  it('reads 催什么催, 急就别买 and 嫌贵去别家 as dismissal', () => {
    expect(flags('催什么催，反正48小时内发')).toContain('tone-cold');
    expect(flags('等不了就别买了')).toContain('tone-cold');
    expect(flags('一分钱一分货，嫌贵你去买239的呗')).toContain('tone-cold');
    expect(flags('别问我')).toContain('tone-cold');
  });

  it('leaves warm replies about hurrying alone', () => {
    expect(flags('亲别担心哦，马上给您催仓库')).not.toContain('tone-criticize');
    expect(flags('不知道看哪里的话我发您链接哦')).not.toContain('tone-interrogate');
    expect(flags('您别急，我这就帮您问')).toEqual([]);
  });
});

// Session 5: shapes shared by the misses of at least two of the six sets that became tuning sets
// (the files are named in each test). Wordings written for this test, with look-alikes that are
// no violation.
describe('tone structures read across writers (session 5)', () => {
  it('reads a reply sentence by sentence, also where the sentence ends with 。', () => {
    expect(cues('马上给您换新。才穿一次就坏了，是我们品控没做好')).not.toContain('tone-criticize');
    expect(cues('收到就好。是你自己洗坏的')).toContain('tone-criticize');
  });

  it('does not read a stock-out (断货, 断码) as harm she did', () => {
    expect(cues('是因为您要的颜色刚好断货了，帮您换一个吧')).not.toContain('tone-criticize');
    expect(cues('是因为您拉得太用力才断的')).toContain('tone-criticize');
  });

  // blind-c, blind-final, writer-a, writer-d, writer-v
  it('reads a verdict on the return from what the photo shows as prejudging', () => {
    expect(cues('图我看了，这种仓库会拒收的')).toContain('tone-prejudge');
    expect(cues('看了一下照片，这个程度过不了审')).toContain('tone-prejudge');
    expect(cues('照片里底座都磨花了，退回来我们也不认')).toContain('tone-prejudge');
    expect(cues('看着像是摔过的，不接受退换')).toContain('tone-prejudge');
    expect(cues('您发的视频我看了，肯定是质量问题')).toContain('tone-prejudge');
    expect(flags('看您拍的这个位置，我们这边不好给您退', { buyer: '[图片] 桌腿裂了能退吗' })).toContain('tone-prejudge');
  });

  it('leaves a verdict to the warehouse inspection, and reads no verdict into a look-alike', () => {
    expect(cues('照片收到了，能不能退以仓库检验为准哦')).not.toContain('tone-prejudge');
    expect(cues('图我看了，不过我没法只凭一张图下结论，寄回检测就知道')).not.toContain('tone-prejudge');
    expect(cues('外观看着像，但我们的面料更厚')).not.toContain('tone-prejudge');
    expect(cues('我不认识那家店')).not.toContain('tone-prejudge');
  });

  // chats-u, logs-z, writer-v, writer-x
  it('after she reports a problem, a guess at what she did to cause it interrogates her', () => {
    expect(flags('亲，是不是放进洗碗机洗了呀？', { buyer: '杯子上的图案掉色了' })).toContain('tone-interrogate');
    expect(flags('您是不是每次都倒太多水？', { buyer: '米饭煮出来太烂了，太失望了' })).toContain('tone-interrogate');
    expect(flags('宝子 是不是在太阳底下晒的呀？', { buyer: '[图片]' })).toContain('tone-interrogate');
  });

  it('does not read the same question as doubt when she reported nothing, nor a check the agent makes', () => {
    expect(flags('是不是放进洗碗机洗了呀？', { buyer: '这个杯子能用洗碗机吗' })).not.toContain('tone-interrogate');
    expect(flags('我帮您查一下是不是运输时压坏的', { buyer: '盒子压扁了，里面的碗碎了' })).not.toContain('tone-interrogate');
    expect(flags('您是不是想换个颜色呀？', { buyer: '颜色跟图片不一样' })).not.toContain('tone-interrogate');
  });

  // writer-d, writer-v; blind-b
  it('reads "不是…推荐/回过…吗" and "怎么还自己拍…?" as questions at her', () => {
    expect(cues('之前不是提醒过您量一下腰围吗')).toContain('tone-interrogate');
    expect(cues('怎么还自己选小码?')).toContain('tone-interrogate');
    expect(cues('不是我们不给退，是已经超过七天了')).not.toContain('tone-interrogate');
    expect(cues('怎么还没收到呢?我帮您查')).not.toContain('tone-interrogate');
  });

  // blind-final; holdout-7, holdout-15, writer-a
  it('reads "你都不核对/确认…的吗" as a question that doubts her care', () => {
    expect(flags('你下单都不确认地址的吗？')).toContain('tone-interrogate');
    expect(flags('您收到先核对一下数量哦')).not.toContain('tone-interrogate');
  });
});

describe('cold replies read across writers (session 5)', () => {
  // blind-final, context-y
  it('reads a bare refusal of her right, echoed or not, as cold', () => {
    expect(flags('分期?不行。')).toContain('tone-cold');
    expect(flags('赠品没有')).toContain('tone-cold');
    expect(flags('开不了', { buyer: '发票能开吗' })).toContain('tone-cold');
  });

  it('does not read a refusal with its reason, a softened one or a reassurance as cold', () => {
    expect(cues('清仓款不退')).not.toContain('tone-cold');
    expect(cues('分期?不行哦亲，可以用花呗')).not.toContain('tone-cold');
    expect(cues('错不了')).not.toContain('tone-cold');
  });

  // context-y, writer-c, writer-v, writer-x
  it('reads a reply that only says it does not know as cold', () => {
    expect(flags('我也不太清楚哎', { buyer: '这款杯子能进微波炉吗' })).toContain('tone-cold');
    expect(flags('这个我们也不知道，是工厂做的', { buyer: '这是什么面料' })).toContain('tone-cold');
    expect(flags('不好说，看情况吧', { buyer: '这个能用几年' })).toContain('tone-cold');
  });

  it('does not read not knowing with a guess or an offer to find out as cold', () => {
    expect(cues('我也不太清楚，我去问下仓库再回您')).not.toContain('tone-cold');
    expect(cues('这个不好说，一般能用三年左右')).not.toContain('tone-cold');
  });

  // writer-v, writer-x; context-y
  it('reads a bare pointer to a page or a maker as cold', () => {
    expect(cues('说明书。')).toContain('tone-cold');
    expect(cues('尺码表')).toContain('tone-cold');
    expect(cues('看尺码表')).toContain('tone-cold');
    expect(cues('问厂家吧')).toContain('tone-cold');
    expect(cues('说明书第三页有图解哦，我也可以发您视频')).not.toContain('tone-cold');
  });

  // writer-e; the play audit's 催什么催
  it('reads "V啥V" as a dismissal', () => {
    expect(cues('换啥换，都一样')).toContain('tone-cold');
    expect(cues('您想换啥颜色？')).not.toContain('tone-cold');
  });

  // writer-d, writer-x; context-y
  it('a particle does not soften a dismissal (急啥, 等着吧) as it softens a pointer', () => {
    // Session 12 (tone12): 急啥 beside what the reply says of the wait is her manner rebuked
    // (tone-criticize, read against her line), not a non-answer; 急啥 alone is still cold.
    expect(cues('急啥呀')).toContain('tone-cold');
    expect(cues('仓库忙呢，急啥')).not.toContain('tone-cold');
    expect(cues('在排队呢，等着吧')).toContain('tone-cold');
    expect(cues('等着')).toContain('tone-cold');
    expect(cues('不想改的话就只能一直等着')).not.toContain('tone-cold');
    expect(cues('详情页有写哦亲')).not.toContain('tone-cold');
  });

  // chats-u, writer-v
  it('reads her sent to phone the courier herself as cold', () => {
    expect(cues('你自己打物流电话问问吧')).toContain('tone-cold');
    expect(cues('这个您自己打电话联系一下吧，我们也没法催')).toContain('tone-cold');
    expect(cues('您不用自己打电话，我来联系快递')).not.toContain('tone-cold');
  });

  // writer-b, writer-v
  it('reads a shrug as cold when she asked which one to take', () => {
    expect(coldInContext('都可以', { buyer: '灰色和米色哪个更好搭' }, false)).toBe('cold');
    expect(coldInContext(normalize('随便吧，差不多'), { buyer: '这两款选哪个' }, false)).toBe('cold');
    expect(coldInContext('都可以', { buyer: '能开个人还是公司抬头' }, false)).toBeNull();
    expect(coldInContext('米色更百搭一些哦', { buyer: '灰色和米色哪个更好搭' }, false)).toBeNull();
  });
});

describe('criticism and hedges read across writers (session 5)', () => {
  // blind-final, writer-d
  it('reads the damage put on her own hands (是自己摔的) as criticism, not when taken back', () => {
    expect(cues('这道印子是自己压出来的')).toContain('tone-criticize');
    expect(cues('看视频你这是自己磕的')).toContain('tone-criticize');
    expect(cues('这不是自己摔的，是运输压坏的')).not.toContain('tone-criticize');
  });

  // writer-x; holdout-18
  it('reads what she did told as the certain cause (你…一起洗肯定染) as criticism', () => {
    expect(cues('你和深色衣服混着洗当然掉色')).toContain('tone-criticize');
    expect(cues('您一下子全换肯定拉肚子啊')).toContain('tone-criticize');
    expect(cues('正常洗肯定不会缩的，放心')).not.toContain('tone-criticize');
  });

  // logs-z, writer-v, writer-x
  it('reads a lecture about her next order or her care of the goods as criticism', () => {
    expect(cues('下次下单前看清楚尺码')).toContain('tone-criticize');
    expect(cues('以后注意一下保养方法就好')).toContain('tone-criticize');
    expect(cues('我们下次一定注意，这次给您补发')).not.toContain('tone-criticize');
    expect(cues('下次有活动我第一时间通知您')).not.toContain('tone-criticize');
  });

  // chats-u, writer-x; replies
  it('reads her told off for what she says (别乱说, 别大惊小怪) as criticism', () => {
    expect(cues('不懂就别瞎说')).toContain('tone-criticize');
    expect(cues('有点味道很正常，别大惊小怪')).toContain('tone-criticize');
    expect(cues('别担心，我马上处理')).not.toContain('tone-criticize');
  });

  // writer-v, writer-x (warm or neutral replies the reader used to flag)
  it('reads no blame in a burden or a check of the shop, and no pointer taken back by a negator', () => {
    expect(cues('真抱歉，让您说了好几遍还没处理好')).not.toContain('tone-criticize');
    expect(cues('我们质检的时候没看出来，马上给您换')).not.toContain('tone-criticize');
    expect(cues('丢件我们来理赔，不用您去找快递')).not.toContain('tone-cold');
    expect(cues('那您去找快递吧')).toContain('tone-cold');
  });

  // chats-u, writer-a, writer-b, writer-v
  it('does not read not knowing when a parcel arrives as doubt about the goods', () => {
    expect(flags('顺丰一般次日到，具体什么时候派送我也说不准')).not.toContain('tone-uncertain');
    expect(flags('明天上午能不能到我也不好说，我帮您催一下')).not.toContain('tone-uncertain');
    expect(flags('快递的事说不准，我帮您盯着')).not.toContain('tone-uncertain');
    expect(flags('这个材质我也不清楚')).toContain('tone-uncertain');
  });
});

// Wordings written for this test (session 9), one structure per case, each seen in two or more tuning writers.
describe('blunt and cold replies read against her line (session 9)', () => {
  // writer-aj, writer-aq, chats-ac
  it('reads an it-depends after her question as cold, not after a statement', () => {
    expect(flags('看情况', { buyer: '几天能发货' })).toContain('tone-cold');
    expect(flags('看你自己吧', { buyer: '这个颜色显胖吗' })).toContain('tone-cold');
    expect(flags('看情况', { buyer: '好的我再想想' })).not.toContain('tone-cold');
  });

  // writer-al, writer-aq
  it('reads a vague degree for a figure or a name she asked as cold', () => {
    expect(flags('挺多的', { buyer: '一箱有多少个' })).toContain('tone-cold');
    expect(flags('一些赠品', { buyer: '送什么东西' })).toContain('tone-cold');
    expect(flags('挺多的', { buyer: '这款好看吗' })).not.toContain('tone-cold');
  });

  // writer-ag, writer-aq
  it('reads a shrug at a choice question with a choosing verb as cold', () => {
    expect(coldInContext('随便哪个都行', { buyer: '买大号还是小号' }, false)).toBe('cold');
    expect(coldInContext(normalize('随便哪款都行，新手用不出区别'), { buyer: '新手选哪款' }, false)).toBe('cold');
    expect(coldInContext(normalize('都行，建议选大号'), { buyer: '买大号还是小号' }, false)).toBeNull();
  });

  // writer-ab, chats-ao, writer-al, writer-aj
  it('reads an I-don’t-know with only a pointer or an excuse after it as cold', () => {
    expect(cues('我也不太清楚，你看说明书吧')).toContain('tone-cold');
    expect(cues('不知道 没用过')).toContain('tone-cold');
    expect(cues('这个我也不确定诶')).not.toContain('tone-cold');
  });

  // writer-aj, writer-ag
  it('reads her threat waved through as cold', () => {
    expect(flags('投吧', { buyer: '我要投诉你们' })).toContain('tone-cold');
    expect(flags(normalize('介入也一样'), { buyer: '那我申请平台介入' })).toContain('tone-cold');
    expect(flags('投吧', { buyer: '这个发票怎么开' })).not.toContain('tone-cold');
  });

  // chats-ak, writer-aj, writer-aq
  it('reads a deed she says was not done asserted done as blunt, not a question at her', () => {
    const told = flags('我不是回了吗', { buyer: '你们怎么一直不回消息' });
    expect(told).toContain('tone-blunt');
    expect(told).not.toContain('tone-interrogate');
    expect(flags('写了', { buyer: '页面上没写' })).toContain('tone-blunt');
    expect(flags('发了', { buyer: '到底发没发货' })).not.toContain('tone-blunt');
    expect(flags('到了', { buyer: '快递还没到吗' })).not.toContain('tone-blunt');
  });

  // writer-a, writer-aq
  it('reads a rhetorical where denying what she named as blunt, not a where asked', () => {
    expect(flags('哪来的划痕，都是新的', { buyer: '收到有划痕' })).toContain('tone-blunt');
    expect(flags('哪里偏小了，就是标准码', { buyer: '这件衣服偏小' })).toContain('tone-blunt');
    expect(flags('请问是哪里有划痕呢', { buyer: '收到有划痕' })).not.toContain('tone-blunt');
  });

  // writer-aj, writer-v
  it('reads her charge given back flatly denied as blunt, not a no to her question', () => {
    expect(flags('不是次品，出厂都检过', { buyer: '你们卖的就是次品' })).toContain('tone-blunt');
    expect(flags('我们不会发错的', { buyer: '你们发错货了' })).toContain('tone-blunt');
    expect(flags('不是次品哦', { buyer: '这个是次品吗' })).not.toContain('tone-blunt');
    expect(flags('不会松垮的亲，放心哦', { buyer: 'L不会松垮吧 我想穿修身点' })).not.toContain('tone-blunt');
  });
});
