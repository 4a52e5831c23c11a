// The starter 话术库: standard replies for the four parts of a shop's chat work, in the shop's
// voice and in line with the rule catalog's better phrasings (rules/catalog.ts). They name no
// product, price, courier or date, so they hold for any shop; the trainee edits them to her own.
// tests/engine/phrases/starter.test.ts runs each through understand(): none may raise a flag.

export const PHRASE_CATEGORIES = ['pre-sale', 'in-sale', 'after-sale', 'proactive'] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

/** Chinese names, in the order a chat goes. */
export const PHRASE_CATEGORY_LABELS: Record<PhraseCategory, string> = {
  'pre-sale': '售前',
  'in-sale': '售中',
  'after-sale': '售后',
  proactive: '主动营销',
};

export interface StarterPhrase {
  /** Stable: a trainee's edit of a starter phrase is kept against this id. */
  id: string;
  category: PhraseCategory;
  text: string;
}

export const STARTER_PHRASES: readonly StarterPhrase[] = [
  // 售前: greeting, product questions, sizes, price questions.
  { id: 'pre-greet', category: 'pre-sale', text: '亲，您好呀~欢迎光临本店，我是您的专属客服，有什么需要随时告诉我哦~' },
  { id: 'pre-check', category: 'pre-sale', text: '亲，这个问题我帮您确认一下哦，稍等1分钟，查清楚马上回复您~' },
  { id: 'pre-size', category: 'pre-sale', text: '亲，方便告诉我您的身高、体重和平时穿的尺码吗？我按尺码表给您推荐最合适的一个码哦~' },
  { id: 'pre-price', category: 'pre-sale', text: '亲，这款现在已经是活动价了哦，用料和做工都很扎实，售后也有保障，您放心拍呢~' },
  { id: 'pre-compare', category: 'pre-sale', text: '亲，每家的商品都有自己的特点哦，我给您说说我们这款的用料和售后保障，您可以按自己看重的地方对比一下呢~' },
  { id: 'pre-card', category: 'pre-sale', text: '亲，信用卡和花呗都可以正常付款的哦，您直接拍下付款就好啦~' },
  // 售中: after the order, before it arrives.
  { id: 'in-ship', category: 'in-sale', text: '亲，我们会在店铺承诺的发货时间内给您发出哦，到货时间以物流为准，我会帮您盯着物流的~' },
  { id: 'in-address', category: 'in-sale', text: '亲，您的收货信息可以在订单详情里核对一下哦，有需要修改的地方告诉我，我帮您备注呢~' },
  { id: 'in-invoice', category: 'in-sale', text: '亲，发票可以开的哦~个人或公司抬头都行，麻烦把抬头和税号发我一下，开好后第一时间发给您，费用都由店铺承担呢。' },
  { id: 'in-wait', category: 'in-sale', text: '亲，我帮您查一下哦，请稍等~' },
  { id: 'in-stay', category: 'in-sale', text: '亲，有问题直接在这里找我就可以哦，付款也请在平台上拍下，这样您的权益有保障呢~' },
  // 售后: returns, problems, complaints, closing.
  { id: 'after-empathy', category: 'after-sale', text: '亲，非常理解您的心情，遇到这种情况换作是我也会着急的，真的很抱歉，我这就帮您处理，有结果第一时间告诉您哦~' },
  { id: 'after-return', category: 'after-sale', text: '亲，签收7天内，吊牌完好、配件齐全、不影响二次销售都可以无理由退换的哦，您在订单里直接申请就好~' },
  { id: 'after-photo', category: 'after-sale', text: '亲，麻烦您拍张照片给我看看哦，我们一起找找原因，一定给您一个满意的处理呢~' },
  { id: 'after-track', category: 'after-sale', text: '亲，包裹的物流我这边马上帮您跟快递核实，有结果第一时间告诉您，您不用自己去催哦~' },
  { id: 'after-review', category: 'after-sale', text: '亲，收到后有任何问题先找我哦，一定帮您处理好；评价您按真实感受来就好呢~' },
  { id: 'after-close', category: 'after-sale', text: '感谢亲的支持哦，还有什么想了解的随时找我，祝您生活愉快~' },
  // 主动营销: matching items, honest urgency, reminders.
  { id: 'pro-match', category: 'proactive', text: '亲，这款搭配店里的同系列单品一起穿效果更好哦，需要的话我把链接发给您看看呢~' },
  { id: 'pro-urge', category: 'proactive', text: '亲，活动价马上就要结束了哦，喜欢的话现在拍下，我们尽快给您安排发货呢~' },
  { id: 'pro-remind', category: 'proactive', text: '亲，看到您的订单还没付款哦，是有什么疑问吗？有需要随时问我，我帮您解答呢~' },
  { id: 'pro-alternative', category: 'proactive', text: '亲，您看中的这个颜色暂时缺货了哦，给您推荐一个相近的颜色，上身效果也很好，您看看喜不喜欢呢~' },
];
