// The lead's view of the skills (issue 15), graded on the server by the same engine code the
// trainee's browser runs: for the team, one row per trainee plus the team's, each skill's rate
// over the latest chats as a coloured bar with its count; for one trainee, the picture the
// trainee sees on their own history screen.
import { TeamSkillsSchema, type TeamSkills } from '@/server/practice-contract';
import type { MembershipRecord } from '@/db/team-records';
import { SKILLS, SKILL_LABELS } from '@/engine/skills/skill-ids';
import { RECENT_ATTEMPTS } from '@/engine/skills/skill-summary';
import { useTeamQuery } from '@/ui/team/use-team-query';
import { SkillsPicture } from '@/ui/charts/skills-picture';

type Figure = TeamSkills['team'][number];

/** Red below a half, amber below four in five, green above: the bar's length is the rate itself. */
function tone(rate: number): string {
  return rate < 0.5 ? '#dc2626' : rate < 0.8 ? '#d97706' : '#15803d';
}

function Cell({ f }: { f: Figure | undefined }) {
  if (!f || f.attempts === 0) return <td className="skill-cell muted">未遇到</td>;
  const rate = f.rate ?? 0;
  return (
    <td className="skill-cell" title={`遇到 ${f.attempts} 次，做对 ${f.ok} 次；最近 ${Math.min(RECENT_ATTEMPTS, f.attempts)} 次做对 ${Math.round((f.recentRate ?? 0) * 100)}%`}>
      <span className="skill-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(rate * 100)}%`, background: tone(rate) }} />
      </span>
      {Math.round(rate * 100)}% <small className="muted">({f.ok}/{f.attempts})</small>
    </td>
  );
}

export function TeamSkillsGrid({ membership, names }: { membership: MembershipRecord; names: Map<string, string> }) {
  const skills = useTeamQuery(membership, '/api/team/skills', TeamSkillsSchema);
  return (
    <section className="card" aria-label="技能掌握">
      <h2>技能掌握</h2>
      <p className="muted">
        每位学员最近 {skills.data?.perTrainee ?? 30} 次完成的对话，由服务器用和学员本机相同的评分重新评出；每格是“情况出现时做对的比例”（做对/遇到）。
      </p>
      {skills.error && (
        <p className="banner banner-error" role="alert">
          {skills.error}
        </p>
      )}
      {!skills.data ? (
        !skills.error && <p className="loading">评分中…</p>
      ) : (
        <div className="skills-grid-wrap">
          <table className="history-table skills-grid">
            <thead>
              <tr>
                <th>学员</th>
                {SKILLS.map((s) => (
                  <th key={s}>{SKILL_LABELS[s]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="team-row">
                <th scope="row">全队</th>
                {SKILLS.map((s) => (
                  <Cell key={s} f={skills.data!.team.find((f) => f.skill === s)} />
                ))}
              </tr>
              {skills.data.trainees.map((t) => (
                <tr key={t.memberId}>
                  <th scope="row">{names.get(t.memberId) ?? t.memberId}</th>
                  {SKILLS.map((s) => (
                    <Cell key={s} f={t.figures.find((f) => f.skill === s)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {skills.data.trainees.length === 0 && <p className="muted">还没有学员的练习同步上来。</p>}
        </div>
      )}
    </section>
  );
}

export function MemberSkills({ membership, memberId }: { membership: MembershipRecord; memberId: string }) {
  const skills = useTeamQuery(membership, `/api/team/skills?memberId=${encodeURIComponent(memberId)}`, TeamSkillsSchema);
  const history = skills.data?.trainees[0]?.history ?? [];
  return (
    <section className="card" aria-label="技能进步">
      <h2>技能进步</h2>
      {skills.error && (
        <p className="banner banner-error" role="alert">
          {skills.error}
        </p>
      )}
      {!skills.data ? (
        !skills.error && <p className="loading">评分中…</p>
      ) : history.length === 0 ? (
        <p className="muted">还没有完成的练习同步上来。</p>
      ) : (
        <SkillsPicture history={history} idPrefix={`member-${memberId}`} />
      )}
    </section>
  );
}
