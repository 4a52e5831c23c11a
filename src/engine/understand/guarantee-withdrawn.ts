// A guarantee taken back in its own sentence is no promise. The refusal may stand after the
// promised time (明天一定到,这个我不敢保证; 保证明天到是做不到的), where the negation of the
// phrase matcher, which looks before a match, does not reach. What another shop cannot do
// (别家做不到) takes nothing back. The words are data: lexicon/compose.json `timeGuarantee`
// (`refused`, `withdrawn`).
import { data, re } from '@/engine/understand/compose-parts';

/** A refused guarantee: a negated guarantee word, a guarantee that cannot be given, a negated doing (compose.json `timeGuarantee`). */
const WITHDRAWN = re(`${data.timeGuarantee.refused}|${data.timeGuarantee.withdrawn}`, 'gu');
const OTHER_SHOP = re(data.disparage.other);
const SENTENCE_END = /[.!?;。！？；]/u;
const CLAUSE_START = /[^,，]*$/u;

/** Whether the guarantee `match` (found in `normalized`) is taken back within its sentence. */
export function guaranteeWithdrawn(normalized: string, match: string): boolean {
  const at = normalized.indexOf(match);
  let sentence = at < 0 ? match : normalized.slice(at);
  const end = sentence.search(SENTENCE_END);
  if (end >= 0) sentence = sentence.slice(0, end);
  for (const w of sentence.matchAll(WITHDRAWN)) {
    const before = CLAUSE_START.exec(sentence.slice(0, w.index))?.[0] ?? '';
    if (!OTHER_SHOP.test(before)) return true;
  }
  return false;
}
