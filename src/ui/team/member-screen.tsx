// One person's practice as the lead (or their mentor) sees it: their sessions, newest first,
// each opening its report, the rules they break most, and their trend.
import { useState } from 'react';
import { RuleReportSchema, SessionListSchema, TeamOverviewSchema, type SessionList } from '@/server/api-contract';
import { formatDateTime, outcomeLabel } from '@/app/labels';
import { hrefFor } from '@/app/route';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { MembershipRecord } from '@/db/team-records';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery } from '@/ui/team/use-team-query';
import { ROLE_LABELS } from '@/ui/team/role-labels';
import { RuleList } from '@/ui/team/rule-list';
import { Trends } from '@/ui/team/trend-section';
import { average, percent, when } from '@/ui/team/figures';
import { MemberSkills } from '@/ui/team/skills-section';

const PAGE = 50;

export default function MemberScreen({ memberId }: { memberId: string }) {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <Member membership={m} memberId={memberId} />}</TeamGate>;
}

function Member({ membership, memberId }: { membership: MembershipRecord; memberId: string }) {
  const overview = useTeamQuery(membership, '/api/team', TeamOverviewSchema);
  const rules = useTeamQuery(membership, '/api/team/rules?limit=10', RuleReportSchema);
  const [pages, setPages] = useState<(number | null)[]>([null]);
  const person = overview.data?.members.find((m) => m.member.id === memberId);
  const ownRules = rules.data?.trainees.find((t) => t.memberId === memberId)?.rules ?? [];
  return (
    <div className="team">
      <p>
        <a href={hrefFor({ name: 'team' })}>← 返回团队</a>
      </p>
      <header className="card" aria-label="学员概况">
        {overview.error && <p className="banner banner-error" role="alert">{overview.error}</p>}
        {person ? (
          <>
            <h1>
              {person.member.name} <small className="muted">{ROLE_LABELS[person.member.role]}</small>
            </h1>
            <p>
              练习 {person.sessions} 次，完成 {person.ended} 次，通过率 {percent(person.passRate)}，平均分 {average(person.averageTotal)}，最近练习：
              {when(person.lastActivity)}
            </p>
          </>
        ) : (
          overview.data && <p>团队里没有这个成员（或不是你带的学员）。</p>
        )}
      </header>
      <section className="card" aria-label="常犯规则">
        <h2>最常犯的规则</h2>
        <RuleList rules={ownRules} />
      </section>
      <MemberSkills membership={membership} memberId={memberId} />
      <section className="card" aria-label="练习记录">
        <h2>练习记录</h2>
        <table className="history-table">
          <thead>
            <tr>
              <th>开始时间</th>
              <th>买家</th>
              <th>难度</th>
              <th>结果</th>
              <th>总分</th>
              <th>是否通过</th>
              <th>消息数</th>
              <th />
            </tr>
          </thead>
          {pages.map((before, i) => (
            <SessionPage
              key={before ?? 'first'}
              membership={membership}
              memberId={memberId}
              before={before}
              onMore={i === pages.length - 1 ? (next) => setPages((p) => [...p, next]) : null}
            />
          ))}
        </table>
      </section>
      <Trends membership={membership} memberId={memberId} />
    </div>
  );
}

function SessionPage({
  membership,
  memberId,
  before,
  onMore,
}: {
  membership: MembershipRecord;
  memberId: string;
  before: number | null;
  onMore: ((before: number) => void) | null;
}) {
  const query = new URLSearchParams({ limit: String(PAGE) });
  if (before !== null) query.set('before', String(before));
  const page = useTeamQuery(membership, `/api/members/${encodeURIComponent(memberId)}/sessions?${query}`, SessionListSchema);
  if (page.error) {
    return (
      <tbody>
        <tr>
          <td colSpan={8} role="alert">
            {page.error}
          </td>
        </tr>
      </tbody>
    );
  }
  const sessions: SessionList['sessions'] = page.data?.sessions ?? [];
  const last = sessions[sessions.length - 1];
  return (
    <tbody>
      {before === null && page.data && sessions.length === 0 && (
        <tr>
          <td colSpan={8} className="muted">
            还没有同步上来的练习。
          </td>
        </tr>
      )}
      {sessions.map((s) => (
        <tr key={s.id}>
          <td>{formatDateTime(s.startedAt)}</td>
          <td>{s.scenarioTitle}</td>
          <td>{s.variant}</td>
          <td>{outcomeLabel(s.outcome as OutcomeKind | null)}</td>
          <td>{s.scores ? s.scores.total : '—'}</td>
          <td>{s.scores ? (s.scores.passed ? '通过' : '未通过') : s.status === 'active' ? '进行中' : '—'}</td>
          <td>{s.messageCount}</td>
          <td>
            <a href={hrefFor({ name: 'team-session', memberId, sessionId: s.id })}>查看报告</a>
          </td>
        </tr>
      ))}
      {onMore && last && sessions.length === PAGE && (
        <tr>
          <td colSpan={8}>
            <button type="button" onClick={() => onMore(last.startedAt)}>
              更早的记录
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
