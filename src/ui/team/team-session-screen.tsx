// One synced session's report for the lead or a mentor: the same report the trainee sees,
// re-graded here from the messages (text only, never HTML), without the trainee's links.
import { useMemo } from 'react';
import { SessionFullSchema, TeamOverviewSchema } from '@/server/api-contract';
import { hrefFor } from '@/app/route';
import { recordOf } from '@/app/team/download-history';
import { gradeSession } from '@/app/grade';
import { findScenario } from '@/app/scenario-catalog';
import type { MembershipRecord } from '@/db/team-records';
import { Report } from '@/ui/report/report-screen';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery } from '@/ui/team/use-team-query';

export default function TeamSessionScreen({ memberId, sessionId }: { memberId: string; sessionId: string }) {
  return <TeamGate roles={['lead', 'mentor']}>{(m) => <TeamSession membership={m} memberId={memberId} sessionId={sessionId} />}</TeamGate>;
}

function TeamSession({ membership, memberId, sessionId }: { membership: MembershipRecord; memberId: string; sessionId: string }) {
  const session = useTeamQuery(
    membership,
    `/api/members/${encodeURIComponent(memberId)}/sessions/${encodeURIComponent(sessionId)}`,
    SessionFullSchema,
  );
  const overview = useTeamQuery(membership, '/api/team', TeamOverviewSchema);
  const name = overview.data?.members.find((m) => m.member.id === memberId)?.member.name ?? '';
  // One record per answer: the report grades it once, not on every render.
  const record = useMemo(() => (session.data ? recordOf(session.data, name) : null), [session.data, name]);
  // The report grades the messages with this page's rules; say so when the trainee's browser
  // graded them differently when it sent them (an older or newer scorer), never hide it.
  const regraded = useMemo(() => (record?.summary ? gradeSession(record, findScenario(record.scenarioId)).scores.total : null), [record]);
  const sent = record?.summary?.total ?? null;
  return (
    <div>
      <p>
        <a href={hrefFor({ name: 'member', memberId })}>← 返回{name || '学员'}的练习记录</a>
      </p>
      {session.error && <p className="card banner-error" role="alert">{session.error}</p>}
      {sent !== null && regraded !== null && sent !== regraded && (
        <p className="banner banner-error">
          学员上传时的总分是 {sent}，按本页的评分规则重新评分为 {regraded}（评分规则在此期间有过更新）。
        </p>
      )}
      {!record ? !session.error && <p className="loading">加载报告…</p> : <Report record={record} own={false} />}
    </div>
  );
}
