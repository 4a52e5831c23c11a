// Writes the chats an earlier write (or an earlier page) left unsaved, where they still
// continue what IndexedDB holds. Run at start-up and on 重试保存; the chat open in the workbench
// is left to the workbench, which restores and writes it itself.
import { getSession, saveProgress, StaleWriteError } from '@/db/sessions';
import { reconcile } from '@/db/reconcile';
import { useUiStore } from '@/store/ui-store';
import { storageMessage } from '@/ui/storage-message';

export async function flushUnsaved(openChatId?: string): Promise<void> {
  const { unsaved, savedUpTo, dropUnsaved, markFailed, setStorageError } = useUiStore.getState();
  for (const entry of Object.values(unsaved)) {
    const id = entry.record.id;
    if (id === openChatId) continue;
    try {
      const stored = await getSession(id);
      // Deleted since (history, 删除全部数据): the trainee chose to drop it.
      if (!stored) {
        dropUnsaved(id);
        continue;
      }
      const r = reconcile(stored, entry);
      if (r.kind === 'stored') dropUnsaved(id);
      if (r.kind !== 'continues') continue;
      await saveProgress(r.record, r.stored);
      savedUpTo(r.record);
    } catch (e) {
      if (e instanceof StaleWriteError) continue;
      markFailed(id);
      setStorageError(storageMessage(e));
      return;
    }
  }
  if (Object.values(useUiStore.getState().unsaved).every((u) => !u.failed)) setStorageError(null);
}
