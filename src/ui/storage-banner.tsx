import { useEffect } from 'react';
import { useUiStore } from '@/store/ui-store';
import { atRisk, unsavedTurns } from '@/store/unsaved-slice';
import { pendingSessions } from '@/ui/pending-sessions';

// The export and retry code (and Dexie with it) loads on use: the banner is part of the small
// first-load shell, and both are rarely needed.
const exportNow = async () => {
  await (await import('@/ui/data/download')).downloadBackup(pendingSessions());
  useUiStore.getState().markExported(Date.now());
};
const retryNow = async () => (await import('@/ui/data/flush-unsaved')).flushUnsaved(openChatId());

/** The chat the workbench has open restores and writes its own unsaved turns. */
function openChatId(): string | undefined {
  return /^#\/chat\/([^/?]+)/.exec(window.location.hash)?.[1];
}

/**
 * Shown while IndexedDB refuses writes or turns it refused are kept here only: the chat stays
 * on screen, can be exported, and leaving the page asks first until it is written or exported.
 */
export function StorageBanner() {
  const message = useUiStore((s) => s.storageError);
  const unsaved = useUiStore((s) => s.unsaved);
  const risky = atRisk(unsaved);
  const failed = Object.values(unsaved).filter((u) => u.failed);

  // Turns left by an earlier page (a reload right after Enter, a write refused before) are
  // written as soon as the app starts, once the first screen has drawn.
  useEffect(() => {
    if (Object.keys(useUiStore.getState().unsaved).length === 0) return;
    const id = setTimeout(() => void retryNow(), 0);
    return () => clearTimeout(id);
  }, []);

  useEffect(() => {
    if (risky.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [risky.length]);

  if (!message && failed.length === 0) return null;
  const count = unsavedTurns(Object.fromEntries(failed.map((u) => [u.record.id, u])));
  return (
    <div className="banner banner-error" role="alert">
      <span>
        {message ?? '有对话没能保存到浏览器存储。'}
        {count > 0 && ` 还有 ${count} 条消息只在本页，${risky.length > 0 ? '离开或关闭页面前请先导出备份。' : '已导出备份。'}`}
      </span>
      {failed.length > 0 && (
        <button type="button" onClick={() => void retryNow()}>
          重试保存
        </button>
      )}
      <button type="button" onClick={() => void exportNow()}>
        立即导出备份
      </button>
    </div>
  );
}
