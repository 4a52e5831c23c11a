import { useLiveQuery } from 'dexie-react-hooks';
import { getMembership } from '@/db/membership';
import type { MembershipRecord } from '@/db/team-records';

/** The joined team: undefined while loading, null when this browser has not joined one. */
export function useMembership(): MembershipRecord | null | undefined {
  return useLiveQuery(() => getMembership(), [], undefined);
}
