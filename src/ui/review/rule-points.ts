// A rule's points for the review form: the catalog's deduction (platform rules) or the tone
// deduction; the server checks the same range.
import { RULES } from '@/engine/rules/catalog';
import { TONE_DEDUCTIONS } from '@/engine/score/weights';
import { RULE_IDS } from '@/engine/vocabulary';

export function maxPoints(rule: string): number {
  const platform = (RULES as Record<string, { points: number } | undefined>)[rule]?.points ?? 0;
  const tone = (TONE_DEDUCTIONS as Record<string, number | undefined>)[rule] ?? 0;
  return Math.max(platform, tone);
}

export const CATALOG_RULES: readonly string[] = RULE_IDS;

export const itemKey = (k: { part: number; turn: number; rule: string }) => `${k.part}:${k.turn}:${k.rule}`;
export const turnKey = (k: { part: number; turn: number }) => `${k.part}:${k.turn}`;
