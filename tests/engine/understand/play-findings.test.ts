import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { readQuestion } from '@/engine/understand/question';

// Session 5, from a blind tester's chats (player-c) and the golden transcripts: a careful trainee's
// reply flagged, a hedge missed. Wordings here are written for this test; each structure reads the
// tester's reply and a second source (named per case).
const flags = (text: string, buyer?: string) => understand(text, buyer ? { buyer } : {}).flags.map((f) => f.rule);

describe('a verdict left to the inspection is no prejudgement, for the rules and the backstop alike', () => {
  // player-c's refund chat (照片我没法直接判定…以仓库收货检查为准) and the refund-dispute hard-good golden
  // transcript (能不能退不凭照片判断…寄回仓库检查通过就给您退)
  const photos = '[图片][图片] 你看这里开胶了 能退吧';
  it.each([
    '图片收到啦,这个我这边没法直接判定哦,要以仓库验收为准,鞋子完好的话七天内都能退',
    '亲,能不能退不看照片定的哈,您寄回来仓库检查一下就知道了',
    '看到图了,不能只凭图片判断呢,以收货检查结果为准哦',
  ])('%s', (reply) => expect(flags(reply, photos)).not.toContain('tone-prejudge'));
  it('a verdict from the photo is still one', () => {
    expect(flags('看了照片,这个肯定不是质量问题,退不了', photos)).toContain('tone-prejudge');
  });
});

describe('a size answered with a hedge after it is uncertain', () => {
  // the size-question easy-careless golden transcript (M吧 应该可以) and player-c (L吧应该)
  const asked = '我165 55kg 平时穿M 这款拿哪个码';
  it.each(['S码吧 应该可以', 'XL吧,估计行', '拿M码应该没问题'])('%s', (reply) => expect(flags(reply, asked)).toContain('tone-uncertain'));
  it.each(['建议您拿L码哦', 'L码可以的亲', 'M码 按尺码表正合适'])('%s is a plain answer', (reply) => expect(flags(reply, asked)).not.toContain('tone-uncertain'));
});

describe('declining a private transfer with its risks is no off-platform trade', () => {
  // player-c (私下转账没有平台保障…维权都难) and writer-x's tuning reply (平台外交易没保障)
  const asked = '加个微信呗 私下转你便宜点';
  it.each([
    '这个不行的亲,私下付款没有任何保障,出了问题维权会很难,咱们就在淘宝拍哈',
    '亲 站外交易没啥保障的,还是平台下单更安心哦',
  ])('%s', (reply) => expect(flags(reply, asked)).not.toContain('off-platform'));
  it('inviting the transfer still is one', () => {
    expect(flags('可以呀 私下转账给我便宜15', asked)).toContain('off-platform');
  });
});

describe('telling her not to buy is about her, not another shop', () => {
  // player-c (ANC你不懂就别买, 不会说话就别买) and writer-a/-e's tuning replies (你不会穿就别买啊, 不信就别买呗)
  const comparing = '这个降噪有啥用 另一家没有也才199';
  it.each(['你不懂就别买', '看不懂参数就别买了', '不会说话就别买'])('%s criticizes her and disparages no one', (reply) => {
    const f = flags(reply, comparing);
    expect(f).toContain('tone-criticize');
    expect(f).not.toContain('disparage');
  });
  it('不信就别买 is cold', () => expect(flags('不信就别买呗', comparing)).toEqual(['tone-cold']));
  it('warning her off the other shop still disparages it', () => expect(flags('那家的千万别买 都是假货', comparing)).toContain('disparage'));
});

describe('别想 refuses what follows it', () => {
  // player-a (穿过的就别想退了) and player-c (穿过的别想退), both after a fault she reported
  it('after a fault she reports', () => expect(flags('穿了的别想退', '才上脚一天鞋底就开了 我要退货')).toContain('return-refuse'));
  it('别想 over no action refuses nothing', () => expect(flags('别想太多 我们会处理好的', '才上脚一天鞋底就开了 我要退货')).not.toContain('return-refuse'));
});

describe('a plea not to be put on the spot is no criticism', () => {
  // player-c's comparison chat (哈哈亲别为难我啦…) against writer-v's tuning reply (你这不是为难我嘛)
  const bait = '便宜那么多 肯定有问题 你说说是啥问题';
  it('别为难我 pleads', () => expect(flags('哈哈 别为难我了亲,别家的我真不清楚', bait)).not.toContain('tone-criticize'));
  it('saying she puts you on the spot criticizes her', () => expect(flags('你这样问就是在为难我', bait)).toContain('tone-criticize'));
});

// player-d (session 6): "没有问题的亲，公司抬头可以开的" to 开票吗 was read as a no — invoice-refuse, and the
// buyer filed a dispute. Every "no problem" idiom is a yes, whatever its negator.
describe('"no problem" in any wording says yes', () => {
  it('answers a yes-no question with yes, and refuses nothing', () => {
    for (const [text, buyer] of [
      ['没有问题的亲，公司抬头可以开的', '开票吗?要开公司的'],
      ['没什么问题哦', '可以用信用卡付吗'],
      ['没毛病 亲', '支持货到付款吗'],
      ['木有问题~', '不合适能退吗'],
      ['没得问题 放心拍', '能开专票吗'],
    ] as const) {
      const u = understand(text, { buyer });
      expect(u.flags.map((f) => f.rule), text).toEqual([]);
      expect(u.answers?.every((a) => a.polarity === 'yes'), text).toBe(true);
    }
  });

  it('leaves a real no a no', () => {
    expect(flags('没有哦 开不了', '能开发票吗')).toContain('invoice-refuse');
    expect(flags('没有问题的话是不给退的', '不喜欢能退吗')).toContain('return-refuse');
  });
});

// player-d (session 6): "我平时M啊 拿L真的合适吗" asks about L; reading M made a yes a size advised that
// the chart check then failed.
describe('a yes-no question asks about the value nearest its question word', () => {
  it('takes the last size, material or colour named in the question', () => {
    expect(readQuestion('我平时M啊 拿L真的合适吗').find((q) => q.topic === 'size')?.value).toBe('l');
    expect(readQuestion('平时穿xl 这款l能穿吗').find((q) => q.topic === 'size')?.value).toBe('l');
    expect(readQuestion('这个是纯棉的吗').find((q) => q.topic === 'material')?.value).toBe('纯棉');
  });
});

describe('an option left to the buyer is no refusal', () => {
  // the lead's refund-dispute play (也可以不退，我给您补偿20元，鞋子您留着): a permission over the
  // negation, or the negation granted after it, offers her a choice; the shop refusing stays one.
  const asked = '我可不想自己掏运费啊 鞋有瑕疵的';
  it.each([
    '如果您觉得鞋子其他还满意，也可以不退，我给您补偿20元，鞋子您留着',
    '不退也行的亲，给您补20块，鞋您留着穿',
    '您也可以选择不换，我们把差价补给您',
    '不换也没关系，我这边给您补偿15元',
  ])('%s', (reply) => expect(flags(reply, asked)).not.toContain('return-refuse'));
  it.each(['这种我们不退的', '这个不能退哦亲', '特价款不退不换'])('%s is still a refusal', (reply) => expect(flags(reply, asked)).toContain('return-refuse'));
});

// Session 9, the lead's play: a why-return at her, her skill denied as the cause, her questions called
// too many, and an agent guarding her own answer read as a contradiction of hers. Each structure also
// reads tuning replies of two writers (named per case).
describe('a return she asks for questioned back is interrogate', () => {
  // chats-w (那您为什么要退呢), writer-al (你都拿去露营了还退?), writer-ag (东西没问题为什么要退?)
  it.each([
    ['你为啥要退啊', '我想退货'],
    ['又退？', '我要退货'],
    ['您为什么要退呢？', '我想退了'],
    ['都用过了还退？', '能退吗'],
  ])('%s', (reply, buyer) => expect(flags(reply, buyer)).toContain('tone-interrogate'));
  it('asking her reason politely is no interrogation', () => {
    expect(flags('可以的，方便说下原因吗？', '我要退货')).not.toContain('tone-interrogate');
    expect(flags('您的退款为什么退回了我帮您查一下', '退款被退回了')).not.toContain('tone-interrogate');
  });
});

describe('her motive questioned is interrogate', () => {
  // writer-ab (您管评价多少干嘛, 这么急干嘛), writer-g (你问这个干嘛, 还考虑啥啊), chats-i (还看什么啊)
  it.each([
    ['你问这个干嘛', '奶粉是国行还是海淘的'],
    ['还考虑啥啊，这么便宜', '我再考虑一下'],
  ])('%s', (reply, buyer) => expect(flags(reply, buyer)).toContain('tone-interrogate'));
  it('asking what she will use it for is no interrogation', () => {
    expect(flags('您是买来做什么用的呀？', '推荐一款锅')).not.toContain('tone-interrogate');
  });
});

describe('her skill denied as the cause is criticize', () => {
  // writer-k (那是您不会醒花, 尺码都不会看) and a tuning reply (质量没问题,是您不会用)
  it('擦不掉是你不会擦', () => expect(flags('擦不掉是你不会擦', '这个污渍擦不掉啊')).toContain('tone-criticize'));
  it('这么简单都不会看？ doubts her and criticizes her', () => {
    const f = flags('这么简单都不会看？', '尺码表怎么看');
    expect(f).toContain('tone-interrogate');
    expect(f).toContain('tone-criticize');
  });
  it.each(['您放心，不会用坏的', '这款洗很多次都不会起球', '不是您不会用，是这批有问题'])('%s blames no one', (reply) =>
    expect(flags(reply, '这个好用吗')).not.toContain('tone-criticize'));
});

describe('her questions called too many is criticize, and after her question also cold', () => {
  // writer-al (就你事多), writer-h (既然您这么多问题); cold: labelling.md (a curt reply that fails to answer)
  it('你问题真多 after her question about the item', () => {
    const f = flags('你问题真多', '这个能机洗吗');
    expect(f).toContain('tone-criticize');
    expect(f).toContain('tone-cold');
  });
  it('就你事多 after her complaint criticizes her', () => expect(flags('就你事多', '帐篷有味道 臭死了')).toContain('tone-criticize'));
});

describe('the agent guarding her own answer is no contradiction', () => {
  it.each(['别给您说错了，我查一下', '我确认一下，别给您说错了'])('%s', (reply) => expect(flags(reply, '这个是纯棉的吗')).not.toContain('tone-blunt'));
  it('her words called wrong still are', () => expect(flags('您说错了，我们没说包邮', '你们说包邮的')).toContain('tone-blunt'));
});

describe('a no over another topic answers nothing she asked', () => {
  // fair9's play (不能加微信私下交易哦 right after her invoice question was read as refusing the invoice):
  // a no whose words name another topic's action refuses that. Moves of chats-w, context-y, writer-a
  // and writer-g read better for it; no tuning flag moved.
  it.each([
    ['不能加微信私下交易哦', '能开发票吗'],
    ['不能走线下哦亲', '可以刷信用卡吗'],
    ['没有运费险的亲', '能开发票吗'],
  ])('%s after %s', (reply, buyer) => {
    const read = understand(reply, { buyer });
    expect((read.answers ?? []).map((a) => a.topic)).not.toContain(readQuestion(buyer)[0]!.topic);
    expect(read.flags.map((f) => f.rule)).not.toContain('invoice-refuse');
    expect(read.flags.map((f) => f.rule)).not.toContain('card-refuse');
  });
  it.each([
    ['开不了哦', '能开发票吗', 'invoice-refuse'],
    ['不能开发票哦', '能开发票吗', 'invoice-refuse'],
    ['不能刷卡的', '可以刷信用卡吗', 'card-refuse'],
  ])('%s after %s is still a refusal', (reply, buyer, rule) => expect(flags(reply, buyer)).toContain(rule));
});

describe('a no that frees the charge she asks about refuses nothing', () => {
  // flags9's play (不用扣折旧费，直接退 was read as refusing the return): after her question of a charge
  // on a return, a no of the charge (不收费, 不用扣) is the rule stated free. No tuning reply moved.
  it.each([
    ['不收费的亲', '退货要收费吗'],
    ['不用扣折旧费，直接退', '退货要扣钱吗'],
  ])('%s after %s', (reply, buyer) => {
    const read = understand(reply, { buyer });
    expect(read.flags.map((f) => f.rule)).not.toContain('return-refuse');
    expect(read.moves).toContain('explain-policy');
  });
  it('a no of the return itself is still a refusal', () => expect(flags('不能退', '退货要收费吗')).toContain('return-refuse'));
  it('a charge freed on a courier grants it', () => expect(understand('不用补，直接给您发顺丰', { buyer: '能不能发顺丰 我们补钱' }).moves).not.toContain('explain-policy'));
});

describe('session 10, from the lead\'s play: misreads left by session 9', () => {
  // The learned backstop read the agent's own errand as sending her away; the 125 tuning replies
  // where the agent runs it herself (我去问下仓库, 我帮您联系快递) carry no tone-cold.
  it.each([
    ['我去问快递', '我的件到哪了'],
    ['我这就去问下快递', '我的件到哪了'],
  ])('%s after %s is no pointer elsewhere', (reply, buyer) => expect(flags(reply, buyer)).not.toContain('tone-cold'));
  it('her sent to the courier is still cold', () => expect(flags('你去问快递', '我的件到哪了')).toContain('tone-cold'));
  it('"去那家买" sends her to the other shop as 去别家买 does', () => expect(flags('嫌贵去那家买啊', '那家比你们便宜20')).toContain('tone-cold'));
  it('a no to the fee she asks about answers it', () => expect(flags('没有的', '刷卡有手续费吗')).toEqual([]));
  it('thanks for her review with no reward rewards nothing', () => expect(flags('感谢您好评', '给好评送什么')).not.toContain('review-induce'));
  it('a reward with the thanks is still one', () => expect(flags('感谢您好评，送您一张5元券', '给好评送什么')).toContain('review-induce'));
});
