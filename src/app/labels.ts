import type { OutcomeKind } from '@/engine/vocabulary';

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  sale: '成交',
  'no-sale': '未成交',
  resolved: '问题已解决',
  dispute: '发起纠纷',
  'bad-review': '给了差评',
};

export function outcomeLabel(outcome: OutcomeKind | null): string {
  return outcome ? OUTCOME_LABELS[outcome] : '进行中';
}

export const VARIANT_FALLBACK_LABELS: Record<string, string> = {
  easy: '好说话',
  normal: '一般',
  hard: '难缠',
};

/** A variant's name for screens that only have its id (exam and role-play forms, the review): never easy/normal/hard. */
export function variantLabel(id: string): string {
  return VARIANT_FALLBACK_LABELS[id] ?? id;
}

/** An exam attempt's status as the exam lists show it. */
export const ATTEMPT_STATUS_LABELS: Record<string, string> = { active: '进行中', submitted: '已交卷', expired: '已超时' };

/** Shown for a time no date can show (a nonsense number from an old import): never NaN-NaN-NaN. */
export const INVALID_DATE = '日期无效';

export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What one item (or a rule's items together) costs: tone items carry no platform points, they lower 服务态度. */
export function deductionLabel(points: number): string {
  return points > 0 ? `扣${points}分` : '计入服务态度分';
}
