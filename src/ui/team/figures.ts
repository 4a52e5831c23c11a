import { formatDateTime } from '@/app/labels';

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
export const average = (value: number | null): string => (value === null ? '—' : String(Math.round(value)));
export const when = (ms: number | null): string => (ms === null ? '从未练习' : formatDateTime(ms));
