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

/**
 * The 不 at `at` is left to her choice, not said by the shop: a permission over the negation
 * (也可以不退, 您可以选择不换) or the negation granted after it (不退也行, 不换也没关系) — an
 * option the agent offers (keep the shoes and take a refund of the difference), not a refusal.
 */
export const isOption = (text: string, at: number): boolean =>
  text[at] === '不' && (/(?:可以|可|也能|能够)(?:选择|先)?$/u.test(text.slice(Math.max(0, at - 4), at)) || /^不.{1,2}也(?:可以|行|没问题|没关系|ok)/iu.test(text.slice(at, at + 10)));
