// The lead's (and a mentor's) view of the team: each person's practice counts, pass rate and
// last activity, the rules each one breaks most, the trend over time, and the CSV export.
import { useState } from 'react';
import { RuleReportSchema, TeamOverviewSchema, type RuleReport, type TeamOverview } from '@/server/api-contract';
import { hrefFor } from '@/app/route';
import { errorText } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery } from '@/ui/team/use-team-query';
import { ROLE_LABELS } from '@/ui/team/role-labels';
import { RuleList } from '@/ui/team/rule-list';
import { Trends } from '@/ui/team/trend-section';
import { average, percent, when } from '@/ui/team/figures';
import { downloadTeamCsv } from '@/ui/team/csv-export';
import { TeamSkillsGrid } from '@/ui/team/skills-section';

export default function TeamScreen() {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Team membership={m} />}</TeamGate>;
}

function Team({ membership }: { membership: MembershipRecord }) {
  const overview = useTeamQuery(membership, '/api/team', TeamOverviewSchema);
  const rules = useTeamQuery(membership, '/api/team/rules?limit=5', RuleReportSchema);
  const [csvError, setCsvError] = useState<string | null>(null);
  const mentor = membership.member.role === 'mentor';
  return (
    <div className="team">
      <header className="card history-head">
        <h1>团队「{membership.team.name}」{mentor && <small className="muted">（我带的学员）</small>}</h1>
        <button type="button" onClick={() => downloadTeamCsv(membership).then(() => setCsvError(null), (e: unknown) => setCsvError(errorText(e)))}>
          导出 CSV
        </button>
      </header>
      {csvError && <p className="banner banner-error" role="alert">导出失败：{csvError}</p>}
      <section className="card" aria-label="团队成员">
        <h2>成员与练习</h2>
        {overview.error && <p className="banner banner-error" role="alert">{overview.error}</p>}
        {!overview.data ? (
          !overview.error && <p className="loading">加载中…</p>
        ) : (
          <MemberTable overview={overview.data} rules={rules.data} />
        )}
      </section>
      <section className="card" aria-label="全队常犯规则">
        <h2>{mentor ? '我的学员' : '全队'}最常犯的规则</h2>
        {rules.error && <p className="banner banner-error" role="alert">{rules.error}</p>}
        {rules.data && <RuleList rules={rules.data.team} />}
      </section>
      <TeamSkillsGrid membership={membership} names={new Map(overview.data?.members.map((m) => [m.member.id, m.member.name]) ?? [])} />
      <Trends membership={membership} memberId={null} />
    </div>
  );
}

function MemberTable({ overview, rules }: { overview: TeamOverview; rules: RuleReport | undefined }) {
  const byMember = new Map(rules?.trainees.map((t) => [t.memberId, t.rules]) ?? []);
  const people = [...overview.members].sort((a, b) => (b.lastActivity ?? 0) - (a.lastActivity ?? 0));
  if (people.length === 0) return <p className="muted">还没有成员。在「邀请与设备」里生成邀请链接发给学员。</p>;
  return (
    <table className="history-table">
      <thead>
        <tr>
          <th>姓名</th>
          <th>身份</th>
          <th>练习次数</th>
          <th>已完成</th>
          <th>通过率</th>
          <th>平均分</th>
          <th>最近练习</th>
          <th>最常犯的规则</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.member.id}>
            <td>
              <a href={hrefFor({ name: 'member', memberId: p.member.id })}>{p.member.name}</a>
            </td>
            <td>{ROLE_LABELS[p.member.role]}</td>
            <td>{p.sessions}</td>
            <td>{p.ended}</td>
            <td>{percent(p.passRate)}</td>
            <td>{average(p.averageTotal)}</td>
            <td>{when(p.lastActivity)}</td>
            <td>
              <RuleList rules={(byMember.get(p.member.id) ?? []).slice(0, 3)} empty="—" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
