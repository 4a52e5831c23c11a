// Per skill, how often the trainee got it right when the situation arose, over time: small
// multiples, one strip per skill on the chats' shared time axis (one slot per chat, a line
// between days), a filled dot where she got it right and a red cross where she missed it, and
// the rate beside it. The same figures are written out as text for screen readers. The
// trainee's history screen and the lead's page of one trainee both draw it.
import type { SkillOutcome } from '@/engine/skills/skill-outcomes';
import { formatDateTime, VARIANT_FALLBACK_LABELS } from '@/app/labels';
import { SKILLS, SKILL_LABELS, type Skill } from '@/engine/skills/skill-ids';
import { skillFigures, RECENT_ATTEMPTS, type SkillFigure } from '@/engine/skills/skill-summary';
import { dayGroups, separatorX, slotX, visibleDayLabels } from '@/ui/charts/session-axis';

const W = 1200;
const ROW = 34;
const LABEL_W = 170;
const RATE_W = 210;
const TOP = 8;
const AXIS = 30;
const OK = '#15803d';
const MISS = '#dc2626';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

function rateText(f: SkillFigure): string {
  if (f.attempts === 0) return '还没遇到';
  const recent = Math.min(RECENT_ATTEMPTS, f.attempts);
  return `最近${recent}次 ${pct(f.recentRate)} · 共${f.attempts}次`;
}

/** One sentence per skill for the text alternative: the figures and the marks in order. */
function describe(f: SkillFigure, marks: boolean[]): string {
  const label = SKILL_LABELS[f.skill];
  if (f.attempts === 0) return `${label}：最近的对话里还没遇到这个情况。`;
  const seq = marks.map((ok) => (ok ? '对' : '错')).join('');
  return `${label}：遇到 ${f.attempts} 次，做对 ${f.ok} 次（${pct(f.rate)}），最近 ${Math.min(RECENT_ATTEMPTS, f.attempts)} 次做对 ${pct(f.recentRate)}；按时间先后：${seq}。`;
}

/** One graded chat: the trainee's own (practice-history.ts) or one the team server graded. */
export interface GradedChat {
  id: string;
  scenarioTitle: string;
  variant: string;
  at: number;
  outcomes: readonly SkillOutcome[];
}

export function SkillsPicture({ history, variantLabels = {}, idPrefix = 'skills' }: { history: readonly GradedChat[]; variantLabels?: Record<string, string>; idPrefix?: string }) {
  const sessions = [...history].sort((a, b) => a.at - b.at);
  const n = sessions.length;
  const figures = new Map(skillFigures(sessions).map((f) => [f.skill, f]));
  const titleId = `${idPrefix}-picture-title`;
  const left = LABEL_W;
  const right = W - RATE_W;
  const x = (i: number) => slotX(i, n, left, right);
  const groups = dayGroups(sessions.map((s) => s.at));
  const labelled = visibleDayLabels(groups, n, left, right);
  const H = TOP + SKILLS.length * ROW + AXIS;
  const r = Math.max(2.5, Math.min(7, (right - left) / Math.max(1, n) / 2.6));
  const marksOf = (skill: Skill) => sessions.flatMap((s) => s.outcomes.filter((o) => o.skill === skill).map((o) => o.ok));
  const rowY = (k: number) => TOP + k * ROW + ROW / 2;

  return (
    <figure className="chart skills-picture">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`最近 ${n} 次对话里每项技能做对没有：实心圆是做对，红叉是没做好`}</title>
        {SKILLS.map((skill, k) => {
          const f = figures.get(skill)!;
          const weak = f.recentRate !== null && f.recentRate < 0.5;
          return (
            <g key={skill} className="skill-row">
              {k % 2 === 0 && <rect x={0} y={TOP + k * ROW} width={W} height={ROW} fill="#fafafa" />}
              <text x={8} y={rowY(k) + 5} fontSize="14" fill="#222">
                {SKILL_LABELS[skill]}
              </text>
              <line x1={left} x2={right} y1={rowY(k)} y2={rowY(k)} stroke="#e5e5e5" />
              {sessions.map((s, i) => {
                const o = s.outcomes.find((x2) => x2.skill === skill);
                if (!o) return null;
                const tip = `${formatDateTime(s.at)} · ${s.scenarioTitle}（${variantLabels[s.variant] ?? VARIANT_FALLBACK_LABELS[s.variant] ?? s.variant}）· ${SKILL_LABELS[skill]}：${o.ok ? '做对了' : '没做好'}`;
                const cx = x(i);
                const cy = rowY(k);
                return o.ok ? (
                  <circle key={s.id} className="mark-ok" cx={cx} cy={cy} r={r} fill={OK}>
                    <title>{tip}</title>
                  </circle>
                ) : (
                  <g key={s.id} className="mark-miss" stroke={MISS} strokeWidth={2.2} strokeLinecap="round">
                    <title>{tip}</title>
                    <line x1={cx - r} y1={cy - r} x2={cx + r} y2={cy + r} />
                    <line x1={cx - r} y1={cy + r} x2={cx + r} y2={cy - r} />
                  </g>
                );
              })}
              <text x={right + 14} y={rowY(k) + 5} fontSize="13" fill={weak ? '#b91c1c' : f.attempts ? '#222' : '#767676'} fontWeight={weak ? 'bold' : 'normal'}>
                {rateText(f)}
              </text>
            </g>
          );
        })}
        {groups.slice(1).map((g) => (
          <line key={`sep-${g.from}`} className="day-separator" x1={separatorX(g.from, n, left, right)} x2={separatorX(g.from, n, left, right)} y1={TOP} y2={H - AXIS + 4} stroke="#c8c8c8" strokeDasharray="3 3" />
        ))}
        {groups.map((g, gi) =>
          labelled.has(gi) ? (
            <text key={`day-${g.from}`} x={(x(g.from) + x(g.to)) / 2} y={H - 10} textAnchor="middle" fontSize="13" fill="#555">
              {g.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="legend">
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" fill={OK} />
          </svg>
          做对了
        </span>
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" stroke={MISS} strokeWidth="2.2" strokeLinecap="round">
            <line x1="2.5" y1="2.5" x2="11.5" y2="11.5" />
            <line x1="2.5" y1="11.5" x2="11.5" y2="2.5" />
          </svg>
          没做好
        </span>
        <span className="muted">每格是一次对话（情况出现时才标记），虚线分开不同的日子；右边是最近{RECENT_ATTEMPTS}次的做对比例，低于一半标红</span>
      </figcaption>
      <ul className="sr-only" aria-label="各项技能的文字说明">
        {SKILLS.map((skill) => (
          <li key={skill}>{describe(figures.get(skill)!, marksOf(skill))}</li>
        ))}
      </ul>
    </figure>
  );
}
