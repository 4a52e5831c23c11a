// The top bar's team part: links to the team screens by role, and the sync status. Drawn
// only for a browser that joined a team; the sync code (and the grader it needs for the
// reports it uploads) loads only then, so practice without a server costs nothing more.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { hrefFor, type Route } from '@/app/route';
import type { MembershipRecord } from '@/db/team-records';
import { useMembership } from '@/ui/team/use-membership';

type Runner = typeof import('@/app/team/sync-runner');

// A trainee's invitations to a live session (issue 13): on every screen, the home screen included.
const LiveInvites = lazy(() => import('@/ui/live/live-invites'));

const TEAM_ROUTES: Route['name'][] = ['team', 'member', 'team-session'];

export default function TeamBar({ route }: { route: Route['name'] }) {
  const membership = useMembership();
  const [runner, setRunner] = useState<Runner | null>(null);

  useEffect(() => {
    if (!membership) return;
    let live = true;
    void import('@/app/team/sync-runner').then((r) => {
      r.startSync(membership);
      if (live) setRunner(r);
    });
    return () => {
      live = false;
    };
  }, [membership]);

  // A revoked device says so until the page reloads; one that left on purpose shows nothing.
  if (!membership) return runner ? <SyncStatusLine runner={runner} onlyRevoked /> : null;
  return (
    <div className="team-bar">
      <TeamLinks membership={membership} route={route} />
      {membership.member.role === 'trainee' && (
        <Suspense fallback={null}>
          <LiveInvites membership={membership} />
        </Suspense>
      )}
      {runner && <SyncStatusLine runner={runner} />}
    </div>
  );
}

function TeamLinks({ membership, route }: { membership: MembershipRecord; route: Route['name'] }) {
  const sees = membership.member.role !== 'trainee';
  return (
    <nav aria-label="团队导航">
      {sees && (
        <a href={hrefFor({ name: 'team' })} aria-current={TEAM_ROUTES.includes(route) ? 'page' : undefined}>
          团队
        </a>
      )}
      <a href={hrefFor({ name: 'exams' })} aria-current={route.startsWith('exam') ? 'page' : undefined}>
        考试
      </a>
      {sees && (
        <a href={hrefFor({ name: 'live' })} aria-current={route.startsWith('live') ? 'page' : undefined}>
          真人扮演
        </a>
      )}
      <a href={hrefFor({ name: 'invites' })} aria-current={route === 'invites' ? 'page' : undefined}>
        {membership.member.role === 'lead' ? '邀请与设备' : '我的设备'}
      </a>
    </nav>
  );
}

function SyncStatusLine({ runner, onlyRevoked = false }: { runner: Runner; onlyRevoked?: boolean }) {
  const status = useSyncExternalStore(runner.subscribeSyncStatus, runner.getSyncStatus);
  if (onlyRevoked && status.state !== 'revoked') return null;
  const pending = status.pending > 0 ? `待同步 ${status.pending} 条` : '';
  const rejected = status.rejected > 0 ? ` · ${status.rejected} 条无法同步` : '';
  let text: string;
  switch (status.state) {
    case 'revoked':
      text = '已退出团队';
      break;
    case 'offline':
      text = pending ? `离线 · ${pending}` : '离线';
      break;
    case 'error':
      text = `同步出错${pending ? ` · ${pending}` : ''}`;
      break;
    case 'starting':
      text = pending ? `正在同步 · ${pending}` : '正在同步…';
      break;
    default:
      text = pending || '已同步';
  }
  return (
    <span className={`sync-status sync-${status.state}`} role="status" aria-label="同步状态" title={status.detail ?? '练习记录与团队服务器同步'}>
      {text}
      {rejected}
    </span>
  );
}
