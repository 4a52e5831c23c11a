import { useEffect, useState } from 'react';
import type { Turn } from '@/engine/transcript';
import { isFastMode } from '@/app/speed';
import { MessageList } from '@/ui/workbench/message-list';

/** Plays the chat back line by line, at a reading pace, to relive where it turned. */
export function TranscriptReplay({ turns, buyerName }: { turns: Turn[]; buyerName: string }) {
  const [shown, setShown] = useState<number | null>(null);
  const playing = shown !== null && shown < turns.length;
  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(() => setShown((n) => (n ?? 0) + 1), isFastMode() ? 40 : 900);
    return () => clearTimeout(id);
  }, [playing, shown]);
  return (
    <div className="replay">
      <button type="button" onClick={() => setShown(0)} disabled={playing}>
        {shown === null ? '开始回放' : playing ? '回放中…' : '重新回放'}
      </button>
      {shown !== null && <MessageList turns={turns.slice(0, shown)} typing={false} buyerName={buyerName} />}
    </div>
  );
}
