// Invites and devices. A lead makes trainee, mentor and lead links, withdraws unused ones,
// revokes any device and assigns trainees to mentors; everyone can put themself on another
// machine, see and revoke their own devices, and leave the team on this browser.
import { useState } from 'react';
import { DeviceListSchema, InviteCreatedSchema, InviteListSchema, MemberListSchema, type InviteCreated, type Member, type Role } from '@/server/api-contract';
import { formatDateTime } from '@/app/labels';
import { errorText, request, requestEmpty } from '@/app/team/api-client';
import { clearMembership } from '@/db/membership';
import type { MembershipRecord } from '@/db/team-records';
import { TeamGate } from '@/ui/team/team-gate';
import { useTeamQuery } from '@/ui/team/use-team-query';
import { ROLE_LABELS } from '@/ui/team/role-labels';
import { InviteLink } from '@/ui/team/invite-link';
import { MentorAssignments } from '@/ui/team/mentor-assignments';

export default function InvitesScreen() {
  return <TeamGate roles={['lead', 'mentor', 'trainee']}>{(m) => <Invites membership={m} />}</TeamGate>;
}

const conn = (m: MembershipRecord) => ({ base: m.base, bearer: m.token });

function Invites({ membership }: { membership: MembershipRecord }) {
  const lead = membership.member.role === 'lead';
  const [made, setMade] = useState<InviteCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const invite = async (role: Role, self: boolean) => {
    setError(null);
    try {
      const body = self ? { role: membership.member.role, memberId: membership.member.id, base: membership.base } : { role, base: membership.base };
      setMade(await request(conn(membership), 'POST', '/api/invites', InviteCreatedSchema, body));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="team">
      <section className="card" aria-label="邀请">
        <h1>{lead ? '邀请与设备' : '我的设备'}</h1>
        <p className="muted">
          团队「{membership.team.name}」· {ROLE_LABELS[membership.member.role]}：{membership.member.name} · 服务器 {membership.base}
        </p>
        <p className="report-actions">
          {lead &&
            (['trainee', 'mentor', 'lead'] as const).map((role) => (
              <button key={role} type="button" onClick={() => void invite(role, false)}>
                生成{ROLE_LABELS[role]}邀请
              </button>
            ))}
          <button type="button" onClick={() => void invite(membership.member.role, true)}>
            在另一台电脑上使用我的身份
          </button>
        </p>
        {lead && <p className="muted">组长邀请在加入时还要输入团队 PIN，转发的链接单独无法成为组长。</p>}
        {error && <p className="banner banner-error" role="alert">{error}</p>}
        {made && <InviteLink invite={made} />}
      </section>
      {lead && <OpenInvites membership={membership} />}
      {lead ? <People membership={membership} /> : <Devices membership={membership} member={membership.member} />}
      {lead && <MentorAssignments membership={membership} />}
      <Leave membership={membership} />
    </div>
  );
}

function OpenInvites({ membership }: { membership: MembershipRecord }) {
  const invites = useTeamQuery(membership, '/api/invites', InviteListSchema);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async (id: string) => {
    try {
      await requestEmpty(conn(membership), 'DELETE', `/api/invites/${encodeURIComponent(id)}`);
      setError(null);
      invites.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const open = invites.data?.invites ?? [];
  return (
    <section className="card" aria-label="未使用的邀请">
      <h2>未使用的邀请</h2>
      {(invites.error ?? error) && <p className="banner banner-error" role="alert">{invites.error ?? error}</p>}
      {open.length === 0 ? (
        <p className="muted">没有未使用的邀请。</p>
      ) : (
        <ul className="plain-list">
          {open.map((i) => (
            <li key={i.id}>
              {ROLE_LABELS[i.role]}邀请 · 生成于 {formatDateTime(i.createdAt)} · {formatDateTime(i.expiresAt)} 失效{' '}
              <button type="button" onClick={() => void withdraw(i.id)}>
                作废
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function People({ membership }: { membership: MembershipRecord }) {
  const members = useTeamQuery(membership, '/api/members', MemberListSchema);
  return (
    <section className="card" aria-label="成员与设备">
      <h2>成员与设备</h2>
      {members.error && <p className="banner banner-error" role="alert">{members.error}</p>}
      {members.data?.members.map((m) => <Devices key={m.id} membership={membership} member={m} nested />)}
    </section>
  );
}

function Devices({ membership, member, nested = false }: { membership: MembershipRecord; member: Member; nested?: boolean }) {
  const devices = useTeamQuery(membership, `/api/members/${encodeURIComponent(member.id)}/devices`, DeviceListSchema);
  const [error, setError] = useState<string | null>(null);
  const revoke = async (id: string) => {
    if (!window.confirm('撤销这台设备？它将不能再同步，需要新的邀请链接才能重新加入。')) return;
    try {
      await requestEmpty(conn(membership), 'POST', `/api/devices/${encodeURIComponent(id)}/revoke`);
      setError(null);
      devices.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const body = (
    <>
      <h3>
        {member.name} <small className="muted">{ROLE_LABELS[member.role]}</small>
      </h3>
      {(devices.error ?? error) && <p className="banner banner-error" role="alert">{devices.error ?? error}</p>}
      <ul className="plain-list" aria-label={`${member.name}的设备`}>
        {devices.data?.devices.map((d) => (
          <li key={d.id}>
            {d.label || '未命名设备'}
            {d.id === membership.deviceId && <span className="tag">这台电脑</span>} · 加入于 {formatDateTime(d.createdAt)} · 最近使用{' '}
            {formatDateTime(d.lastSeenAt)}{' '}
            {d.revokedAt !== null ? (
              <span className="muted">已撤销</span>
            ) : (
              <button type="button" onClick={() => void revoke(d.id)} aria-label={`撤销设备 ${d.label || d.id}`}>
                撤销
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
  return nested ? <div className="member-devices">{body}</div> : <section className="card" aria-label="我的设备">{body}</section>;
}

function Leave({ membership }: { membership: MembershipRecord }) {
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    if (!window.confirm('让这台电脑退出团队？本机的练习记录会保留，但不再同步。')) return;
    try {
      await requestEmpty(conn(membership), 'POST', '/api/me/logout');
    } catch (e) {
      // The server may be gone for good: leaving must still work here.
      setError(`服务器没有确认（${errorText(e)}），本机已退出。`);
    }
    const { stopSync } = await import('@/app/team/sync-runner');
    stopSync();
    await clearMembership();
  };
  return (
    <section className="card" aria-label="退出团队">
      <h2>退出团队</h2>
      <p className="muted">退出后这台电脑照常练习，记录只保存在本机。</p>
      {error && <p className="banner banner-error">{error}</p>}
      <button type="button" onClick={() => void leave()}>
        这台电脑退出团队
      </button>
    </section>
  );
}
