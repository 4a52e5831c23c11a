// The trainee's invitation to a live session: a mentor has opened one and waits. Shown in the
// top bar on every screen (the home screen too) until the session ends.
import { hrefFor } from '@/app/route';
import type { MembershipRecord } from '@/db/team-records';
import { TraineeLiveListSchema } from '@/server/live-contract';
import { useTeamQuery, LIVE_EVENTS } from '@/ui/team/use-team-query';
import '@/styles/live.css';

export default function LiveInvites({ membership }: { membership: MembershipRecord }) {
  const q = useTeamQuery(membership, '/api/my/live', TraineeLiveListSchema, LIVE_EVENTS);
  // The 'live' event refetches at once; a socket that was reconnecting when the mentor opened the
  // session missed that event, and catches up on its reconnect (useTeamQuery refetches on 'hello').
  const sessions = q.data?.sessions ?? [];
  if (sessions.length === 0) return null;
  return (
    <div className="live-invites" role="region" aria-label="真人扮演邀请">
      {sessions.map((s) => (
        <a key={s.id} className="button primary" href={hrefFor({ name: 'live-session', liveId: s.id })}>
          {s.mentorName || '导师'}邀请你真人扮演 · 进入
        </a>
      ))}
    </div>
  );
}
