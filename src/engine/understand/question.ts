// What the buyer's line asks: a closed list of topics, so that a short answer ("是的亲",
// "开不了哦") can be read against the question it answers (answers.ts). The topic words live
// in src/engine/lexicon/topics.json; the scenario format names the same topics (`asks`).
import topicsData from '@/engine/lexicon/topics.json';
import { boundedTable } from '@/engine/bounded-table';
import { checkLexicon, topicsSchema } from '@/engine/understand/lexicon-schema';
import { normalizeBuyerLine } from '@/engine/understand/normalize';
import { TOPICS, type Topic } from '@/engine/vocabulary';

// The closed list lives with the other contract ids (vocabulary.ts); this is where it is read.
export { TOPICS, type Topic };

const topics = checkLexicon('topics.json', topicsSchema, topicsData);

export interface BuyerQuestion {
  topic: Topic;
  /** The thing a yes/no question asks about, as the buyer wrote it: "纯棉" in "这个是纯棉的吗". */
  value?: string;
  /** The question wants a yes or a no (是…吗, 能不能…), not a value (什么, 多少). */
  yesNo: boolean;
}

const TOPIC_RES: ReadonlyArray<[Topic, RegExp]> = Object.entries(topics.topics).map(([t, source]) => [t as Topic, new RegExp(source ?? '', 'u')]);
const VALUE_RES: ReadonlyMap<string, RegExp> = new Map(Object.entries(topics.values).map(([t, source]) => [t, new RegExp(source ?? '', 'gu')]));
const YES_NO = new RegExp(topics.yesNo, 'u');
const OPEN = new RegExp(topics.open, 'u');
// A buyer's line may hold a statement and a question: each sentence is read on its own.
const SENTENCE_END = /[。!?;~\n]+|(?<=[吗嘛么呢])[,\s]+/u;

const BARE_QUESTION = 6;

/** The questions of one sentence: every topic it names, or `other` for a question about none. */
function questionsIn(sentence: string, endsWithMark: boolean): BuyerQuestion[] {
  // A bare topic with a question mark ("信用卡?", "包邮?") asks yes or no.
  const yesNo = (YES_NO.test(sentence) || (endsWithMark && sentence.length <= BARE_QUESTION)) && !OPEN.test(sentence);
  if (!yesNo && !endsWithMark && !OPEN.test(sentence)) return [];
  const found: BuyerQuestion[] = [];
  for (const [topic, re] of TOPIC_RES) {
    if (!re.test(sentence)) continue;
    // What a yes-no question asks about is the value nearest its question word: in "我平时M啊 拿L真的
    // 合适吗" she asks about L (player-d: a yes was read as advising M and failed as fact-wrong).
    const values = VALUE_RES.get(topic);
    const value = values ? [...sentence.matchAll(values)].at(-1)?.[0] : undefined;
    found.push(value !== undefined && yesNo ? { topic, value, yesNo } : { topic, yesNo });
  }
  return found.length > 0 ? found : [{ topic: 'other', yesNo }];
}

// The same buyer line is read for every reply that answers it (and several times per reply), and
// a scenario's buyer asks the same lines in every chat: kept in a bounded table (emptied when full).
const ASKED_LINES = 512;
const asked = boundedTable(ASKED_LINES, (buyerText: string): readonly BuyerQuestion[] => questionsOfText(buyerText));

/** What the buyer's text asks, in the order asked; [] when it asks nothing. */
export function readQuestion(buyerText: string): BuyerQuestion[] {
  return asked(buyerText).map((q) => ({ ...q }));
}

/** The sentences of her line, each with whether a question mark ends it. */
function sentencesOf(buyerText: string): Array<{ sentence: string; marked: boolean }> {
  const text = normalizeBuyerLine(buyerText);
  const out: Array<{ sentence: string; marked: boolean }> = [];
  const re = new RegExp(SENTENCE_END.source, 'gu');
  let start = 0;
  for (const m of [...text.matchAll(re), null]) {
    const end = m ? m.index : text.length;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push({ sentence, marked: m !== null && m[0].includes('?') });
    if (!m) break;
    start = end + m[0].length;
  }
  return out;
}

function questionsOfText(buyerText: string): BuyerQuestion[] {
  const out: BuyerQuestion[] = [];
  for (const { sentence, marked } of sentencesOf(buyerText)) {
    for (const q of questionsIn(sentence, marked)) {
      if (!out.some((o) => o.topic === q.topic)) out.push(q);
    }
  }
  return out;
}

/** The topics a text names (微信 → contact, 发票 → invoice), question or not, in the topics' order. */
export function topicsNamed(text: string): Topic[] {
  return TOPIC_RES.filter(([, re]) => re.test(text)).map(([topic]) => topic);
}

/**
 * The words of her line that ask about `topic`: the sentences whose questions name it ('' when
 * none does, as for a topic only her scenario state declares). A yes that carries its own verb
 * (能开, 送的) answers only a question whose words say it (answers.ts).
 */
export function askedAbout(buyerText: string, topic: Topic): string {
  return sentencesOf(buyerText)
    .filter(({ sentence, marked }) => questionsIn(sentence, marked).some((q) => q.topic === topic))
    .map(({ sentence }) => sentence)
    .join(' ');
}

// The same buyer line is read for every reply that answers it: keep the last one normalised.
let lastBuyer: { raw: string; text: string } | null = null;
/** The buyer's line normalised as replies are ('' when there is none). */
export function normalizedBuyer(raw: string | undefined): string {
  if (!raw) return '';
  if (lastBuyer?.raw !== raw) lastBuyer = { raw, text: normalizeBuyerLine(raw) };
  return lastBuyer.text;
}

export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);
