// The wrong facts of a graded chat as text lines, shared by `play` and `grade`.
import type { ScoreResult } from '@/engine/score/types';
import { lineNumber } from '@/engine/transcript';

/** Each wrong fact: the turn, the claim, the shop's fact and a better reply that states it. */
export function knowledgeLines(result: ScoreResult): string[] {
  const items = result.feedback.filter((f) => f.rule === 'fact-wrong');
  if (items.length === 0) return [];
  return [
    '说错的商品信息：',
    ...items.flatMap((f) => [`  第${f.turn === null ? '-' : lineNumber(f.turn)}条：${f.claim ?? ''}，${f.truth ?? ''}`, `    更好的说法：${f.better ?? ''}`]),
  ];
}
