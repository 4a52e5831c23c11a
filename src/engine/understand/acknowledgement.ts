// Whether a reply takes in an upset buyer's feeling or problem before (or while) it solves it
// (tone-empathy). Composed from what acknowledging does (src/engine/lexicon/tone.json
// `acknowledge`), so that wordings no one listed still count:
//   - an apology (抱歉, 不好意思, 请见谅) or the trouble caused to her (给您添麻烦了, 让您久等了,
//     给您带来不便, 让你糟心了);
//   - a feeling verb over her or her feeling (理解您的心情, 懂你, 体谅您的难处), her feeling held
//     (您的心情我们理解), her view taken (换作是我也会着急), reassurance (您先别着急), a feeling
//     shared (我们也很心疼, 抱抱宝子);
//   - the shop's fault or the problem granted (是我们仓库发错了, 这确实不正常), responsibility
//     taken (我们负责到底);
//   - a remedy offered for her to choose (给您补偿5元，您看行吗), acting for her at once, warmly
//     (好的亲，我这就帮您转主管), or a yes that does at once what she asked (好的 退款已经提交了,
//     好吧 同意了, 可以的亲 我这边直接给您办仅退款: chats-i, chats-w, context-y, writer-e, writer-f).
// A negator just before the words takes them back (不理解, 我们不负责). "理解错了" or a bare
// "知道了" says nothing of her feeling.
import toneJson from '@/engine/lexicon/tone.json';
import { checkLexicon, toneSchema } from '@/engine/understand/lexicon-schema';

const { acknowledge: data, negators, particles } = checkLexicon('tone.json', toneSchema, toneJson);
const re = (source: string): RegExp => new RegExp(source, 'u');

export type AcknowledgementKind = 'apology' | 'feeling' | 'fault' | 'remedy';

export interface Acknowledgement {
  kind: AcknowledgementKind;
  /** The reply's words that acknowledge her. */
  evidence: string;
}

const FEELING_VERB = `(?:${data.feelingVerb})`;
const PARTS: ReadonlyArray<[AcknowledgementKind, RegExp]> = [
  ['apology', re(data.apology)],
  ['apology', re(data.burden)],
  ['feeling', re(`${FEELING_VERB}(?:的|得)?.{0,3}?${data.feelingObject}`)],
  ['feeling', re(data.feelingBare)],
  ['feeling', re(data.feelingHeld)],
  ['feeling', re(data.perspective)],
  ['feeling', re(data.reassure)],
  ['feeling', re(data.shared)],
  ['fault', re(data.fault)],
  ['fault', re(data.granted)],
  ['fault', re(data.responsibility)],
];
const NOT_FEELING = re(data.notFeeling);
const REMEDY = re(data.remedy);
const CONSULT = re(data.consult);
const PROMPT = re(data.prompt);
const YES = re(data.yes);
const DONE_FOR_HER = re(data.doneForHer);
const WARM = re(particles);
const REVIEW = /好评|差评|中评|评价|五星|5星/u;
const NEGATED = new RegExp(`${negators}(太|是很|会|用|需要)?$`, 'u');
const CLAUSE = /[,.!?;~\n。，！？；]+/u;

function unnegated(pattern: RegExp, clause: string): RegExpExecArray | null {
  const m = pattern.exec(clause);
  if (!m) return null;
  // 不好意思 and 别着急 carry their own negator: only a negator before the words takes them back.
  return NEGATED.test(clause.slice(Math.max(0, m.index - 3), m.index)) ? null : m;
}

// The reply read last: the rules (an upset buyer's tone-empathy), the buyer's settling of the reply
// and the scorer's (owed empathy, praise) each ask of the same reply; it is read once.
let lastText: string | null = null;
let lastFound: Readonly<Acknowledgement> | null = null;

/** How the reply acknowledges her, or null when it goes straight to business. */
export function acknowledgement(normalized: string): Readonly<Acknowledgement> | null {
  if (normalized !== lastText) {
    lastFound = acknowledgementOf(normalized);
    if (lastFound !== null) Object.freeze(lastFound);
    lastText = normalized;
  }
  return lastFound;
}

/**
 * Her feeling waved away (急也没用, 着急也没办法, 催也没用): whatever soothing words stand beside it (别急嘛)
 * are taken back — it tells her the feeling is pointless (player12 F46; every tuning writer flags it
 * tone-empathy, none empathize).
 */
export const FEELING_DISMISSED = /(?:急|着急|生气|发火|催|闹|吵|气)(?:也|都)(?:没用|没有用|没办法|没法|白搭|解决不了)/u;

function acknowledgementOf(normalized: string): Acknowledgement | null {
  const clauses = normalized.slice(0, 2000).split(CLAUSE).filter(Boolean);
  const dismissed = FEELING_DISMISSED.test(normalized);
  for (const clause of clauses) {
    for (const [kind, pattern] of PARTS) {
      if (dismissed && kind === 'feeling') continue;
      const m = unnegated(pattern, clause);
      if (!m) continue;
      // "您理解错了", "嗯嗯知道了": the verb, but not of her feeling.
      if (kind === 'feeling' && NOT_FEELING.test(clause.slice(Math.max(0, m.index - 4), m.index + m[0].length + 3))) continue;
      return { kind, evidence: m[0] };
    }
  }
  // A remedy she is asked to accept or choose: "给您补偿5元，您看行吗".
  // Acting for her at once, said warmly: "好的亲，我这就帮您转主管" takes her in; a bare "已转主管" does not.
  const prompt = PROMPT.exec(normalized);
  if (prompt && WARM.test(normalized)) return { kind: 'remedy', evidence: prompt[0] };
  // A yes that does at once what she asked: "好的 退款已经提交了", "好吧 同意了", "可以的亲，我这边直接给您办仅退款".
  const done = YES.test(normalized) ? DONE_FOR_HER.exec(normalized) : null;
  if (done) return { kind: 'remedy', evidence: done[0] };
  // A reward for her rating is a bribe, not a remedy (review-induce).
  const remedy = REVIEW.test(normalized) ? null : REMEDY.exec(normalized);
  const consult = remedy ? CONSULT.exec(normalized.slice(remedy.index)) : null;
  if (remedy && consult) return { kind: 'remedy', evidence: `${remedy[0]}…${consult[0]}` };
  return null;
}
