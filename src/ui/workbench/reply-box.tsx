import type { KeyboardEvent } from 'react';
import { useUiStore } from '@/store/ui-store';

interface Props {
  sessionId: string;
  disabled: boolean;
  onSend: (text: string) => boolean;
}

/** Enter sends, Shift+Enter is a new line; the draft lives in the store so a reload keeps it. */
export function ReplyBox({ sessionId, disabled, onSend }: Props) {
  const draft = useUiStore((s) => s.drafts[sessionId] ?? '');
  const setDraft = useUiStore((s) => s.setDraft);
  const clearDraft = useUiStore((s) => s.clearDraft);

  const send = () => {
    if (onSend(draft)) clearDraft(sessionId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME composes Chinese, Enter picks a candidate; it must not send.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  return (
    <div className="reply-box">
      <textarea
        aria-label="回复"
        placeholder="输入回复，Enter 发送，Shift+Enter 换行"
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(sessionId, e.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
      />
      <button type="button" className="primary" onClick={send} disabled={disabled || draft.trim() === ''}>
        发送
      </button>
    </div>
  );
}
