// The chat controller of the workbench. The buyer actor holds the conversation state;
// this hook sends it the trainee's replies and timeouts, reveals the buyer's lines with a
// typing delay, and writes every turn with the actor's persisted snapshot to IndexedDB.
// The record is also kept in memory so a failed write loses nothing on screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import type { Buyer } from '@/engine/session';
import type { Scenario } from '@/engine/scenario/schema';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { FeedbackItem } from '@/engine/score/types';
import type { SessionRecord } from '@/db/records';
import { saveProgress } from '@/db/sessions';
import { useUiStore } from '@/store/ui-store';
import { gradeSession, summarize } from '@/app/grade';
import { typingDelay } from '@/app/speed';

export interface Hint {
  items: FeedbackItem[];
  coaching?: string;
}

export interface Chat {
  record: SessionRecord;
  /** How many turns are on screen; the rest are still being "typed". */
  visible: number;
  typing: boolean;
  /** Seconds the buyer has waited for an answer, or null when she is not waiting. */
  waited: number | null;
  timeoutSeconds: number | null;
  mood: number;
  hint: Hint | null;
  ended: boolean;
  /** The buyer has decided; the trainee's next reply closes the chat. */
  closing: boolean;
  send: (text: string) => boolean;
  end: () => Promise<void>;
}

export function storageMessage(error: unknown): string {
  // Duck-typed: a DOMException is not always an Error, and Dexie wraps the browser's error in `inner`.
  const describe = (e: unknown): string => {
    if (typeof e !== 'object' || e === null) return String(e);
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    return `${String(name)} ${String(message)} ${inner ? describe(inner) : ''}`;
  };
  if (/quota/i.test(describe(error))) {
    return '浏览器存储空间已满，最新的对话没能保存。对话仍在本页，请先导出备份，再清理空间。';
  }
  return '保存对话失败（浏览器存储不可用）。对话仍在本页，请先导出备份，以免丢失。';
}

/** `buyer` is the actor already resumed from `initial` (see resumeBuyer). */
export function useChat(initial: SessionRecord, scenario: Scenario, buyer: Buyer): Chat {
  const mood = useSelector(buyer.actor, (snapshot) => snapshot.context.mood);
  const [record, setRecord] = useState(initial);
  const recordRef = useRef(initial);
  const [visible, setVisible] = useState(initial.turns.length);
  const [now, setNow] = useState(() => Date.now());
  // A resumed chat starts the buyer's wait anew: time away from the page is not her waiting.
  const [mountedAt] = useState(now);
  const [hint, setHint] = useState<Hint | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const timedOutAt = useRef<number>(-1);
  const setStorageError = useUiStore((s) => s.setStorageError);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  /** Turns IndexedDB holds; after a failed write the next one carries the missed turns too. */
  const saved = useRef(initial.turns.length);

  // Writes run one after another and each stores the latest record: its new turns, snapshot
  // and row in one transaction, so a reload mid-chat finds turns and buyer state in step.
  const write = useCallback(
    () => {
      writes.current = writes.current
        .then(async () => {
          const latest = recordRef.current;
          await saveProgress(latest, saved.current);
          saved.current = latest.turns.length;
        })
        .then(() => setStorageError(null))
        .catch((e: unknown) => setStorageError(storageMessage(e)));
    },
    [setStorageError],
  );

  /** Appends turns; buyer lines get the time they will appear, after their typing delay. */
  const append = useCallback(
    (agent: Turn | null, buyerTurns: Turn[], outcome: OutcomeKind | null, at: number, forceEnd = false) => {
      const prev = recordRef.current;
      let clock = at;
      const timed = buyerTurns.map((t) => {
        clock += typingDelay(t.text);
        return { ...t, at: clock };
      });
      const turns = [...prev.turns, ...(agent ? [{ ...agent, at }] : []), ...timed];
      // After the buyer decides the chat stays open for the closing reply (buyer.closing()).
      const ended = forceEnd || buyer.over();
      let next: SessionRecord = {
        ...prev,
        turns,
        outcome: outcome ?? prev.outcome,
        snapshot: buyer.persist(),
        updatedAt: Date.now(),
        status: ended ? 'ended' : 'active',
      };
      if (ended) next = { ...next, summary: summarize(gradeSession(next, scenario)) };
      recordRef.current = next;
      setRecord(next);
      write();
      const firstBuyer = turns.length - timed.length;
      setVisible(firstBuyer);
      timed.forEach((t, i) => {
        timers.current.push(setTimeout(() => setVisible((v) => Math.max(v, firstBuyer + i + 1)), t.at - at));
      });
      return next;
    },
    [buyer, scenario, write],
  );

  const ended = record.status === 'ended';

  const send = useCallback(
    (text: string): boolean => {
      const clean = text.trim();
      if (!clean || recordRef.current.status === 'ended') return false;
      const at = Date.now();
      const result = buyer.reply(clean, at);
      const next = append(result.agent, result.buyer, result.outcome, at);
      if (useUiStore.getState().hintsOn) {
        const index = recordRef.current.turns.length - result.buyer.length - 1;
        const items = gradeSession(next, scenario).feedback.filter((f) => f.turn === index && f.kind !== 'good');
        const coaching = result.missed ? buyer.coaching() : undefined;
        setHint(items.length > 0 || coaching ? { items, ...(coaching ? { coaching } : {}) } : null);
      } else {
        setHint(null);
      }
      return true;
    },
    [append, buyer, scenario],
  );

  const end = useCallback(async () => {
    if (recordRef.current.status !== 'ended') {
      const at = Date.now();
      const result = buyer.end(at);
      append(null, result.buyer, result.outcome, at, true);
    }
    await writes.current;
  }, [append, buyer]);

  const timeoutSeconds = ended ? null : buyer.timeoutSeconds();
  const last = record.turns[record.turns.length - 1];
  const allShown = visible >= record.turns.length;
  const waiting = !ended && allShown && last?.role === 'buyer' && last.at !== undefined;
  const waited = waiting && last.at !== undefined ? Math.max(0, (now - Math.max(last.at, mountedAt)) / 1000) : null;

  // One clock tick a second drives both the visible timer and the timeout.
  useEffect(() => {
    if (!waiting) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [waiting]);

  useEffect(() => {
    if (waited === null || timeoutSeconds === null || waited < timeoutSeconds) return;
    const count = recordRef.current.turns.length;
    if (timedOutAt.current === count) return;
    timedOutAt.current = count;
    const at = Date.now();
    const result = buyer.timeout(at);
    append(null, result.buyer, result.outcome, at);
  }, [waited, timeoutSeconds, buyer, append]);

  const closing = !ended && record.outcome !== null && buyer.closing();
  return { record, visible, typing: !allShown, waited, timeoutSeconds, mood, hint, ended, closing, send, end };
}
