// The chat controller of the workbench. The buyer actor holds the conversation state;
// this hook sends it the trainee's replies and timeouts, reveals the buyer's lines with a
// typing delay, and writes every turn with the actor's persisted snapshot to IndexedDB.
// Until a write commits, the record is also kept in the store's unsaved chats (with a
// localStorage copy), so a reload right after Enter or a refused write loses nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSelector } from '@xstate/react';
import type { Buyer } from '@/engine/session';
import type { Scenario } from '@/engine/scenario/schema';
import type { Turn } from '@/engine/transcript';
import type { OutcomeKind } from '@/engine/vocabulary';
import type { FeedbackItem } from '@/engine/score/types';
import type { SessionRecord } from '@/db/records';
import { saveProgress, StaleWriteError } from '@/db/sessions';
import { useUiStore } from '@/store/ui-store';
import { gradeSession, summarize } from '@/app/grade';
import { createHintGrader, type HintGrader } from '@/app/hint-grader';
import { typingDelay } from '@/app/speed';
import { storageMessage } from '@/ui/storage-message';

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

/** How this tab writes the chat: as the lease holder `owner`, told when it is no longer the writer. */
export interface ChatWriter {
  owner?: string;
  /** Turns of `initial` IndexedDB already holds (fewer when unsaved turns were restored). */
  stored?: number;
  /** `initial` is an unsaved copy restored from an earlier page: write it at once. */
  restored?: boolean;
  onLost?: (reason: StaleWriteError['reason']) => void;
}

/** `buyer` is the actor already resumed from `initial` (see resumeBuyer). */
export function useChat(initial: SessionRecord, scenario: Scenario, buyer: Buyer, writer: ChatWriter = {}): Chat {
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
  // The hints grade the chat after every reply: one incremental grader per chat (app/hint-grader.ts).
  const hints = useRef<{ scenario: Scenario; grader: HintGrader } | null>(null);
  const setStorageError = useUiStore((s) => s.setStorageError);
  const keepUnsaved = useUiStore((s) => s.keepUnsaved);
  const savedUpTo = useUiStore((s) => s.savedUpTo);
  const markFailed = useUiStore((s) => s.markFailed);
  const writerRef = useRef(writer);
  writerRef.current = writer;
  /** Another tab writes this chat now, or it moved on: this one writes nothing more. */
  const lost = useRef(false);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  /** Turns IndexedDB holds; after a failed write the next one carries the missed turns too. */
  const saved = useRef(writer.stored ?? initial.turns.length);
  /** The record last written, or the one read, when nothing of it is missing on disk. */
  const savedRecord = useRef<SessionRecord | null>(writer.restored ? null : initial);

  // Writes run one after another and each stores the latest record: its new turns, snapshot
  // and row in one transaction, so a reload mid-chat finds turns and buyer state in step.
  const write = useCallback(
    () => {
      writes.current = writes.current.then(async () => {
        const latest = recordRef.current;
        if (lost.current || latest === savedRecord.current) return;
        const { owner, onLost } = writerRef.current;
        try {
          await saveProgress(latest, saved.current, owner === undefined ? {} : { owner });
          saved.current = latest.turns.length;
          savedRecord.current = latest;
          savedUpTo(latest);
          setStorageError(null);
        } catch (e) {
          if (e instanceof StaleWriteError) {
            lost.current = true;
            onLost?.(e.reason);
            return;
          }
          markFailed(latest.id);
          setStorageError(storageMessage(e));
        }
      });
    },
    [setStorageError, savedUpTo, markFailed],
  );

  // A chat restored from the unsaved copy of an earlier page is written first.
  useEffect(() => {
    if (savedRecord.current !== recordRef.current) write();
  }, [write]);

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
      // Synchronously into the store (and localStorage) before the write starts: a reload in
      // the milliseconds before IndexedDB commits finds the reply there.
      keepUnsaved(next, saved.current);
      write();
      const firstBuyer = turns.length - timed.length;
      setVisible(firstBuyer);
      timed.forEach((t, i) => {
        timers.current.push(setTimeout(() => setVisible((v) => Math.max(v, firstBuyer + i + 1)), t.at - at));
      });
      return next;
    },
    [buyer, scenario, write, keepUnsaved],
  );

  const ended = record.status === 'ended';

  const send = useCallback(
    (text: string): boolean => {
      const clean = text.trim();
      if (!clean || recordRef.current.status === 'ended' || lost.current) return false;
      const at = Date.now();
      const result = buyer.reply(clean, at);
      const next = append(result.agent, result.buyer, result.outcome, at);
      if (useUiStore.getState().hintsOn) {
        const index = recordRef.current.turns.length - result.buyer.length - 1;
        if (hints.current?.scenario !== scenario) hints.current = { scenario, grader: createHintGrader(scenario) };
        const items = hints.current.grader.feedback(next).filter((f) => f.turn === index && f.kind !== 'good');
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
