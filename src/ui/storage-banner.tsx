import { useUiStore } from '@/store/ui-store';
import { pendingSessions } from '@/ui/pending-sessions';

// The export code (and Dexie with it) loads on the click: the banner is part of the small
// first-load shell, and the export is rarely needed.
const exportNow = async () => (await import('@/ui/data/download')).downloadBackup(pendingSessions());

/** Shown while IndexedDB refuses writes: the chat stays on screen and can be exported. */
export function StorageBanner() {
  const message = useUiStore((s) => s.storageError);
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
      <button type="button" onClick={() => void exportNow()}>
        立即导出备份
      </button>
    </div>
  );
}
