// Tone flags composed from the structure of a reply, where no listed phrase said it
// (src/engine/lexicon/tone.json `composed`). Each pattern is built from shared parts — who is
// addressed ({you}), what she did with the goods ({usage}), what went wrong ({harm}), a photo
// looked at ({evidence}), a verdict on a return ({verdict}), a page or a third party ({doc},
// {third}) — so that one structure covers the wordings a trainee invents:
//   tone-criticize    the cause of her problem put on her (你放歪了才有的, 多半是水温过高造成的,
//                     和您本身的肤质有关), or a lecture (您以后要注意, 这是基本常识);
//   tone-interrogate  a question at her that doubts her care, honesty or skill (您是不是看成别的
//                     款了?, 身高体重是准确的吗?, 下单确认过吗?, 第一次网购吗?, 能怪我?);
//   tone-blunt        a flat contradiction (您量的方法不对, 这不是我们的问题, 明明写的是…);
//   tone-prejudge     a verdict on a return from a photo (看图没什么问题，肯定能过), unless the reply
//                     leaves it to the inspection (寄回检测才能确定); after her photo, any
//                     verdict on the return (prejudgeInContext);
//   tone-cold         a bare pointer elsewhere instead of an answer (看详情页, 说明书上有), her
//                     problem pushed onto a third party (是快递的问题，您找快递), or a bare 嗯/哦
//                     to her question or complaint (coldInContext).
// A clause that only supposes (如果…, …的话) blames no one.
import toneJson from '@/engine/lexicon/tone.json';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';
import type { Move, RuleId } from '@/engine/vocabulary';
import type { ReplyContext } from '@/engine/understanding-types';
import { reportsFault } from '@/engine/score/upset';
import { asksAboutGoods } from '@/engine/understand/answers';
import { normalizedBuyer, readQuestion } from '@/engine/understand/question';
import { advisesHer, BLAME_PATTERNS, blamesHer, blamesOthers } from '@/engine/understand/blame';
import { patternRequirement, REPLY_INDEX, type RequirementId } from '@/engine/understand/requirement-index';

const tone = checkLexicon('tone.json', toneSchema, toneJson);
const { parts, rules, conditional } = tone.composed;

function fill(template: string, field: string): RegExp {
  const source = template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`src/engine/lexicon/tone.json is invalid: ${field}: unknown part {${name}}`);
    return part;
  });
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new Error(`src/engine/lexicon/tone.json is invalid: ${field}: not a valid regular expression (${(error as Error).message})`);
  }
}

const compileRules = (record: Partial<Record<string, string[]>>, field: string): ReadonlyArray<[RuleId, RegExp[]]> =>
  Object.entries(record).map(([rule, list]) => [rule as RuleId, list!.map((t, i) => fill(t, `${field}.${rule}.${i}`))]);
const COMPILED = compileRules(rules, 'composed.rules');
/** Dismissals (急啥, 等着吧, 不是我们能控制的): a particle does not soften them as it softens a pointer. */
const UNSOFTENED = compileRules(tone.composed.unsoftened, 'composed.unsoftened');
/** Cues that blame or doubt her only after she reported a problem, showed a photo or is upset. */
const AFTER_PROBLEM = compileRules(tone.composed.afterProblem, 'composed.afterProblem');
// Each pattern's required characters and words (requirement-index.ts), checked on the whole reply
// before its sentences are tried: most patterns cannot match a given reply at all. A sentence
// with a supposing clause left out is rejoined with ",".
const REQUIRES: ReadonlyMap<RegExp, RequirementId> = new Map(
  [...COMPILED, ...UNSOFTENED, ...AFTER_PROBLEM].flatMap(([, list]) => list.map((re) => [re, patternRequirement(re.source, ',')] as const)),
);
/** Whether the pattern may match somewhere in `text` (false: surely not). */
const mayMatch = (re: RegExp, text: string): boolean => REPLY_INDEX.passes(REQUIRES.get(re)!, text);
const NOT_PREJUDGE = fill(tone.composed.notPrejudge, 'composed.notPrejudge');
/** The inspection named with its outcome already certain (验货肯定过不了, 验货肯定没问题): a verdict after all. */
const CERTAIN_OUTCOME = /(?:肯定|一定|绝对|百分百|保证)(?:能|会|可以)?(?:过不了|通不过|过不去|不行|没问题|能过|通过|过)/u;
/**
 * The reply leaves the verdict to the inspection (以仓库检查为准, 照片没法判定, 不凭照片判断): no
 * prejudgement, whichever reader (a composed pattern or the classifier's backstop) suspects one.
 */
export const defersJudgement = (normalized: string): boolean => NOT_PREJUDGE.test(normalized) && !CERTAIN_OUTCOME.test(normalized);
const CONDITIONAL = new RegExp(conditional, 'u');
const PARTICLE = new RegExp(tone.particles, 'u');
const NEGATED = new RegExp(`${tone.negators}(?:是|会|要|用|怪)?$`, 'u');
/** The shop acting for her itself (我这边也同步催一下, 我马上帮您联系, 我们会跟进): not 也催不动, 也查不到. */
const SHOP_ACTS = /(?:我|我们|这边|我这边|我们这边)(?:也|同时|同步|马上|会|这就|先|立刻){1,2}(?:帮(?:您|你)|给(?:您|你)|替(?:您|你))?(?:催|联系|跟进|查|核实|处理|问|反馈|登记)(?![不没]|得?[动到上]|了吗)/u;
/** Rules whose cue is the whole reply (a bare pointer) rather than one clause of it. */
const WHOLE_REPLY: ReadonlySet<RuleId> = new Set(['tone-cold', 'tone-prejudge']);

const BARE_RECEIPT = new RegExp(tone.composed.bareReceipt, 'u');
const SHRUG = new RegExp(tone.composed.shrug, 'u');
/** A whole reply that only remarks on her asking (你问题真多, 就你事多): it answers nothing she asked. */
const ASKING_REMARKED = new RegExp(tone.composed.askingRemarked, 'u');
const GO_AHEAD = new RegExp(tone.composed.goAhead, 'u');
/** A receipt (嗯, 哦) — not 说 or a bare ? that asks her to go on. */
const RECEIPT = /^(?:嗯+|恩+|哦+|噢+)[.~ ]*$/u;
/** A bare okay (好的, 好滴, 好): the receipt of a statement. */
const BARE_OKAY = /^好(?:的|滴|嘞)?[.。!]*$/u;
/** Her question opens asking the shop to act (能发顺丰吗, 可以备注一下吗): an okay grants it. */
const ASKED_TO_ACT = /^(?:那|亲|你好|您好)?[, ]*(?:能|可以|能不能|可不可以|能否|麻烦)/u;
/** A whole reply that only names the queue or the rush (人多,排队; 排着呢; 都在排队). */
const QUEUE_ONLY = /^(?:(?:人多|人太多|单多|太忙|忙着呢|排队|在排队|都在排队|排着呢|排队中)[,，.。 ]*){1,2}$/u;
/** Her line complains of the service's answers (客服怎么这么慢, 都不回消息, 半天没人理). */
const SERVICE_SLOW = /客服|回复|回消息|不回|没人(?:理|回)|理人/u;
/** Her line asks for something: a receipt does not answer it. */
const REQUEST = /我要|我想|帮我|麻烦|请你|给我|能不能|可不可以|可以吗/u;
/** Her line threatens or challenges the shop (投诉, 介入, 差评, 什么态度): see score/upset.ts. */
const THREAT = new RegExp(`${tone.upset.threat}|${tone.upset.challenge}`, 'u');
/** The reply still offers to act for her (我这边马上同意, 帮您): no dismissal. */
const ACTS_FOR_HER = /(?:我|这边|马上|立刻)[^,.!?]{0,6}(?:同意|处理|帮|安排|跟进)|帮(?:您|你)/u;
const ADVICE_ASKED = new RegExp(tone.composed.adviceAsked, 'u');
const IT_DEPENDS = new RegExp(tone.composed.itDepends, 'u');
const VAGUE_ANSWER = new RegExp(tone.composed.vagueAnswer, 'u');
const FIGURE_ASKED = new RegExp(tone.composed.figureAsked, 'u');
/** A recommendation or an offer after a shrug (建议, 推荐, 适合): the choice is answered after all. */
const RECOMMENDS = /建议|推荐|适合|可以|更|选[a-z\d]|拍[a-z\d]/u;

/** A shrug as the first clause, one bare clause after it that recommends nothing and is not softened. */
function shrugFirst(bare: string): boolean {
  const clauses = bare.split(/[,.!?;~。]/u).filter(Boolean);
  return clauses.length === 2 && SHRUG.test(clauses[0]!) && !RECOMMENDS.test(clauses[1]!) && !PARTICLE.test(bare);
}
const VERDICT = fill('{verdict}', 'composed.parts.verdict');
const EVIDENCE = fill('{evidence}', 'composed.parts.evidence');
/** A harm the reply names (坏, 缩, 过敏): a deed of hers it speaks of may be its cause. */
const HARM = fill('{harm}', 'composed.parts.harm');
const SHOWN = new RegExp(tone.upset.photo, 'u');
const POSITIVE_ANSWER = new RegExp(tone.composed.positiveAnswer, 'u');
const ASKS = new RegExp(tone.composed.asks, 'u');

/** The buyer's line asks something (a question the reply owes an answer to). */
const asks = (ctx: ReplyContext): boolean => ctx.buyer !== undefined && ASKS.test(ctx.buyer);

const NEGATIVE_ANSWER = new RegExp(tone.composed.negativeAnswer, 'u');
const CHARGE_ASKED = new RegExp(tone.composed.chargeAsked, 'u');
const CHARGE_NO = new RegExp(tone.composed.chargeNo, 'u');
const SERVICE_VERB = new RegExp(tone.composed.serviceVerb, 'u');

/**
 * A bare no that gives back the word her yes/no question about the item asked (不卡 after 玩游戏卡吗,
 * 不大 after 噪音大吗, 不是的 after 是无谷的吗, 无尘的 after 会不会有粉尘): it answers her, curtly. Not a
 * bare 没有/不行/不包/不送: what she asked for refused (or out of stock) is not a property answered.
 */
function echoedNo(bare: string, ctx: ReplyContext): boolean {
  const m = ctx.buyer === undefined ? null : NEGATIVE_ANSWER.exec(bare);
  const word = m?.[1];
  if (!word || SERVICE_VERB.test(word)) return false;
  const buyer = normalizedBuyer(ctx.buyer);
  // 无糖的 after 有糖还是无糖, 无尘的 after 会不会有粉尘: an either-or or an A-not-A question about the
  // item is a yes/no one too, whatever topic the question reader gave it (writer-ar, -g) — when it is
  // her one question (不会 after 凉不凉 会不会夹头发 leaves one unanswered).
  const asked = buyer.split(/(?<=[,.!?;~ ])/u).filter((c) => QUESTION_CLAUSE.test(c)).length;
  return buyer.includes(word) && (asked === 1 && EITHER_OR.test(buyer) || asksAboutGoods(ctx).some((q) => q.yesNo));
}
/** Her question offers two answers: 有糖还是无糖, 会不会有粉尘, 是不是纯棉. */
const EITHER_OR = /还是|([\u4e00-\u9fa5])[不没]\1/u;
/** A clause of her line that asks: an either-or, an A-not-A, a 吗 or a question mark. */
const QUESTION_CLAUSE = /还是|([\u4e00-\u9fa5])[不没]\1|吗|\?/u;

/** A whole reply that only names a thing or a figure back with 呗 (239的呗, 买那个199的呗): `$1` the thing. */
const HANDED_BACK = /^(?:那)?(?:你|您)?(?:就)?(?:去)?(?:买|拍|选|要)?(?:那个|那家)?([^,.!?的]{2,8}?)(?:块|元)?的?呗[.!~。]*$/u;

/** A judgement left to her (您自己判断就好, 您可以自己对比, 您自己比较判断). */
const LEFT_TO_HER = /(?:您|你)?(?:可以|就)?自己(?:比较|对比|判断|决定|衡量|选择)/u;
/** Moves that give her something to judge by: a statement of the item, a comparison, a policy. */
const GIVES_FACTS: ReadonlySet<Move> = new Set<Move>(['product-info', 'compare-objective', 'explain-policy', 'shipping-info', 'recommend-size']);
/**
 * A judgement left to her after the reply gave her the facts (官方旗舰店，官网查防伪码，1年保修，您自己判断就好)
 * is no coldness — the coached answer to a bait about another shop; bare, with nothing given (这个不好说,
 * 您自己判断吧), it still is (player12 F12; writer-a, holdout-7 against blind-b, holdout-2).
 */
export function judgementLeftAfterFacts(evidence: string, moves: readonly Move[]): boolean {
  return LEFT_TO_HER.test(evidence) && moves.some((m) => GIVES_FACTS.has(m));
}

/** The agent says she misspoke (我刚才说错了, 是我说错了, 口误, 更正一下). */
const MISSPOKE = /(?:我|是我)(?:刚才|刚刚|之前|前面)?(?:话)?(?:说错|讲错|打错|说得不对|说的不对)|(?:刚才|刚刚)(?:说错|讲错|打错)|说错了|口误|更正一下|纠正一下/u;
/** 不对 restating her own words after it (不对，是原路退回): `$1` what follows. */
const RESTATED = /不对[,.!~ ]*(?:应该)?是(?!(?:你|您))/u;
/**
 * A 不对 that corrects the agent's own words, not hers (player12 F8): the reply says it misspoke, or
 * 不对 comes after a statement of its own and restates it (…今天内打到您的支付宝账户…不对，是原路退回). At
 * the reply's start (不对，我们没有这个活动, 不对，是你看错颜色了) it contradicts her (holdout-8, blind-final).
 */
export function selfCorrected(normalized: string, evidence: string): boolean {
  if (!/^不对/u.test(evidence)) return false;
  if (MISSPOKE.test(normalized)) return true;
  const at = normalized.search(RESTATED);
  if (at < 0) return false;
  const before = normalized.slice(0, at).replace(/^(?:亲亲?|宝子?)|[\s,.!?~…。，]/gu, '');
  return before.length >= 4;
}

/** A bare yes or no, the agent's 亲 and particles aside (亲 不可以哦, 亲 能用哦, 好的, 是的呢). */
const BARE_YES_NO = /^(?:亲亲?|宝子?)?[,~]*(?:不|没)?(?:可以|行|能(?:用|开|退|到)?|是|有|对|会|好|嗯+|恩+)(?:的|滴)?(?:呢|哦|哈|呀|啊|啦|噢|喔|哟|哒|~|!|\.)*$/u;
/** Her line asks with a question word (贵在哪, 为什么, 什么时候, 多少), not only with a question mark. */
const WH_WORD = /什么|多少|(?<![好这那十前后最头])几(?!乎)|哪|怎么|如何|多久|啥|为什么|为啥|咋/u;
/** Her line asks a yes or a no somewhere (吗, 能不能, …不): a bare yes may answer it. */
const ASKS_YES_NO = /[吗嘛]|(?<![什怎这那多])么|[不没](?:[?,.!~ ]|$)|有没有|是不是|能不能|行不行|可不可以|会不会|对吧|是吧/u;

/**
 * A bare yes or no that leaves her question unanswered, particles or not (player12 F39): her question
 * is open (贵在哪, 差在哪, 什么时候能开出来) and asks no yes or no anywhere; or besides her yes/no question
 * she asked about a charge (能用不 额外收费吗) and the bare yes says nothing of it.
 */
function leavesUnanswered(bare: string, buyerLine: string): boolean {
  if (!BARE_YES_NO.test(bare)) return false;
  const buyer = normalizedBuyer(buyerLine);
  const questions = readQuestion(buyerLine);
  if (questions.length > 0 && questions.every((q) => !q.yesNo) && WH_WORD.test(buyer) && !ASKS_YES_NO.test(buyer)) return true;
  // A bare no (不收哦, 不用哦) may be the charge's own answer; a bare yes (能用哦) answers the first question only.
  return !/^(?:亲亲?|宝子?)?[,~]*(?:不|没)/u.test(bare) && chargeAfterOther(buyer);
}

/** Her line asks something else before the charge (信用卡分期能用不 额外收费吗): a bare yes answers the first only. */
function chargeAfterOther(buyer: string): boolean {
  const at = buyer.search(CHARGE_ASKED);
  // The charge asked as her first question (要加钱吗 能开吗) is left to the reply's own reading.
  return at > 0 && ASKS_YES_NO.test(buyer.slice(0, at));
}

/**
 * tone-cold read against the buyer's line: a bare 嗯/哦 (or a bare emoji) to her question, her
 * request or her complaint ignores it (cold), and so does a shrug (都行, 随便) when she asked which one to take; a bare yes to her
 * yes/no question ("发了" after "发货了吗") answers it (not cold), and so does a bare no that gives
 * back the word of her question about the item (不卡 after 卡吗), a no to the charge she asked
 * about (不收 after 要手续费吗), and a bare 嗯 after a statement of hers (a neutral receipt). A
 * remark on her asking (你问题真多) after her question about the item answers nothing (cold). After
 * she threatens a complaint or a dispute, a go-ahead that does nothing for her (那您提交吧, 投吧, 介入也
 * 一样) is cold. After her question, an it-depends on nothing she is told (看情况, 看人吧) is cold, and so
 * is a vague degree for the figure or the name she asked (挺多的, 一些小东西).
 */
export function coldInContext(normalized: string, ctx: ReplyContext, curt: boolean): 'cold' | 'answered' | null {
  const bare = normalized.replace(/\s/g, '');
  if (ctx.buyer !== undefined && leavesUnanswered(bare, ctx.buyer)) return 'cold';
  if (curt && asks(ctx) && POSITIVE_ANSWER.test(bare)) return 'answered';
  if (curt && echoedNo(bare, ctx)) return 'answered';
  // "不收" after "要手续费吗", "免费的" after "开发票要加钱吗": the charge she asked about denied.
  if (curt && ctx.buyer !== undefined && CHARGE_NO.test(bare) && CHARGE_ASKED.test(normalizedBuyer(ctx.buyer))) return 'answered';
  // "嗯" after "好吧 那我拍了": a neutral receipt of a statement (labelling.md), not of a question, a
  // request (我要退货) or a complaint.
  if (curt && ctx.buyer !== undefined && RECEIPT.test(bare) && !asks(ctx) && !REQUEST.test(ctx.buyer) && ctx.buyerUpset !== true) return 'answered';
  if (BARE_RECEIPT.test(bare) && (asks(ctx) || ctx.buyerUpset === true || (ctx.buyer !== undefined && REQUEST.test(ctx.buyer)))) return 'cold';
  // "好的" after 什么时候能开出来 or 明天能发吗: an okay to her question answers nothing she asked (chats-as,
  // writer-ag); not to a request asked as a question (能帮我取消吗: the okay does it).
  if (BARE_OKAY.test(bare) && asks(ctx) && !REQUEST.test(ctx.buyer!) && !ASKED_TO_ACT.test(normalizedBuyer(ctx.buyer!))) return 'cold';
  // "人多,排队" after 你们客服怎么这么慢: the queue given as all the reply to her complaint about the
  // service's answers (writer-aj, -al); after 怎么还不发货 it tells her why (writer-a).
  if (ctx.buyer !== undefined && QUEUE_ONLY.test(bare) && SERVICE_SLOW.test(ctx.buyer)) return 'cold';
  // "那您提交吧", "您申请吧" after she threatens a complaint or a dispute: her threat waved through.
  const first = bare.split(/[,.!?;~。]/u)[0] ?? '';
  if (ctx.buyer !== undefined && GO_AHEAD.test(first) && THREAT.test(normalizedBuyer(ctx.buyer)) && !ACTS_FOR_HER.test(bare)) return 'cold';
  // "你问题真多" after her question about the item: a remark on her asking in place of the answer
  // (labelling.md: a curt reply that fails to answer what was asked).
  if (ASKING_REMARKED.test(bare.replace(/[.!~。]+$/u, '')) && asksAboutGoods(ctx).length > 0) return 'cold';
  // "都行", "随便啦都差不多", "随便哪个都行" when she asked which one to take (哪款好, 20寸还是24寸):
  // her choice handed back, unanswered — whole, or with one bare clause after it that recommends
  // nothing (随便哪款都行,初学者听不出区别的).
  if (ctx.buyer !== undefined && ADVICE_ASKED.test(ctx.buyer) && (SHRUG.test(bare) || shrugFirst(bare))) return 'cold';
  // "239的呗", "买那个199的呗" after 别家才239: the other shop's offer she named, handed back as all the
  // reply (go and buy it, then) — the go-elsewhere of 去别家买吧 in her own words.
  const handed = ctx.buyer === undefined ? null : HANDED_BACK.exec(bare);
  if (handed && OTHER_SHOP.test(normalizedBuyer(ctx.buyer)) && normalizedBuyer(ctx.buyer).includes(handed[1]!)) return 'cold';
  if (ctx.buyer !== undefined && asks(ctx)) {
    const whole = bare.replace(/[.!~。]+$/u, '');
    // "看情况" after 多久发货, "看人吧" after 显黑吗, "看你怎么装了" after 能装多少: it depends, on
    // nothing she is told (labelling.md: a curt reply that fails to answer what was asked).
    if (IT_DEPENDS.test(whole)) return 'cold';
    // "挺多的" after 充绒量多少, "一些小东西" after 送什么配件: a figure or a name asked, a vague degree given.
    if (VAGUE_ANSWER.test(whole) && FIGURE_ASKED.test(normalizedBuyer(ctx.buyer))) return 'cold';
  }
  return null;
}

/**
 * tone-prejudge read against the buyer's line: after she sent a photo (照片发你了, [图片]), a verdict
 * on the return (看着没问题, 这个退不了) is judged from the photo even when the reply does not say
 * so, unless it leaves the verdict to the inspection (寄回检测才能确定).
 */
/** Her line asks the verdict on her photos: 这样能退吧?, 能不能退, 你先确认下 能退我再寄. */
const VERDICT_ASKED = /能退|可以退|退得了|能不能退|给退|能过|能通过/u;
/** A bare yes opening the reply (亲，可以的, 能退的, 没问题): the answer her question asked. */
const BARE_YES = /^(?:亲|亲亲|宝子?)?[,~ ]*(?:可以的?|能的|能退的?|可以退的?|没问题的?|行的?|是的)(?:哦|呢|哈|呀|啊|亲|~)*$/u;
/** The verdict left to the inspection or the rule (以仓库检查为准, 签收7天内…): no verdict of the agent's. */
const LEFT_TO_RULE = /仓库|检查|检测|为准|审核|验货|签收|条件|吊牌|未穿|无磨损|标准/u;

export function prejudgeInContext(normalized: string, ctx: ReplyContext): string | null {
  if (ctx.buyer === undefined || !SHOWN.test(ctx.buyer)) return null;
  const m = VERDICT.exec(normalized);
  if (!m) {
    // A bare yes to her question whether her photos pass decides from the photos (player13 F11:
    // 亲，可以的，您寄回来吧 after 这样能退吧?你先确认下 能退我再寄), as 看着没问题,肯定能退 does.
    const first = normalized.split(/[,.!?;~。]/u).map((c) => c.trim()).find((c) => c !== '' && !/^(?:亲|亲亲|宝子?)$/u.test(c)) ?? '';
    if (!VERDICT_ASKED.test(ctx.buyer) || !BARE_YES.test(first) || LEFT_TO_RULE.test(normalized) || defersJudgement(normalized)) return null;
    return first;
  }
  if (defersJudgement(normalized)) return null;
  return NEGATED.test(normalized.slice(Math.max(0, m.index - 2), m.index)) ? null : m[0];
}

const UNKNOWN_ANSWER = new RegExp(tone.composed.unknownAnswer, 'u');
const GUESSED_ANSWER = new RegExp(tone.composed.guessedAnswer, 'u');
const FINDS_OUT = new RegExp(tone.composed.findsOut, 'u');
// Another shop's goods (他们家的, 别家): not the shop's own.
const OTHER_SHOP = new RegExp(`${tone.upset.otherShop}|他们|人家|别人`, 'u');
const ECHO_CHARS = 2;

/**
 * tone-uncertain read against the buyer's line: she asked what the item itself is (its material,
 * quality, what it contains, whether it is genuine) and the reply says it does not know (不清楚,
 * 我们也不知道) or guesses the answer she asked for with 吧 (是纯银的吧 after 是纯银的吗) — unless it
 * goes to find out (我帮您问一下) or speaks of another shop's goods. rules.md: "know the product
 * or find out". When a parcel arrives or a colour comes back is not the shop's own goods.
 */
export function uncertainInContext(normalized: string, ctx: ReplyContext): string | null {
  if (ctx.buyer === undefined || FINDS_OUT.test(normalized)) return null;
  const questions = asksAboutGoods(ctx);
  if (questions.length === 0) return null;
  const first = normalized.split(/[,.!?;~。]/u).find((c) => c.trim() !== '') ?? '';
  for (const clause of normalized.split(/[,.!?;~。]/u)) {
    if (OTHER_SHOP.test(clause) || CONDITIONAL.test(clause)) continue;
    const m = UNKNOWN_ANSWER.exec(clause);
    if (m) return m[0];
  }
  // A guess of what she asked, given back with 吧: "正版吧" after "这个手办是正版吗".
  const guess = questions.some((q) => q.yesNo) ? GUESSED_ANSWER.exec(first) : null;
  const core = guess?.[1] ?? '';
  if (guess && core.length >= ECHO_CHARS && normalizedBuyer(ctx.buyer).includes(core)) return guess[0];
  return null;
}

/** Her line denies a deed (详情没写, 客服都不回消息, 半天不回): the deed's verb. Not an A-not-A question (发没发). */
const HER_DENIAL = /(?:没|不)(?:有)?([\u4e00-\u9fa5])/gu;
/** A whole reply that only retorts the deed done (我这不是回了吗, 明明写了): `$1` is its verb. */
const DEED_RETORTED = /^(?:我|我们)?(?:这)?(?:不是|明明|早就?)(?:已经)?(?:有)?([\u4e00-\u9fa5])(?:了|过|着)(?:的|啊|呀)?(?:吗|么)?\??$/u;
/** A whole reply that only asserts the deed done (写了, 都写着的): `$1` is its verb — a contradiction of her statement, the answer to her question (到了 after 还没到吗). */
const DEED_ASSERTED = /^(?:都|已经)?(?:有)?([\u4e00-\u9fa5])(?:了|过|着)(?:的|啊|呀)?$/u;
/**
 * The page's word asserted against her denial of it, as the reply's first clause (写了的,您再看看;
 * 有写啊; 详情页写得很清楚; 页面第一张图就标了的): `$1` the verb. Only the page's verbs: a deed of the
 * shop's done (发了,单号是…) answers her with the facts.
 */
const PAGE_ASSERTED = /^(?:亲)?(?:(?:详情页?|页面|说明书?|尺码表|商品页|主图|图片?)(?:上|里)?[^,.!?]{0,6}?)?(?:都|也|早就?|明明|就)?(?:有)?(写|标|注明)(?:了|过|着|得(?:很|非常|特别)?(?:清楚|清清楚楚|明明白白|很清楚)|(?<=有(?:写|标|注明)))(?:的)?(?:啊|呀|哦|呢)?$/u;
/** Her line says the page did not tell her (页面也没说, 详情没写, 我没看到, 没人跟我说). */
const PAGE_DENIED = /(?:没|不)(?:有)?(?:写|说|标|注明|提)|没(?:有)?(?:看到|看见|注意到)|没(?:有)?人(?:跟我|告诉我|和我)?说/u;
/** A rhetorical where (哪来的英文, 哪里不好看了, 哪有什么怪味): `$1` is what it denies. */
const WHERE_DENIED = /(?<![是在到去从问找放知])哪(?:来|有|里|儿)(?:的|有)?(?:什么|啥)?([^,.!?]{2,})/u;
/** "哪有毛衣不起球的": a rule about all such goods, no denial of what she said. */
const NONE_WITHOUT = /不[^,.!?]{1,4}的$/u;

/** A flat no at the start of a clause (不是次品, 我们不会发错): `$1` its first two words' characters. */
const CHARGE_DENIED = /(?:^|这|这个|我们|都)(?:真的?|根本|绝对|肯定|并)?(?:不是|不会)([\u4e00-\u9fa5]{2})/u;
/** After a fault she reports, a bare 没/不 before her words denies the fault (我们没发错, 没有色差, 不偏小). */
const FAULT_DENIED = /(?:^|这|这个|我们|都|(?:我们|我家|我们家)(?:的|家)?[\u4e00-\u9fa5]{1,3}?)(?:真的?|根本|绝对|肯定|并|也|都)?(?:不存在(?:什么)?|不会|没有?|不(?!是|会|用|要|好|客气|影响|然|过|知道|清楚|麻烦|辛苦))([\u4e00-\u9fa5]{2})/u;
/** Her line asks (吗, 是不是…?, 不会松垮吧): a no answers it; only her statement is contradicted. */
const HER_QUESTION = /[?吗么]|吧(?:[ ,.!~]|$)|是不是|有没有|能不能|会不会|可不可以/u;

/**
 * A rhetorical "it isn't as if…" thrown back at her (又不是静音的, 又不是收到就退, 我们又不是骗子, 也不是我们的
 * 错啊): `$0` the words. Not 并不是 (a plain denial), not 也不是 with anything but a fault disowned.
 */
const ISNT_AS_IF = /又不是[^,.!?]{1,10}|(?:^|[,.!?;~ ])也不是(?:我们|我)[^,.!?]{0,2}(?:的)?(?:错|问题|责任)/u;
/** "又不是只有你一个": the retort made of her (she is told off for complaining), not of a fact. */
const ISNT_HER = /又不是[^,.!?]{0,4}(?:你|您)/u;

/**
 * Her body named bare as the condition of the size she is told to take (胖就拿大码呗, 腿粗就买XL): her
 * complaint about the size turned flatly into her body; not 偏胖的话 (a hedge, a supposition).
 */
const BODY_NAMED = /(?<!偏|稍|有点|比较|宝宝|孩子|宝贝)(?:太|这么|那么)?(?:胖|肥|矮|腿粗|腰粗|脚肥|脚胖|肚子大)(?:了)?就(?:拿|买|拍|选|穿|换|要)/u;

/** A clause opening with two of her words and saying the harm will not follow (冷水也不会缩, 正常穿不会开胶): `$1` her words. */
const ACCOUNT_DOUBTED = /(?:^|[,.!?;~])([\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]{0,2}?(?:也|都)?不会[^,.!?]{1,8}/gu;

/** Her line claims her pick (我明明选的L码, 我拍的是白色, 我要的是黑色). */
const HER_PICK = /我(?:明明|就|当时|都)?(?:选|拍|买|要|下单?|订)(?:了|的)/u;
/** The reply says her pick was another, stressed (您下单选的就是M码, 你拍的就是古典啊): `$0` the words. */
const PICK_RETORTED = /(?:你|您)(?!们)(?:下单|当时|自己)?(?:时|的时候)?(?:选|拍|买|下|订)的就是/u;

export type BluntCue = { evidence: string; kind: 'asserted' | 'denied' | 'where' | 'retort' };

/**
 * tone-blunt read against the buyer's line: a flat contradiction of what she said, in her words
 * (labelling.md, rules.md 忌直白; writer-a, -aj, -aq, -v, chats-ak):
 *   - she says a deed was not done (详情没写, 客服都不回消息) and the whole reply only retorts it done
 *     (我这不是回了吗: the contradiction, not a question at her) or, after her statement, asserts it
 *     (写了); not an answer to her A-not-A question (发了 after 发没发) or to 还没到吗;
 *   - her charge, asserted (你们就是卖的次品, 你们发错了), given back flatly denied (不是次品, 我们不会
 *     发错); not a no to her question (是次品吗, 不会松垮吧);
 *   - a rhetorical where denies what she named (哪来的英文 after 看不懂英文, 哪里不好看了 after 颜色
 *     不好看); not a where asked (是哪里, 放在哪里, 哪里有问题呢), not in a question, not after her
 *     photo (a verdict on it is tone-prejudge), not a rule about all goods (哪有…不…的).
 */
export function bluntInContext(normalized: string, buyer: string): BluntCue | null {
  if (buyer === '') return null;
  const whole = normalized.replace(/\s/gu, '').replace(/[.!~。]+$/u, '');
  const asserted = DEED_RETORTED.exec(whole) ?? (HER_QUESTION.test(buyer) ? null : DEED_ASSERTED.exec(whole));
  if (asserted) {
    const verb = asserted[1]!;
    const denied = [...buyer.matchAll(HER_DENIAL)].some((m) => m[1] === verb);
    if (denied && !new RegExp(`${verb}[没不]${verb}`, 'u').test(buyer)) return { evidence: asserted[0], kind: 'asserted' };
  }
  const first = normalized.replace(/\s/gu, ',').split(/[,.!?;~。]/u).find((c) => c !== '') ?? '';
  const page = HER_QUESTION.test(buyer) ? null : PAGE_ASSERTED.exec(first);
  if (page && PAGE_DENIED.test(buyer)) return { evidence: page[0], kind: 'asserted' };
  // "又不是静音的" after 炸锅有异响, "又不是收到就退" after 为什么不退: her complaint retorted with
  // an it-isn't-as-if (writer-aj, -g, chats-as); not in a supposing clause.
  // "您下单选的就是M码" after 我明明选的L码: her claim of her pick contradicted (writer-e; after her
  // problem the composed afterProblem pattern reads it).
  const pick = HER_PICK.test(buyer) ? PICK_RETORTED.exec(whole) : null;
  if (pick) return { evidence: pick[0], kind: 'denied' };
  const body = BODY_NAMED.exec(whole);
  if (body) return { evidence: body[0], kind: 'retort' };
  const retort = ISNT_AS_IF.exec(whole);
  if (retort && !ISNT_HER.test(retort[0]) && !CONDITIONAL.test(retort[0])) return { evidence: retort[0].replace(/^[,.!?;~ ]/u, ''), kind: 'retort' };
  if (SHOWN.test(buyer)) return null;
  // "冷水也不会缩那么多啊" after 冷水洗的, "正常穿不会开胶的" after 就正常上班: her account of her use given
  // back with the harm said not to follow from it — her word doubted (chats-i, chats-as); not when the
  // reply names her (a blame or a question at her carries it).
  if (!HER_QUESTION.test(buyer) && !/[你您]/u.test(whole)) {
    for (const m of whole.matchAll(ACCOUNT_DOUBTED)) {
      if (m[1] !== undefined && !/我们|这个|那个|亲亲/u.test(m[1]) && buyer.includes(m[1]) && HARM.test(m[0])) return { evidence: m[0].replace(/^[,.!?;~]/u, ''), kind: 'denied' };
    }
  }
  // "不是次品" after 你们就是卖的次品, "我们不会发错的" after 你们发错了吧: her charge denied flatly in her words.
  if (!HER_QUESTION.test(buyer)) {
    const faulted = reportsFault(buyer);
    for (const clause of normalized.split(/[,.!;~。 ]/u)) {
      const m = clause.includes('?') || CONDITIONAL.test(clause) ? null : (CHARGE_DENIED.exec(clause) ?? (faulted ? FAULT_DENIED.exec(clause) : null));
      const said = m?.[1] ?? '';
      if (m && !/[你我这那的了]/u.test(said) && new RegExp(`(?<!不|没|不会|不是|没有)${said}`, 'u').test(buyer)) return { evidence: m[0], kind: 'denied' };
    }
  }
  for (const clause of normalized.split(/(?<=[,.!?;~。 ])/u)) {
    if (/[?呢吗么]/u.test(clause) || CONDITIONAL.test(clause)) continue;
    const m = WHERE_DENIED.exec(clause.replace(/[,.!;~。 ]+$/u, ''));
    if (!m || NONE_WITHOUT.test(m[0])) continue;
    if (buyer.includes(m[1]!.slice(0, 2))) return { evidence: m[0], kind: 'where' };
  }
  return null;
}

/** Every composed pattern with its parts put in, for the pattern audit (scripts/pattern-audit.ts). */
export function composedPatterns(): Array<{ rule: RuleId; group: string; index: number; re: RegExp }> {
  const of = (group: string, compiled: ReadonlyArray<[RuleId, RegExp[]]>) => compiled.flatMap(([rule, list]) => list.map((re, index) => ({ rule, group, index, re })));
  return [
    ...of('composed', COMPILED),
    ...of('unsoftened', UNSOFTENED),
    ...of('afterProblem', AFTER_PROBLEM),
    ...BLAME_PATTERNS.map(({ index, re }) => ({ rule: 'tone-criticize' as RuleId, group: 'blame', index, re })),
  ];
}

/**
 * A tone-criticize flag whose words blame someone else (blame.ts: the shop or a third party as
 * the agent, her part negated, another shop spoken of) or only tell her how to do a thing
 * (你自己装一下很简单), whichever reader raised it.
 */
export function blameMisplaced(normalized: string, evidence: string): boolean {
  return blamesOthers(normalized, evidence) || advisesHer(normalized, evidence, HARM) || (HOUSEHOLD_GUESS.test(evidence) && REMEDY_OFFERED.test(normalized));
}
/** A guess that someone of her household took or moved it (可能是您家人拿走了). */
const HOUSEHOLD_GUESS = /家(?:人|里人|里的人|孩子|小孩|宝宝)/u;
/** The shop makes it good all the same (没有的话我们补发): the guess is a place to look, not a blame. */
const REMEDY_OFFERED = /补发|重新发|给(?:您|你)(?:补|换|退)|帮(?:您|你)/u;

/** Her pick gone wrong said flatly (你拍错了, 您当时拍错了, 你买错了): `$0` the words. */
const CHOICE_WRONG = /(?:你|您)(?!们)(?:当时|刚才|下单时|下单的时候)?(?:拍|买|选|下单|下)(?:错|反)/u;
/** What makes a pick gone wrong a blame after all: her own part stressed (自己, the cleft 是您…), the fault disowned (怪不了我们, 不是我们的问题). */
const FAULT_PLACED = /自己|(?<!不)是(?:你|您)|怪|不是我们|(?:的|是)问题|责任/u;

/**
 * A tone-criticize cue that only says her pick was wrong (你拍错了 after 你们发错货了, 你买错了 after
 * 接口插不进去): the flat contradiction of her claim (tone-blunt, writer-ai, -c, -k; 你量错了 is
 * blunt already), not a blame — unless its sentence stresses her own part or disowns the fault
 * (是你自己拍错了, 是您当时选错了颜色, 你拍错了码,怪不了我们).
 */
export function choiceContradicted(normalized: string, evidence: string): boolean {
  const m = CHOICE_WRONG.exec(evidence);
  if (!m) return false;
  const at = normalized.indexOf(evidence);
  if (at < 0) return false;
  const start = Math.max(0, ...['.', '!', '?', ';', '。', '\n'].map((p) => normalized.lastIndexOf(p, at) + 1));
  const after = normalized.slice(at).search(/[.!?;。\n]/u);
  return !FAULT_PLACED.test(normalized.slice(start, after < 0 ? normalized.length : at + after));
}

export interface ToneCue {
  rule: RuleId;
  evidence: string;
}

function inSentence(pattern: RegExp, clause: string): string | null {
  const m = pattern.exec(clause);
  if (!m) return null;
  // "不是您的问题", "没怪您": a negator before the cue takes it back.
  if (NEGATED.test(clause.slice(Math.max(0, m.index - 2), m.index))) return null;
  return m[0];
}

let lastSentenced: string | null = null;
let lastSentences: readonly string[] = [];

/**
 * The sentences of a reply: each keeps its question mark (the cue of a question at her) but not a
 * full stop or an exclamation mark (a cue that ends its sentence, 下次注意一下哈。, reads as one); a
 * clause that only supposes (如果…, …的话) is left out of its sentence.
 */
function sentencesOf(text: string): readonly string[] {
  // The reply read last (composeTone and toneInContext both read its sentences).
  if (text === lastSentenced) return lastSentences;
  lastSentenced = text;
  return (lastSentences = text
    .split(/(?<=[.!?;~\n。])/u)
    .map((sentence) => sentence.split(',').filter((c) => !CONDITIONAL.test(c)).join(',').replace(/[.!;~。\n]+$/u, ''))
    .filter(Boolean));
}

/**
 * Her complaint turned back on her: she needn't buy (那你别买啊, 等不了就别买, 您要是觉得不值可以不买的). After a haggle or a calm question it is a curt
 * dismissal (tone-cold); after her complaint about the service or the goods it tells her off for
 * complaining (tone-criticize: writer-ab, -ai, -al). Read on every clause, a supposing one too
 * (the supposition is the dismissal).
 */
const DISMISSAL = fill(tone.composed.dismissal, 'composed.dismissal');

/**
 * A past counterfactual on her deed (您要是按洗标洗就不会缩了, 如果当时按说明书装就没事了): the harm put
 * down to what she did not do. Read on the whole reply, its supposing clause too (the supposition
 * is the blame); after her problem only, and not a future one (以后…就不会, …就不会…的).
 */
const COUNTERFACTUAL = fill('(?<!以后|下次|今后)(?:(?:要是|如果|假如){you}|{you}(?:当时|当初)?(?:要是|如果|假如|早))(?:当时|当初|早)?(?:按|照|听|看|用|洗|先|仔细|注意)[^,.!?]{0,10}?就(?:不会|没)(?:{harm}|这样|事|问题)了', 'counterfactual');

/** Her line decides against the goods (我想退货, 不想要了, 取消订单): a decision she owes no reason for. */
const HER_DECISION = /退|不要了|不想要|取消|换(?:货|一|个|成)/u;
/**
 * A why put to that decision (为什么要退?, 为什么不要了?, 为啥又要退呢): `$0` the words. A question, not
 * a why said of something else (为什么退回 a parcel, 退款 a refund).
 */
const WHY_DECIDED = /(?:为什么|为啥|为何|干嘛|咋)(?:要|又|就|还|突然)?(?:退(?![款回给还钱])|不要了|不想要|取消|换)/u;
/**
 * What makes that why no doubt of her: a polite ask for the reason (请问, 方便说下), help offered
 * (我帮您看看), or the return made to wait on a reason (不说原因没法退: return-refuse carries it).
 */
const WHY_EXCUSED = /请问|方便|帮(?:您|你)|我帮|(?:不说|说清楚|说下|说一下|写清楚|告诉我)[^,.!?]{0,8}(?:没法|不好|不能|才|不然)|不然|否则|才(?:能|给|可以)/u;

/**
 * tone-interrogate read against her line: she decided to return, cancel or not keep the goods and
 * the reply asks her why (为什么要退?鞋子有什么问题吗, 为什么不要了?总得有个理由吧: writer-ab, -aj,
 * -aq, -d) — her motive questioned, where 七天无理由 owes her no reason; not a polite ask for the
 * reason, not with help offered, not when the reply makes the return wait on the reason.
 */
export function motiveAsked(normalized: string, buyer: string): string | null {
  if (buyer === '' || !HER_DECISION.test(buyer)) return null;
  for (const sentence of normalized.slice(0, 500).split(/(?<=[.!?;~。\n])/u)) {
    const m = WHY_DECIDED.exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(m.index).replace(/[.!~。\s]+$/u, '');
    // A question: it ends in ?, in 呢/呀/啊/嘛, or the why opens its sentence and is all of it (not
    // 你得先告诉我为啥退, a demand for the reason).
    const opens = /^[\s,]*(?:那|亲|(?:那)?(?:您|你))?[\s,]*$/u.test(sentence.slice(0, m.index));
    if (!/\?|[呢呀啊嘛]$/u.test(rest) && !(opens && !rest.includes(','))) continue;
    return WHY_EXCUSED.test(normalized) ? null : m[0];
  }
  return null;
}

/** Her line asks why a thing was not done for her (怎么没送赠品, 为什么还没发货, 为啥你们还不退款). */
const FAILURE_ASKED = /(?:怎么|为什么|为啥|咋)(?:你们)?(?:还)?(?:没|不)/u;
/**
 * A question at her about a deed of hers (你有没有按说明书操作啊?, 你是怎么用的?, 你撕了吗?, 你付款了吗?,
 * 谁知道你有没有灌过别的墨): `$0` the words. Not a question about what she has (有没有照片), nor one
 * of care (收到了吗, 好点了吗).
 */
const DEED_QUESTIONED = /(?:你|您)(?!们)(?:[^,.!?]{0,6}?有没有(?!(?:照片|图|视频|截图|订单|单号|收到|什么|问题|其他|别的|需要|空|时间))[^,.!?]{1,10}|是怎么(?:用|洗|装|放|弄|操作|保存|穿|拆|充|插|存)的?|(?!收到|看到|好|满意|明白|了解|懂|喜欢|需要|还|要|想|是|在)[^,.!?]{1,8}?(?:了|过)(?:吗|没有?))(?:啊|呀)?(?:\?|(?<=吗|没|没有|啊|呀)(?=$|[,.!~ ]))/u;
/** What makes a question at her a service, not a doubt: a softener, help offered, an apology. */
const ASKED_KINDLY = /亲|呢|哦|哈|请问|麻烦|帮(?:您|你)|我帮|抱歉|不好意思|对不起|辛苦|方便/u;

/** A sentence that opens with a where and ends asking (哪里不符了?, 哪看不懂?): `$1` what it asks of. */
const WHERE_CHALLENGED = /^(?:那)?(?:你|您)?哪(?:里|儿)?([^,.!?吗呢]{2,8}?)(?:了|的)?\?/u;

/**
 * tone-interrogate read against her line: her complaint asked back with a bare where in her own words
 * (哪里不符了？你说清楚 after 描述和实物不符, 哪里看不懂? after 说明书看不懂: writer-ab, -aj) challenges
 * it; not a where asked kindly (能说说是哪里不满意吗?, 请问是哪里不一样呢?).
 */
export function whereChallenged(normalized: string, buyer: string): string | null {
  if (buyer === '' || ASKED_KINDLY.test(normalized)) return null;
  for (const sentence of normalized.slice(0, 500).split(/(?<=[.!?;~。\n])/u)) {
    const m = WHERE_CHALLENGED.exec(sentence.trim());
    if (m && buyer.includes(m[1]!.slice(0, 2))) return m[0];
  }
  return null;
}

/**
 * tone-interrogate read against her line: after she reported a problem, showed it, is upset or asks
 * why a thing was not done for her, a bare question at her about a deed of hers doubts her care
 * (writer-aj, -aq, -ar, -ab, -h, -j, chats-w); not one said kindly (亲，您开机了吗？) or with help
 * offered, not one about what she has or how she is.
 */
export function deedQuestioned(normalized: string, buyer: string, troubled: boolean): string | null {
  if (buyer === '' || !(troubled || FAILURE_ASKED.test(buyer))) return null;
  if (ASKED_KINDLY.test(normalized)) return null;
  const m = DEED_QUESTIONED.exec(normalized.slice(0, 500));
  if (!m || CONDITIONAL.test(m[0])) return null;
  // A step of the process asked (您申请退款了吗?, 您拍照了吗?) with 您 is a check, curt at most; asked
  // with a bare 你 (你付款了吗?, 你寄回来了吗?) it doubts her.
  return PROCESS_STEP.test(m[0]) && normalized.includes('您') ? null : m[0];
}
/** A step of the order or the after-sale process, not her handling of the goods. */
const PROCESS_STEP = /付款|付钱|申请|提交|寄回|寄出|寄了|填|下单|领|拍照|拍图|拍视频|发图|发照片|确认收货|联系|收到/u;

/**
 * Cues read against her line: after she reported a problem with the goods, showed a photo or is
 * upset, a guess at what she did to cause it (您是不是用热水洗了?, 是不是在灯下看的呀?) doubts her.
 * `buyer` is her normalized line; `complaint`: her line shows she is upset, beyond a fault reported
 * calmly (empathy-owed.ts).
 */
export function toneInContext(normalized: string, buyer: string, upset: boolean, wanted: (rule: RuleId) => boolean, complaint = false): ToneCue[] {
  const troubled = buyer !== '' && (upset || reportsFault(buyer) || SHOWN.test(buyer));
  const cues: ToneCue[] = [];
  // Who the reply makes the agent of the fault (blame.ts): her deed asserted as the cause, a 人为
  // verdict without her photo, a retort at her.
  if (wanted('tone-criticize')) {
    const shown = SHOWN.test(buyer) || EVIDENCE.test(normalized);
    const blamed = blamesHer(normalized, troubled || HARM.test(normalized), shown, buyer);
    const dismissed = blamed || !complaint ? null : DISMISSAL.exec(normalized.slice(0, 2000));
    const counter = blamed || dismissed || !troubled ? null : COUNTERFACTUAL.exec(normalized.slice(0, 2000));
    if (blamed) cues.push({ rule: 'tone-criticize', evidence: blamed });
    else if (dismissed) cues.push({ rule: 'tone-criticize', evidence: dismissed[0] });
    else if (counter) cues.push({ rule: 'tone-criticize', evidence: counter[0] });
  }
  if (wanted('tone-interrogate')) {
    const asked = motiveAsked(normalized, buyer) ?? deedQuestioned(normalized, buyer, troubled) ?? whereChallenged(normalized, buyer);
    if (asked) cues.push({ rule: 'tone-interrogate', evidence: asked });
  }
  if (!troubled) return cues;
  const sentences = sentencesOf(normalized.slice(0, 2000));
  for (const [rule, patterns] of AFTER_PROBLEM) {
    if (!wanted(rule) || cues.some((c) => c.rule === rule)) continue;
    let evidence: string | null = null;
    for (const p of patterns) {
      if (!mayMatch(p, normalized)) continue;
      for (const c of sentences) if ((evidence = inSentence(p, c))) break;
      if (evidence) break;
    }
    if (evidence) cues.push({ rule, evidence });
  }
  return cues;
}

/** The composed rules, then the dismissals a particle does not soften: in this order for every reply. */
const COMPOSED_TONE = [...COMPILED.map(([r, p]) => [r, p, true] as const), ...UNSOFTENED.map(([r, p]) => [r, p, false] as const)];

/** The tone cues of a reply, for the rules `wanted` accepts (those not already flagged). */
export function composeTone(normalized: string, wanted: (rule: RuleId) => boolean): ToneCue[] {
  const cues: ToneCue[] = [];
  const text = normalized.slice(0, 2000);
  const clauses = sentencesOf(text);
  for (const [rule, patterns, softened] of COMPOSED_TONE) {
    if (!wanted(rule) || cues.some((c) => c.rule === rule)) continue;
    let evidence: string | null = null;
    for (const p of patterns) {
      if (!mayMatch(p, text)) continue;
      if (WHOLE_REPLY.has(rule)) {
        const m = p.exec(text);
        // "不用您去找快递": a negator before the pointer takes it back, as in a clause.
        evidence = m && !NEGATED.test(text.slice(Math.max(0, m.index - 2), m.index)) ? m[0] : null;
      } else {
        for (const c of clauses) if ((evidence = inSentence(p, c))) break;
      }
      if (evidence) break;
    }
    if (!evidence) continue;
    // A pointer softened with 亲/哦/呢 is curt, not cold; a photo verdict left to the inspection is no verdict.
    if (rule === 'tone-cold' && softened && PARTICLE.test(text)) continue;
    // A pointer beside the shop's own act for her (我这边也同步催一下, 我马上帮您联系) helps her: not cold.
    if (rule === 'tone-cold' && SHOP_ACTS.test(text)) continue;
    if (rule === 'tone-prejudge' && defersJudgement(text)) continue;
    cues.push({ rule, evidence });
  }
  return cues;
}
