// What a reply is read against and what it owes. shopContext() is the ReplyContext understand()
// gets from the scenario's shop facts; owedFlags() decides the situation rules — a greeting on
// the first reply, empathy on the first reply to an upset buyer, thanks on the closing reply
// after she decided — in one place, so that the
// buyer machine (session.ts settles each reply before the buyer sees it) and the scorer (which
// settles every agent turn again, the same way) react to the same flags.
import tone from '@/engine/lexicon/tone.json';
import type { Scenario } from '@/engine/scenario/schema';
import type { Flag, ReplyContext, Understanding } from '@/engine/understanding-types';
import { acknowledgement } from '@/engine/understand/acknowledgement';
import { missesEmpathy } from '@/engine/understand/empathy-owed';
import { splitClauses } from '@/engine/understand/clauses';
import { straightToBusiness } from '@/engine/understand/detect-flags';
import { copyOf } from '@/engine/copy';
import { MOVES, type Move } from '@/engine/vocabulary';

// Each scenario's shop context, built once (every reply of every chat with that buyer reads it);
// callers get a copy of their own (copyOf: callers set keys on it). Keyed by the object: an edited
// file loads as a new one.
const SHOP_CONTEXTS = new WeakMap<Scenario, ReplyContext>();

export function shopContext(scenario?: Scenario): ReplyContext {
  if (!scenario) return {};
  let ctx = SHOP_CONTEXTS.get(scenario);
  if (ctx === undefined) SHOP_CONTEXTS.set(scenario, (ctx = buildShopContext(scenario)));
  return copyOf(ctx);
}

function buildShopContext(scenario: Scenario): ReplyContext {
  const { product, shipping, cod, sizes } = scenario.shop;
  const ctx: ReplyContext = {
    price: product.price,
    floor: product.floor,
    freeShipping: shipping.freeShipping,
    cod,
    dispatchHours: shipping.dispatchHours,
  };
  if (sizes) ctx.sizes = sizes.chart.map((row) => row.size);
  if (scenario.category === '售后') ctx.afterSales = true;
  // Every claim of a reply is checked against these (fact-wrong).
  ctx.facts = scenario.shop;
  // Her height and weight count once she tells them (understand/buyer-told.ts); what the shop knows
  // of her anyway (her region from the address, an order number) counts from the start.
  if (scenario.persona.facts) {
    const { height: _height, weight: _weight, ...known } = scenario.persona.facts;
    if (Object.keys(known).length > 0) ctx.buyerFacts = known;
  }
  return ctx;
}

/** The situation rules a reply is judged for, besides what its own words break. */
export interface ReplyOwes {
  /** The agent's first reply: it must open warmly (tone-greet). */
  greeting: boolean;
  /** The first reply since the buyer became upset: it must take in her feelings first (tone-empathy). */
  empathy: boolean;
  /** Her only sign of upset so far is a fault she reported calmly (understand/empathy-owed.ts). */
  faultOnly?: boolean;
  /** The buyer has decided (sale, left, resolved…): the reply after that is the close (tone-close). */
  close?: boolean;
}

const WARM_WORD = new RegExp(tone.warmOpening, 'u');
// A greeting move that is warm by itself: an offer to help, a greeting by the time of day. A
// bare "在" / "在的" / "来了" says the agent is there and no more: no warm greeting.
const WARM_GREETING = /有(什么|啥|神马).{0,4}(帮|为|需要|问题)|请问有什么|为您服务|(早上|上午|中午|下午|晚上)好|早安/u;

/** The reply opens warmly: 您好 / 亲 / 欢迎, or a greeting that offers help. */
export function opensWarmly(u: Understanding): boolean {
  return WARM_WORD.test(u.normalized) || (u.moves.includes('greet') && WARM_GREETING.test(u.normalized));
}

/**
 * An invitation to come back (有问题随时找我, 想好了随时来找我): a warm close (rules.md
 * tone-close), though no thanks nor a good wish, so no `thank` move (labelling.md).
 */
const INVITES_BACK = /(随时|有问题|有任何问题|有需要|有事).{0,6}(联系|找|咨询|call)(我|我们|客服)|有(任何|什么)?[^,]{0,5}(都|随时)?(可以)?(联系|找|咨询|call)(我|我们|客服)/u;

/** The reply closes warmly: thanks or a good wish (感谢您的支持, 祝您生活愉快), or an invitation back (有问题随时找我). */
export function closesWarmly(u: Understanding): boolean {
  return u.moves.includes('thank') || INVITES_BACK.test(u.normalized);
}

/**
 * The reply takes in the buyer's feelings or her problem: it empathises or apologises, in words
 * the moves know or in a form acknowledgement.ts composes (给您添麻烦了, 换作是我也会着急, 这确实是
 * 我们的问题, a remedy she is asked to accept).
 */
export function acknowledges(u: Understanding): boolean {
  return u.moves.includes('empathize') || u.moves.includes('apologize') || acknowledgement(u.normalized) !== null;
}

/**
 * The move a reply's soothing words make, when the moves missed them: an apology or the trouble she
 * was put to (辛苦您等这么久了) apologises, her feeling understood or the shop's fault granted (这事确实是
 * 我们没跟好) empathises. A remedy or an act for her (我这就帮您转主管) takes her in (no tone-empathy) but
 * soothes nothing: it earns no praise and does not calm her.
 */
function soothingMove(u: Understanding): Move | null {
  if (u.moves.includes('empathize') || u.moves.includes('apologize')) return null;
  const ack = acknowledgement(u.normalized);
  if (ack === null || ack.kind === 'remedy') return null;
  return ack.kind === 'apology' ? 'apologize' : 'empathize';
}

/**
 * The reply soothes her (理解, 道歉, the fault granted): what the buyer calms at and what the report
 * praises as 先安抚了情绪 — one reading for both (player12 F10, F26, F46).
 */
export function soothes(u: Understanding): boolean {
  return u.moves.includes('empathize') || u.moves.includes('apologize') || soothingMove(u) !== null;
}

const SITUATION_RULES = new Set<string>(['tone-greet', 'tone-empathy', 'tone-close']);

/**
 * The reply's flags with the situation rules decided by what it owes: the phrase flags as
 * understand() found them (its own tone-greet / tone-empathy guesses dropped), then tone-greet,
 * then tone-empathy. Idempotent: settling a settled reply changes nothing.
 */
export function owedFlags(u: Understanding, owes: ReplyOwes): Flag[] {
  const flags = u.flags.filter((f) => !SITUATION_RULES.has(f.rule));
  const evidence = u.normalized.slice(0, 12);
  if (owes.greeting && !opensWarmly(u)) flags.push({ rule: 'tone-greet', points: 0, evidence });
  if (owes.empathy && !acknowledges(u) && missesEmpathy(owes.faultOnly === true)) flags.push({ rule: 'tone-empathy', points: 0, evidence: straightToBusiness(splitClauses(u.normalized), u.normalized) });
  if (owes.close && !closesWarmly(u)) flags.push({ rule: 'tone-close', points: 0, evidence });
  return flags;
}

/** The understanding with its flags settled (see owedFlags). */
export function settle(u: Understanding, owes: ReplyOwes): Understanding {
  // Owed her empathy, the reply's soothing words are the move she hears (soothes()).
  const soothing = owes.empathy ? soothingMove(u) : null;
  const moves = soothing === null ? u.moves : MOVES.filter((m) => u.moves.includes(m) || m === soothing);
  return { ...u, moves, flags: owedFlags(u, owes) };
}
