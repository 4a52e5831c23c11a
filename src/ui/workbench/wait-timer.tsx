import { formatSeconds } from '@/app/labels';

/** How long the buyer has been waiting; turns red as the scenario's patience runs out. */
export function WaitTimer({ waited, limit }: { waited: number | null; limit: number | null }) {
  if (waited === null) return <p className="wait-timer idle">买家未在等待</p>;
  const late = limit !== null && waited >= limit * 0.66;
  return (
    <p className={`wait-timer${late ? ' late' : ''}`} role="timer" aria-live="off">
      买家已等待 <strong>{formatSeconds(waited)}</strong>
      {limit !== null && <small>（{limit} 秒内回复）</small>}
    </p>
  );
}
