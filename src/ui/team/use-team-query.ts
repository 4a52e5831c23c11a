// A GET of the team server for the lead's, mentor's and trainee's screens: refetched when the
// server says something of that kind changed (the WebSocket event types the caller names: the
// team screens follow synced sessions, the exam screens follow exams), on every socket
// (re)connect (the server's 'hello': events sent while the socket was down are lost, so a
// reconnected screen catches up by asking again), when the window regains focus, and on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MembershipRecord } from '@/db/team-records';
import type { ServerEvent } from '@/server/api-contract';
import { errorText, request, type Connection } from '@/app/team/api-client';
import { subscribeTeamEvents } from '@/app/team/team-events';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

export type EventType = ServerEvent['type'];
/** The team screens: a synced session or a change of people. */
export const TEAM_EVENTS: readonly EventType[] = ['session', 'team'];
/** The exam screens: an exam, attempt, review, report or dispute, or a change of people. */
export const EXAM_EVENTS: readonly EventType[] = ['exam', 'team'];
/** The live-session screens (issue 13): a session opened or ended, and what the exam screens follow. */
export const LIVE_EVENTS: readonly EventType[] = ['live', 'exam', 'team'];

export function connectionOf(membership: MembershipRecord): Connection {
  return { base: membership.base, bearer: membership.token };
}

export function useTeamQuery<S extends z.ZodType>(membership: MembershipRecord, path: string | null, schema: S, events: readonly EventType[] = TEAM_EVENTS): Query<z.infer<S>> {
  const [data, setData] = useState<z.infer<S> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const schemaRef = useRef(schema);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  // The kinds as one string: callers pass a new array each render without resubscribing.
  const kinds = events.join(',');

  useEffect(() => {
    if (path === null) return;
    let live = true;
    request({ base: membership.base, bearer: membership.token }, 'GET', path, schemaRef.current).then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [membership.base, membership.token, path, tick]);

  useEffect(() => {
    const wanted = new Set(kinds.split(','));
    const stop = subscribeTeamEvents(membership.base, membership.token, (event) => {
      if (wanted.has(event.type) || event.type === 'hello') reload();
    });
    window.addEventListener('focus', reload);
    return () => {
      stop();
      window.removeEventListener('focus', reload);
    };
  }, [membership.base, membership.token, reload, kinds]);

  return { data, error, reload };
}
