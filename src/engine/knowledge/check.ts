// The one place that decides whether a reply states something the shop's facts contradict.
// understand() runs it last, so the buyer (a scenario's `flag: fact-wrong`) and the scorer (the
// knowledge score) read the same fact-wrong flags. Each finding names the claim and the fact.
import { chinesePunctuation } from '@/engine/rules/punctuation';
import { afterSaleCaseOf } from '@/engine/knowledge/after-sale';
import { hasFacts } from '@/engine/knowledge/facts';
import { couponClaim, compensationClaim, giftClaim, priceClaim, pricesOtherItem, promotionClaim, relatedPriceClaim } from '@/engine/knowledge/claims-offer';
import { arrivalClaim, courierClaim, datedArrivalClaim, dispatchClaim, freeShippingClaim } from '@/engine/knowledge/claims-logistics';
import {
  cardClaim, codClaim, insuranceClaim, invoiceClaim, returnPostageClaim, returnsClaim, statesReturnPostage, warrantyClaim,
} from '@/engine/knowledge/claims-policy';
import { answersClaim } from '@/engine/knowledge/claims-answers';
import { invoiceKindClaim, invoiceTimeClaim } from '@/engine/knowledge/claims-invoice';
import { specClaim, totalClaim } from '@/engine/knowledge/claims-spec';
import { colourClaim, materialClaim, sizeClaim, stockClaim } from '@/engine/knowledge/claims-product';
import type { ClaimCheck, FactFinding, KnowledgeInput } from '@/engine/knowledge/types';
import { otherShopClauses } from '@/engine/knowledge/subject';
import { framedClauses, framedPrice } from '@/engine/knowledge/answer-frame';
import { RULES } from '@/engine/rules/catalog';
import { filledFrom } from '@/engine/understand/buyer-told';
import { DENIED_CLAIM } from '@/engine/understand/denied-claim';
import { splitClauses } from '@/engine/understand/clauses';
import { normalizeBuyerLine } from '@/engine/understand/normalize';
import type { Flag, ReplyContext, Understanding } from '@/engine/understanding-types';

const CHECKS: readonly ClaimCheck[] = [
  sizeClaim, priceClaim, relatedPriceClaim, promotionClaim, couponClaim, compensationClaim, giftClaim, stockClaim,
  dispatchClaim, courierClaim, arrivalClaim, datedArrivalClaim, freeShippingClaim,
  materialClaim, colourClaim, returnsClaim, returnPostageClaim, warrantyClaim, insuranceClaim, invoiceClaim, invoiceTimeClaim, invoiceKindClaim, codClaim, cardClaim, specClaim, totalClaim,
];

/** The buyer's line(s) the reply answers, normalised ('' when the context has none). */
function buyerLineOf(ctx: ReplyContext): string {
  return ctx.buyer ? normalizeBuyerLine(ctx.buyer.slice(0, 1000)) : '';
}

function inputFor(read: Understanding, ctx: ReplyContext & { facts: NonNullable<ReplyContext['facts']> }): KnowledgeInput {
  const buyerLine = buyerLineOf(ctx);
  // A bare figure after 多少钱 states the price in her question's frame ("169" says 这个169元).
  const answered = read.entities.price === undefined ? framedPrice(read.normalized, buyerLine) : null;
  const u = answered === null ? read : { ...read, entities: { ...read.entities, price: answered } };
  const all = splitClauses(u.normalized);
  const others = otherShopClauses(u.normalized, all);
  // A short answer to her open question is also read in the question's frame ("半年" after 保修多久
  // claims 保修半年); a frame about the other shop (那家保修多久) claims nothing of ours.
  const framed = framedClauses(u.normalized, buyerLine);
  const framedOthers = otherShopClauses(framed.map((c) => c.text).join(','), framed);
  for (const c of framedOthers) others.add(c);
  // A bare yes to her proposal (可以 after 给个20的券行吗) claims the proposal (understand/proposal.ts).
  const granted = u.granted !== undefined ? splitClauses(u.granted) : [];
  return {
    u,
    // A claim about another shop (159那家…也没送运费险) is checked against no fact of ours: every
    // clause-reading check sees only the clauses about this shop.
    // A claim denied as a whole (不存在特价不开发票这种说法) claims nothing (understand/denied-claim.ts).
    clauses: [...all, ...framed, ...granted].filter((c) => !others.has(c) && !DENIED_CLAIM.test(c.text)),
    others,
    facts: ctx.facts,
    // What she has told of herself fills what the record leaves out, her line just now included (understand/buyer-told.ts).
    buyer: filledFrom(ctx.buyerFacts, buyerLine),
    told: filledFrom(ctx.told, buyerLine),
    afterSale: ctx.afterSale ?? afterSaleCaseOf(buyerLine),
    floor: ctx.floor,
    buyerLine,
    ...(answered !== null ? { answeredPrice: answered } : {}),
  };
}

/** Every claim of the reply that the shop's facts contradict (none when the context has no facts). */
export function checkFacts(u: Understanding, ctx: ReplyContext): FactFinding[] {
  const facts = ctx.facts;
  if (!hasFacts(facts)) return [];
  return findingsOf(inputFor(u, ctx as ReplyContext & { facts: NonNullable<ReplyContext['facts']> }));
}

function findingsOf(input: KnowledgeInput): FactFinding[] {
  const findings: FactFinding[] = [];
  // Each wrong fact is named once, though a framed answer may state it a second time.
  for (const check of CHECKS) for (const f of check(input)) if (!findings.some((x) => x.kind === f.kind && x.claim === f.claim)) findings.push(f);
  // A yes/no answer claims what the question asked; a kind the reply also states outright is counted once.
  const stated = new Set(findings.map((f) => f.kind));
  findings.push(...answersClaim(input).filter((f) => !stated.has(f.kind)));
  return findings;
}

export function factFlag(finding: FactFinding): Flag {
  return {
    rule: 'fact-wrong',
    points: RULES['fact-wrong'].points,
    evidence: `${finding.claim}，${finding.fact}`,
    // The checks write their phrasings with ASCII marks; the report shows Chinese ones.
    fact: { claim: finding.claim, truth: finding.fact, better: chinesePunctuation(finding.better) },
  };
}

/**
 * The reply with its knowledge read: a fact-wrong flag per contradicted claim, no 包邮 breach
 * for a statement of who pays a return's postage (a policy; fact-wrong says when it is untrue),
 * and no offered price where the figure is another item's (the skirt's 99 is no cut on the
 * cardigan: the buyer's lowest offer and the conversion score must not take it).
 */
export function withFacts(u: Understanding, ctx: ReplyContext): Understanding {
  if (!hasFacts(ctx.facts)) return u;
  // One reading of the reply for every check (the claims only read it).
  const input = inputFor(u, ctx as ReplyContext & { facts: NonNullable<ReplyContext['facts']> });
  const findings = findingsOf(input);
  const policy = statesReturnPostage(u, input.buyerLine);
  const price = input.u.entities.price;
  const elsewhere = price !== undefined && pricesOtherItem(input, price);
  // The price a bare figure answered is the one she hears (the buyer's offer conditions read it).
  const answered = input.answeredPrice !== undefined && !elsewhere;
  if (findings.length === 0 && !policy && !elsewhere && !answered) return u;
  const flags = [...(policy ? u.flags.filter((f) => f.rule !== 'freeship-breach') : u.flags), ...findings.map(factFlag)];
  const entities = { ...u.entities };
  if (elsewhere) delete entities.price;
  if (answered) entities.price = input.answeredPrice!;
  return { ...u, entities, flags };
}
