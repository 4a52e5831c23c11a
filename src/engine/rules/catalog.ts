// The rule catalog: one entry per rule id of shared/domain/rules.md. Points are the shop's
// deduction per violation (扣N分). The weights marked * in rules.md (ship-promise,
// return-refuse, off-platform, review-induce, disparage) are this project's own: they live
// here and nowhere else, so a trainer changes them in one place.
import type { RuleId } from '@/engine/vocabulary';

export interface RuleEntry {
  id: RuleId;
  points: number;
  kind: 'platform' | 'tone' | 'knowledge';
  /** Short Chinese title shown in the report. */
  title: string;
  /** Why it matters, in Chinese. */
  why: string;
  /**
   * A better reply in the shop's style, for any chat: it names no product, colour or price and
   * leaves no blank for the trainee. The report shows it filled with the shop's facts and fitted
   * to the buyer's question where rules/better.ts knows how; this is what it shows without facts.
   */
  better: string;
}

const entries: RuleEntry[] = [
  { id: 'invoice-refuse', points: 6, kind: 'platform', title: '拒开发票',
    why: '买家付款后有权要发票，个人或公司抬头都要免费开具；找理由推脱会被判违规扣分。',
    better: '亲，发票可以开的哦~个人或公司抬头都行，麻烦把抬头和税号发我一下，开好后第一时间发给您，费用都由店铺承担呢。' },
  { id: 'invoice-fee', points: 6, kind: 'platform', title: '开票收费',
    why: '开发票不能让买家出税点，单独寄发票的邮费也得店铺出。',
    better: '亲，发票是免费开的哦，税点和单独寄送的费用都由我们承担，您不用另外付钱呢~' },
  { id: 'freeship-breach', points: 4, kind: 'platform', title: '包邮加运费',
    why: '写明包邮的商品，在包邮范围内就不能再让买家补运费，换快递也不能收差价。',
    better: '亲，这款是包邮的哦，您的地址在包邮范围内，不用另外付运费，我们会尽快给您安排发出呢~' },
  { id: 'card-fee', points: 6, kind: 'platform', title: '转嫁刷卡手续费',
    why: '信用卡和分期的手续费由商家承担，以任何形式让买家出都算违规。',
    better: '亲，这个付款方式是支持的哦，手续费由我们承担，您按页面价格付款就可以啦~' },
  { id: 'card-refuse', points: 6, kind: 'platform', title: '拒绝信用卡付款',
    why: '平台默认支持信用卡付款，商家不能拒绝。',
    better: '亲，信用卡和花呗都可以正常付款的哦，您直接拍下付款就好啦~' },
  { id: 'cod-refuse', points: 6, kind: 'platform', title: '拒绝货到付款',
    why: '商品开通了货到付款，买家选了就必须按货到付款发货，不能拒绝或私下关单。',
    better: '亲，这款开通了货到付款的哦，您下单时选货到付款，签收时再付款就可以啦~' },
  { id: 'privacy-leak', points: 6, kind: 'platform', title: '泄露买家信息',
    why: '任何买家的姓名、电话、地址、订单都不能透露给别人，也不能向非下单账号核对地址。',
    better: '亲，为了保护每位买家的隐私，其他人的信息我们不能透露哦；您自己的收货信息可以在订单详情里核对一下~' },
  { id: 'order-close', points: 1, kind: 'platform', title: '擅自关闭订单',
    why: '没有买家本人同意就关闭订单，每单都会被扣分；缺货也要先和买家商量。',
    better: '亲，订单我先给您保留着哦，这个情况我跟您商量一下，您看怎么处理更方便，等您决定了我再操作呢~' },
  { id: 'ship-promise', points: 4, kind: 'platform', title: '承诺做不到的时效',
    why: '只能承诺店铺做得到的发货时间（多数类目付款后48小时内），保证几号一定到货一旦做不到就是违背承诺。',
    better: '亲，我们会在店铺承诺的发货时间内给您发出哦，到货时间以物流为准，我会帮您盯着物流的~' },
  { id: 'return-refuse', points: 4, kind: 'platform', title: '拒绝七天无理由',
    why: '符合条件的商品，签收7天内可以无理由退换，不能拒绝，也不能要求买家说明理由；打折商品同样适用。',
    better: '亲，签收7天内，吊牌完好、配件齐全、不影响二次销售都可以无理由退换的哦，您在订单里直接申请就好~' },
  { id: 'off-platform', points: 6, kind: 'platform', title: '引导站外交易',
    why: '所有沟通和付款都要留在平台上，加微信、QQ或私下转账都不允许，买家的权益也得不到保障。',
    better: '亲，有问题直接在这里找我就可以哦，付款也请在平台上拍下，这样您的权益有保障呢~' },
  { id: 'review-induce', points: 6, kind: 'platform', title: '诱导好评',
    why: '好评返现、给钱删改差评、用差评威胁买家都是违规，评价要买家自愿。',
    better: '亲，收到后有任何问题先找我哦，一定帮您处理好；评价您按真实感受来就好，我们不会拿评价做交换的呢~' },
  { id: 'disparage', points: 2, kind: 'platform', title: '贬低同行',
    why: '对比要客观，只讲自家商品的真实差别，不能说别家是假货、次品。',
    better: '亲，每家的商品都有自己的特点哦，我给您说说我们这款的用料和售后保障，您可以按自己看重的地方对比一下呢~' },
  { id: 'tone-greet', points: 0, kind: 'tone', title: '开场没有问候',
    why: '第一句话决定买家的印象，先问好再帮忙，买家更愿意聊下去。',
    better: '亲，您好呀~欢迎光临，有什么需要随时告诉我哦~' },
  { id: 'tone-close', points: 0, kind: 'tone', title: '结束没有致谢',
    why: '结束时道谢和祝福，让买家记住店铺的服务，也更愿意回购。',
    better: '感谢亲的支持哦，还有什么想了解的随时找我，祝您生活愉快~' },
  { id: 'tone-particles', points: 0, kind: 'tone', title: '语气生硬',
    why: '聊天没有表情和语气词，文字读起来冷冰冰的；加上亲、哦、呢会亲切很多。',
    better: '亲，这个没问题的哦，还有什么想了解的随时问我呢~' },
  { id: 'tone-empathy', points: 0, kind: 'tone', title: '没有先安抚情绪',
    why: '买家不高兴时，先理解和安抚情绪，店铺有责任要道歉，然后再解决问题。',
    better: '亲，非常理解您的心情，遇到这种情况换作是我也会着急的，真的很抱歉，我这就帮您处理，有结果第一时间告诉您哦~' },
  { id: 'tone-interrogate', points: 0, kind: 'tone', title: '质问买家',
    why: '质问的口气会让买家觉得被指责，沟通马上变僵。',
    better: '亲，这个问题我来帮您确认一下哦，马上把情况跟您说清楚，还有什么想了解的随时问我呢~' },
  { id: 'tone-cold', points: 0, kind: 'tone', title: '回复冷淡',
    why: '一两个字的回复或者不回答问题，买家会觉得被敷衍，很容易直接走掉。',
    better: '亲，这个问题我帮您确认一下哦，马上把情况和能给的方案都跟您说清楚，还有什么想了解的随时问我~' },
  { id: 'tone-blunt', points: 0, kind: 'tone', title: '说话太直白',
    why: '直接说买家错了会让人没面子，委婉地解释效果更好。',
    better: '亲，可能是我刚才没说清楚，我再给您解释一下哦~' },
  { id: 'tone-criticize', points: 0, kind: 'tone', title: '指责买家',
    why: '指责或说教买家只会激化矛盾，先了解情况再一起想办法。',
    better: '亲，麻烦您拍张照片给我看看哦，我们一起找找原因，一定给您一个满意的处理呢~' },
  { id: 'tone-uncertain', points: 0, kind: 'tone', title: '回答含糊',
    why: '对自家商品回答“应该吧”“不清楚”，买家会怀疑专业性；不确定就先查清楚再答。',
    better: '亲，这个我帮您确认一下哦，稍等1分钟，查清楚马上回复您~' },
  { id: 'tone-prejudge', points: 0, kind: 'tone', title: '凭照片下结论',
    why: '只看照片不能判断能不能退，应该说明退换条件，收到退货检查后再定。',
    better: '亲，您可以先申请退换哦，我们收到后会检查，只要不影响二次销售都会给您处理的呢~' },
  { id: 'resp-first', points: 0, kind: 'tone', title: '首次响应慢',
    why: '首次响应时间是店铺考核指标，买家问了半天没人理就会去别家。',
    better: '先快速回一句：亲，您好，在的哦，马上帮您看一下~' },
  { id: 'resp-avg', points: 0, kind: 'tone', title: '平均响应慢',
    why: '平均响应时间也是店铺考核指标，每次回复都要及时，让买家等久了会不耐烦。',
    better: '需要查询时先回一句：亲，我帮您查一下哦，稍等~' },
  { id: 'resp-timeout', points: 0, kind: 'tone', title: '买家等不到回复',
    why: '买家等了太久没人回，只好催（还在吗？）甚至直接走了；店铺也考核3分钟响应率，再忙也要先回一句。',
    better: '亲，在的哦，让您久等了，我马上帮您看~' },
  { id: 'fact-wrong', points: 0, kind: 'knowledge', title: '说错商品信息',
    why: '买家会照着客服的话下单、选码、等快递、寄退货；说错价格、库存、尺码、时效、材质或售后规则，买家就会买错、白等或多花钱，最后变成退货和差评。',
    better: '亲，我帮您对一下店铺的信息哦，准确的情况马上告诉您，有拿不准的我先确认再回复您~' },
];

export const RULES: Readonly<Record<RuleId, RuleEntry>> = Object.fromEntries(entries.map((e) => [e.id, e])) as Record<RuleId, RuleEntry>;

export const rulePoints = (id: RuleId): number => RULES[id].points;
