// The three scores over time as plain SVG: no chart library for three lines. It gets at most
// CHART_POINTS sessions, so the drawing costs the same however long the history is.
import type { SessionRow } from '@/db/records';
import { formatDateTime, INVALID_DATE } from '@/app/labels';

const SERIES = [
  { key: 'tone', label: '服务态度', color: '#ff5000' },
  { key: 'compliance', label: '合规', color: '#1677ff' },
  { key: 'conversion', label: '转化', color: '#16a34a' },
] as const;

// A wide, low box: the chart spans the card's full width without growing tall.
const W = 1200;
const H = 240;
const PAD = { left: 40, right: 16, top: 12, bottom: 30 };
/** Beyond this many points the dots would merge into the lines; draw lines only. */
const MAX_DOTS = 60;
const X_LABELS = 8;

function day(ms: number): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return INVALID_DATE;
  return `${d.getMonth() + 1}/${d.getDate()}`;
}

export default function ScoreChart({ sessions }: { sessions: SessionRow[] }) {
  const points = sessions.filter((s) => s.summary);
  const n = points.length;
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((100 - Math.max(0, Math.min(100, v))) * (H - PAD.top - PAD.bottom)) / 100;
  const labelEvery = Math.max(1, Math.ceil(n / X_LABELS));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`最近 ${n} 次对话的三项得分`}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#eee" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#999">
              {v}
            </text>
          </g>
        ))}
        {SERIES.map((s) => (
          <g key={s.key}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth="2"
              strokeLinejoin="round"
              points={points.map((p, i) => `${x(i)},${y(p.summary?.[s.key] ?? 0)}`).join(' ')}
            />
            {n <= MAX_DOTS &&
              points.map((p, i) => (
                <circle key={p.id} cx={x(i)} cy={y(p.summary?.[s.key] ?? 0)} r="3.5" fill={s.color}>
                  <title>
                    {formatDateTime(p.startedAt)} {s.label} {p.summary?.[s.key]}
                  </title>
                </circle>
              ))}
          </g>
        ))}
        {points.map((p, i) =>
          (i % labelEvery === 0 && n - 1 - i >= labelEvery / 2) || i === n - 1 ? (
            <text key={p.id} x={x(i)} y={H - 10} textAnchor="middle" fontSize="12" fill="#999">
              {day(p.startedAt)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
        <span className="muted">横轴：开始日期（最近 {n} 次已评分的对话）</span>
      </figcaption>
    </figure>
  );
}
