import type { z } from 'zod';
import { deductionLabel } from '@/app/labels';
import type { RuleCountSchema } from '@/server/api-contract';
import { RULES } from '@/engine/rules/catalog';

type RuleCount = z.infer<typeof RuleCountSchema>;

/** A rule's Chinese title; a server newer than this page may know rules it does not. */
export function ruleTitle(rule: string): string {
  return (RULES as Record<string, { title: string } | undefined>)[rule]?.title ?? rule;
}

export function RuleList({ rules, empty = '没有违规记录' }: { rules: RuleCount[]; empty?: string }) {
  if (rules.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ol className="rule-list">
      {rules.map((r) => (
        <li key={r.rule}>
          {ruleTitle(r.rule)} <span className="muted">×{r.count}（{r.sessions} 次对话，{deductionLabel(r.points)}）</span>
        </li>
      ))}
    </ol>
  );
}
