// The chats whose latest turns IndexedDB has not committed (the store's unsaved chats), as the
// export adds them: on screen or left behind when the trainee moved on, they go in the file.
import type { SessionRecord } from '@/db/records';
import { useUiStore } from '@/store/ui-store';

export function pendingSessions(): SessionRecord[] {
  return Object.values(useUiStore.getState().unsaved).map((u) => u.record);
}
