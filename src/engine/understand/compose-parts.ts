// What every composed-flag reader shares: the parts (src/engine/lexicon/compose.json, validated
// once at load), how a part becomes a regex, and the hedge that makes a refusal a question.
import composeJson from '@/engine/lexicon/compose.json';
import { checkLexicon, composeSchema } from '@/engine/understand/lexicon-schema';
import type { RuleId } from '@/engine/vocabulary';

export const data = checkLexicon('compose.json', composeSchema, composeJson);
export const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);

export interface Composed {
  rule: RuleId;
  evidence: string;
}

export const matches = (pattern: RegExp, text: string): RegExpExecArray[] => {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
};

/** A condition or a question: "如果不能退的话", "是否不支持" refuse nothing. */
export const HEDGE = /(如果|要是|万一|是否|能否|会不会|怕)[^,]{0,4}$/u;

/** The A-not-A question 能不能退: the 不 sits between two equal characters. */
export const isAnotA = (text: string, at: number): boolean => at > 0 && text[at] === '不' && text[at - 1] === text[at + 1];
