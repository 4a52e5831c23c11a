// understand(): what a trainee reply does (moves), what it names (entities) and which rules it
// breaks (flags). Pure and synchronous; the phrase data lives in src/engine/lexicon/*.json.
import type { ReplyContext, Understanding } from '@/engine/understanding-types';
import { splitClauses } from '@/engine/understand/clauses';
import { amountAnswered, asksComparison, asksRefundAwaited, insuranceStatesReturn, questionsOf, returnApplyInvited, ownBundlePriced, readAnswer, restockTold, speaksOfDispatch, supposedExchangeStated, supposedReturnAnswered } from '@/engine/understand/answers';
import { detectFlags } from '@/engine/understand/detect-flags';
import { exemptByQuestion } from '@/engine/understand/flag-exemptions';
import { normalizedBuyer } from '@/engine/understand/question';
import { detectMoves, withoutContradicted } from '@/engine/understand/detect-moves';
import { shapeMoves, withoutFlaggedShapes } from '@/engine/understand/move-shapes';
import { withBackstop } from '@/engine/understand/classifier';
import { withFacts } from '@/engine/knowledge/check';
import { extractEntities } from '@/engine/understand/entities';
import { normalize } from '@/engine/understand/normalize';
import { MOVES, type Move } from '@/engine/vocabulary';
import { buyerMood } from '@/engine/score/upset';
import { missesEmpathy } from '@/engine/understand/empathy-owed';
import { FEELING_DISMISSED } from '@/engine/understand/acknowledgement';
import { withoutUnaskedWait } from '@/engine/understand/wait-asked';
import { lowestAgainstList, othersPriceSaidBack, priceAnswered } from '@/engine/understand/lowest-named';
import { proposalGranted } from '@/engine/understand/proposal';
import { ownChoiceTold } from '@/engine/understand/own-choice';
import { refundRouteTold } from '@/engine/understand/refund-route';
import { exchangeUnderway } from '@/engine/understand/exchange-underway';
import { itemAskedAnswered } from '@/engine/understand/item-asked';
import { invoiceNotParcel } from '@/engine/understand/invoice-dispatch';
import { stockTold } from '@/engine/understand/stock-told';
import { giftResent } from '@/engine/understand/gift-resent';
import { parcelChased } from '@/engine/understand/parcel-chased';
import { parcelWatched } from '@/engine/understand/parcel-watched';
import { refundTimed } from '@/engine/understand/refund-timed';
import { returnHandlingTold } from '@/engine/understand/return-handling';
import { flaggedNotItem } from '@/engine/understand/flagged-not-item';
import { compensationUnoffered } from '@/engine/understand/compensation-unoffered';
import { postageNotCompensation } from '@/engine/understand/postage-refund';

/**
 * The whole reply is read, however long (a violation after 2,000 characters of padding counts).
 * What bounds the cost is a run of digits: several phrase patterns start with \d+ and try every
 * split of a run, so a pasted run of thousands of digits would cost seconds. No figure a reply
 * means (a price, an order number, a size) is longer than this, so longer runs are cut to it.
 */
const MAX_DIGIT_RUN = 32;
const LONG_DIGIT_RUN = new RegExp(`[\\d.]{${MAX_DIGIT_RUN + 1},}`, 'g');

function boundDigitRuns(normalized: string): string {
  return normalized.length > MAX_DIGIT_RUN ? normalized.replace(LONG_DIGIT_RUN, (run) => run.slice(0, MAX_DIGIT_RUN)) : normalized;
}

/**
 * The rules' reading, with what the n-gram classifier is confident they missed (classifier.ts),
 * then every factual claim held against the shop's facts when the context gives them
 * (knowledge/check.ts: fact-wrong).
 */
export function understand(text: string, given: ReplyContext = {}): Understanding {
  const context = withMood(given);
  const read = withBackstop(understandByRules(text, context), context);
  // What the buyer's line and the reply's own words make of the moves read (each step below).
  const steps: ReadonlyArray<(u: Understanding, ctx: ReplyContext) => Understanding> = [withoutSubsumedEmpathy, withoutDismissedFeeling, comparedOnly, ownChoiceTold, itemAskedAnswered, stockTold, refundUnderway, refundRouteTold, restockNotDispatch, invoiceNotParcel, exchangeSupposed, exchangeUnderway, giftResent, parcelWatched, parcelChased, refundTimed, compensationUnoffered, insuranceAsRule, postageNotCompensation, returnInvited, returnHandlingTold, bundleNotUpsell, withoutUnaskedWait, lowestAgainstList, proposalGranted, flaggedNotItem];
  return withFacts(steps.reduce((u, step) => step(u, context), read), context);
}

/** The backstop's tone-empathy is owed only where empathy-owed.ts owes it (not after a calm fault report). */
function withoutSubsumedEmpathy(u: Understanding, ctx: ReplyContext): Understanding {
  if (missesEmpathy(ctx.buyerFaultOnly === true) || !u.flags.some((f) => f.rule === 'tone-empathy')) return u;
  return { ...u, flags: u.flags.filter((f) => f.rule !== 'tone-empathy') };
}

/** Soothing words beside her feeling waved away (别急嘛，急也没用) take nothing in: no empathize (acknowledgement.ts). */
function withoutDismissedFeeling(u: Understanding): Understanding {
  if (!u.moves.includes('empathize') || !FEELING_DISMISSED.test(u.normalized)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'empathize') };
}

// Whether the buyer's line shows she is upset (score/upset.ts, which reads each line once), when
// nobody said whether she is.
function withMood(ctx: ReplyContext): ReplyContext {
  if (ctx.buyerUpset !== undefined || !ctx.buyer) return ctx;
  const mood = buyerMood(ctx.buyer);
  return mood?.faultOnly === true ? { ...ctx, buyerUpset: true, buyerFaultOnly: true } : { ...ctx, buyerUpset: mood !== null };
}

/**
 * After her question comparing the item with another shop's or brand's, what the reply says of ours
 * (头层牛皮, 续航20天) is the comparison itself (compare-objective), not a statement of the item apart
 * (labelling.md: compare-objective for a comparison with another shop).
 */
function comparedOnly(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('compare-objective') || !u.moves.includes('product-info') || !asksComparison(ctx)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'product-info') };
}

/**
 * After her line asking when a refund already under way reaches her (退款什么时候到, 多久到账), what the
 * reply says of the refund (原路退回, 已经同意了, 一般1-3个工作日) tells her how refunds work
 * (explain-policy); it offers no return she has not got.
 */
/** Moves beside which a refund's time or way may stand as its only statement. */
const REFUND_BESIDE: ReadonlySet<Move> = new Set(['greet', 'apologize', 'empathize', 'acknowledge', 'thank']);
/** When or how a refund comes: a span of time, or the condition it waits on (收到货才退, 签收48小时内退). */
const REFUND_TOLD = /\d+(?:[-到~]\d+)?个?(?:工作日|小时|天)|马上(?:就)?到|(?:收到|签收|验完|验货)[^,.!?]{0,6}(?:才|就|后|内)[^,.!?]{0,4}退/u;
function refundUnderway(u: Understanding, ctx: ReplyContext): Understanding {
  // A time it names with no word of the parcel (一般1-3天 after 多久到账) is the refund's, not a dispatch.
  const timed = u.moves.includes('shipping-info') && !speaksOfDispatch(u.normalized);
  // A reply that breaks a platform rule over it (我直接微信发您红包) is read by its flags, as it was.
  // A reply that reads as no move but names when or how the refund comes (银行卡1-3个工作日, 仓库收到货才退) states it too.
  const told = !u.moves.some((m) => !REFUND_BESIDE.has(m)) && REFUND_TOLD.test(u.normalized);
  if (!(u.moves.includes('offer-return') || timed || told) || !asksRefundAwaited(ctx) || u.flags.some((f) => !f.rule.startsWith('tone-'))) return u;
  const moves: Move[] = [...u.moves.map((m) => (m === 'offer-return' || (m === 'shipping-info' && timed) ? 'explain-policy' : m)), ...(told ? (['explain-policy'] as Move[]) : [])];
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}

/** The 运费险 the order carries, told to her question of a return or its postage, states the rule (answers.ts insuranceStatesReturn). */
function insuranceAsRule(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-gift') || !insuranceStatesReturn(u.normalized, ctx)) return u;
  const moves: Move[] = u.moves.map((m) => (m === 'offer-gift' ? 'explain-policy' : m));
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}

/** Told to apply for her return herself (您直接申请就行), she has it started (answers.ts returnApplyInvited). */
function returnInvited(u: Understanding): Understanding {
  if (u.moves.includes('offer-return') || u.moves.includes('offer-exchange') || u.flags.some((f) => !f.rule.startsWith('tone-')) || !returnApplyInvited(u.normalized)) return u;
  return { ...u, moves: MOVES.filter((m) => u.moves.includes(m) || m === 'offer-return') };
}

/** 一起拍减5块 after 一起买能便宜吗: her own bundle priced, no other item put to her (answers.ts ownBundlePriced). */
function bundleNotUpsell(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('upsell') || !ownBundlePriced(u.normalized, ctx)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'upsell') };
}

/** The exchange's conditions for a case she supposes (签收7天内吊牌在都能换 after 不合适能换吗) state the rule alone (answers.ts). */
function exchangeSupposed(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('offer-exchange') || !u.moves.includes('explain-policy') || !supposedExchangeStated(u.normalized, ctx)) return u;
  return { ...u, moves: u.moves.filter((m) => m !== 'offer-exchange') };
}

/**
 * When the goods come back in stock (下周三补货, 20寸的下周二到货 after 有货吗) the reply states the item's
 * stock (labelling.md: a wait for a restock goes with product-info), no dispatch (answers.ts restockTold).
 */
function restockNotDispatch(u: Understanding, ctx: ReplyContext): Understanding {
  if (!u.moves.includes('shipping-info') || !restockTold(u.normalized, ctx)) return u;
  const moves: Move[] = u.moves.map((m) => (m === 'shipping-info' ? 'product-info' : m));
  return { ...u, moves: MOVES.filter((m) => moves.includes(m)) };
}

const BARE = /^(嗯+|恩+|哦+|噢+|额+)[.~ ]*$/u;
const asksSomething = (ctx: ReplyContext): boolean => questionsOf(ctx).length > 0;

/** The phrase rules alone: what the classifier backstop is trained and measured against. */
export function understandByRules(text: string, given: ReplyContext = {}): Understanding {
  const context = withMood(given);
  const raw = typeof text === 'string' ? text : String(text);
  const normalized = boundDigitRuns(normalize(raw));
  const clauses = splitClauses(normalized);
  const listed = detectMoves(normalized, clauses).map((h) => h.move);
  // What the phrases did not name, the clause's shape may (move-shapes.ts): "充绒量180克" states the item.
  const shaped = shapeMoves(clauses, listed, normalized).map((h) => h.move);
  const joined = shaped.length === 0 ? listed : MOVES.filter((m) => listed.includes(m) || shaped.includes(m));
  const entities = extractEntities(normalized, context, joined.includes('upsell'));
  // A bare figure after "补多少" is the amount she gets back, not a price (answers.ts).
  const amount = amountAnswered(normalized, normalizedBuyer(context.buyer));
  if (amount !== undefined) {
    entities.amount = amount;
    delete entities.price;
  }
  // A bare figure after the price she puts (249吧 after 259行不) is the price offered (lowest-named.ts).
  const offered = amount === undefined && entities.price === undefined ? priceAnswered(normalized, normalizedBuyer(context.buyer)) : undefined;
  if (offered !== undefined) entities.price = offered;
  // The other shop's price she named, said back (嫌贵就去买239的呗 after 那家才卖239): no offer of ours.
  if (entities.price !== undefined && othersPriceSaidBack(normalized, normalizedBuyer(context.buyer), entities.price)) delete entities.price;
  const flags = detectFlags(normalized, clauses, joined, entities, context);
  const found = shaped.length === 0 ? joined : withoutFlaggedShapes(joined, shaped, flags);
  // A short answer takes its meaning from the buyer's question (answers.ts).
  const answer = readAnswer(normalized, clauses, context, found, flags.length > 0, flags.some((f) => !f.rule.startsWith('tone-')));
  // A bare 嗯/哦 to a question answers nothing, and to an upset buyer it receives nothing: no receipt.
  if (found.length === 1 && found[0] === 'acknowledge' && answer.moves.length === 0 && BARE.test(normalized) && (asksSomething(context) || context.buyerUpset === true)) {
    return { text: raw, normalized, moves: [], entities, flags };
  }
  if (answer.moves.length === 0 && answer.flags.length === 0 && answer.answers.length === 0) {
    return { text: raw, normalized, moves: withoutContradicted(found, flags), entities, flags };
  }
  // An answer resolved is more than a receipt: "好的" after "能开发票吗" grants the invoice.
  const resolved = answer.moves.length > 0 || answer.flags.length > 0;
  // A size recommended for her measure: the measure the reply names ("手腕16的话选17cm") is no product-info by shape.
  const sizedOut = (m: Move): boolean => m === 'product-info' && answer.moves.includes('recommend-size') && shaped.includes(m) && !listed.includes(m);
  const buyer = normalizedBuyer(context.buyer);
  // "可以退的" after "不喜欢可以退吗": the rule stated (explain-policy), no return offered by its words.
  const supposed = answer.moves.includes('explain-policy') && supposedReturnAnswered(normalized, buyer);
  const offerOut = (m: Move): boolean => supposed && (m === 'offer-return' || m === 'offer-exchange') && !answer.moves.includes(m);
  const moves = MOVES.filter((m) => (found.includes(m) && !(resolved && m === 'acknowledge') && !sizedOut(m) && !offerOut(m)) || answer.moves.includes(m));
  for (const f of answer.flags) if (!flags.some((x) => x.rule === f.rule) && !exemptByQuestion(f.rule, buyer, normalized)) flags.push(f);
  const u: Understanding = { text: raw, normalized, moves: withoutContradicted(moves, flags), entities, flags };
  if (answer.answers.length > 0) u.answers = answer.answers;
  return u;
}
