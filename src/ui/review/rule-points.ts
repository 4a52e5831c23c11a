// A rule's points for the review form: 0..the catalog's deduction (扣N分), the range the
// server checks (tone rules carry 0 points: they cost tone, not platform points).
import { RULES } from '@/engine/rules/catalog';
import { RULE_IDS } from '@/engine/vocabulary';

export function maxPoints(rule: string): number {
  return (RULES as Record<string, { points: number } | undefined>)[rule]?.points ?? 0;
}

export const CATALOG_RULES: readonly string[] = RULE_IDS;

export const itemKey = (k: { part: number; turn: number; rule: string }) => `${k.part}:${k.turn}:${k.rule}`;
export const turnKey = (k: { part: number; turn: number }) => `${k.part}:${k.turn}`;

/** The report's items a trainee may still dispute: charged (not removed by the mentor) and not disputed yet. */
export function disputable<T extends { part: number; turn: number; rule: string; action: string }>(items: readonly T[], disputed: ReadonlyMap<string, unknown>): T[] {
  return items.filter((i) => i.action !== 'remove' && !disputed.has(itemKey(i)));
}
