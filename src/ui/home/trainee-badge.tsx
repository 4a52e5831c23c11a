import { useTraineeName } from '@/ui/home/use-trainee-name';
import { useMembership } from '@/ui/team/use-membership';
import { ROLE_LABELS } from '@/ui/team/role-labels';

/** Who uses this browser: the role comes from the team membership (a mentor is no 学员). */
export default function TraineeBadge() {
  const name = useTraineeName();
  const membership = useMembership();
  if (!name) return null;
  const role = membership ? ROLE_LABELS[membership.member.role] : '学员';
  return (
    <span className="trainee-badge" title={role}>
      {role}：{name}
    </span>
  );
}
