// One synced session's report for the lead or a mentor: the same report the trainee sees,
// re-graded here from the messages (text only, never HTML), without the trainee's links.
import { useMemo } from 'react';
import { SessionFullSchema, TeamOverviewSchema } from '@/server/api-contract';
import { hrefFor } from '@/app/route';
import { recordOf } from '@/app/team/download-history';
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
  return (
    <div>
      <p>
        <a href={hrefFor({ name: 'member', memberId })}>← 返回{name || '学员'}的练习记录</a>
      </p>
      {session.error && <p className="card banner-error" role="alert">{session.error}</p>}
      {!record ? !session.error && <p className="loading">加载报告…</p> : <Report record={record} own={false} />}
    </div>
  );
}
