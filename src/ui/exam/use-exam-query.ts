// A GET of the exam routes: refetched when the server says an exam changed (WebSocket `exam`
// events on the member and team rooms), when the window regains focus, and on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MembershipRecord } from '@/db/team-records';
import { errorText, request, type Connection } from '@/app/team/api-client';
import { subscribeTeamEvents } from '@/app/team/team-events';

export interface ExamQuery<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

export function connectionOf(membership: MembershipRecord): Connection {
  return { base: membership.base, bearer: membership.token };
}

export function useExamQuery<S extends z.ZodType>(membership: MembershipRecord, path: string | null, schema: S): ExamQuery<z.infer<S>> {
  const [data, setData] = useState<z.infer<S> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const schemaRef = useRef(schema);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (path === null) return;
    let live = true;
    request(connectionOf(membership), 'GET', path, schemaRef.current).then(
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
  }, [membership, path, tick]);

  useEffect(() => {
    const stop = subscribeTeamEvents(membership.base, membership.token, (event) => {
      if (event.type === 'exam' || event.type === 'team' || event.type === 'live') reload();
    });
    window.addEventListener('focus', reload);
    return () => {
      stop();
      window.removeEventListener('focus', reload);
    };
  }, [membership.base, membership.token, reload]);

  return { data, error, reload };
}
