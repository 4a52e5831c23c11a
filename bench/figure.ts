/** One measured figure of `npm run bench`, compared with its budget. */
export interface Figure {
  id: string;
  /** Chinese-free short name shown in the table. */
  name: string;
  value: number | null;
  unit: string;
  /** Human-readable budget, e.g. "≤ 0.2 ms". */
  budget: string;
  /** null when there is no budget (report only) or nothing was measured. */
  over: boolean | null;
  detail?: string;
  /** Set when the figure could not be measured. */
  error?: string;
}

export const atMost = (value: number, limit: number) => value > limit;
export const atLeast = (value: number, limit: number) => value < limit;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));
