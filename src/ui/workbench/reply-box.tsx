import { useEffect, type KeyboardEvent } from 'react';
import { useUiStore } from '@/store/ui-store';
import { draftSent, writeDraft } from '@/db/drafts';

/** Characters a reply may have, shown with a counter as the shop's chat tool does. */
export const REPLY_LIMIT = 500;

interface Props {
  sessionId: string;
  disabled: boolean;
  onSend: (text: string) => boolean;
}

/**
 * Enter sends, Shift+Enter is a new line. The draft lives in the store (localStorage: a reload
 * keeps it) and is written to IndexedDB as it changes (a browser kill keeps it); after Enter the
 * stored draft stays until the chat write that holds the reply removes it (saveProgress).
 */
export function ReplyBox({ sessionId, disabled, onSend }: Props) {
  const draft = useUiStore((s) => s.drafts[sessionId]);
  const text = draft?.text ?? '';
  const setDraft = useUiStore((s) => s.setDraft);
  const clearDraft = useUiStore((s) => s.clearDraft);
  const over = text.length - REPLY_LIMIT;

  // Every change of the text, typed or inserted from a quick phrase, goes to IndexedDB; an
  // emptied box is written by onChange only, never by the clearing after a send.
  useEffect(() => {
    if (draft && draft.text !== '') void writeDraft(sessionId, draft.text, draft.at);
  }, [sessionId, draft]);

  const send = () => {
    if (over > 0 || !onSend(text)) return;
    draftSent(sessionId, Date.now());
    clearDraft(sessionId);
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
        aria-describedby={`reply-count-${sessionId}`}
        placeholder="输入回复，Enter 发送，Shift+Enter 换行"
        value={text}
        disabled={disabled}
        maxLength={REPLY_LIMIT}
        onChange={(e) => {
          const at = Date.now();
          setDraft(sessionId, e.target.value, at);
          if (e.target.value === '') void writeDraft(sessionId, '', at);
        }}
        onKeyDown={onKeyDown}
        rows={3}
      />
      <div className="reply-actions">
        <span id={`reply-count-${sessionId}`} className={over > 0 ? 'reply-count over' : 'reply-count'} aria-live="polite">
          {text.length}/{REPLY_LIMIT}
          {over > 0 && `，超出 ${over} 字，请删减后发送`}
        </span>
        <button type="button" className="primary" onClick={send} disabled={disabled || text.trim() === '' || over > 0}>
          发送
        </button>
      </div>
    </div>
  );
}
