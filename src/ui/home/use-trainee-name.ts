import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, TRAINEE_NAME } from '@/db/settings';

/** The trainee's name: null while loading, '' when never given. */
export function useTraineeName(): string | null {
  return useLiveQuery(async () => (await getSetting(TRAINEE_NAME)) ?? '', [], null);
}
