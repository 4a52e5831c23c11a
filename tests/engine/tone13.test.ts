import { describe, expect, it } from 'vitest';
import { understand } from '@/engine/understand/understand';
import { buyerMood } from '@/engine/score/upset';

// Wordings written for this test beside a few from the tuning sets (marked): each mechanism is read
// after a buyer line, in at least two wordings, with the good replies it must leave alone.
const tone = (text: string, buyer: string): string[] =>
  understand(text, { buyer }).flags.map((f) => f.rule).filter((r) => r.startsWith('tone-'));

describe('her manner of speaking rebuked is criticize', () => {
  it('reads 说话不好听 and 说话太冲 said of her', () => {
    expect(tone('你这说话就不好听了，我又没骗你', '你再编')).toContain('tone-criticize'); // chats-ac
    expect(tone('您说话太冲了吧，有事说事', '你们到底会不会做生意')).toContain('tone-criticize');
  });
  it('leaves the agent owning it', () => {
    expect(tone('抱歉，刚才是我说话太冲了', '你什么态度')).not.toContain('tone-criticize');
  });
});

describe('a lecture for next time after her problem is criticize', () => {
  it('reads 以后别这么…, 下次…记得', () => {
    expect(tone('用力过猛卡住了，以后别这么拽', '箱子拉杆拉不出来了')).toContain('tone-criticize'); // writer-aq
    expect(tone('给您补发一个，下次装的时候记得先对准卡扣', '收到的灯罩裂了')).toContain('tone-criticize');
    expect(tone('以后别那样掰了,换个新的给您', '眼镜腿断了')).toContain('tone-criticize');
  });
  it('leaves the shop promising and a friendly next time', () => {
    expect(tone('非常抱歉，下次我们一定记得检查好再发', '收到的灯罩裂了')).not.toContain('tone-criticize');
    expect(tone('好的亲，下次有需要记得找我哦', '谢谢 收到了')).not.toContain('tone-criticize');
  });
});

describe('the rule she was told, placed in the page, after her fault is criticize', () => {
  it('reads 说明书第一页就写了禁止…', () => {
    expect(tone('那就是铁铲刮掉的呀 说明书第一页就写了禁止使用金属铲', '不粘锅的涂层掉了')).toContain('tone-criticize');
    expect(tone('这个详情页最下面写了不能机洗', '毛衣洗了一次就变形了')).toContain('tone-criticize');
  });
  it('leaves the rule told before any fault', () => {
    expect(tone('可以的，详情页第二张图写了要手洗', '这个毛衣怎么洗')).not.toContain('tone-criticize');
  });
});

describe('another shop named in a space-parted sentence of a chat line leaves her blame standing', () => {
  it('reads the blame in its own sentence', () => {
    expect(tone('那你去别人家买好了 我们家是活动价 你自己没看清楚规则', '为什么别人家的能用优惠券 你家不能')).toContain('tone-criticize'); // writer-ai
  });
});

describe('upset: a challenge at the shop conduct and a part that will not move', () => {
  it('reads 你们怎么这样, 你再编, 客服当的, 打发叫花子', () => {
    expect(buyerMood('你们怎么这样啊')).not.toBeNull();
    expect(buyerMood('你再编 我看你怎么编')).not.toBeNull();
    expect(buyerMood('你这客服当的')).not.toBeNull();
    expect(buyerMood('10块钱打发叫花子呢')).not.toBeNull();
  });
  it('reads a drawer that will not pull out as a fault, calmly reported', () => {
    expect(buyerMood('抽屉拉不出来了')?.faultOnly).toBe(true);
    expect(buyerMood('充电线插不进去')?.faultOnly).toBe(true);
  });
  it('leaves a parcel that does not move and an invoice not issued to their own readers', () => {
    expect(buyerMood('这个包怎么搭配好看')).toBeNull();
    expect(buyerMood('看不上这个颜色')).toBeNull();
  });
});

describe('a burnt pot reported is a fault; a spot named by the reply is a harm', () => {
  it('reads 糊底 and 煮糊了 as a fault', () => {
    expect(buyerMood('电饭煲煮饭有糊底')?.faultOnly).toBe(true);
    expect(buyerMood('锅第一次用就烧糊了')?.faultOnly).toBe(true);
    expect(buyerMood('这个说明写得有点模糊')).toBeNull();
  });
  it('reads her guessed deed as the cause after it', () => {
    expect(tone('你水放少了吧，米和水要1:1.2', '电饭煲煮饭有糊底')).toContain('tone-criticize'); // writer-h
    expect(tone('您火开太大了吧', '锅底煮糊了')).toContain('tone-criticize');
  });
});

describe('acknowledging her: the shop owning the fault, asking her pardon, calming her (not tone-empathy)', () => {
  const upset = '快递丢了，气死了';
  it('reads the fault owned (怪我们, 我们这边没包装好, 我们的锅, 辜负您的信任)', () => {
    expect(tone('这事怨我们，没跟快递交代清楚，马上给您补发', upset)).not.toContain('tone-empathy');
    expect(tone('我们这边没包装好，给您重新发', upset)).not.toContain('tone-empathy');
    expect(tone('这是我们的失职，马上给您补', upset)).not.toContain('tone-empathy');
    expect(tone('辜负您的信任了，我们给您换新', '衣服才穿一次就开线了，太失望了')).not.toContain('tone-empathy');
  });
  it('reads a pardon asked, a calming word, her ordeal named', () => {
    expect(tone('请多担待，我这就查', upset)).not.toContain('tone-empathy');
    expect(tone('您先消消气，我马上帮您查', upset)).not.toContain('tone-empathy');
    expect(tone('很遗憾让您有这样的体验，我们马上给您处理', upset)).not.toContain('tone-empathy');
    expect(tone('碰上这种事真够糟心的，我来帮您处理', upset)).not.toContain('tone-empathy');
  });
  it('leaves the fault disowned, a wait and a shrug owing it', () => {
    expect(tone('别怪我们，是快递的问题', upset)).toContain('tone-empathy');
    expect(tone('这个不能怪我们', upset)).toContain('tone-empathy');
    expect(tone('我们还没收到快递那边的回复，您再等等', upset)).toContain('tone-empathy');
    expect(tone('我没听清楚，您再说一遍', upset)).toContain('tone-empathy');
    expect(tone('我这边没查到好消息，您再等等', upset)).toContain('tone-empathy');
  });
  it('reads no blame in the trouble the shop caused her (让您折腾坏了)', () => {
    expect(tone('这一趟让您折腾坏了，马上补发', upset)).not.toContain('tone-criticize');
  });
});

describe('her handling named as the fault, in wordings no list holds (tone-criticize)', () => {
  it('reads her handling said to be excessive', () => {
    expect(tone('您平时走路太用力了，鞋子当然受不了', '鞋子穿了三天就开胶了')).toContain('tone-criticize');
    expect(tone('您拆的时候太暴力了', '手机壳收到就裂了')).toContain('tone-criticize');
  });
  it('reads her method, the problem placed on her, and others of hers doing it badly', () => {
    expect(tone('说到底还是您穿法不对', '鞋子穿了三天就开胶了')).toContain('tone-criticize');
    expect(tone('问题出在您身上，不是鞋子', '鞋子穿了三天就开胶了')).toContain('tone-criticize');
    expect(tone('这种情况一般是买家自己保养不好', '鞋子穿了三天就开胶了')).toContain('tone-criticize');
    expect(tone('人为造成的我们不管', '鞋子穿了三天就开胶了')).toContain('tone-criticize');
  });
  it('reads a rhetorical can-it-not and a past counterfactual on her deed', () => {
    expect(tone('纯棉的您还用热水，能不缩吗', '衣服洗了一次就缩水了')).toContain('tone-criticize');
    expect(tone('您要是按洗标洗就不会缩了', '衣服洗了一次就缩水了')).toContain('tone-criticize');
    expect(tone('如果您当时按说明洗就不会这样了', '衣服洗了一次就缩水了')).toContain('tone-criticize');
  });
  it('reads her not the only customer, her patience asked for', () => {
    expect(tone('忙着呢，又不是只有你一个', '你们客服怎么半天不回')).toContain('tone-criticize'); // writer-aq
    expect(tone('我又不是只服务您一个', '你们客服怎么半天不回')).toContain('tone-criticize');
    expect(tone('您有点耐心好不好', '你们客服怎么半天不回')).toContain('tone-criticize');
  });
  it('leaves advice for later, a supposition, a kind ask to wait, a fault disowned for her', () => {
    expect(tone('以后您要是按洗标洗就不会缩了', '衣服洗了一次就缩水了')).not.toContain('tone-criticize');
    expect(tone('亲久等了，麻烦您耐心等一下，我马上查', '你们客服怎么半天不回')).not.toContain('tone-criticize');
    expect(tone('非常抱歉，您平时走路用力一点也不该开胶，给您换新', '鞋子穿了三天就开胶了')).not.toContain('tone-criticize');
    expect(tone('不是只有您一个遇到这个问题，我们正在跟工厂反馈', '鞋子开胶了')).not.toContain('tone-criticize');
    expect(tone('亲，如果按洗标洗还缩这么多，那就是我们的问题，给您退', '衣服洗了一次就缩水了')).not.toContain('tone-criticize');
  });
});

describe('a flat contradiction of what she said (tone-blunt)', () => {
  it('reads the page asserted against her saying it did not tell her', () => {
    expect(tone('页面有写的,你没看到', '你们页面也没说会掉色')).toContain('tone-blunt'); // writer-aj
    expect(tone('详情页第一张图就写了的', '我没看到啊,下单的时候也没人跟我说')).toContain('tone-blunt'); // chats-as
    expect(tone('有写啊', '详情页没写要补运费')).toContain('tone-blunt');
    expect(tone('尺码表上写得很清楚', '尺码表根本没标肩宽')).toContain('tone-blunt');
  });
  it('reads the fault she reports denied with 没/不/不存在 in her words', () => {
    expect(tone('我们没发错', '你们发错颜色了，我要的是黑色')).toContain('tone-blunt');
    expect(tone('我们是实拍图，不存在色差', '这衣服有色差')).toContain('tone-blunt');
    expect(tone('没有异味的，新的都这样', '衣服一股异味')).toContain('tone-blunt');
  });
  it('reads who said it denied', () => {
    expect(tone('没人这么说过', '客服说好今天发货的')).toContain('tone-blunt');
    expect(tone('我们不可能这样说', '客服说好今天发货的')).toContain('tone-blunt');
  });
  it('leaves her question answered, a no to her thanks or her request, the shop’s deed told with facts', () => {
    expect(tone('写了的，第三张图', '详情页有写尺码偏小吗')).not.toContain('tone-blunt');
    expect(tone('不麻烦，应该的', '嗯 麻烦了')).not.toContain('tone-blunt');
    expect(tone('没有发票的', '开张发票')).not.toContain('tone-blunt');
    expect(tone('没发错的话我们也给您换', '你们发错颜色了')).not.toContain('tone-blunt');
  });
});

describe('tone-cold: a pointer beside the shop acting for her, and bare pointers', () => {
  it('leaves a pointer the shop backs with its own act', () => {
    expect(tone('您可以直接联系快递员，电话是138xxxx，我这边也同步催一下', '快递丢件了')).not.toContain('tone-cold');
    expect(tone('你找快递公司问问，我这边马上帮你联系仓库核实', '快递显示签收了我没收到')).not.toContain('tone-cold');
  });
  it('keeps a pointer beside the shop saying it cannot (也催不动, 也查不到)', () => {
    expect(tone('您自己打快递电话问问吧，我们这边也查不到', '快递一直不动')).toContain('tone-cold');
  });
  it('reads a bare 订单里有 and 看个人喜好 after her question', () => {
    expect(tone('订单里有', '我的快递到哪了')).toContain('tone-cold');
    expect(tone('看个人喜好', '哪个颜色好看')).toContain('tone-cold');
  });
});

describe('upset: what an angry line says, in wordings the sets did not hold', () => {
  it('reads a feeling, a challenge, a repeated failure and a threat not to come back', () => {
    for (const line of ['我真是服了你们了', '我对你们很不满意', '我已经忍你们很久了', '花了钱还受气', '你们这是欺负人', '早知道不买了',
      '你们就是这么对待老顾客的？', '你们能不能靠谱点', '一点诚意都没有', '说了多少次了还是错的', '三番五次出问题', '白等了一个星期',
      '下次再也不在你家买了', '这是我买过最差的东西', '我要哭了', '心态崩了', '真的很无奈', '太折腾了', '头疼死了', '我都快疯了',
      '钱白花了', '被你们坑惨了', '一肚子火', '怎么老是这样', '这让我怎么用', '发错货了，浪费我时间']) {
      expect(buyerMood(line), line).not.toBeNull();
    }
  });
  it('leaves a pleased line with marks, and a calm ask', () => {
    for (const line of ['太好了谢谢！！', '好的！那我下单了', '你们的客服好热情啊！', '这个质量怎么样啊', '请问什么时候发货呀？', '笑哭了这个图', '我不想折腾，直接换吧', '好难选啊']) {
      expect(buyerMood(line), line).toBeNull();
    }
  });
});

describe('her carelessness, her should-have, her omission with its consequence (tone-criticize)', () => {
  it('reads them', () => {
    expect(tone('您下单也太不仔细了', '地址填错了，能改吗')).toContain('tone-criticize');
    expect(tone('这种错误您也能犯', '地址填错了，能改吗')).toContain('tone-criticize');
    expect(tone('买之前就该问清楚', '买错尺码了')).toContain('tone-criticize');
    expect(tone('您应该先看尺码表再下单的', '买错尺码了')).toContain('tone-criticize');
    expect(tone('早说了让您拍L，您偏不听', '买错尺码了')).toContain('tone-criticize');
    expect(tone('您没领券当然没有赠品', '为什么没有赠品')).toContain('tone-criticize');
    expect(tone('摔成这样还来找我们', '屏幕碎了')).toContain('tone-criticize');
    expect(tone('一般人穿不会这样，您是特殊情况', '鞋子开胶了')).toContain('tone-criticize');
    expect(tone('我们卖了几千双就您的开胶', '鞋子开胶了')).toContain('tone-criticize');
  });
  it('leaves the shop owning it, a guess of what she received, a supposition and the shop taking it seriously', () => {
    expect(tone('我之前就该跟您确认尺码的，是我的疏忽，给您换', '买错尺码了')).not.toContain('tone-criticize');
    expect(tone('您当时应该有收到尺码推荐的消息，没关系，给您换', '买错尺码了')).not.toContain('tone-criticize');
    expect(tone('您没领券的话就没有赠品哦，我现在给您补一张券', '为什么没有赠品')).not.toContain('tone-criticize');
    expect(tone('只有您这双出现开胶，我们非常重视，马上给您换新', '鞋子开胶了')).not.toContain('tone-criticize');
  });
});

describe('acknowledging her: a feeling shared in other words (not tone-empathy)', () => {
  const upset = '等了五天还没到，气死我了';
  it('reads 感同身受, 难为您了, 您受累了, 太不应该了', () => {
    expect(tone('您的着急我能感同身受，马上给您查', upset)).not.toContain('tone-empathy');
    expect(tone('真是难为您了，我马上处理', upset)).not.toContain('tone-empathy');
    expect(tone('您受累了，我这边马上去查', upset)).not.toContain('tone-empathy');
    expect(tone('太不应该了，我马上给您查', upset)).not.toContain('tone-empathy');
  });
  it('leaves an act for her with nothing of her said', () => {
    expect(tone('已经帮您催了，今天会到', upset)).toContain('tone-empathy');
    expect(tone('快递这两天爆仓，我帮您催一下', upset)).toContain('tone-empathy');
  });
});

describe('tone-cold: a bare okay to her question, the queue as all the reply', () => {
  it('reads 好的 after a question it does not answer', () => {
    expect(tone('好的', '[发了开票资料] 什么时候能开出来')).toContain('tone-cold'); // chats-as
    expect(tone('好的', '发票什么时候开')).toContain('tone-cold');
    expect(tone('好滴', '明天能发吗')).toContain('tone-cold');
  });
  it('leaves an okay to her statement or to a request asked as a question', () => {
    expect(tone('好的', '我先下单了')).not.toContain('tone-cold');
    expect(tone('好的', '可以发顺丰吗')).not.toContain('tone-cold');
    expect(tone('好的', '能帮我改下地址吗')).not.toContain('tone-cold');
  });
  it('reads 人多,排队 after her complaint about the service, not after her why about the parcel', () => {
    expect(tone('人多,排队', '你们客服怎么这么慢')).toContain('tone-cold'); // writer-al
    expect(tone('排着呢', '半天没人理')).toContain('tone-cold');
    expect(tone('排队中', '怎么还不发货')).not.toContain('tone-cold');
  });
});

describe('her account of her use doubted (tone-blunt)', () => {
  it('reads her words given back with the harm said not to follow', () => {
    expect(tone('冷水也不会缩那么多啊', '冷水洗的')).toContain('tone-blunt'); // chats-i
    expect(tone('正常穿不会开胶的', '就正常上班')).toContain('tone-blunt'); // chats-as
    expect(tone('轻轻拉也不会断的', '我就轻轻拉了一下'))
      .toContain('tone-blunt');
  });
  it('leaves reassurance with no harm doubted, and a reply that names her (the blame carries it)', () => {
    expect(tone('老人用不会有问题的，很安全', '我打算送老人')).not.toContain('tone-blunt');
    expect(tone('手洗的话一般不会缩，可能是面料问题，马上给换', '我是手洗的')).not.toContain('tone-blunt');
  });
});

describe('her omission or her home named as the cause (tone-criticize)', () => {
  const broken = '吹风机不出热风了';
  it('reads them', () => {
    expect(tone('这种情况多数是用户操作不当引起的', broken)).toContain('tone-criticize');
    expect(tone('这都是因为您没有定期清理滤网', broken)).toContain('tone-criticize');
    expect(tone('您没清理滤网导致的', broken)).toContain('tone-criticize');
    expect(tone('您用的时候风口被堵住了，才会这样', broken)).toContain('tone-criticize');
    expect(tone('您的使用习惯不太好', broken)).toContain('tone-criticize');
    expect(tone('您家电压不稳吧', broken)).toContain('tone-criticize');
    expect(tone('那你家通风不行吧', '通风三天了还是臭')).toContain('tone-criticize'); // chats-as
  });
  it('leaves the policy said of all users, a supposition, her part negated and a question about her voltage', () => {
    expect(tone('用户操作不当导致的损坏不在保修范围，您这个是质量问题，给您换', broken)).not.toContain('tone-criticize');
    expect(tone('抱歉，您家里要是电压不稳也可能这样，我们先给您换一个', broken)).not.toContain('tone-criticize');
    expect(tone('不是您没清理导致的，是电机问题，给您换', broken)).not.toContain('tone-criticize');
    expect(tone('您家的电压是220V吧？这款只支持220V', broken)).not.toContain('tone-criticize');
  });
});

describe('her omission with its consequence, her should-not, the late report retorted (tone-criticize)', () => {
  it('reads them', () => {
    expect(tone('你一直不取,快递就退回了', '我的快递怎么被退回去了?')).toContain('tone-criticize'); // chats-as
    expect(tone('您没及时确认，订单就被取消了', '我的订单怎么没了')).toContain('tone-criticize');
    expect(tone('亲，宝宝这么小您就不该给他玩这个，盒子上写了3岁以上', '玩具零件掉了，差点被孩子吞下去')).toContain('tone-criticize'); // writer-k
    expect(tone('签收的时候你不当面验货,现在说有什么用', '花瓶收到就有裂纹')).toContain('tone-criticize'); // writer-ar
    expect(tone('可能是您家人拿走了', '收到货少了一件')).toContain('tone-criticize');
  });
  it('leaves the shop acting, a misread of her wish (我以为你不要了就关了), and 就不该客气', () => {
    expect(tone('可能是您家人先拿了，您问一下，没有的话我们补发', '收货少了一件')).not.toContain('tone-criticize');
    expect(tone('您就不该客气，直接找我换就行', '买错了')).not.toContain('tone-criticize');
    expect(tone('抱歉，快递员没联系上您就退回了，我们给您重新发', '我的快递被退回了')).not.toContain('tone-criticize');
  });
});

describe('upset: a wait pressed by what was promised or written, a service that contradicts itself, a quality problem refused', () => {
  it('reads them', () => {
    for (const line of ['怎么还没到 你不是保证今天到吗', '页面写的48小时发货，怎么还没动静', '你们明明写的今天发货，为什么还没发', '为什么这么久还没发货',
      '你们客服怎么一会一个说法', '你们这个客服是机器人吧 问什么都答不上', '我都给差评了你现在才来找我', '你威胁我?',
      '质量问题也不能退？', '明明是质量问题，为啥退货运费要我出？', '你们效率也太低了吧', '承诺的48小时发货呢 现在还没发']) {
      expect(buyerMood(line), line).not.toBeNull();
    }
  });
  it('leaves a question about a promise and about what the page says', () => {
    // 态度好点行不 after a curt no stays the scenario's mild nudge (price-haggle goldens), not a grievance.
    for (const line of ['能保证明天到吗', '页面写的是纯棉吗', '质量问题可以退吗', '呃…态度好点行不', '页面写的包邮，通知说要补运费，是怎么回事']) expect(buyerMood(line), line).toBeNull();
  });
});

describe('upset: her threat to wait and see, her telling the agent to look himself, her insisting she did it', () => {
  it('reads them', () => {
    for (const line of ['你们等着', '行,等着差评吧', '[截图] 自己看，15 Pro', '聊天记录就在上面，你往上翻', '我查了啊 三天没更新了', '我问过了啊']) {
      expect(buyerMood(line), line).not.toBeNull();
    }
  });
  it('leaves a bare when-question and her saying she looked at the chart', () => {
    for (const line of ['快递到底什么时候到', '尺码表我看了啊,还是拿不准', '我自己看看吧']) expect(buyerMood(line), line).toBeNull();
  });
});
