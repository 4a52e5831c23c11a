// The three scores over time as plain SVG: no chart library for three lines.
import type { SessionRecord } from '@/db/records';
import { formatDateTime } from '@/app/labels';

const SERIES = [
  { key: 'tone', label: '服务态度', color: '#ff5000' },
  { key: 'compliance', label: '合规', color: '#1677ff' },
  { key: 'conversion', label: '转化', color: '#16a34a' },
] as const;

const W = 640;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

export default function ScoreChart({ sessions }: { sessions: SessionRecord[] }) {
  const points = sessions.filter((s) => s.summary);
  const n = points.length;
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((100 - Math.max(0, Math.min(100, v))) * (H - PAD.top - PAD.bottom)) / 100;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`最近 ${n} 次对话的三项得分`}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#eee" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="10" fill="#999">
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
              points={points.map((p, i) => `${x(i)},${y(p.summary?.[s.key] ?? 0)}`).join(' ')}
            />
            {points.map((p, i) => (
              <circle key={p.id} cx={x(i)} cy={y(p.summary?.[s.key] ?? 0)} r="3" fill={s.color}>
                <title>
                  {formatDateTime(p.startedAt)} {s.label} {p.summary?.[s.key]}
                </title>
              </circle>
            ))}
          </g>
        ))}
        {points.map((p, i) => (
          <text key={p.id} x={x(i)} y={H - 8} textAnchor="middle" fontSize="10" fill="#999">
            {i + 1}
          </text>
        ))}
      </svg>
      <figcaption className="legend">
        {SERIES.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
