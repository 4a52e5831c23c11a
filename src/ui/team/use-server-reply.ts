// A reply typed in a server-held chat (an exam attempt, a live session): one send at a time,
// and a refused or lost send puts the text back into the reply box, so nothing typed is lost.
import { useState } from 'react';
import { errorText } from '@/app/team/api-client';
import { useUiStore } from '@/store/ui-store';

export function useServerReply<T>(options: {
  draftKey: string;
  /** Null while the chat is not open yet. */
  post: ((text: string) => Promise<T>) | null;
  onSent: (answer: T) => void;
  setError: (error: string | null) => void;
}): { send: (text: string) => boolean; sending: boolean } {
  const [sending, setSending] = useState(false);
  const { draftKey, post, onSent, setError } = options;
  const send = (text: string): boolean => {
    if (!post || sending || text.trim() === '') return false;
    setSending(true);
    setError(null);
    post(text).then(
      (answer) => {
        onSent(answer);
        setSending(false);
      },
      (e: unknown) => {
        useUiStore.getState().setDraft(draftKey, text);
        setError(errorText(e));
        setSending(false);
      },
    );
    return true;
  };
  return { send, sending };
}
