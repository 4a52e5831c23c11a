// The incremental scorer: add() each turn as the chat goes (one understand() per agent reply,
// no re-reading of earlier turns), result() whenever a grade is wanted. score() is built on it.
import { variantOf } from '@/engine/scenario/effective';
import tone from '@/engine/lexicon/tone.json';
import type { Scenario } from '@/engine/scenario/schema';
import { conversionScore, conversionShortfalls, soldBelowFloor, type ConversionShortfall } from '@/engine/score/conversion';
import { goodItem, itemFor, quoteOf, topItems } from '@/engine/score/feedback';
import { acknowledges, closesWarmly, opensWarmly, owedFlags, shopContext, soothes, type ReplyOwes } from '@/engine/score/reply-context';
import type { FeedbackItem, ScoredTurn, ScoreResult, Violation } from '@/engine/score/types';
import { faultOnly, isUpset, UpsetEpisode } from '@/engine/score/upset';
import { trapsHandled } from '@/engine/score/traps';
import { SizeBasis } from '@/engine/score/size-basis';
import { notShown, trapsMet, type Exam, type ExamPart, type NotShown } from '@/engine/score/not-shown';
import { betterReply, holdPriceLine, phrasingFacts, type PhrasingFacts } from '@/engine/rules/better';
import {
  BELOW_FLOOR_FEEDBACK_WEIGHT, COMPLIANCE_PER_POINT, SILENT_FEEDBACK_WEIGHT, CONVERSION_FEEDBACK_WEIGHT_MAX, DEFAULT_PASS_MARK, KNOWLEDGE_PER_WRONG, KNOWLEDGE_TOTAL_SHARE, PARTICLE_SHARE, RESPONSE_SECONDS, TONE_DEDUCTIONS,
  TOTAL_WEIGHTS,
} from '@/engine/score/weights';
import { nextAfterSaleCase } from '@/engine/knowledge/after-sale';
import { hasFacts, type AfterSaleCase } from '@/engine/knowledge/facts';
import { toldWith } from '@/engine/understand/buyer-told';
import type { BuyerFacts } from '@/engine/scenario/shop-schema';
import { normalizeBuyerLine } from '@/engine/understand/normalize';
import type { Turn } from '@/engine/transcript';
import type { ReplyContext } from '@/engine/understanding-types';
import { understand } from '@/engine/understand/understand';
import { copyOf } from '@/engine/copy';
import { isKnowledgeRule, isPlatformRule, type OutcomeKind, type RuleId, type ToneRule } from '@/engine/vocabulary';

const PARTICLE = new RegExp(tone.particles, 'u');

export interface ScorerOptions {
  passMark?: number;
  /** Shop facts for a chat with no scenario (a real log): price, free shipping, COD, `facts` for the knowledge score, ... */
  context?: ReplyContext;
}

export interface ResultInput {
  outcome?: OutcomeKind | null;
  lowestOffer?: number | null;
  variant?: string;
}

export interface Scorer {
  /** Scores one more turn (its index is its position in the order added). */
  add(turn: Turn): ScoredTurn;
  result(input?: ResultInput): ScoreResult;
}

const clamp = (n: number): number => Math.round(Math.max(0, Math.min(100, n)));

function belowFloorItem(price: number, floor: number | undefined, turn: number | null, facts: PhrasingFacts): FeedbackItem {
  return {
    turn,
    rule: null,
    kind: 'missed',
    points: 0,
    weight: BELOW_FLOOR_FEEDBACK_WEIGHT,
    title: '低于底价成交',
    why: `最后给到${price}元，低于店铺底价${floor ?? ''}元，这一单是亏钱的。让价要小步、有理由，到底价就停，可以改送赠品或运费险。`,
    // The price held with the shop's own coupon or gift: not the floor named, nor a template slash (player12 F1).
    better: `亲，${holdPriceLine(facts.price, facts.onSale === true, facts.concession)}？`,
    evidence: `${price}元`,
  };
}

/**
 * A finished chat with no reply at all showed nothing: neither its tone nor its compliance earns
 * credit (what was not shown is not counted as done right, as in not-shown.ts), and no skill counts.
 */
const SILENT_ITEM: FeedbackItem = {
  turn: null,
  rule: null,
  kind: 'missed',
  points: 0,
  weight: SILENT_FEEDBACK_WEIGHT,
  title: '没有回复买家',
  why: '这次对话一句回复都没有：买家的问题没人回答，服务态度和合规都没有可评的回复，不算做对，各记0分。先问候买家，再回答她的问题。',
  evidence: '0句回复',
  observed: true,
};

/** A conversion shortfall as a report item about the whole chat (ranked below the mistakes that caused it). */
function conversionItem(s: ConversionShortfall): FeedbackItem {
  const weight = Math.min(CONVERSION_FEEDBACK_WEIGHT_MAX, Math.round((s.lost * TOTAL_WEIGHTS.conversion) / TOTAL_WEIGHTS.tone));
  return { turn: null, rule: null, kind: 'missed', points: 0, weight, title: s.title, why: s.why, evidence: `转化少${s.lost}分`, observed: true, part: 'conversion' };
}

const PART_WORDS: Record<ExamPart, string> = { compliance: '合规', knowledge: '商品知识' };

/**
 * One exam the chat never reached because the buyer left angry (score/not-shown.ts), as a report
 * item on her deciding line: what she would still have asked. It takes no points (a trap she never
 * posed cannot be failed) and ranks under every item that did.
 */
function notShownItem(exam: Exam, gap: NotShown, decidedAt: number | null): FeedbackItem {
  const part = PART_WORDS[gap.part];
  return {
    turn: decidedAt,
    rule: null,
    kind: 'missed',
    points: 0,
    weight: 0,
    title: `没考到：${exam.label}`,
    why: `买家被前面的回复气走了，还没走到这一关：接着聊下去她会问到。她没问，就谈不上做错，这一关不扣分，也没有展示出来。先安抚、把她的问题答好，她才会把问题问完。`,
    evidence: `${part}不扣分`,
    observed: true,
    part: gap.part,
  };
}

export function createScorer(scenario?: Scenario, options: ScorerOptions = {}): Scorer {
  const shop: ReplyContext = { ...shopContext(scenario), ...options.context };
  const passMark = options.passMark ?? DEFAULT_PASS_MARK;
  const facts = phrasingFacts(scenario, options.context);
  /** Her lines before the ones the reply answers, oldest first (a tone item's better reply may answer what she asked last). */
  const heardLines: string[] = [];
  /** The item's better reply with this shop's facts, fitted to what the buyer asked (rules/better.ts). */
  const withBetter = (item: FeedbackItem, buyerText = ''): FeedbackItem =>
    item.rule === null ? item : { ...item, better: betterReply(item.rule, facts, buyerText, { afterSale: caseSoFar, earlier: heardLines }) };
  /** The after-sales case as the chat has told it so far (her state's, else her words): the better phrasings fit it. */
  let caseSoFar: AfterSaleCase | undefined = shop.afterSale;
  const turns: ScoredTurn[] = [];
  const violations: Violation[] = [];
  const feedback: FeedbackItem[] = [];
  let toneLost = 0;
  let knowledgeLost = 0;
  let points = 0;
  /** For a real log: the after-sales case and the buyer's height and weight, as her lines tell them. */
  let afterSale: AfterSaleCase | undefined = shop.afterSale;
  /** What she has told of herself so far (understand/buyer-told.ts), as her session keeps it. */
  let heard: BuyerFacts | undefined;
  let agentReplies = 0;
  let softReplies = 0;
  let upsold = false;
  let lowestNamed: number | null = null;
  const episode = new UpsetEpisode();
  /** What a size recommendation rests on: her measures told, or asked for (size-basis.ts). */
  const sizeBasis = new SizeBasis();
  const hasChart = (shop.facts?.sizes?.chart.length ?? 0) > 0;
  /** When the buyer's oldest unanswered line was sent (ms), for response times. */
  let waitingSince: number | null = null;
  /** The buyer's current wait already ended in a nudge or her leaving (resp-timeout counted once). */
  let waitTimedOut = false;
  const responses: Array<{ turn: number; seconds: number }> = [];
  const thanked: boolean[] = [];
  /** The buyer has decided (a line from a terminal state); then whether the closing reply came and was warm. */
  let decided = false;
  /** The buyer's line that decided (the missed close is named on it) and the last agent reply. */
  let decidedAt: number | null = null;
  /**
   * Her deciding line answered a reply, so the trainee's turn came after it (the chat stays open for
   * the close). A line she said only because the trainee ended the chat, or because nobody answered
   * (she left on a timeout), leaves no turn: no close is owed after it.
   */
  let closeTurnAfter = false;
  /** The state she decided in, the states she spoke from and the rules flagged (what the chat showed, not-shown.ts). */
  let decidedIn: string | null = null;
  let lastLive: string | null = null;
  const visited = new Set<string>();
  const flagged = new Set<RuleId>();
  /** The traps a reply spoke to (not-shown.ts trapsMet): met, well or badly, before she asked. */
  const met = new Set<RuleId>();
  let lastAgent: number | null = null;
  /** The traps already praised. */
  const praisedTraps = new Set<string>();
  /** The first agent turn that offered each price (the below-floor item names its turn). */
  const offers = new Map<number, number>();
  /** `clean`: the closing reply broke no rule (a warm close that is also tone-deaf earns no praise). */
  let closing: { turn: number; warm: boolean; clean: boolean } | null = null;

  /**
   * The buyer's last lines before this reply: a reply is read as the answer to them. They hold
   * over consecutive agent turns ("稍等，我查一下" then "是纯棉的亲" both answer her question);
   * only the first reply after them answers her traps (`agentSpokeLast` false until it came).
   */
  let buyerLines: string[] = [];
  let agentSpokeLast = false;
  /** What the buyer said since the last agent reply, one line each: the trap a reply answers. */
  const buyerSince = (): string => (agentSpokeLast ? '' : buyerLines.map((line) => `${line}\n`).join(''));

  function contextFor(): ReplyContext {
    // The shop's keys, then these (copyOf: the writes below stay fast).
    const ctx: ReplyContext = copyOf(shop);
    ctx.firstReply = agentReplies === 0;
    ctx.buyerUpset = episode.upset;
    if (episode.faultOnly) ctx.buyerFaultOnly = true;
    if (buyerLines.length > 0) ctx.buyer = buyerLines.join('\n');
    if (afterSale !== undefined) ctx.afterSale = afterSale;
    // What the buyer said of herself counts where the shop's own record is silent.
    if (heard) {
      ctx.buyerFacts = { ...heard, ...shop.buyerFacts };
      ctx.told = heard;
    }
    if (lowestNamed !== null) ctx.offered = lowestNamed;
    return ctx;
  }

  /** A real log's buyer line: what it tells of the case and of the buyer (a scenario's turns come understood). */
  function hearBuyer(turn: Turn): void {
    if (!hasFacts(shop.facts)) return;
    const text = normalizeBuyerLine(turn.text.slice(0, 500));
    afterSale = nextAfterSaleCase(afterSale, text);
    heard = toldWith(heard, turn.text);
  }

  function addAgent(turn: Turn, index: number): ScoredTurn {
    // The context is built only for a turn that comes unread (a scenario's replies come understood).
    const u = turn.understanding ?? understand(turn.text, contextFor());
    const firstReply = agentReplies === 0;
    // The same decision the buyer's session made before she answered (reply-context.ts).
    const closes = decided && closeTurnAfter && closing === null;
    const owes: ReplyOwes = { greeting: agentReplies === 0, empathy: episode.awaitingReply, faultOnly: episode.faultOnly, close: closes };
    // Evidence quoted from the reply as typed (原话), not from its normalised form.
    const flags = owedFlags(u, owes).map((f) => ({ ...f, evidence: quoteOf(turn.text, f.evidence) }));
    // Praise only where earned: a reply that also breaks a rule (a greeting that questions the
    // buyer, calming words with a promise the shop cannot keep) earns none.
    const clean = flags.length === 0;
    if (clean && episode.awaitingReply && soothes(u)) {
      feedback.push(goodItem(index, '先安抚了情绪', '买家不高兴时先理解、道歉，再解决问题，做得好。'));
    }
    // To an upset buyer a warm opening is one that takes in her feeling or her problem (亲 什么问题呢 is not).
    const upset = episode.awaitingReply || episode.upset;
    if (clean && firstReply && opensWarmly(u) && (!upset || acknowledges(u))) feedback.push(goodItem(index, '热情开场', '第一句就问候买家，印象分很高。'));
    const asked = buyerSince();
    for (const trap of trapsHandled(asked, u, flags)) {
      if (praisedTraps.has(trap.id)) continue;
      praisedTraps.add(trap.id);
      feedback.push(goodItem(index, trap.title, trap.why));
    }
    const guess = sizeBasis.agentSaid(u, index, hasChart);
    if (guess) feedback.push(guess);
    agentReplies++;
    if (PARTICLE.test(u.normalized)) softReplies++;
    if (u.moves.includes('upsell')) upsold = true;
    for (const rule of trapsMet(u)) met.add(rule);
    if (u.entities.price !== undefined && !offers.has(u.entities.price)) offers.set(u.entities.price, index);
    if (u.entities.price !== undefined && (lowestNamed === null || u.entities.price < lowestNamed)) lowestNamed = u.entities.price;
    thanked.push(closesWarmly(u));
    if (closes) closing = { turn: index, warm: closesWarmly(u), clean };
    for (const f of flags) {
      flagged.add(f.rule);
      violations.push({ rule: f.rule, turn: index, points: f.points, evidence: f.evidence });
      const item = withBetter(itemFor(f.rule, index, 'violation', f.evidence, undefined, undefined, f.fact), asked);
      // A wrong fact is shown beside the words that stated it, with the better reply its check wrote.
      if (f.fact) {
        item.quote = turn.text;
        if (f.fact.better) item.better = f.fact.better;
      }
      feedback.push(item);
      if (isPlatformRule(f.rule)) points += f.points;
      else if (isKnowledgeRule(f.rule)) knowledgeLost += KNOWLEDGE_PER_WRONG;
      else toneLost += TONE_DEDUCTIONS[f.rule as ToneRule];
    }
    if (turn.at !== undefined && waitingSince !== null) {
      const seconds = Math.max(0, (turn.at - waitingSince) / 1000);
      responses.push({ turn: index, seconds });
      // A real log has no nudge marks: a wait past the 3-minute line is the same failure.
      if (!waitTimedOut && seconds > RESPONSE_SECONDS.unanswered) timedOut(index, `${Math.round(seconds)}秒没有回复`);
    }
    waitingSince = null;
    agentSpokeLast = true;
    lastAgent = index;
    waitTimedOut = false;
    // A reply flagged for blaming her instead (a calm fault, empathy-owed.ts) did not take it in either.
    episode.agentReplied(flags.some((f) => f.rule === 'tone-empathy') || (owes.empathy && !acknowledges(u)));
    return { index, role: 'agent', text: turn.text, moves: [...u.moves], flags };
  }

  /** The buyer waited past what she allows (she nudged or left, or a log shows the wait). */
  function timedOut(index: number, evidence: string): void {
    waitTimedOut = true;
    violations.push({ rule: 'resp-timeout', turn: index, points: 0, evidence });
    feedback.push(withBetter(itemFor('resp-timeout', index, 'violation', evidence)));
    toneLost += TONE_DEDUCTIONS['resp-timeout'];
  }

  function add(turn: Turn): ScoredTurn {
    const index = turns.length;
    let scored: ScoredTurn;
    if (turn.role === 'agent') scored = addAgent(turn, index);
    else {
      episode.buyerSaid(isUpset(turn), faultOnly(turn));
      hearBuyer(turn);
      sizeBasis.buyerSaid(turn.text);
      // The case her state declares holds from then on, as the buyer machine carries it (buyer/actions.ts):
      // the reply is read with the case the buyer reacted with (a return's postage after 那就平台见吧).
      const declared = turn.state !== undefined ? scenario?.states[turn.state]?.afterSale : undefined;
      if (declared !== undefined) afterSale = declared;
      caseSoFar = declared ?? nextAfterSaleCase(caseSoFar, normalizeBuyerLine(turn.text.slice(0, 500)));
      if (agentSpokeLast) {
        heardLines.push(...buyerLines);
        buyerLines = [];
      }
      agentSpokeLast = false;
      buyerLines.push(turn.text);
      if (turn.state !== undefined) visited.add(turn.state);
      if (turn.state !== undefined && !decided && scenario?.states[turn.state]?.outcome === undefined) lastLive = turn.state;
      if (turn.state !== undefined && scenario?.states[turn.state]?.outcome !== undefined && !decided) {
        decided = true;
        decidedAt = index;
        decidedIn = turn.state;
        // She left because nobody answered (a timeout's leave): she is gone, and in an exam her part
        // ends there (server/exam/attempt-state.ts): no close reaches her, so none is owed — the wait
        // itself is the resp-timeout item.
        closeTurnAfter = turns[index - 1]?.role === 'agent' && turn.timedOut !== true;
      }
      if (turn.at !== undefined && waitingSince === null) waitingSince = turn.at;
      if (turn.timedOut && !waitTimedOut) timedOut(index, turn.text);
      scored = { index, role: 'buyer', text: turn.text, moves: [], flags: [] };
    }
    turns.push(scored);
    return scored;
  }

  function responseItems(): { items: FeedbackItem[]; extra: Violation[]; lost: number; times?: ScoreResult['responseTimes'] } {
    const first = responses[0];
    if (!first) return { items: [], extra: [], lost: 0 };
    const average = responses.reduce((s, r) => s + r.seconds, 0) / responses.length;
    const items: FeedbackItem[] = [];
    const extra: Violation[] = [];
    let lost = 0;
    if (first.seconds > RESPONSE_SECONDS.first) {
      const evidence = `${Math.round(first.seconds)}秒`;
      extra.push({ rule: 'resp-first', turn: first.turn, points: 0, evidence });
      items.push(itemFor('resp-first', first.turn, 'violation', evidence));
      lost += TONE_DEDUCTIONS['resp-first'];
    }
    if (average > RESPONSE_SECONDS.average) {
      const slowest = responses.reduce((a, b) => (b.seconds > a.seconds ? b : a));
      const evidence = `平均${Math.round(average)}秒`;
      extra.push({ rule: 'resp-avg', turn: slowest.turn, points: 0, evidence });
      items.push(itemFor('resp-avg', slowest.turn, 'violation', evidence));
      lost += TONE_DEDUCTIONS['resp-avg'];
    }
    const round1 = (n: number): number => Math.round(n * 10) / 10;
    return { items, extra, lost, times: { first: round1(first.seconds), average: round1(average) } };
  }

  /**
   * Habits judged over the whole chat. A close is owed only where the trainee had a turn to close in:
   * after the buyer's deciding line when it answered a reply (not a line she said because the chat
   * was ended or because nobody answered), or, in a finished chat with no known decision, on its last replies. A missed
   * close is named on a turn: on the buyer's deciding line when the reply owed after it never came,
   * on the last reply of a chat with no known decision; it is also a violation, so `violations` names
   * it. A chat with no reply has nothing to close. The particle share is the whole chat's.
   */
  function habitItems(ended: boolean): { items: FeedbackItem[]; extra: Violation[]; lost: number; closeOwed: boolean } {
    const items: FeedbackItem[] = [];
    const extra: Violation[] = [];
    let lost = 0;
    let closeOwed = true;
    if (closing !== null) {
      // Judged on the closing reply itself (its tone-close flag, if any, is already counted).
      if (closing.warm && closing.clean) items.push(goodItem(closing.turn, '礼貌收尾', '买家做完决定后道谢、祝福，买家体验很好。'));
    } else if (agentReplies === 0) {
      closeOwed = false;
    } else if (decided && closeTurnAfter) {
      const evidence = '买家做完决定后没有收尾回复';
      items.push({ ...withBetter(itemFor('tone-close', decidedAt, 'missed', evidence, undefined, '买家做完决定后没有再回一句：道个谢、确认她刚问的事，让她记住店铺的服务。')), observed: true });
      extra.push({ rule: 'tone-close', turn: decidedAt ?? 0, points: 0, evidence });
      lost += TONE_DEDUCTIONS['tone-close'];
    } else if (decided) {
      // She decided because the chat was ended: no turn came after her line to close in.
      closeOwed = false;
    } else if (ended && agentReplies >= 2 && !thanked.slice(-2).some(Boolean)) {
      // A chat that ended with no decision known (a real log, a chat the trainee ended): its last
      // replies. A chat still going (the workbench's hints after each reply, a replay whose replies
      // ran out) has not closed yet: its latest replies are no missed close.
      const evidence = '最后两句都没有道谢';
      items.push({ ...itemFor('tone-close', lastAgent, 'missed', evidence), observed: true });
      extra.push({ rule: 'tone-close', turn: lastAgent ?? 0, points: 0, evidence });
      lost += TONE_DEDUCTIONS['tone-close'];
    } else if (ended && agentReplies >= 2) {
      items.push(goodItem(null, '礼貌收尾', '结束时道谢和祝福，买家体验很好。'));
    } else {
      closeOwed = false;
    }
    if (agentReplies > 0) {
      const share = softReplies / agentReplies;
      const missing = Math.max(0, (PARTICLE_SHARE - share) / PARTICLE_SHARE);
      const cost = Math.round(TONE_DEDUCTIONS['tone-particles'] * missing);
      if (cost > 0) {
        // A habit of the whole chat, named on no one reply (the report lists it with the chat's items).
        items.push({ ...withBetter(itemFor('tone-particles', null, 'missed', `${softReplies}/${agentReplies}句有语气词`, cost)), observed: true });
        lost += cost;
      }
    }
    return { items, extra, lost, closeOwed };
  }

  function result(input: ResultInput = {}): ScoreResult {
    const outcome = input.outcome ?? null;
    const resp = responseItems();
    // A scenario chat has ended when it has an outcome; a real log (no scenario) is a finished chat.
    const ended = scenario === undefined || outcome !== null;
    const habits = habitItems(ended);
    const silent = ended && agentReplies === 0;
    const allViolations = [...violations, ...resp.extra, ...habits.extra].sort((a, b) => a.turn - b.turn);
    const allFeedback = [...(silent ? [SILENT_ITEM] : []), ...feedback, ...resp.items, ...habits.items];
    const toneScore = silent ? 0 : clamp(100 - toneLost - resp.lost - habits.lost);
    // What the buyer never got to ask because she left angry earns no credit (not-shown.ts).
    const gaps = scenario && outcome !== null && !silent ? notShown(scenario, { visited, flagged, met, endedIn: decidedIn, brokeIn: lastLive, ...(input.variant ? { variant: input.variant } : {}) }) : [];
    const gapLost = (part: ExamPart): number => gaps.find((g) => g.part === part)?.lost ?? 0;
    for (const gap of gaps) for (const exam of gap.exams) allFeedback.push(notShownItem(exam, gap, decidedAt));
    const compliance = silent ? 0 : clamp(100 - points * COMPLIANCE_PER_POINT - gapLost('compliance'));
    // A variant may lower the shop's floor; a real log's context gives the floor and price itself.
    const variantFloor = scenario ? variantOf(scenario, input.variant)?.floor : undefined;
    const floor = variantFloor ?? (scenario ? undefined : shop.floor);
    const price = scenario ? undefined : shop.price;
    // A log that does not say the lowest price offered: the lowest the agent's replies named.
    const lowestOffer = input.lowestOffer === undefined ? lowestNamed : input.lowestOffer;
    const sale = {
      outcome,
      lowestOffer,
      upsold,
      scenario,
      ...(floor !== undefined ? { floor } : {}),
      ...(price !== undefined ? { price } : {}),
      ...(facts.afterSales ? { afterSales: true } : {}),
    };
    const conversion = conversionScore(sale);
    if (soldBelowFloor(sale)) {
      const price = lowestOffer ?? 0;
      // Named on the reply that offered it, when one did.
      allFeedback.push(belowFloorItem(price, floor ?? scenario?.shop.product.floor, offers.get(price) ?? null, facts));
    }
    // A real chat log with no scenario and no outcome says nothing about conversion; one whose
    // context gives no shop facts says nothing about knowledge.
    const countConversion = scenario !== undefined || outcome !== null;
    // Every conversion point docked has its line: the outcome, the price given away, the upsell not made.
    if (countConversion) for (const s of conversionShortfalls(sale)) allFeedback.push(conversionItem(s));
    const countKnowledge = scenario !== undefined || hasFacts(shop.facts);
    const knowledge = clamp(100 - knowledgeLost - gapLost('knowledge'));
    const weightSum = TOTAL_WEIGHTS.tone + TOTAL_WEIGHTS.compliance + (countConversion ? TOTAL_WEIGHTS.conversion : 0);
    const weighted =
      (toneScore * TOTAL_WEIGHTS.tone + compliance * TOTAL_WEIGHTS.compliance + (countConversion ? conversion * TOTAL_WEIGHTS.conversion : 0)) / weightSum;
    const total = clamp(weighted - (countKnowledge ? (100 - knowledge) * KNOWLEDGE_TOTAL_SHARE : 0));
    const blocker = points > 0 || allViolations.some((v) => isPlatformRule(v.rule));
    const out: ScoreResult = {
      scores: { tone: toneScore, compliance, conversion, ...(countKnowledge ? { knowledge } : {}), total },
      pointsDeducted: points,
      passMark,
      passed: !blocker && total >= passMark,
      blocker,
      conversionCounted: countConversion,
      knowledgeCounted: countKnowledge,
      closeOwed: habits.closeOwed,
      violations: allViolations,
      turns: turns.map((t) => ({ ...t, moves: [...t.moves], flags: [...t.flags] })),
      feedback: allFeedback,
      top: topItems(allFeedback),
    };
    if (resp.times) out.responseTimes = resp.times;
    return out;
  }

  return { add, result };
}


