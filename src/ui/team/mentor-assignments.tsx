// The lead assigns trainees to mentors: a mentor's screens show only the trainees ticked here.
import { useState } from 'react';
import { AssignmentSchema, MemberListSchema, type Member } from '@/server/api-contract';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import { useTeamQuery } from '@/ui/team/use-team-query';

export function MentorAssignments({ membership }: { membership: MembershipRecord }) {
  const members = useTeamQuery(membership, '/api/members', MemberListSchema);
  const all = members.data?.members ?? [];
  const mentors = all.filter((m) => m.role === 'mentor');
  const trainees = all.filter((m) => m.role === 'trainee');
  return (
    <section className="card" aria-label="导师分配">
      <h2>导师带的学员</h2>
      {members.error && <p className="banner banner-error" role="alert">{members.error}</p>}
      {mentors.length === 0 ? (
        <p className="muted">还没有导师。生成导师邀请，导师加入后在这里分配学员。</p>
      ) : (
        mentors.map((m) => <MentorRow key={m.id} membership={membership} mentor={m} trainees={trainees} />)
      )}
    </section>
  );
}

function MentorRow({ membership, mentor, trainees }: { membership: MembershipRecord; mentor: Member; trainees: Member[] }) {
  const path = `/api/mentors/${encodeURIComponent(mentor.id)}/trainees`;
  const assigned = useTeamQuery(membership, path, AssignmentSchema);
  const [error, setError] = useState<string | null>(null);
  const ids = new Set(assigned.data?.traineeIds ?? []);
  const toggle = async (id: string, on: boolean) => {
    const next = new Set(ids);
    if (on) next.add(id);
    else next.delete(id);
    try {
      await request({ base: membership.base, bearer: membership.token }, 'PUT', path, AssignmentSchema, { traineeIds: [...next] });
      setError(null);
      assigned.reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <fieldset className="mentor-row">
      <legend>{mentor.name}</legend>
      {(assigned.error ?? error) && <p className="banner banner-error" role="alert">{assigned.error ?? error}</p>}
      {trainees.length === 0 && <span className="muted">还没有学员。</span>}
      {assigned.data &&
        trainees.map((t) => (
          <label key={t.id}>
            <input type="checkbox" checked={ids.has(t.id)} onChange={(e) => void toggle(t.id, e.target.checked)} />
            {t.name}
          </label>
        ))}
    </fieldset>
  );
}
