import { useTraineeName } from '@/ui/home/use-trainee-name';

export default function TraineeBadge() {
  const name = useTraineeName();
  if (!name) return null;
  return <span className="trainee-badge" title="学员">学员：{name}</span>;
}
