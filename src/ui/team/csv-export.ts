// The team's CSV: fetched with the device token (a plain link cannot carry it), then saved
// through the browser's download like the backup file.
import type { MembershipRecord } from '@/db/team-records';
import { send } from '@/app/team/api-client';

export async function downloadTeamCsv(membership: MembershipRecord, now: Date = new Date()): Promise<void> {
  const response = await send({ base: membership.base, bearer: membership.token }, 'GET', '/api/team/export.csv');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  const pad = (n: number) => String(n).padStart(2, '0');
  a.href = url;
  a.download = `peilian-team-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
