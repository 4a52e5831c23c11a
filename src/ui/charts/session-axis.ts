// The history charts' time axis: one slot per chat in time order (twenty chats on one
// afternoon stay twenty readable marks, not one blot), with a separator where the day changes
// and each day's date centred over its chats. Both the score chart and the skills picture use it,
// so their columns mean the same thing.
import { INVALID_DATE } from '@/app/labels';

export interface DayGroup {
  label: string;
  /** First and last slot of the day (inclusive). */
  from: number;
  to: number;
}

export function dayKey(ms: number): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function dayLabel(ms: number): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}

export function timeLabel(ms: number): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Consecutive slots of the same calendar day (local time), oldest first. */
export function dayGroups(times: readonly number[]): DayGroup[] {
  const groups: DayGroup[] = [];
  times.forEach((t, i) => {
    const last = groups[groups.length - 1];
    if (last && dayKey(times[last.from]!) === dayKey(t)) last.to = i;
    else groups.push({ label: dayLabel(t), from: i, to: i });
  });
  return groups;
}

/** x of slot i when n slots share [left, right]: evenly spaced, half a slot of margin each side. */
export function slotX(i: number, n: number, left: number, right: number): number {
  const step = (right - left) / Math.max(1, n);
  return left + step * (i + 0.5);
}

/** The x where a day's group starts (the separator line), between its first slot and the one before. */
export function separatorX(from: number, n: number, left: number, right: number): number {
  return left + ((right - left) / Math.max(1, n)) * from;
}

/**
 * Which day labels fit: a label needs about `width` px; a day whose span is too narrow gives way
 * to its neighbours (the first and last days win ties), so labels never overlap.
 */
export function visibleDayLabels(groups: readonly DayGroup[], n: number, left: number, right: number, width = 56): Set<number> {
  const shown = new Set<number>();
  let lastEnd = -Infinity;
  groups.forEach((g, gi) => {
    const centre = (slotX(g.from, n, left, right) + slotX(g.to, n, left, right)) / 2;
    if (centre - width / 2 >= lastEnd) {
      shown.add(gi);
      lastEnd = centre + width / 2;
    }
  });
  return shown;
}
