// One live session's messages and typing on screen: the HTTP answer's messages, then the room's
// (kept by number: a message that comes both ways counts once), the other side's typing (cleared
// if it does not come again), and whether the room is connected now.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveMessage } from '@/server/api-contract';
import type { MembershipRecord } from '@/db/team-records';
import { openLiveRoom, type LiveRoom } from '@/app/team/live-room';

/** A typing signal not repeated within this long is dropped (a sender that vanished). */
const TYPING_MS = 6000;

export interface LiveRoomState<M> {
  messages: M[];
  typing: { buyer: boolean; agent: boolean };
  connected: boolean;
  refused: boolean;
  /** Messages from an HTTP answer (a send's, the first load's). */
  merge: (messages: M[]) => void;
  sendTyping: (on: boolean) => void;
}

export function useLiveRoom<M extends Pick<LiveMessage, 'seq'>>(membership: MembershipRecord, liveId: string, onMessage?: (m: M) => void): LiveRoomState<M> {
  const [bySeq, setBySeq] = useState<Map<number, M>>(() => new Map());
  const [typing, setTyping] = useState({ buyer: false, agent: false });
  const [connected, setConnected] = useState(false);
  const [refused, setRefused] = useState(false);
  const room = useRef<LiveRoom | null>(null);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  }, [onMessage]);

  const merge = useCallback((messages: M[]) => {
    if (messages.length === 0) return;
    room.current?.heldUpTo(Math.max(...messages.map((m) => m.seq)));
    setBySeq((old) => {
      const next = new Map(old);
      for (const m of messages) next.set(m.seq, m);
      return next;
    });
  }, []);

  useEffect(() => {
    const r = openLiveRoom(membership.base, membership.token, liveId, {
      onMessage: (m) => {
        const message = m as unknown as M;
        setBySeq((old) => new Map(old).set(message.seq, message));
        // The sender has stopped typing once their line arrived.
        setTyping((t) => ({ ...t, [m.kind === 'agent' ? 'agent' : 'buyer']: false }));
        onMessageRef.current?.(message);
      },
      onTyping: (side, on) => {
        clearTimeout(timers.current[side]);
        setTyping((t) => ({ ...t, [side]: on }));
        if (on) timers.current[side] = setTimeout(() => setTyping((t) => ({ ...t, [side]: false })), TYPING_MS);
      },
      onConnected: setConnected,
      onRefused: () => setRefused(true),
    });
    room.current = r;
    const pending = timers.current;
    return () => {
      r.close();
      room.current = null;
      for (const t of Object.values(pending)) clearTimeout(t);
    };
  }, [membership.base, membership.token, liveId]);

  const sendTyping = useCallback((on: boolean) => room.current?.typing(on), []);
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return { messages, typing, connected, refused, merge, sendTyping };
}

/** Tells the room while the draft changes: typing at most every 2 s, stopped after 3 s of quiet or when emptied. */
export function useTypingSignal(text: string, sendTyping: (on: boolean) => void): void {
  const last = useRef(0);
  const stop = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (stop.current) clearTimeout(stop.current);
    if (text.trim() === '') {
      if (last.current) sendTyping(false);
      last.current = 0;
      return;
    }
    const now = Date.now();
    if (now - last.current > 2000) {
      sendTyping(true);
      last.current = now;
    }
    stop.current = setTimeout(() => {
      sendTyping(false);
      last.current = 0;
    }, 3000);
  }, [text, sendTyping]);
  useEffect(
    () => () => {
      if (stop.current) clearTimeout(stop.current);
    },
    [],
  );
}
