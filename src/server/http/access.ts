// Who may see whom. A lead sees the whole team, a mentor themself and the trainees assigned to
// them, a trainee only themself. Someone outside that set answers 404, as if absent.
import type { Role } from '@/server/api-contract';
import type { Repository } from '@/server/repo/repository';
import type { MemberRow, Viewer } from '@/server/repo/people-repo';
import { forbidden, notFound } from '@/server/http/errors';

export function requireRole(viewer: Viewer, ...roles: Role[]): void {
  if (!roles.includes(viewer.member.role)) throw forbidden();
}

/** The member ids a viewer may see; undefined = the whole team (a lead). */
export async function visibleIds(repo: Repository, viewer: Viewer): Promise<string[] | undefined> {
  if (viewer.member.role === 'lead') return undefined;
  if (viewer.member.role === 'mentor') return [viewer.member.id, ...(await repo.people.traineesOf(viewer.team.id, viewer.member.id))];
  return [viewer.member.id];
}

/** The member, when the viewer may see them; 404 otherwise. */
export async function visibleMember(repo: Repository, viewer: Viewer, memberId: string): Promise<MemberRow> {
  const ids = await visibleIds(repo, viewer);
  const member = ids && !ids.includes(memberId) ? undefined : await repo.people.getMember(viewer.team.id, memberId);
  if (!member) throw notFound('成员');
  return member;
}
