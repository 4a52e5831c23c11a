// The buyer as a picture: one column per step from the start, one box per state, an arrow per
// way between states labelled with what takes her there. Drawn from the checker's analysis
// (engine/scenario/graph.ts); the layout is deliberately simple: columns, then rows in file order.
import { useState } from 'react';
import type { BuyerGraph, GraphEdge, GraphNode } from '@/engine/scenario/graph';
import { OUTCOME_LABELS } from '@/app/labels';
import { conditionText, EDGE_KIND_LABELS } from '@/ui/studio/condition-text';

const NODE_W = 150;
/** Height of one exit lane at a box's right side: each way out gets its own, label beside it. */
const LANE = 15;
const HEAD = 40;
const GAP_X = 170;
const GAP_Y = 24;
const MARGIN = 24;
/** Room below the lowest box for arrows that go back to an earlier column. */
const BACK_ROOM = 60;

interface Placed {
  node: GraphNode;
  x: number;
  y: number;
  h: number;
  exits: GraphEdge[];
}

const EDGE_ORDER: Record<GraphEdge['kind'], number> = { reply: 0, 'give-up': 1, timeout: 2, ended: 3 };

/**
 * Columns: the states that still talk, by steps from the start; then every ending in one
 * column (all arrows into endings point right); then states nothing leads to.
 */
function columns(graph: BuyerGraph): { names: string[]; title: string }[] {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const cols: { names: string[]; title: string }[] = [];
  const lost: string[] = [];
  graph.layers.forEach((names) => {
    const talking = names.filter((n) => !byName.get(n)?.outcome && byName.get(n)?.layer !== null);
    lost.push(...names.filter((n) => !byName.get(n)?.outcome && byName.get(n)?.layer === null));
    if (talking.length > 0) cols.push({ names: talking, title: cols.length === 0 ? '开场' : `第 ${cols.length} 步` });
  });
  const kinds = ['sale', 'resolved', 'no-sale', 'dispute', 'bad-review'];
  const endings = graph.nodes.filter((n) => n.outcome).sort((a, b) => kinds.indexOf(a.outcome!) - kinds.indexOf(b.outcome!));
  if (endings.length > 0) cols.push({ names: endings.map((n) => n.name), title: '结局' });
  if (lost.length > 0) cols.push({ names: lost, title: '走不到的状态' });
  return cols;
}

const short = (text: string, max = 14) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const edgeLabel = (e: GraphEdge) => (e.kind === 'reply' ? conditionText(e.when) : EDGE_KIND_LABELS[e.kind]);

interface Props {
  graph: BuyerGraph;
  /** The playtest's current state, drawn highlighted. */
  current?: string;
}

export function BuyerGraphView({ graph, current }: Props) {
  const [showDefaults, setShowDefaults] = useState(false);
  const shown = graph.edges.filter((e) => showDefaults || !e.inherited);
  const hidden = graph.edges.length - shown.length;
  const cols = columns(graph);
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const placed = new Map<string, Placed>();
  let bottom = 0;
  cols.forEach((col, c) => {
    let y = MARGIN + 20;
    for (const name of col.names) {
      const node = byName.get(name);
      if (!node) continue;
      const exits = shown.filter((e) => e.from === name).sort((a, b) => EDGE_ORDER[a.kind] - EDGE_ORDER[b.kind] || (a.index ?? 0) - (b.index ?? 0));
      const h = Math.max(HEAD, 10 + exits.length * LANE);
      placed.set(name, { node, x: MARGIN + c * (NODE_W + GAP_X), y, h, exits });
      y += h + GAP_Y;
    }
    bottom = Math.max(bottom, y);
  });
  const width = MARGIN * 2 + cols.length * NODE_W + Math.max(0, cols.length - 1) * GAP_X + 120;
  const height = bottom + BACK_ROOM;

  return (
    <section className="card graph" aria-label="买家状态图">
      <header className="graph-head">
        <h2>买家状态图</h2>
        <label className="toggle">
          <input type="checkbox" checked={showDefaults} onChange={(e) => setShowDefaults(e.target.checked)} />
          显示默认的没耐心、超时、结束会话去向{hidden > 0 ? `（${hidden} 条）` : ''}
        </label>
      </header>
      <div className="graph-scroll">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="graph-title">
          <title id="graph-title">买家状态图：{graph.nodes.length} 个状态，按离开场的步数从左到右排列</title>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#5b6b7f" />
            </marker>
          </defs>
          {cols.map((col, c) => (
            <text key={c} className="graph-col" x={MARGIN + c * (NODE_W + GAP_X) + NODE_W / 2} y={MARGIN} textAnchor="middle">
              {col.title}
            </text>
          ))}
          {[...placed.values()].flatMap((p) => p.exits.map((edge, lane) => <Edge key={`${p.node.name}-${lane}`} edge={edge} lane={lane} from={p} to={placed.get(edge.to)} bottom={bottom} />))}
          {[...placed.values()].map((p) => (
            <Node key={p.node.name} placed={p} current={p.node.name === current} />
          ))}
        </svg>
      </div>
      <ul className="graph-legend" aria-label="图例">
        <li><span className="swatch start" />开场状态</li>
        {(['sale', 'resolved', 'no-sale', 'dispute', 'bad-review'] as const).map((k) => (
          <li key={k}><span className={`swatch outcome-${k}`} />结局：{OUTCOME_LABELS[k]}</li>
        ))}
        <li><span className="swatch unreachable" />走不到</li>
        <li><span className="swatch dead-end" />死胡同</li>
        <li><span className="swatch current" />试玩中的当前状态</li>
        <li><span className="line dashed" />没耐心 / 超时 / 结束会话</li>
      </ul>
    </section>
  );
}

function Node({ placed, current }: { placed: Placed; current: boolean }) {
  const { node, x, y, h } = placed;
  const classes = ['graph-node', node.start ? 'start' : '', node.outcome ? `outcome-${node.outcome}` : '', node.unreachable ? `unreachable ${node.unreachable}` : '', node.deadEnd ? 'dead-end' : '', current ? 'current' : '']
    .filter(Boolean)
    .join(' ');
  const badge = node.unreachable === 'error' ? '走不到' : node.unreachable === 'warning' ? '可能走不到' : node.deadEnd ? '死胡同' : node.outcome ? OUTCOME_LABELS[node.outcome] : node.stays > 0 ? `另有 ${node.stays} 条回复留在原地` : '';
  return (
    <g className={classes} transform={`translate(${x},${y})`}>
      <title>{`状态 ${node.name}${node.start ? '（开场）' : ''}${badge ? `：${badge}` : ''}`}</title>
      <rect width={NODE_W} height={h} rx="8" />
      <text x={NODE_W / 2} y={h / 2 - (badge ? 2 : -4)} textAnchor="middle" className="node-name">
        {short(node.name, 18)}
      </text>
      {badge && (
        <text x={NODE_W / 2} y={h / 2 + 14} textAnchor="middle" className="node-badge">
          {badge}
        </text>
      )}
    </g>
  );
}

function Edge({ edge, lane, from, to, bottom }: { edge: GraphEdge; lane: number; from: Placed; to: Placed | undefined; bottom: number }) {
  if (!to) return null;
  const sx = from.x + NODE_W;
  const sy = from.y + 12 + lane * LANE;
  let d: string;
  if (to.x > from.x) {
    const [tx, ty] = [to.x, to.y + to.h / 2];
    const bend = Math.max(60, (tx - sx) / 2);
    d = `M${sx},${sy} C${sx + bend},${sy} ${tx - bend},${ty} ${tx},${ty}`;
  } else if (to.x === from.x) {
    // Within a column: out to the right and back in on the target's right side.
    const [tx, ty] = [to.x + NODE_W, to.y + to.h / 2];
    const out = 40 + Math.min(60, Math.abs(ty - sy) / 6);
    d = `M${sx},${sy} C${sx + out},${sy} ${tx + out},${ty} ${tx},${ty}`;
  } else {
    // Back to an earlier column: down under every box, up into the target's bottom.
    const [tx, ty] = [to.x + NODE_W / 2, to.y + to.h];
    const low = bottom + 20 + (lane % 4) * 8;
    d = `M${sx},${sy} C${sx + 50},${sy} ${sx + 50},${low} ${sx},${low} L${tx},${low} L${tx},${ty}`;
  }
  const label = edgeLabel(edge);
  return (
    <g className={`graph-edge kind-${edge.kind}`}>
      <title>{`${edge.from} → ${edge.to}：${label}`}</title>
      <path d={d} fill="none" strokeDasharray={edge.kind !== 'reply' ? '5 4' : undefined} markerEnd="url(#arrow)" />
      <text x={sx + 6} y={sy - 3} className="edge-label">
        {short(label)}
      </text>
    </g>
  );
}
