// The phrase data (src/engine/lexicon/*.json) and the classifier model are checked when they are
// loaded: a trainer who edits a file by hand gets the file, the field and what is wrong, not a
// reader that silently matches nothing (a misspelt move id, a regex that does not compile).
import * as z from 'zod';
import { MOVES, RULE_IDS, TOPICS } from '@/engine/vocabulary';

const regex = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})` });
  }
});
const regexList = z.array(regex);
const moveId = z.enum(MOVES);
const ruleId = z.enum(RULE_IDS);
const moveOrRule = z.union([moveId, ruleId]);

const phraseEntry = z.strictObject({
  patterns: regexList.optional(),
  firm: regexList.optional(),
  weak: regexList.optional(),
  yieldsTo: z.array(moveOrRule).optional(),
  negatable: z.union([z.boolean(), z.literal('inside')]).optional(),
  exclude: regexList.optional(),
  excludeReply: regexList.optional(),
  context: z.enum(['freeShipping', 'cod']).optional(),
  replyPatterns: regexList.optional(),
  replyFirm: regexList.optional(),
  curt: regexList.optional(),
  cancelledBy: z.array(ruleId).optional(),
  grantedBy: z.array(ruleId).optional(),
});

/** moves.json: an entry per move id. */
export const movesSchema = z.partialRecord(moveId, phraseEntry);
/** flags.json: an entry per rule id. */
export const flagsSchema = z.partialRecord(ruleId, phraseEntry);

const effect = z.strictObject({
  moves: z.array(moveId).optional(),
  flags: z.array(ruleId).optional(),
  context: z.enum(['freeShipping', 'cod']).optional(),
  /** The flags need the context switch known to be true (包邮 stated in the facts), not merely not false. */
  known: z.boolean().optional(),
});
export const answersSchema = z.strictObject({
  $comment: z.string().optional(),
  lead: regex,
  hedge: regex,
  yes: regex,
  closingNo: z.strictObject({ said: regex, topics: z.array(z.enum(TOPICS)) }),
  yesVerb: z.record(z.string().length(1), z.array(z.enum(TOPICS))),
  no: regex,
  apology: regex,
  unknown: regex,
  service: regex,
  deflect: regex,
  ourSide: regex,
  compareAsked: regex,
  fitAsked: regex,
  sizeChosen: regex,
  refundAwaited: regex,
  dispatchSaid: regex,
  restockSaid: regex,
  bundleAsked: z.strictObject({ asked: regex, otherOffered: regex }),
  returnSupposed: z.strictObject({ supposed: regex, actual: regex, started: regex }),
  guarantee: z.strictObject({ asked: regex, given: regex, topics: z.array(z.enum(TOPICS)), flags: z.array(ruleId) }),
  returnHow: regex,
  reported: regex,
  bearerAsked: regex,
  parcelAsked: regex,
  parcelChecked: regex,
  returnWanted: regex,
  exchangeWanted: regex,
  consent: regex,
  itemMade: regex,
  bodyStated: regex,
  sizeNamed: regex,
  ruleAsked: regex,
  returnNotRefused: z.strictObject({ $comment: z.string().optional(), fact: regex, ability: regex, step: regex, priceDifference: regex }),
  charged: z.strictObject({ asked: regex, free: regex, ability: z.strictObject({ asked: regex, yes: regex }), topics: z.partialRecord(z.enum(TOPICS), z.strictObject({ yes: effect.optional(), no: effect.optional() })) }),
  topics: z.record(z.enum(TOPICS), z.strictObject({ yes: effect.optional(), no: effect.optional(), open: effect.optional() })),
});

export const topicsSchema = z.strictObject({
  $comment: z.string().optional(),
  topics: z.partialRecord(z.enum(TOPICS), regex),
  values: z.partialRecord(z.enum(TOPICS), regex),
  yesNo: regex,
  open: regex,
});

const reach = z.number().int().min(1).max(60);
export const composeSchema = z.strictObject({
  $comment: z.string().optional(),
  refusal: z.strictObject({ before: regex, after: regex, reach, actions: z.partialRecord(ruleId, regex), policy: regex, buyerCondition: regex, buyerUsed: regex, noReason: regex, likedNot: regex, qualityOnly: regex, inspectionAsResale: regex, statedCondition: regex, statedTime: regex, recent: regex, reason: regex, reasonMust: regex, reasonFree: regex, dismiss: regex, afterSale: regex, fee: regex, loss: regex, notLoss: regex, returnGranted: regex, dismissAlone: regex, remedy: regex, refundKind: regex, closing: regex, predicted: regex, inspection: regex, keeps: regex, inspectionAsUse: regex, endsNone: regex, deposit: regex, photo: regex, declined: regex, retort: regex, onlyExchange: regex, foretold: regex, stillRefused: regex, photoSent: regex, notAccepted: regex }),
  charge: z.strictObject({ words: regex, free: regex, reach, freeFar: regex, waived: regex, subjects: z.partialRecord(ruleId, regex), notFreeship: regex, notCard: regex, regions: regex, couriers: regex, boughtFree: regex, condition: regex, courier: regex, thirdParty: regex, chargeAsked: regex, excluded: regex, excludedGranted: regex }),
  review: z.strictObject({ topic: regex, reward: regex, refused: regex, notReward: regex, aboutOthers: regex, done: regex, herReview: regex, change: regex, gainAsked: regex }),
  disparage: z.strictObject({ other: regex, bad: regex, reach, wink: regex, ours: regex, contrast: regex, excuse: regex, buyerOther: regex, compared: regex, notShop: regex, neutralBad: regex, shopNamed: regex, namedSplit: regex, named: regex, namedCompares: regex, notName: regex }),
  orderClose: z.strictObject({ agent: regex, close: regex, order: regex, buyerAsked: regex, consent: regex, complaint: regex, herself: regex }),
  cod: z.strictObject({ $comment: z.string().optional(), none: regex, notEnabled: regex, offered: regex, payFirst: regex }),
  offPlatform: z.strictObject({ channel: regex, id: regex, direct: regex, move: regex, payAway: regex, elsewhere: regex, onPlatform: regex, onPlatformChat: regex, offWords: regex, warned: regex, refusedAfter: regex, othersContact: regex, ours: regex }),
  invoice: z.strictObject({ $comment: z.string().optional(), travelAsked: regex, sentApart: regex, granted: regex, notInvoice: regex, declined: regex, farOff: regex, subject: regex, taxReason: regex, taxFreed: regex, chargeAsked: regex, asked: regex, receiptInstead: regex, reimbursed: regex, issued: regex }),
  postage: z.strictObject({ invoice: regex, notOutbound: regex, buyerCourier: regex, toBuyer: regex, goodsBack: regex, pricedAsked: regex }),
  terms: z.strictObject({ $comment: z.string().optional(), lost: regex, card: regex, invoice: regex, only: regex, otherGoods: regex, writtenAs: regex, actualGoods: regex }),
  policy: z.strictObject({ $comment: z.string().optional(), outOfRange: regex, regionAsked: regex, ordered: regex, shownFree: regex, afterOrder: regex, feeBorne: regex, buyerPays: regex, balance: regex, offPlatformPay: regex }),
  privacy: z.strictObject({ other: regex, asks: regex, notAsks: regex, gives: regex, declines: regex, person: regex, detail: regex, confirms: regex, proposes: regex, othersData: regex, shopAddress: regex, withheld: regex, identifies: regex, placeGiven: regex }),
  timeGuarantee: z.strictObject({ $comment: z.string().optional(), when: regex, arrival: regex, assured: regex, hedge: regex, refused: regex, withdrawn: regex }),
});

export const toneSchema = z.strictObject({
  negators: regex,
  neutral: z.array(z.string().min(1)),
  clauseBreak: regex,
  particles: regex,
  softeners: regex,
  upset: z.strictObject({
    $comment: z.string().optional(),
    feeling: regex,
    insult: regex,
    threat: regex,
    service: regex,
    challenge: regex,
    problem: regex,
    delay: regex,
    need: regex,
    duration: regex,
    waiting: regex,
    grievance: regex,
    charge: regex,
    inquiry: regex,
    question: regex,
    photo: regex,
    hearsay: regex,
    ours: regex,
    otherShop: regex,
    stress: regex,
    retort: regex,
    emphasis: regex,
    doubt: regex,
    counted: regex,
    pleased: regex,
    mark: regex,
  }),
  acknowledge: z.strictObject({
    $comment: z.string().optional(),
    apology: regex,
    burden: regex,
    feelingVerb: regex,
    feelingObject: regex,
    feelingBare: regex,
    notFeeling: regex,
    feelingHeld: regex,
    perspective: regex,
    reassure: regex,
    shared: regex,
    fault: regex,
    granted: regex,
    responsibility: regex,
    remedy: regex,
    consult: regex,
    prompt: regex,
    yes: regex,
    doneForHer: regex,
  }),
  // Patterns with {part} placeholders: compiled (and checked) by tone-compose.ts once the parts are put in.
  composed: z.strictObject({
    $comment: z.string().optional(),
    parts: z.record(z.string().regex(/^[a-zA-Z]+$/), regex),
    rules: z.partialRecord(ruleId, z.array(z.string().min(1)).min(1)),
    unsoftened: z.partialRecord(ruleId, z.array(z.string().min(1)).min(1)),
    afterProblem: z.partialRecord(ruleId, z.array(z.string().min(1)).min(1)),
    dismissal: z.string(),
    notPrejudge: z.string(),
    conditional: regex,
    bareReceipt: regex,
    shrug: regex,
    askingRemarked: regex,
    goAhead: regex,
    adviceAsked: regex,
    itDepends: regex,
    vagueAnswer: regex,
    figureAsked: regex,
    positiveAnswer: regex,
    asks: regex,
    unknownAnswer: regex,
    guessedAnswer: regex,
    findsOut: regex,
    negativeAnswer: regex,
    chargeAsked: regex,
    chargeNo: regex,
    serviceVerb: regex,
  }),
  // Who a clause blames for what went wrong (understand/blame.ts).
  blame: z.strictObject({
    $comment: z.string().optional(),
    her: regex,
    herNegated: regex,
    ours: regex,
    third: regex,
    frame: regex,
    deed: regex,
    done: regex,
    measure: regex,
    choice: regex,
    ruleTold: regex,
    advice: regex,
    humanVerdict: regex,
    retort: regex,
  }),
  negationBarrier: regex,
  postNegation: regex,
  closingRefusal: regex,
  warmOpening: regex,
});

export const modelSchema = z
  .strictObject({
    version: z.literal(1),
    scale: z.number().positive(),
    labels: z.array(
      z.strictObject({
        id: moveOrRule,
        kind: z.enum(['move', 'flag', 'veto']),
        bias: z.number(),
        threshold: z.number().nullable(),
      }),
    ),
    // An object of ~6,500 features: checked in the loop below, not by a schema per feature.
    weights: z.custom<Record<string, number[]>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'must be an object'),
  })
  .superRefine((m, ctx) => {
    // Checked in a plain loop: a zod schema per weight would cost more than the reader's load.
    for (const [feature, flat] of Object.entries(m.weights)) {
      let bad = !Array.isArray(flat) || flat.length % 2 !== 0;
      for (let i = 0; !bad && i < flat.length; i++) {
        const v = flat[i];
        bad = !Number.isInteger(v) || (i % 2 === 0 && (v! < 0 || v! >= m.labels.length));
      }
      if (bad) {
        ctx.addIssue({ code: 'custom', path: ['weights', feature], message: 'must be pairs [labelIndex, weight] with a label index of the model' });
        return;
      }
    }
    for (const [i, l] of m.labels.entries()) {
      const isMove = (MOVES as readonly string[]).includes(l.id);
      if (isMove !== (l.kind === 'move')) ctx.addIssue({ code: 'custom', path: ['labels', i, 'kind'], message: `"${l.id}" is ${isMove ? 'a move' : 'a rule'}` });
    }
  });

/** The data, checked: or an error that names the file, each field and what is wrong with it. */
export function checkLexicon<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`src/engine/lexicon/${file} is invalid: ${problems.join('; ')}`);
}

/** shapes.json: per move, the clause shapes that make it (move-shapes.ts). */
export const shapesSchema = z.strictObject({
  $comment: z.string().optional(),
  moves: z.partialRecord(moveId, z.strictObject({ shapes: regexList.min(1), not: regex.optional(), yieldsTo: z.array(moveId).optional(), unlessFlagged: z.boolean().optional() })),
});
