// A reply read after the buyer's question: "是的亲" after "这个是纯棉的吗" is product-info,
// "开不了哦" after "能开发票吗" is invoice-refuse, "可以的" after "加微信可以吗" is off-platform.
// The reply's answer word (yes or no, lexicon/answers.json) meets the question's topics
// (question.ts); what each topic's yes, no or value does is data, not code.
import answersJson from '@/engine/lexicon/answers.json';
import { answersSchema, checkLexicon } from '@/engine/understand/lexicon-schema';
import tone from '@/engine/lexicon/tone.json';
import { RULES } from '@/engine/rules/catalog';
import type { Answer, Flag, ReplyContext } from '@/engine/understanding-types';
import { negatedModifier, type Clause } from '@/engine/understand/clauses';
import { detectMoves } from '@/engine/understand/detect-moves';
import { askedAbout, normalizedBuyer, readQuestion, topicsNamed, type BuyerQuestion } from '@/engine/understand/question';
import type { Move, RuleId, Topic } from '@/engine/vocabulary';
import { conditionMet } from '@/engine/understand/return-conditions';

export interface TopicEffect {
  moves?: Move[];
  flags?: RuleId[];
  /** A ReplyContext switch that must not be false for the flags to apply (cod, freeShipping). */
  context?: string;
  /** The switch must be known to be true: "不包邮" is only a breach where the item is known to ship free. */
  known?: boolean;
}
export type AnswerTable = Record<Topic, { yes?: TopicEffect; no?: TopicEffect; open?: TopicEffect }>;

const answersData = checkLexicon('answers.json', answersSchema, answersJson);
const TABLE = answersData.topics as AnswerTable;
const LEAD = new RegExp(answersData.lead, 'u');
/** 应该/大概/可能 before the answer word: a doubtful answer is still the answer ("应该可以吧"). */
const HEDGE = new RegExp(answersData.hedge, 'u');
/** A question that asks for a guarantee (能保证明天到吗): a yes gives it. */
const GUARANTEE = new RegExp(answersData.guarantee.asked, 'u');
const GUARANTEE_TOPICS: ReadonlySet<Topic> = new Set(answersData.guarantee.topics);
/** An answer word that is a guarantee itself (肯定能, 绝对能, 包到 after 明天能到吗): no hedge before it. */
const GUARANTEE_GIVEN = new RegExp(answersData.guarantee.given, 'u');
/** A question about a charge (要手续费吗): its yes charges, its no frees (answers.json `charged`). */
const CHARGED = new RegExp(answersData.charged.asked, 'u');
/**
 * Her line asks both whether she can (能刷卡吗) and what it costs (要加钱不): a yes of ability
 * (可以, 能, 支持) answers whether she can, and puts no charge on her (answers.json `charged.ability`).
 */
const ABILITY_ASKED = new RegExp(answersData.charged.ability.asked, 'u');
const ABILITY_YES = new RegExp(answersData.charged.ability.yes, 'u');
/** A no that frees the charge rather than refusing the action (不用钱哒, 免费的, 不收): answers.json `charged.free`. */
const FREE_ANSWER = new RegExp(answersData.charged.free, 'u');
/**
 * Her line reports the shop (拿钱换好评是吧 我直接截图投诉): it tells what she will do and asks the
 * shop for nothing, so a yes to it (好的) is a receipt that gives no reward or contact it names.
 */
const REPORTED = new RegExp(answersData.reported, 'u');
const CHARGED_TABLE = answersData.charged.topics as Partial<Record<Topic, { yes?: TopicEffect; no?: TopicEffect }>>;
const YES = new RegExp(answersData.yes, 'u');
/** The verb a yes word carries (能开, 送的, 包邮), and the topics whose questions it answers unsaid. */
const YES_VERBS = answersData.yesVerb as Record<string, Topic[]>;
const YES_VERB = new RegExp(Object.keys(YES_VERBS).join('|'), 'u');
/**
 * Whether a yes that carries `verb` answers her question of `topic`: the topic is that verb's own
 * (开 an invoice), or her words that ask it, or ask of no listed topic (能送上楼吗), say the verb.
 */
function verbAnswers(verb: string, topic: Topic, buyer: string | undefined): boolean {
  if (!buyer || YES_VERBS[verb]?.includes(topic)) return true;
  const asked = askedAbout(buyer, topic);
  return asked === '' || asked.includes(verb) || askedAbout(buyer, 'other').includes(verb);
}
const NO = new RegExp(answersData.no, 'u');
/**
 * A short answer to her invoice or card question that closes on a no ("我们这边没有的", "特价款的话这块
 * 开不出来哈") says no however it opens; of a dispatch (发不了) it says why, which the moves read.
 */
const CLOSING_NO = new RegExp(answersData.closingNo.said, 'u');
const CLOSING_NO_TOPICS: ReadonlySet<Topic> = new Set(answersData.closingNo.topics);
const CLOSING_NO_CHARS = 14;
const APOLOGY = new RegExp(answersData.apology, 'u');
/** "不清楚", "不知道": no answer at all, whatever its words. */
const UNKNOWN = new RegExp(answersData.unknown, 'u');
const NEGATOR = new RegExp(tone.negators, 'u');
/** A short clause with a negator this close to the answer's start is a no ("这个开不了哦"). */
const SHORT_CLAUSE = 8;
/**
 * How far into the answer a negator still negates the answer itself: further in it belongs to
 * a statement of its own ("退货条件是未外穿" states a condition; it answers nothing with no).
 */
const NEGATOR_REACH = 4;
/** What may follow the yes word: an echo of the verb ("能开的", "有货的哦"), not a new statement. */
const YES_TAIL = 3;
const PARTICLES = /[的哦呢呀啦哈吖滴噢哟吧亲~!. ]|\p{Extended_Pictographic}/gu;
/** Words that put a question about no listed topic on the shop's service (在吗, 订单, 帮我…), not the item. */
const SERVICE = new RegExp(answersData.service, 'u');
/**
 * A question about no listed topic asks about the item when it names nothing of the service, another
 * shop or brand: "这个是纯棉的吗", "含绒量多少", "油皮能用吗", "书有塑封吗" ask what the item is.
 */
const aboutItem = (buyer: string): boolean => !SERVICE.test(buyer);
/** Topics that ask what the shop's own goods are (not when they ship, arrive or come back in stock). */
const GOODS_TOPICS: ReadonlySet<Topic> = new Set(['material', 'quality', 'colour', 'size']);
const ASKS_WHAT_IT_IS = /吗|(?<![怎什那这多])么|是不是|有没有/u;
/** What an exchange changes to (换大一码, 换个颜色): asked beside `exchange`, no question of the item. */
const EXCHANGED_TOPICS: ReadonlySet<Topic> = new Set(['size', 'colour']);
const TIME_TOPICS: ReadonlySet<Topic> = new Set(['stock', 'ship-time', 'arrival', 'tracking', 'courier']);

/** Her line asks what the item itself is: its material, quality, colour, size, or anything else of the item (aboutItem). */
export function asksAboutGoods(ctx: ReplyContext): BuyerQuestion[] {
  const buyer = normalizedBuyer(ctx.buyer);
  // Her own words only: a topic her scenario state declares (asks) does not say she asked it now.
  const questions = ctx.buyer ? readQuestion(ctx.buyer) : [];
  // "粉色什么时候补货": when it comes back is no question of what it is.
  if (questions.some((q) => TIME_TOPICS.has(q.topic))) return [];
  // A question of no listed topic asks what the item is only in words (这个含糖吗, 是不是翻新机), not
  // by a bare mark (可能?) or about how a case is handled (这种情况怎么处理).
  const worded = ASKS_WHAT_IT_IS.test(buyer);
  return questions.filter((q) => GOODS_TOPICS.has(q.topic) || (q.topic === 'other' && worded && aboutItem(buyer)));
}
/** Moves a reply may make beside telling her about the item, when nothing else answers her. */
const STATED_BESIDE: ReadonlySet<Move> = new Set(['greet', 'thank']);
/** Her line asks what the item is, whether it is in stock, or what it costs (not for a cut: 能便宜吗). */
function itemAsked(ctx: ReplyContext, questions: readonly BuyerQuestion[]): boolean {
  if (questions.some((q) => q.topic === 'discount')) return false;
  return asksAboutGoods(ctx).length > 0 || questions.some((q) => q.topic === 'stock' || (q.topic === 'price' && !q.yesNo));
}
/**
 * Words of a reply that is about something else than the item (a rule, a cost, a gift, a parcel) or
 * that asks her back (告诉我, 量一下, 请问): it does not tell her about the item by making no move.
 */
const NOT_ABOUT_ITEM = /(?<!划)算|保修|质保|联保|退|差价|运费|规定|规则|售后|政策|补贴|送|赠|券|减|折|优惠|活动|签收|寄到|地址|备注|她|姐姐|大姐|客户|电话|[?吗]|请问|告诉我|发给?我|量(一)?下|转|同事/u;
/** A reply that sends her to look it up herself (看详情页, 自己看罐底): no value given. */
const DEFLECT = new RegExp(answersData.deflect, 'u');
/** The shop's own side (我们, 我家): a reply to her comparison that speaks of it compares the two. */
const OUR_SIDE = new RegExp(answersData.ourSide, 'u');
/** Her line asks how the item compares with another's (跟迪卡侬的比怎么样, 比帮宝适好吗, 为啥比别家贵). */
const COMPARE_ASKED = new RegExp(answersData.compareAsked, 'u');
/** Her question whether a return would be allowed in a case she supposes (不喜欢可以退吗), not one she has (买大了). */
const RETURN_SUPPOSED = new RegExp(answersData.returnSupposed.supposed, 'u');
const RETURN_ACTUAL = new RegExp(answersData.returnSupposed.actual, 'u');
const RETURN_STARTED = new RegExp(answersData.returnSupposed.started, 'u');
/**
 * "签收7天内吊牌在都能换" after "不合适能换吗": the exchange's conditions for the case she supposes state
 * the rule; no exchange is offered unless the reply starts one (您申请, 我这边给您换).
 */
export function supposedExchangeStated(normalized: string, ctx: ReplyContext): boolean {
  const buyer = normalizedBuyer(ctx.buyer);
  return RETURN_SUPPOSED.test(buyer) && !RETURN_ACTUAL.test(buyer) && !RETURN_STARTED.test(normalized);
}
/** A bare yes (可以的, 可以退的, 能退): no more characters than this once its particles are gone. */
const BARE_YES_CHARS = 4;
/** "可以的" after "不喜欢可以退吗": a bare yes states the rule for the case she supposes, no return started (您申请吧 starts one). */
export function supposedReturnAnswered(normalized: string, buyer: string): boolean {
  return normalized.replace(PARTICLES, '').length <= BARE_YES_CHARS && RETURN_SUPPOSED.test(buyer) && !RETURN_ACTUAL.test(buyer) && !CONSENT.test(normalized);
}
/** Her line asks when a refund already under way reaches her (退款什么时候到, 多久到账, 怎么还没到账). */
const REFUND_AWAITED = new RegExp(answersData.refundAwaited, 'u');
export function asksRefundAwaited(ctx: ReplyContext): boolean {
  return ctx.buyer !== undefined && REFUND_AWAITED.test(normalizedBuyer(ctx.buyer));
}
/** The reply speaks of the parcel (发货, 快递, 寄, 送到): a time it names may be the dispatch's. */
const DISPATCH_SAID = new RegExp(answersData.dispatchSaid, 'u');
export const speaksOfDispatch = (normalized: string): boolean => DISPATCH_SAID.test(normalized);
/**
 * The reply tells when the goods come back in stock (下周三补货, 断货了…三天后到货), or says 到货 after her
 * question of stock (雾霾蓝有货吗 → 20寸的下周二到货): what it says is the item's stock, not a dispatch.
 */
const RESTOCK_SAID = new RegExp(answersData.restockSaid, 'u');
export function restockTold(normalized: string, ctx: ReplyContext): boolean {
  if (speaksOfDispatch(normalized)) return false;
  if (RESTOCK_SAID.test(normalized)) return true;
  return normalized.includes('到货') && ctx.buyer !== undefined && readQuestion(ctx.buyer).some((q) => q.topic === 'stock');
}
/**
 * Her line names the bundle she would buy (一起买能便宜吗, 两个都想要) and the reply puts no other item to
 * her: its 一起拍 prices her own bundle, no upsell.
 */
const BUNDLE_ASKED = new RegExp(answersData.bundleAsked.asked, 'u');
const OTHER_OFFERED = new RegExp(answersData.bundleAsked.otherOffered, 'u');
export function ownBundlePriced(normalized: string, ctx: ReplyContext): boolean {
  return ctx.buyer !== undefined && BUNDLE_ASKED.test(normalizedBuyer(ctx.buyer)) && !OTHER_OFFERED.test(normalized);
}
/**
 * "这单还送运费险" after "不合适能换吗", "有送运费险的,退货先垫付" after "退货运费谁出": to her question of a
 * return, an exchange or who pays its postage, the insurance the order carries is how the return works
 * (explain-policy), no gift; a gift of its own beside it (再送您一双袜子) still offers one.
 */
const INSURANCE_GIVEN = /(?:送|赠送?)(?:了)?(?:您|你)?运费险/gu;
const OTHER_GIFT = /送|赠|券/u;
export function insuranceStatesReturn(normalized: string, ctx: ReplyContext): boolean {
  if (!ctx.buyer || !normalized.includes('运费险')) return false;
  if (OTHER_GIFT.test(normalized.replace(INSURANCE_GIVEN, ''))) return false;
  const buyer = normalizedBuyer(ctx.buyer);
  const asksReturn = readQuestion(ctx.buyer).some((q) => q.topic === 'return' || q.topic === 'exchange' || q.topic === 'refund');
  return asksReturn || BEARER_ASKED.test(buyer) || (RETURN_WANTED.test(buyer) && !/运费险/u.test(buyer));
}
/**
 * "7天内没穿过都能退,您直接申请就行": a reply about her return that tells her to apply herself starts the
 * return (offer-return) beside the rule it states (labelling.md: explain-policy only for the rule) — not
 * the agent applying for her (我帮您申请), nor an application for an invoice, a cancellation or an exchange.
 */
const APPLY_INVITED = /(?<![帮给为别])(?:您|你)?(?:放心|可以)?(?:在订单里|在订单页|在售后里)?(?:直接)?申请(?:一下|下)?(?:就行|就好|就可以|即可)/u;
const RETURN_SAID = /退/u;
const NOT_A_RETURN = /发票|开票|取消|价保|保价|换货|介入/u;
export function returnApplyInvited(normalized: string): boolean {
  return APPLY_INVITED.test(normalized) && RETURN_SAID.test(normalized) && !NOT_A_RETURN.test(normalized);
}
/** Her line asks how the item compares with another shop's or brand's (compareAsked, or the `compare` topic: 隔壁, 同款, 那家). */
export function asksComparison(ctx: ReplyContext): boolean {
  if (!ctx.buyer) return false;
  return COMPARE_ASKED.test(normalizedBuyer(ctx.buyer)) || readQuestion(ctx.buyer).some((q) => q.topic === 'compare');
}
/** Her question asks how the size runs (偏大还是偏小): a value answered (正码, 偏小半码) states the item. */
const FIT_ASKED = new RegExp(answersData.fitAsked, 'u');
/** Her question puts the size she would buy to the shop (拍38可以吗, 穿xl够吗): its yes advises that size. */
const SIZE_CHOSEN = new RegExp(answersData.sizeChosen, 'u');
/** How far into the answer a fit word (偏小, 正码) still opens it. */
const FIT_LEAD = 4;
/** A receipt (好的, 收到) is no answer to what the item is. */
const RECEIPT = /^(好的?|好滴|好嘞|嗯+|恩+|ok|收到|明白|知道了)/u;
/**
 * A bare no with nothing after it ("没", "没有。", "不行", "不包"): a curt reply (tone-cold) that makes no
 * move whatever was asked (39 of 41 such replies in the tuning sets carry none); the flags a no
 * raises (开不了 → invoice-refuse) still stand.
 */
const CURT_NO = /^(没|没有|没了|没货|没货了|不行|不能|不可以|不包|不|无)$/u;
const curtNo = (normalized: string): boolean => CURT_NO.test(normalized.replace(/[.!~。 ]+$/u, ''));
/** Moves that a longer reply makes of its own: then its opening yes or no is part of them. */
const SOCIAL: ReadonlySet<Move> = new Set(['greet', 'thank', 'empathize', 'apologize', 'acknowledge', 'product-info', 'recommend-size', 'ask-info']);
/** An echo that repeats the question's own verb ("适合吧" after "适合一岁宝宝吗") is a yes: this many characters. */
const ECHO = 2;
const ECHO_TAIL = 6;
/** A value given to an open question is a short reply: a longer one is read by the rules alone. */
const OPEN_ANSWER_CHARS = 16;

const RETURN_HOW = new RegExp(answersData.returnHow, 'u');
/** 运费险 given (送的, 下单就送): a yes to her question about it offers it. */
const GIVES_INSURANCE = /送|赠/u;
/** Her question who bears a cost (运费谁出, 手续费谁承担): its answer states the shop's rule. */
const BEARER_ASKED = new RegExp(answersData.bearerAsked, 'u');
/** How long a reply to "谁出" may be and still be the answer alone ("尺码问题的话来回运费您承担哦"). */
const BEARER_ANSWER_CHARS = 20;
/**
 * A reply opening by refusing the return or exchange she asks for beside who pays or what the rule is
 * (不换 after 能换吗 来回运费谁出啊) answers the action, not the postage or the rule: the refusal is read
 * as her action's answer (return-refuse), not as policy stated.
 */
const ACTION_REFUSED = /^(亲)?(不|不能|不可以|不给|不支持|没法|没办法)(换|退)/u;
const refusesAction = (clauses: readonly Clause[], questions: readonly BuyerQuestion[]): boolean =>
  questions.some((q) => q.topic === 'exchange' || q.topic === 'return') && ACTION_REFUSED.test(answerClause(clauses)?.text ?? clauses[0]?.text ?? '');
/** Her line asks where her parcel is (快递到哪了, 物流三天没更新了): the agent's own short check of it (我帮您查下, 马上帮您催) traces it. */
const PARCEL_ASKED = new RegExp(answersData.parcelAsked, 'u');
const PARCEL_CHECKED = new RegExp(answersData.parcelChecked, 'u');
/** Her line wants her item returned or refunded, or exchanged (我想退货, 申请了, 想换个码). */
const RETURN_WANTED = new RegExp(answersData.returnWanted, 'u');
const EXCHANGE_WANTED = new RegExp(answersData.exchangeWanted, 'u');
/** The agent consents or tells her to apply (同意了, 您先申请我同意, 那您申请吧): what she wants is granted. */
const CONSENT = new RegExp(answersData.consent, 'u');
/** How long a consent may be and still be the reply's point ("看照片没问题的，申请吧，肯定给您过"). */
const CONSENT_CHARS = 20;
/** Her question asks what is done to the item itself (能帮忙包装吗, 能刻字吗, 能写贺卡吗): a question of the item. */
const ITEM_MADE = new RegExp(answersData.itemMade, 'u');
/** Her line gives a body measure (165 50kg, 周长52mm, 手腕16cm); a short reply naming a size (M码, 12号, 拿42.5) recommends it. */
const BODY_STATED = new RegExp(answersData.bodyStated, 'u');
const SIZE_NAMED = new RegExp(answersData.sizeNamed, 'u');
/** How long a reply naming a size may be and still be the recommendation ("2尺2对应S码，这款裤子没弹力，建议别拍小"). */
const SIZE_ANSWER_CHARS = 30;
/** "S码还有3件": the size's stock told, no size advised. */
const STOCK_SAID = /还有|有货|没货|现货|库存|断货|断码|卖完/u;
/** Her question about a rule of the shop's service (七天无理由吗, 保价吗, 包安装吗): its short answer states the rule. */
const RULE_ASKED = new RegExp(answersData.ruleAsked, 'u');
const RETURN_TOPICS: ReadonlySet<Topic> = new Set(['return', 'exchange', 'refund', 'cod', 'shipping-cost', 'courier']);
const RETURNING_TOPICS: ReadonlySet<Topic> = new Set(['return', 'exchange', 'refund']);
const FACT_ASKED = new RegExp(answersData.returnNotRefused.fact, 'u');
const ABILITY_ASKED_RETURN = new RegExp(answersData.returnNotRefused.ability, 'u');
const STEP_ASKED = new RegExp(answersData.returnNotRefused.step, 'u');
const PRICE_DIFFERENCE = new RegExp(answersData.returnNotRefused.priceDifference, 'u');
/**
 * Her return, refund or exchange question is one a no does not refuse (answers.json `returnNotRefused`):
 * a question of fact or of what will happen (会不会说我穿过, 是不是要我改评价), a step she would skip or
 * reorder (能不能先退款,我再寄回; 能直接换吗,不想寄回去), a price difference (能退差价吗).
 */
const noRefusesNone = (buyer: string): boolean =>
  (FACT_ASKED.test(buyer) && !ABILITY_ASKED_RETURN.test(buyer.replace(/不能/gu, ''))) || STEP_ASKED.test(buyer) || PRICE_DIFFERENCE.test(buyer);
/** A charge freed on these (退货不收费) states the shop's rule; on others (不用补 发顺丰) it grants the service. */
const FREED_RULE_TOPICS: ReadonlySet<Topic> = new Set(['return', 'exchange', 'refund']);
const chargedTopic = (questions: readonly BuyerQuestion[]): Topic | undefined =>
  (Object.keys(CHARGED_TABLE) as Topic[]).find((t) => questions.some((q) => q.topic === t));

/**
 * Her question asks how much money she gets back (补多少, 赔我多少, 能退多少, 返几块): a bare figure
 * answers it with an amount offered (offer-compensation), not with a price of the item.
 */
const AMOUNT_ASKED = /(补|赔|返|退|给)(?:我|你|您)?(?:个)?(多少|几块|几元|多少钱)|(补偿|赔偿)(?:多少|几块)/u;
const BARE_AMOUNT = /^(?:那|就|给|补)?(?:你|您|亲)?(\d+(?:\.\d+)?)(?:块钱|块|元|rmb)?(?:吧|哦|呢|啦|的|~|!|\.|亲)*$/u;
/** The amount a bare figure offers after her question of how much she gets back; undefined otherwise. */
export function amountAnswered(normalized: string, buyerLine: string): number | undefined {
  if (!AMOUNT_ASKED.test(buyerLine)) return undefined;
  const m = BARE_AMOUNT.exec(normalized.replace(/\s+/gu, ''));
  return m ? Number(m[1]) : undefined;
}

/**
 * The move a short consent grants after her line that wants a return, a refund or an exchange
 * (好的 您申请下, 已同意, 您先申请，我同意); null when the reply is no consent, is long, or already
 * makes the move. Her exchange wins where her line names both (退了换个大的).
 */
function consentGranted(normalized: string, buyer: string, found: readonly Move[]): Move | null {
  if (normalized.length > CONSENT_CHARS || !CONSENT.test(normalized)) return null;
  const move: Move | null = EXCHANGE_WANTED.test(buyer) ? 'offer-exchange' : RETURN_WANTED.test(buyer) ? 'offer-return' : null;
  if (move === null || found.includes('escalate')) return null;
  // The consent's own words may already make the move (您申请吧, 申请了我马上同意): it is still her answer.
  if (found.includes(move)) return move;
  if (found.includes('offer-return') || found.includes('offer-exchange')) return null;
  return move;
}

export interface ReadAnswer {
  answers: Answer[];
  moves: Move[];
  flags: Flag[];
}

/** The questions the reply answers: the buyer's line, and the topics her state declares. */
export function questionsOf(ctx: ReplyContext): BuyerQuestion[] {
  const asked = ctx.buyer ? readQuestion(ctx.buyer) : [];
  const yesNo = asked.length === 0 ? true : asked.some((q) => q.yesNo);
  for (const topic of ctx.asks ?? []) {
    if (!asked.some((q) => q.topic === topic)) asked.push({ topic, yesNo });
  }
  // A declared topic says more than "other": the unknown question gives way to it.
  return asked.some((q) => q.topic !== 'other') ? asked.filter((q) => q.topic !== 'other') : asked;
}

/** Whether the reply's opening clauses give her yes as a guarantee ("肯定能", "可以的 包到"), not an estimate ("一般能"). */
function guaranteeGiven(clauses: readonly Clause[]): boolean {
  for (const clause of clauses.slice(0, 2)) {
    const text = clause.text.slice(LEAD.exec(clause.text)?.[0].length ?? 0);
    if (HEDGE.test(text)) return false;
    if (GUARANTEE_GIVEN.test(text)) return true;
  }
  return false;
}

/** The clause that carries the answer word: the first, past 亲/您好 and an apology (不好意思,没有了). */
function answerClause(clauses: readonly Clause[]): { text: string; mask: string; index: number } | null {
  for (const [index, clause] of clauses.slice(0, 3).entries()) {
    const lead = LEAD.exec(clause.text)?.[0].length ?? 0;
    const cut = lead + (HEDGE.exec(clause.text.slice(lead))?.[0].length ?? 0);
    const text = clause.text.slice(cut);
    if (text === '' || APOLOGY.test(text)) continue;
    return { text, mask: clause.mask.slice(cut), index };
  }
  return null;
}

/** The pieces of the buyer's line that ask (…吗, …?, 防不防水): an echo must come from one of them. */
const ASKING = /[^,.!?;~\s]+?(?:[吗嘛么]|\?)|[^,.!?;~\s]*(.)不\1[^,.!?;~\s]*/gu;
function echoes(asked: string, echo: string): boolean {
  for (const m of asked.matchAll(ASKING)) if (m[0].includes(echo) || m[0].includes(echo.slice(0, ECHO))) return true;
  return false;
}

/**
 * 'yes', 'no' or null: the answer word that opens the reply. Negators are read on the clause's
 * mask, where neutral phrases (没问题, 不客气) are blanked: they say no "no". A reply that
 * repeats what the buyer asked about ("纯棉的哦" after "是纯棉的吗") says yes.
 */
export function polarityOf(clauses: readonly Clause[], value?: string, asked?: string, replyChars = 0, answersVerb: (verb: string) => boolean = () => true, closingNo = false): 'yes' | 'no' | null {
  const clause = answerClause(clauses);
  if (!clause) return null;
  const { text, mask } = clause;
  const opening = NEGATOR.exec(mask.slice(0, NEGATOR_REACH));
  // 没拆封的可以退: the negator makes a modifier (the unopened ones), not a no.
  const negated = opening !== null && !negatedModifier(text.slice(opening.index + opening[0].length));
  // 没拆封的话都可以退, 只要没洗过: the negator states the condition; what holds under it (no negator after it) is no "no".
  if (negated && (CONDITION_OPENS.test(text) || negatedCondition(mask.slice(opening.index + opening[0].length)))) return null;
  // 未拆封、配件都在的话是支持的: the condition may list its states over short clauses of their own.
  if (negated && listedCondition(mask.slice(opening.index + opening[0].length), clauses.slice(clause.index + 1))) return null;
  if (negated && (NO.test(mask) || text.length <= SHORT_CLAUSE)) return 'no';
  if (negated) return null;
  if (closingNo && text.length <= CLOSING_NO_CHARS && CLOSING_NO.test(mask) && !/(.)不\1/u.test(text)) return 'no';
  // A yes word that opens a clause of its own content ("可以免费换码的") answers that, not the question.
  const yes = YES.exec(text);
  if (yes && text.slice(yes[0].length).replace(PARTICLES, '').length <= YES_TAIL) {
    // "能开" after "你们有微信吗" grants an invoice, not the contact: a yes with a verb of its own
    // answers only the question of that action (verbAnswers).
    const verb = YES_VERB.exec(text)?.[0];
    return verb !== undefined && !answersVerb(verb) ? null : 'yes';
  }
  if (value !== undefined && text.includes(value) && text.length <= SHORT_CLAUSE) return 'yes';
  // The question's own words given back ("能用的" after "电磁炉能用吗", "适合吧" after "适合一岁宝宝吗").
  const echo = text.replace(PARTICLES, '');
  if (asked && replyChars <= OPEN_ANSWER_CHARS && echo.length > 0 && echo.length <= ECHO_TAIL && !NEGATOR.test(mask) && !/^[我您你这那]|[\d?]/u.test(echo) && echoes(asked, echo)) return 'yes';
  return null;
}

/**
 * The opening clause names a figure and does nothing else: no move of its own, no receipt, no deflection,
 * nothing of a rule, a cut or a gift (NOT_ABOUT_ITEM).
 */
function priceAnsweredFirst(clauses: readonly Clause[]): boolean {
  const clause = answerClause(clauses);
  if (!clause || !/\d/u.test(clause.text)) return false;
  const { text } = clause;
  if (RECEIPT.test(text) || DEFLECT.test(text) || UNKNOWN.test(text) || NOT_ABOUT_ITEM.test(text)) return false;
  return detectMoves(text, [clause]).length === 0;
}

/** A condition the negator opens (没拆封的话, 不合适的时候) followed by what holds under it, with no negator of its own. */
const CONDITION_OPENS = /^(?:只要|如果|要是|假如|除非)/u;
// The condition may list several states (未使用、配件齐全的话).
const NEGATED_CONDITION = /^[^,.!?;]{0,10}(?:的话|的时候)([^,.!?;]+)/u;
/** How long each further state of a listed condition may be (配件都在, 吊牌没剪). */
const LISTED_STATE = 8;
/** The states a condition lists: what was done to the goods (拆封, 使用, 穿, 洗, 剪), not a refusal (不行, 不退). */
const STATE_NEGATED = /^(?:拆|使用|用|穿|洗|剪|开封|激活|影响|损|下水|戴|动)/u;
function listedCondition(rest: string, following: readonly Clause[]): boolean {
  if (!STATE_NEGATED.test(rest)) return false;
  let joined = rest;
  for (const c of following.slice(0, 2)) {
    if (c.text.length > LISTED_STATE + 12) break;
    joined += `,${c.mask}`;
    const m = /^([^.!?;]*?)(?:的话|的时候)([^,.!?;]+)/u.exec(joined);
    if (m) return m[1]!.split(',').every((part) => part.length <= LISTED_STATE) && !NEGATOR.test(m[2]!);
  }
  return false;
}
function negatedCondition(rest: string): boolean {
  const m = NEGATED_CONDITION.exec(rest);
  return m !== null && !NEGATOR.test(m[1]!);
}

/** The answer's no names the action of other topics and not her question's own (不能加微信 to 能开发票吗). */
function noOfOtherTopic(clauses: readonly Clause[], topic: Topic): boolean {
  const clause = answerClause(clauses);
  if (!clause || topic === 'other') return false;
  const named = topicsNamed(clause.text);
  return named.length > 0 && !named.includes(topic);
}

/** How long a hedged answer may be and still be the reply's answer ("可能会有点紧吧，我也说不好"). */
const HEDGED_CHARS = 30;
/** 应该的 is "you're welcome", no hedge. */
const WELCOME = /^应该的[的哦呢呀啦哈吖滴噢哟吧亲~!. ]*$/u;
/**
 * The reply opens on a hedge (可能吧, 应该适合的吧, 大概七八卷吧, 好像有): a doubtful answer is still an
 * answer to what she asked (tone-uncertain says the doubt), read as a value given to her question.
 */
function hedgedAnswer(normalized: string, clauses: readonly Clause[]): boolean {
  if (normalized.length > HEDGED_CHARS) return false;
  const first = clauses[0]?.text ?? '';
  const text = first.slice(LEAD.exec(first)?.[0].length ?? 0);
  return HEDGE.test(text) && !WELCOME.test(text) && !DEFLECT.test(text);
}

/** A short reply with content of its own: not a question back, not a bare 嗯 or 好的. */
function givesValue(normalized: string, clauses: readonly Clause[]): boolean {
  if (normalized.length > OPEN_ANSWER_CHARS || /[?吗]/u.test(normalized)) return false;
  const clause = answerClause(clauses);
  return clause !== null && !/^(好的?|好滴|好嘞|嗯+|恩+|ok|收到|明白)$/u.test(clause.text.replace(PARTICLES, '')) && !DEFLECT.test(clause.text);
}

function flagsOf(effect: TopicEffect, ctx: ReplyContext, evidence: string): Flag[] {
  const on = effect.context ? (ctx as Record<string, unknown>)[effect.context] : undefined;
  if (effect.context && (on === false || (effect.known && on !== true))) return [];
  return (effect.flags ?? []).map((rule) => ({ rule, points: RULES[rule].points, evidence }));
}

/**
 * What the reply says to the buyer's question. `found` are the moves the rules already read:
 * a value given to an open question ("明天发", "M码") counts only where they read none.
 */
export function readAnswer(normalized: string, clauses: readonly Clause[], ctx: ReplyContext, found: readonly Move[], flagged: boolean, platformFlagged = flagged): ReadAnswer {
  const none: ReadAnswer = { answers: [], moves: [], flags: [] };
  if (!ctx.buyer && !ctx.asks?.length) return none;
  // "我帮您查下" after "快递到哪了" or "物流三天没动了" (asked or not): the check is the trace (labelling.md:
  // tracing the parcel is track-parcel); not where she must first send the order number (ask-info),
  // nor a deflection (自己查物流).
  const buyerLine = normalizedBuyer(ctx.buyer);
  if (PARCEL_ASKED.test(buyerLine) && normalized.length <= OPEN_ANSWER_CHARS && PARCEL_CHECKED.test(normalized) && !found.includes('ask-info') && !found.includes('track-parcel')) {
    return { ...none, moves: ['track-parcel'] };
  }
  // "M码" after "我165 50kg", "12号" after "周长52mm": the size for her measure, asked or not.
  if (BODY_STATED.test(buyerLine) && normalized.length <= SIZE_ANSWER_CHARS && SIZE_NAMED.test(normalized) && !STOCK_SAID.test(normalized) && !found.includes('recommend-size') && !found.some((m) => !SOCIAL.has(m) && m !== 'product-info')) {
    return { ...none, moves: ['recommend-size'] };
  }
  // "申请吧" or "同意了" after "我想退货" / "申请了": her return (or exchange) granted, asked or not.
  const granted = consentGranted(normalized, buyerLine, found);
  if (granted !== null) return { ...none, moves: [granted] };
  const questions = questionsOf(ctx);
  // "不清楚" answers nothing, unless a (doubtful) answer opens the reply: "好像有吧,我也不太清楚".
  if (questions.length === 0 || (UNKNOWN.test(normalized) && UNKNOWN.test(answerClause(clauses)?.text ?? normalized))) return none;
  // "好的,请稍等,我帮您查一下": a receipt before a wait answers nothing yet; the answer comes after the check.
  if (found.includes('please-wait') && RECEIPT.test(answerClause(clauses)?.text ?? '')) return none;
  const out: ReadAnswer = { answers: [], moves: [], flags: [] };
  const evidence = (clauses[0]?.text ?? normalized).slice(0, 12);
  const buyer = normalizedBuyer(ctx.buyer);
  // "5块" after "补多少": the amount she gets back is offered.
  if (amountAnswered(normalized, buyer) !== undefined) return { ...out, moves: ['offer-compensation'] };
  // "您出哈" after "退货运费谁出": who bears the cost is the shop's rule, stated.
  if (BEARER_ASKED.test(buyer) && !flagged && normalized.length <= BEARER_ANSWER_CHARS && (found.length === 0 || found.includes('explain-policy')) && !DEFLECT.test(normalized) && !refusesAction(clauses, questions)) {
    return { ...out, moves: ['explain-policy'] };
  }
  // "支持的" after "支持七天无理由吗", "免费装" after "安装收费吗": the rule stated, no return granted. A no
  // that breaks a rule (特价不退) is the flag it raises, not policy.
  // 不支持哦 after 这个支持七天无理由吗: a no to the return's rule refuses the return (the loop below reads it).
  const ruleRefused = questions.some((q) => q.topic === 'return' || q.topic === 'exchange') && polarityOf(clauses) === 'no' && !noRefusesNone(buyer) && !conditionMet(buyer);
  if (RULE_ASKED.test(buyer) && !flagged && !ruleRefused && normalized.length <= BEARER_ANSWER_CHARS && (found.length === 0 || found.includes('explain-policy')) && !DEFLECT.test(normalized) && !UNKNOWN.test(normalized) && !refusesAction(clauses, questions)) {
    return { ...out, moves: ['explain-policy'] };
  }
  // Her comparison answered with what ours has (我们这款多了防水膜, 我们是头层牛皮): the reply compares them.
  if (COMPARE_ASKED.test(buyer) && OUR_SIDE.test(normalized) && !found.includes('compare-objective')) out.moves.push('compare-objective');
  // "能换大一码吗", "换个颜色可以吗": the size or colour is what she would change to, not a question of what the item is.
  const exchanging = questions.some((q) => q.topic === 'exchange');
  // A hedge is a tone flag's business (tone-uncertain); a platform flag (privacy-leak) says the reply answers no question of the item.
  const hedged = !platformFlagged && hedgedAnswer(normalized, clauses) && !found.some((m) => !SOCIAL.has(m));
  // A longer reply to her question of what the item is that makes no move of its own and raises no
  // flag ("很好养的亲,喜欢散射光,土干了再浇透" after "这个琴叶榕好养吗") tells her about the item.
  if (!flagged && normalized.length > OPEN_ANSWER_CHARS && found.every((m) => STATED_BESIDE.has(m)) && itemAsked(ctx, questions) && !NOT_ABOUT_ITEM.test(normalized) && !DEFLECT.test(answerClause(clauses)?.text ?? '') && !RECEIPT.test(answerClause(clauses)?.text ?? '')) {
    out.moves.push('product-info');
    return out;
  }
  // Her question of the price answered by a figure in the opening clause, a coupon or a gift after it
  // ("699元亲,现在领券减50", "69,老客户下单可以领5元券" after "多少钱"): the opening states the item's price.
  if (!platformFlagged && !found.includes('product-info') && found.some((m) => !STATED_BESIDE.has(m)) && questions.some((q) => q.topic === 'price' && !q.yesNo) && !questions.some((q) => q.topic === 'discount') && priceAnsweredFirst(clauses)) {
    out.moves.push('product-info');
  }
  // 不换 after 能换吗 麻不麻烦: the refusal answers her return or exchange, not what she asks beside it.
  const refused = refusesAction(clauses, questions);
  for (const q of questions) {
    if (exchanging && EXCHANGED_TOPICS.has(q.topic)) continue;
    if (refused && q.topic !== 'exchange' && q.topic !== 'return') continue;
    const row = TABLE[q.topic];
    let effect: TopicEffect | undefined;
    const said = q.yesNo ? polarityOf(clauses, q.value, buyer, normalized.length, (verb) => verbAnswers(verb, q.topic, ctx.buyer), CLOSING_NO_TOPICS.has(q.topic)) : null;
    // A no over another topic's action ("不能加微信私下交易哦" after "能开发票吗") refuses that, not what she asked.
    const polarity = said === 'no' && noOfOtherTopic(clauses, q.topic) ? null : said;
    // A question about no listed topic is about the item when it asks about the item (aboutItem),
    // and the reply is a short answer or opens with a bare yes or no ("可以呀,这款是男女同款…"):
    // a longer one says what it says.
    if (q.topic === 'other') {
      const itemMade = ITEM_MADE.test(buyer) && !RETURN_WANTED.test(buyer) && !EXCHANGE_WANTED.test(buyer);
      if (!(aboutItem(buyer) || itemMade) || RECEIPT.test(answerClause(clauses)?.text ?? '')) continue;
      if (found.some((m) => !SOCIAL.has(m)) || (normalized.length > OPEN_ANSWER_CHARS && polarity === null && !hedged)) continue;
      if (polarity === 'no' && curtNo(normalized)) continue;
    }
    if (q.yesNo && polarity) {
      // Only a short answer answers the charge: "能刷的,分期也不用加钱" answers 能刷吗 and says the rest itself.
      const ability = polarity === 'yes' && ABILITY_ASKED.test(buyer) && ABILITY_YES.test(answerClause(clauses)?.text ?? '');
      const charged = CHARGED.test(buyer) && !ability ? CHARGED_TABLE[q.topic] : undefined;
      // One charge per question: the first charged topic asked (card before invoice before postage);
      // only a short answer answers the charge ("能刷的,分期也不用加钱" says the rest itself).
      if (charged && (q.topic !== chargedTopic(questions) || normalized.length > OPEN_ANSWER_CHARS)) continue;
      // A yes or no to the charge (不用钱哒 after 开发票要加钱吗) grants the action, free or charged: the
      // claim is that she can have it, unless the no refuses the action itself (开不了).
      const freed = CHARGED.test(buyer) && !ability && polarity === 'no' && FREE_ANSWER.test(answerClause(clauses)?.text ?? normalized);
      const claimed = freed ? 'yes' : polarity;
      if (q.topic !== 'other') out.answers.push(q.value !== undefined ? { topic: q.topic, value: q.value, polarity: claimed } : { topic: q.topic, polarity: claimed });
      // A question about how a return travels or who pays its postage (退货能寄到付吗, 退货运费你们出吗,
      // 有运费险吗): its yes or no is the shop's policy; a yes that gives 运费险 (送的) offers it.
      if (RETURN_HOW.test(buyer) && RETURN_TOPICS.has(q.topic) && !(polarity === 'no' && refusesAction(clauses, [q]))) {
        effect = { moves: [polarity === 'yes' && GIVES_INSURANCE.test(buyer + normalized) && buyer.includes('运费险') ? 'offer-gift' : 'explain-policy'] };
      } else if (freed && !charged) {
        // "不收费的亲" after "退货要收费吗": her charge is what the no frees; the return is the shop's rule, free.
        effect = FREED_RULE_TOPICS.has(q.topic) ? { moves: ['explain-policy'] } : row.yes;
      } else effect = charged?.[polarity] ?? row[polarity];
      // "可以的亲" after "165/52穿S可以吗": the yes advises the size she put to the shop.
      if (polarity === 'yes' && (q.topic === 'size' || q.topic === 'other') && SIZE_CHOSEN.test(buyer)) effect = { moves: ['recommend-size'] };
      if (effect && polarity === 'no' && curtNo(normalized)) effect = { ...effect, moves: [] };
      if (effect?.flags && polarity === 'no' && RETURNING_TOPICS.has(q.topic) && noRefusesNone(buyer)) effect = { ...effect, flags: effect.flags.filter((f) => f !== 'return-refuse') };
      if (effect?.flags && polarity === 'yes' && REPORTED.test(buyer)) effect = { ...effect, flags: [] };
      // A yes to "能退吗" that goes on to state the return's conditions (签收7天内, 不影响二次销售) tells
      // her the rule: explain-policy, not a return granted, unless the reply also starts it (您申请…).
      if (effect?.moves?.includes('offer-return') && polarity === 'yes' && found.includes('explain-policy')) {
        effect = { ...effect, moves: effect.moves.filter((m) => m !== 'offer-return') };
      }
      // "可以的" after "不喜欢可以退吗": the rule for the case she supposes (supposedReturnAnswered).
      const offers = (m: Move): boolean => m === 'offer-return' || m === 'offer-exchange';
      if (effect?.moves?.some(offers) && polarity === 'yes' && supposedReturnAnswered(normalized, buyer)) {
        effect = { ...effect, moves: [...effect.moves.filter((m) => !offers(m)), 'explain-policy'] };
      }
    } else if (found.length === 0 && !flagged && givesValue(normalized, clauses)) {
      // A value given where a yes was asked ("纯手工的" after "是手工的吗", "排队中" after "发货了吗")
      // answers the question's topic as a value to an open question would.
      // 需要您出 after 退货运费你们出吗: who pays a return's postage is the shop's rule.
      if (RETURN_HOW.test(buyer) && RETURN_TOPICS.has(q.topic)) effect = { moves: ['explain-policy'] };
      else effect = q.topic === 'size' && FIT_ASKED.test(buyer) ? { moves: ['product-info'] } : row.open;
    }
    // How the size runs, said first ("偏小,拍43码" after "偏大还是偏小"): the fit is stated beside the size advised.
    if (!effect && q.topic === 'size' && FIT_ASKED.test(buyer) && FIT_ASKED.test(answerClause(clauses)?.text.slice(0, FIT_LEAD) ?? '')) effect = { moves: ['product-info'] };
    // "可能吧" after "能装热牛奶吗", "应该下周吧" after "大概等多久": the doubtful value answers her question.
    // A yes-no question of the item or its delivery takes the doubt as its yes ("应该合适的吧" after "一米八能穿吗").
    if (!effect && hedged && polarity === null) {
      const doubted = q.yesNo && (GOODS_TOPICS.has(q.topic) || TIME_TOPICS.has(q.topic) || q.topic === 'other') ? row.yes : row.open;
      effect = q.topic === 'size' && FIT_ASKED.test(buyer) ? { moves: ['product-info'] } : doubted ? { moves: doubted.moves ?? [] } : undefined;
    }
    if (!effect) continue;
    for (const m of effect.moves ?? []) if (!out.moves.includes(m)) out.moves.push(m);
    for (const f of flagsOf(effect, ctx, evidence)) if (!out.flags.some((x) => x.rule === f.rule)) out.flags.push(f);
    // "保证" after "能保证明天到吗": the yes is the guarantee the buyer asked for; "肯定能" after
    // "明天能到吗" gives one she did not ask for.
    if (polarity === 'yes' && GUARANTEE_TOPICS.has(q.topic) && (GUARANTEE.test(buyer) || guaranteeGiven(clauses))) {
      for (const f of flagsOf({ flags: answersData.guarantee.flags }, ctx, evidence)) if (!out.flags.some((x) => x.rule === f.rule)) out.flags.push(f);
    }
  }
  return out;
}
