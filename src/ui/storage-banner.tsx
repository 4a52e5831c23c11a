import { useUiStore } from '@/store/ui-store';
import { downloadBackup } from '@/ui/data/download';
import { pendingSessions } from '@/ui/pending-sessions';

/** Shown while IndexedDB refuses writes: the chat stays on screen and can be exported. */
export function StorageBanner() {
  const message = useUiStore((s) => s.storageError);
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      <button type="button" onClick={() => void downloadBackup(pendingSessions())}>
        立即导出备份
      </button>
    </div>
  );
}
