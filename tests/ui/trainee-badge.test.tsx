// The top bar's badge names the role of whoever uses this browser: a mentor joined to the team
// is no 学员 (a live session's screenshots showed "学员：陈导师").
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import TraineeBadge from '@/ui/home/trainee-badge';
import { saveMembership } from '@/db/membership';
import { setSetting, TRAINEE_NAME } from '@/db/settings';
import type { MembershipRecord } from '@/db/team-records';

function joinedAs(role: 'trainee' | 'mentor' | 'lead', name: string): Omit<MembershipRecord, 'id'> {
  return {
    base: 'http://127.0.0.1:9',
    token: 't',
    deviceId: 'd',
    member: { id: 'm1', teamId: 'team1', role, name, createdAt: 1 },
    team: { id: 'team1', name: '小棉家', createdAt: 1 },
    joinedAt: 1,
    downloadCursor: null,
  } as Omit<MembershipRecord, 'id'>;
}

describe('trainee badge', () => {
  it('says 学员 before joining a team', async () => {
    await setSetting(TRAINEE_NAME, '小王');
    render(<TraineeBadge />);
    expect(await screen.findByText('学员：小王')).toBeInTheDocument();
  });

  it('says 导师 for a mentor joined to the team, never 学员', async () => {
    await setSetting(TRAINEE_NAME, '陈导师');
    await saveMembership(joinedAs('mentor', '陈导师') as never);
    render(<TraineeBadge />);
    expect(await screen.findByText('导师：陈导师')).toBeInTheDocument();
    expect(screen.queryByText('学员：陈导师')).toBeNull();
  });
});
