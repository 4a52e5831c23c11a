// The trainee's invitation to a live session: a mentor has opened one and waits. Shown in the
// top bar on every screen (the home screen too) until the session ends.
import { useEffect } from 'react';
import { hrefFor } from '@/app/route';
import type { MembershipRecord } from '@/db/team-records';
import { TraineeLiveListSchema } from '@/server/live-contract';
import { useTeamQuery, LIVE_EVENTS } from '@/ui/team/use-team-query';
import '@/styles/live.css';

/** How often the invitation list is asked for without an event: a waiting mentor is not kept long. */
const INVITE_POLL_MS = 10_000;

export default function LiveInvites({ membership }: { membership: MembershipRecord }) {
  const q = useTeamQuery(membership, '/api/my/live', TraineeLiveListSchema, LIVE_EVENTS);
  const { reload } = q;
  // The 'live' event refetches at once; a socket that was reconnecting when the mentor opened the
  // session missed it (seen once in CI on PostgreSQL), so the list is also asked for now and then.
  useEffect(() => {
    const timer = window.setInterval(reload, INVITE_POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
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
