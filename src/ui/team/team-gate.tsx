// The team screens need a joined browser, and most need a lead or a mentor.
import type { ReactNode } from 'react';
import type { Role } from '@/server/api-contract';
import type { MembershipRecord } from '@/db/team-records';
import { hrefFor } from '@/app/route';
import { useMembership } from '@/ui/team/use-membership';

export function TeamGate({ roles, children }: { roles: readonly Role[]; children: (membership: MembershipRecord) => ReactNode }) {
  const membership = useMembership();
  if (membership === undefined) return <p className="loading">加载中…</p>;
  if (membership === null) {
    return (
      <p className="card">
        这台电脑还没有加入团队。请打开组长发给你的邀请链接（形如 http://服务器地址:8787/#/join/…）。不加入团队也可以照常练习。
        组长在新电脑上可以<a href={hrefFor({ name: 'pin-login' })}>用团队 PIN 登录</a>。
      </p>
    );
  }
  if (!roles.includes(membership.member.role)) return <p className="card">只有组长和导师可以查看这个页面。</p>;
  return <>{children(membership)}</>;
}
