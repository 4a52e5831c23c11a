import { formatSeconds } from '@/app/labels';

/**
 * How long the buyer has been waiting. `within` is the scorer's response-time threshold for the
 * reply she waits for (weights.ts RESPONSE_SECONDS, the same number the report grades against):
 * past it the timer turns red. `limit` is when she nudges (the scenario's timeout).
 */
export function WaitTimer({ waited, within, limit }: { waited: number | null; within: number; limit: number | null }) {
  if (waited === null) return <p className="wait-timer idle">买家未在等待</p>;
  const late = waited >= within;
  return (
    <p className={`wait-timer${late ? ' late' : ''}`} role="timer" aria-live="off">
      买家已等待 <strong>{formatSeconds(waited)}</strong>
      <small>（{within} 秒内回复不扣分{limit !== null ? `，${limit} 秒没回买家会催` : ''}）</small>
    </p>
  );
}
