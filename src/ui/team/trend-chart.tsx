// Pass rate and average total per day or week as plain SVG, like the history screen's chart;
// the bars behind show how many sessions each bucket holds. The server leaves out buckets
// without practice, so points sit at their time on the axis, not at their index.
import type { Trend } from '@/server/api-contract';

const W = 1200;
const H = 220;
const PAD = { left: 40, right: 40, top: 12, bottom: 30 };
const X_LABELS = 10;

function label(ms: number): string {
  const d = new Date(ms);
  return `${d.getMonth() + 1}/${d.getDate()}`;
}

const BUCKET_MS = { day: 86_400_000, week: 7 * 86_400_000 } as const;

/** `from`, `to`: the time span on the axis (the query's `since`, and now). */
export function TrendChart({ trend, from, to }: { trend: Trend; from: number; to: number }) {
  const points = trend.points;
  const n = points.length;
  if (n === 0) return <p className="muted">这段时间还没有练习记录。</p>;
  const bucket = BUCKET_MS[trend.bucket];
  const start = Math.min(from, points[0]!.start);
  const span = Math.max(bucket, to - start);
  const inner = W - PAD.left - PAD.right;
  const slot = Math.max(2, (inner * bucket) / (span + bucket));
  const x = (i: number) => PAD.left + ((points[i]!.start - start) * (inner - slot)) / span + slot / 2;
  const y = (v: number) => PAD.top + ((100 - Math.max(0, Math.min(100, v))) * (H - PAD.top - PAD.bottom)) / 100;
  const most = Math.max(1, ...points.map((p) => p.sessions));
  const line = (value: (p: Trend['points'][number]) => number | null) =>
    points
      .map((p, i) => [i, value(p)] as const)
      .filter((pair): pair is readonly [number, number] => pair[1] !== null)
      .map(([i, v]) => `${x(i)},${y(v)}`)
      .join(' ');
  const every = Math.max(1, Math.ceil(n / X_LABELS));
  const unit = trend.bucket === 'day' ? '天' : '周';
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`最近 ${n} ${unit}的通过率和平均分`}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#eee" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#999">
              {v}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const h = ((H - PAD.top - PAD.bottom) * p.sessions) / most;
          return (
            <rect key={p.start} x={x(i) - slot * 0.3} width={slot * 0.6} y={H - PAD.bottom - h} height={h} fill="#f3f4f6">
              <title>
                {label(p.start)} 练习 {p.sessions} 次，完成 {p.ended} 次
              </title>
            </rect>
          );
        })}
        <polyline fill="none" stroke="#16a34a" strokeWidth="2" points={line((p) => (p.passRate === null ? null : p.passRate * 100))} />
        <polyline fill="none" stroke="#ff5000" strokeWidth="2" points={line((p) => p.averageTotal)} />
        {points.map((p, i) => (
          <g key={p.start}>
            {p.passRate !== null && (
              <circle cx={x(i)} cy={y(p.passRate * 100)} r="3.5" fill="#16a34a">
                <title>
                  {label(p.start)} 通过率 {Math.round(p.passRate * 100)}%
                </title>
              </circle>
            )}
            {p.averageTotal !== null && (
              <circle cx={x(i)} cy={y(p.averageTotal)} r="3.5" fill="#ff5000">
                <title>
                  {label(p.start)} 平均分 {Math.round(p.averageTotal)}
                </title>
              </circle>
            )}
            {(i % every === 0 || i === n - 1) && (
              <text x={x(i)} y={H - 10} textAnchor="middle" fontSize="12" fill="#999">
                {label(p.start)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        <span>
          <i style={{ background: '#16a34a' }} />
          通过率（%）
        </span>
        <span>
          <i style={{ background: '#ff5000' }} />
          平均分
        </span>
        <span>
          <i style={{ background: '#e5e7eb' }} />
          练习次数
        </span>
        <span className="muted">横轴：每{unit}</span>
      </figcaption>
    </figure>
  );
}
