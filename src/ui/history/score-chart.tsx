// The scores over time as plain SVG (no chart library for a few lines). One slot per chat, in
// time order, with a line between days: twenty chats on one afternoon stay twenty marks. The
// total is drawn with a marker whose shape and colour say the buyer's variant, over the pass
// line; the three part scores run thinner behind it. It gets at most CHART_POINTS sessions, so
// the drawing costs the same however long the history is.
import type { ReactNode } from 'react';
import type { SessionRow } from '@/db/records';
import { formatDateTime, VARIANT_FALLBACK_LABELS } from '@/app/labels';
import { DEFAULT_PASS_MARK } from '@/engine/score/weights';
import { dayGroups, separatorX, slotX, visibleDayLabels } from '@/ui/charts/session-axis';

const PARTS = [
  { key: 'tone', label: '服务态度', color: '#ff5000' },
  { key: 'compliance', label: '合规', color: '#1677ff' },
  { key: 'conversion', label: '转化', color: '#16a34a' },
] as const;

type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
/** Shape and colour both differ, so the variant reads without colour vision too. */
const VARIANT_MARKS: Record<string, { shape: Shape; color: string }> = {
  easy: { shape: 'circle', color: '#0e7490' },
  normal: { shape: 'square', color: '#6d28d9' },
  hard: { shape: 'triangle', color: '#b91c1c' },
};
const OTHER_MARK = { shape: 'diamond' as Shape, color: '#4b5563' };
const markOf = (variant: string) => VARIANT_MARKS[variant] ?? OTHER_MARK;

const W = 1200;
const H = 280;
const PAD = { left: 44, right: 16, top: 14, bottom: 40 };

function Marker({ shape, x, y, r, color, children }: { shape: Shape; x: number; y: number; r: number; color: string; children?: ReactNode }) {
  const common = { fill: color, stroke: '#fff', strokeWidth: 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...common}>{children}</circle>;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common}>{children}</rect>;
    case 'triangle':
      return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.15},${y + r * 0.85} ${x - r * 1.15},${y + r * 0.85}`} {...common}>{children}</polygon>;
    case 'diamond':
      return <polygon points={`${x},${y - r * 1.25} ${x + r * 1.1},${y} ${x},${y + r * 1.25} ${x - r * 1.1},${y}`} {...common}>{children}</polygon>;
  }
}

/** A small SVG of one marker for the legend (HTML text beside it). */
function LegendMark({ shape, color }: { shape: Shape; color: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <Marker shape={shape} x={7} y={7} r={5} color={color} />
    </svg>
  );
}

export interface ScoreChartProps {
  sessions: SessionRow[];
  /** The variants' names as the buyers' scripts give them; easy/normal/hard fall back to 好说话/一般/难缠. */
  variantLabels?: Record<string, string>;
  /** Whose chats these are, for the caption: a buyer's title when filtered. */
  buyerTitle?: string;
  passMark?: number;
}

export default function ScoreChart({ sessions, variantLabels = {}, buyerTitle, passMark = DEFAULT_PASS_MARK }: ScoreChartProps) {
  const points = sessions.filter((s) => s.summary);
  const n = points.length;
  const left = PAD.left;
  const right = W - PAD.right;
  const x = (i: number) => slotX(i, n, left, right);
  const y = (v: number) => PAD.top + ((100 - Math.max(0, Math.min(100, v))) * (H - PAD.top - PAD.bottom)) / 100;
  const step = (right - left) / Math.max(1, n);
  const r = Math.max(2.5, Math.min(6, step / 2.6));
  const groups = dayGroups(points.map((p) => p.startedAt));
  const labelled = visibleDayLabels(groups, n, left, right);
  const variants = [...new Set(points.map((p) => p.variant))];
  const labelOf = (v: string) => variantLabels[v] ?? VARIANT_FALLBACK_LABELS[v] ?? v;
  const passed = points.filter((p) => p.summary?.passed).length;
  const whose = buyerTitle ? `「${buyerTitle}」的` : '';

  return (
    <figure className="chart score-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${whose}最近 ${n} 次对话的总分和三项得分，${groups.length} 天，${passed} 次及格（及格线 ${passMark} 分）`}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke="#eee" />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#666">
              {v}
            </text>
          </g>
        ))}
        {groups.slice(1).map((g) => (
          <line key={`sep-${g.from}`} className="day-separator" x1={separatorX(g.from, n, left, right)} x2={separatorX(g.from, n, left, right)} y1={PAD.top} y2={H - PAD.bottom + 6} stroke="#c8c8c8" strokeDasharray="3 3" />
        ))}
        {groups.map((g, gi) =>
          labelled.has(gi) ? (
            <text key={`day-${g.from}`} className="day-label" x={(x(g.from) + x(g.to)) / 2} y={H - PAD.bottom + 20} textAnchor="middle" fontSize="13" fill="#555">
              {g.label}
              {g.to > g.from ? `（${g.to - g.from + 1}次）` : ''}
            </text>
          ) : null,
        )}
        <line className="pass-line" x1={left} x2={right} y1={y(passMark)} y2={y(passMark)} stroke="#d97706" strokeWidth="1.5" strokeDasharray="8 4" />
        <text x={right - 4} y={y(passMark) - 5} textAnchor="end" fontSize="12" fill="#92400e">
          及格线 {passMark}
        </text>
        {PARTS.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeOpacity="0.55"
            strokeWidth="1.5"
            strokeLinejoin="round"
            points={points.map((p, i) => `${x(i)},${y(p.summary?.[s.key] ?? 0)}`).join(' ')}
          />
        ))}
        <polyline fill="none" stroke="#333" strokeWidth="2" strokeLinejoin="round" points={points.map((p, i) => `${x(i)},${y(p.summary?.total ?? 0)}`).join(' ')} />
        {points.map((p, i) => {
          const m = markOf(p.variant);
          const s = p.summary!;
          return (
            <Marker key={p.id} shape={m.shape} x={x(i)} y={y(s.total)} r={r} color={m.color}>
              <title>
                {`${formatDateTime(p.startedAt)} · ${p.scenarioTitle} · ${labelOf(p.variant)} · 总分 ${s.total}（${s.passed ? '通过' : '未通过'}）· 态度 ${s.tone} 合规 ${s.compliance} 转化 ${s.conversion}`}
              </title>
            </Marker>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span>
          <i style={{ background: '#333' }} />
          总分
        </span>
        {variants.map((v) => (
          <span key={v} className="legend-variant">
            <LegendMark {...markOf(v)} />
            {labelOf(v)}
          </span>
        ))}
        {PARTS.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.color, opacity: 0.55 }} />
            {s.label}
          </span>
        ))}
        <span>
          <i className="legend-dash" />
          及格线 {passMark}
        </span>
        <span className="muted">横轴：每次对话一格，按时间排列，虚线分开不同的日子</span>
      </figcaption>
    </figure>
  );
}
