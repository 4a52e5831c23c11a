// Which rules a reply breaks, from src/engine/lexicon/flags.json plus the rules that depend on
// the situation (an upset buyer, the shop's dispatch window). The greeting is judged by the
// scorer over the chat's opening, not here: a buyer should not take offence at a missing 您好
// the way it does at a rude reply (scenario conditions `flag: tone` read these flags).
import { guaranteeWithdrawn } from '@/engine/understand/guarantee-withdrawn';
import flagsJson from '@/engine/lexicon/flags.json';
import { checkLexicon, flagsSchema } from '@/engine/understand/lexicon-schema';
import tone from '@/engine/lexicon/tone.json';
import { RULES } from '@/engine/rules/catalog';
import { RULE_IDS, type Move, type RuleId } from '@/engine/vocabulary';
import type { Entities, Flag, ReplyContext } from '@/engine/understanding-types';
import { wholeClause, type Clause } from '@/engine/understand/clauses';
import { composeFlags } from '@/engine/understand/compose';
import { data as composeData } from '@/engine/understand/compose-parts';
import { arrivalAffirmed, assuredArrival } from '@/engine/understand/time-guarantee';
import { saidOfOtherShop } from '@/engine/understand/other-shop';
import { exemptByQuestion, postageOwner } from '@/engine/understand/flag-exemptions';
import { deniedClaim } from '@/engine/understand/denied-claim';
import { afterSaleCaseOf, clauseCaseOf } from '@/engine/knowledge/after-sale';
import { normalizedBuyer } from '@/engine/understand/question';
import { discountLost, echoRefused, onlyOtherPayment, otherGoodsInvoice, paymentPriced } from '@/engine/understand/terms';
import { acknowledgement } from '@/engine/understand/acknowledgement';
import { missesEmpathy } from '@/engine/understand/empathy-owed';
import { blameMisplaced, bluntInContext, choiceContradicted, coldInContext, composeTone, judgementLeftAfterFacts, prejudgeInContext, selfCorrected, toneInContext, uncertainInContext } from '@/engine/understand/tone-compose';
import { compileEntry, findIn, matchEntry, type CompiledEntry, type PhraseEntry } from '@/engine/understand/phrase-matcher';
import { REPLY_INDEX } from '@/engine/understand/requirement-index';

const flagsData = checkLexicon('flags.json', flagsSchema, flagsJson);
const COMPILED: ReadonlyArray<[RuleId, CompiledEntry]> = RULE_IDS.flatMap((rule) => {
  const entry = (flagsData as Record<string, PhraseEntry>)[rule];
  return entry ? [[rule, compileEntry(entry)] as [RuleId, CompiledEntry]] : [];
});
/** Each rule's entry, for the composed rules' context checks (asked several times per reply). */
const ENTRY_OF: ReadonlyMap<RuleId, CompiledEntry> = new Map(COMPILED);
const SOFTENER = new RegExp(tone.softeners, 'u');
/** An arrival, or being in time for her date (赶得上, 不会延误): never the shop's to guarantee. */
/** Not a verb ending in 到 (给到更好的价, 做到, 找到), nor the agent's own follow-up (盯到签收, 跟进到底). */
const ARRIVAL_END = /((?<![给做达想找办得盯跟陪守踪进])到|送达|收到|赶得上|来得及|不会延误|误不了)$/u;
const DEFAULT_DISPATCH_HOURS = 48;
/** A dispatch promised within this many hours is never the shop's to give. */
const PROMISE_HOURS = 6;
const NAMED_TIME = /(这周|本周|下周|周[一二三四五六日天末1-7]|星期|\d+号|月底|今晚)/u;

const flag = (rule: RuleId, evidence: string): Flag => ({ rule, points: RULES[rule].points, evidence });

/** A context switch the rule depends on: only an explicit `false` turns the rule off. */
function contextAllows(entry: CompiledEntry, ctx: ReplyContext): boolean {
  if (!entry.context) return true;
  return (ctx as Record<string, unknown>)[entry.context] !== false;
}

/** A guarantee word negated (不敢保证, 没法打包票): compose.json `timeGuarantee.refused`, also read by guarantee-withdrawn.ts. */
const REFUSED_GUARANTEE = new RegExp(composeData.timeGuarantee.refused, 'u');

function shipPromise(normalized: string, clauses: readonly Clause[], entry: CompiledEntry, entities: Entities, ctx: ReplyContext): string | null {
  const dispatch = ctx.dispatchHours ?? DEFAULT_DISPATCH_HOURS;
  // A guarantee may trail in its own clause ("当天发,百分百"): reply patterns read the whole reply.
  // The reply's index rules out a pattern group that no clause (nor the whole reply) can match (requirement-index.ts).
  const strong = REPLY_INDEX.passes(entry.reqs.strong, normalized) ? entry.strong : null;
  const reply = REPLY_INDEX.passes(entry.reqs.reply, normalized) ? entry.reply : null;
  const tries: Array<[RegExp | null, Clause]> = strong ? clauses.map((c) => [strong, c]) : [];
  if (reply) tries.push([reply, wholeClause(normalized)]);
  for (const [re, clause] of tries) {
    const m = findIn(re, clause, entry.negatable);
    if (!m) continue;
    // "明天到不敢保证", "今天发没法打包票": the guarantee itself is refused inside the match — a hedge, no promise.
    if (REFUSED_GUARANTEE.test(m[0])) continue;
    // ...or after it, later in its sentence ("明天一定到,这个我不敢保证").
    if (guaranteeWithdrawn(normalized, m[0])) continue;
    // A guaranteed arrival is never the shop's to give; a guaranteed dispatch only when it
    // beats the shop's stated window ("保证48小时内发货" is the policy itself).
    if (ARRIVAL_END.test(m[0])) return m[0];
    if (entities.shipTime !== undefined && entities.shipTime < dispatch) return m[0];
    // A guaranteed dispatch by a named day or week ("保证这周内就发") promises a date the
    // shop's window does not; "保证尽快发" names none.
    if (entities.shipTime === undefined && NAMED_TIME.test(m[0])) return m[0];
  }
  // Dispatch within a few hours is a promise whatever the wording ("一个小时内就给您发走").
  if (entities.shipTime !== undefined && entities.shipTime <= PROMISE_HOURS) return `${entities.shipTime}小时`;
  // An arrival by a named time made certain by an assurance ("明天到,放心", "最迟后天到"), or a yes
  // to her question of one (明天能到吧? → 能到的,放心~).
  return assuredArrival(normalized) ?? arrivalAffirmed(normalized, normalizedBuyer(ctx.buyer));
}

/** A charge for postage is freeship-breach only for the 包邮 goods' own postage (compose.ts: postageOwner). */
function ownPostage(flags: Flag[], normalized: string, buyer: string, ctx: ReplyContext): void {
  const at = flags.findIndex((f) => f.rule === 'freeship-breach');
  if (at < 0) return;
  // An after-sales chat (售后), or case: the chat's (the buyer's state says it), a fault her line reports,
  // or one the reply names (质量问题也是你出). Who pays a return's postage is policy; untrue, it is fact-wrong.
  const afterSales = ctx.afterSales === true || ctx.afterSale !== undefined || afterSaleCaseOf(buyer) !== undefined || clauseCaseOf(normalized) !== undefined;
  const owner = postageOwner(normalized, flags[at]!.evidence, buyer, afterSales);
  if (owner === 'freeship-breach') return;
  const [moved] = flags.splice(at, 1);
  if (owner === 'invoice-fee' && !flags.some((f) => f.rule === owner)) flags.push(flag(owner, moved!.evidence));
}

const INVOICE_SUBJECT = /发票|开票|专票|普票|(?<![门车机包])票/u;
const CARD_SUBJECT = /信用卡|刷卡|分期|花呗|银行卡|用卡|白条/u;

/** A fee for the invoice ("开专票的费用您承担", "重开要收10块手续费" after her invoice question) is invoice-fee, not card-fee. */
function ownFee(flags: Flag[], normalized: string, buyer: string): void {
  const at = flags.findIndex((f) => f.rule === 'card-fee');
  if (at < 0 || CARD_SUBJECT.test(normalized) || CARD_SUBJECT.test(buyer) || !(INVOICE_SUBJECT.test(normalized) || INVOICE_SUBJECT.test(buyer))) return;
  const [moved] = flags.splice(at, 1);
  if (!flags.some((f) => f.rule === 'invoice-fee')) flags.push(flag('invoice-fee', moved!.evidence));
}

/**
 * The terms put on paying and invoicing (terms.ts): a lost discount is the fee, and the words that
 * refused the discount refuse neither the card nor the invoice; only other payments accepted, a
 * subject echoed and refused, an invoice written as other goods.
 */
function payingTerms(flags: Flag[], normalized: string, buyer: string, inContext: (rule: RuleId) => boolean, price?: number): void {
  const lost = discountLost(normalized);
  for (const t of lost) {
    const refused = t.rule === 'card-fee' ? 'card-refuse' : 'invoice-refuse';
    const at = flags.findIndex((f) => f.rule === refused);
    if (at >= 0) flags.splice(at, 1);
  }
  for (const t of [...lost, onlyOtherPayment(normalized, buyer), echoRefused(normalized), otherGoodsInvoice(normalized), paymentPriced(normalized, price)]) {
    if (t && inContext(t.rule) && !flags.some((f) => f.rule === t.rule)) flags.push(flag(t.rule, t.evidence));
  }
}

const DECLINED = new RegExp(composeData.invoice.declined, 'gu');

/**
 * The invoice she may choose not to have, next to a charge for it (开票要加20, 不开票价便宜;
 * 要另付6%税点, 介意的话就不开了): the charge is the breach (invoice-fee); the 不开 is her choice,
 * no refusal of the invoice.
 */
function declinedForFee(flags: Flag[], normalized: string): void {
  const at = flags.findIndex((f) => f.rule === 'invoice-refuse');
  if (at < 0 || !flags.some((f) => f.rule === 'invoice-fee')) return;
  const evidence = flags[at]!.evidence;
  const from = normalized.indexOf(evidence);
  const no = evidence.indexOf('不开');
  if (from < 0 || no < 0) return;
  const word = from + no;
  DECLINED.lastIndex = 0;
  for (const m of normalized.matchAll(DECLINED)) {
    if (m.index <= word && word < m.index + m[0].length) {
      flags.splice(at, 1);
      return;
    }
  }
}

const REFUSALS: ReadonlySet<RuleId> = new Set(['return-refuse', 'invoice-refuse', 'card-refuse']);
/** A refusal the reply says of another shop (那家…退货都退不了) refuses nothing here (other-shop.ts). */
const otherShopRefusal = (f: Flag, normalized: string): boolean => REFUSALS.has(f.rule) && saidOfOtherShop(normalized, f.evidence);

/** tone-empathy's evidence: the reply's opening words, what it said instead of acknowledging her. */
export function straightToBusiness(clauses: readonly Clause[], normalized: string): string {
  const first = clauses.find((c) => /[\p{L}\p{N}]/u.test(c.text))?.text ?? normalized;
  return first.slice(0, 16);
}

/**
 * Tone flags one reading subsumes (the tuning writers label one of them): a denial that the goods
 * are at fault (不是粮的问题) is blunt only when the reply does not already blame her or judge her
 * photo (criticize, prejudge: chats-w, holdout-10, writer-d against writer-e, -h, -j, -k); a bare
 * flat denial (不是这样, 没说过) is blunt, not also curt (writer-j, -k); her device named or her
 * talk called nonsense beside a contradiction is blunt, not also criticize.
 */
function subsumedTone(flags: Flag[], normalized: string): void {
  const blunt = flags.findIndex((f) => f.rule === 'tone-blunt');
  if (blunt < 0) return;
  const evidence = flags[blunt]!.evidence;
  // Her perception, her worry or her device named as the fault (是你手机屏幕的问题, 你想太多了), or her told not to talk
  // nonsense after a flat denial (不可能，你别乱说): the contradiction, not a blame (writer-ab, -ag,
  // -ai, chats-ac, writer-c, -j).
  const criticize = flags.findIndex((f) => f.rule === 'tone-criticize');
  if (criticize >= 0 && (/手机|屏幕|错觉|眼睛|想(?:太)?多/u.test(evidence) && /手机|屏幕|错觉|眼睛|想(?:太)?多/u.test(flags[criticize]!.evidence) || /^别(?:再)?(?:乱说|瞎说|乱讲)/u.test(flags[criticize]!.evidence))) {
    flags.splice(criticize, 1);
    return;
  }
  if (/不是[^,.!?]{0,5}问题/u.test(evidence) && flags.some((f) => f.rule === 'tone-criticize' || f.rule === 'tone-prejudge')) flags.splice(blunt, 1);
  else {
    const cold = flags.findIndex((f) => f.rule === 'tone-cold');
    if (cold >= 0 && normalized.replace(/[\s.!。]/gu, '').length <= evidence.replace(/[\s,.!。]/gu, '').length + 1) flags.splice(cold, 1);
  }
}

/** The tone flags an it-isn't-as-if retort beside them belongs to. */
const RETORT_SUBSUMED: ReadonlySet<RuleId> = new Set(['tone-cold', 'tone-criticize', 'tone-interrogate', 'tone-prejudge']);

/** Whether the rule applies in this context (its entry's context switch; a composed-only rule always). */
function ruleInContext(ctx: ReplyContext, rule: RuleId): boolean {
  const entry = ENTRY_OF.get(rule);
  return !entry || contextAllows(entry, ctx);
}

export function detectFlags(
  normalized: string,
  clauses: readonly Clause[],
  moves: readonly Move[],
  entities: Entities,
  ctx: ReplyContext,
): Flag[] {
  const flags: Flag[] = [];
  for (const [rule, entry] of COMPILED) {
    if (!contextAllows(entry, ctx)) continue;
    if (rule === 'ship-promise') {
      const evidence = shipPromise(normalized, clauses, entry, entities, ctx);
      if (evidence) flags.push(flag(rule, evidence));
      continue;
    }
    const hit = matchEntry(entry, clauses, normalized);
    if (hit) {
      flags.push(flag(rule, hit.evidence));
      continue;
    }
    // A curt reply: a bare "没有。" with nothing that softens it — unless it is the yes her question asked for.
    if (entry.curt && entry.curt.test(normalized.replace(/\s/g, '')) && !SOFTENER.test(normalized) && coldInContext(normalized, ctx, true) !== 'answered') {
      flags.push(flag(rule, normalized));
    }
  }
  // What the structure of the reply says, where no listed phrase said it (compose.ts).
  // A bound function, not a closure: run through tsx (the bench), every named closure made per
  // reply also costs a defineProperty of its name.
  const inContext = ruleInContext.bind(null, ctx);
  const buyer = normalizedBuyer(ctx.buyer);
  const found = new Set(flags.map((f) => f.rule));
  for (const c of composeFlags(normalized, inContext, (rule) => !found.has(rule), buyer)) flags.push(flag(c.rule, c.evidence));
  for (const c of composeTone(normalized, (rule) => !found.has(rule))) flags.push(flag(c.rule, c.evidence));
  payingTerms(flags, normalized, buyer, inContext, ctx.offered !== undefined && ctx.price !== undefined ? Math.min(ctx.offered, ctx.price) : ctx.price);
  if (!flags.some((f) => f.rule === 'tone-cold') && coldInContext(normalized, ctx, false) === 'cold') flags.push(flag('tone-cold', normalized));
  // A bare reply her line shows answered (不收 after 要手续费吗, 嗯 after a statement) is curt, not cold,
  // whichever cue (a listed curt form, a composed bare refusal) suspected it.
  else if (flags.some((f) => f.rule === 'tone-cold') && coldInContext(normalized, ctx, true) === 'answered') flags.splice(flags.findIndex((f) => f.rule === 'tone-cold'), 1);
  const leftToHer = flags.findIndex((f) => f.rule === 'tone-cold' && judgementLeftAfterFacts(f.evidence, moves));
  if (leftToHer >= 0) flags.splice(leftToHer, 1);
  const corrected = flags.findIndex((f) => f.rule === 'tone-blunt' && selfCorrected(normalized, f.evidence));
  if (corrected >= 0) flags.splice(corrected, 1);
  for (const c of toneInContext(normalized, buyer, ctx.buyerUpset === true, (rule) => !flags.some((f) => f.rule === rule), ctx.buyerUpset === true && ctx.buyerFaultOnly !== true)) flags.push(flag(c.rule, c.evidence));
  // A flat contradiction of her line in her words (tone-compose.ts); the retort 我不是回了吗 is the
  // contradiction, not a question at her (writer-aj, -aq).
  // An it-isn't-as-if (又不是我们送的) beside a pointer elsewhere, a blame or a question at her is
  // that flag's reading, not a contradiction besides (writer-ai, -d, -e, chats-ao, chats-w).
  const contradicted = flags.some((f) => f.rule === 'tone-blunt') ? null : bluntInContext(normalized, buyer);
  const retortOnly = contradicted?.kind !== 'retort' || !flags.some((f) => RETORT_SUBSUMED.has(f.rule));
  if (contradicted && retortOnly) {
    flags.push(flag('tone-blunt', contradicted.evidence));
    const asked = flags.findIndex((f) => f.rule === 'tone-interrogate');
    if (contradicted.kind === 'asserted' && asked >= 0) flags.splice(asked, 1);
  }
  const unsure = flags.some((f) => f.rule === 'tone-uncertain') ? null : uncertainInContext(normalized, ctx);
  if (unsure) flags.push(flag('tone-uncertain', unsure));
  const prejudged = flags.some((f) => f.rule === 'tone-prejudge') ? null : prejudgeInContext(normalized, ctx);
  if (prejudged) flags.push(flag('tone-prejudge', prejudged));
  ownPostage(flags, normalized, buyer, ctx);
  ownFee(flags, normalized, buyer);
  declinedForFee(flags, normalized);
  for (let i = flags.length - 1; i >= 0; i--) if (exemptByQuestion(flags[i]!.rule, buyer, normalized) || otherShopRefusal(flags[i]!, normalized) || deniedClaim(flags[i]!, normalized)) flags.splice(i, 1);
  for (let i = flags.length - 1; i >= 0; i--) if (flags[i]!.rule === 'tone-criticize' && blameMisplaced(normalized, flags[i]!.evidence)) flags.splice(i, 1);
  // Her pick said flatly to be wrong (你拍错了) contradicts her: blunt, not a blame (tone-compose.ts).
  const picked = flags.findIndex((f) => f.rule === 'tone-criticize' && choiceContradicted(normalized, f.evidence));
  if (picked >= 0) {
    const { evidence } = flags[picked]!;
    flags.splice(picked, 1);
    if (!flags.some((f) => f.rule === 'tone-blunt')) flags.push(flag('tone-blunt', evidence));
  }
  subsumedTone(flags, normalized);
  // An upset buyer is owed an acknowledgement of her feeling or her problem (acknowledgement.ts).
  if (ctx.buyerUpset && !moves.includes('empathize') && !moves.includes('apologize') && !acknowledgement(normalized) && missesEmpathy(ctx.buyerFaultOnly === true)) {
    flags.push(flag('tone-empathy', straightToBusiness(clauses, normalized)));
  }
  return flags;
}
