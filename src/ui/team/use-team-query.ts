// A GET of the team server for the lead's screens: refetched when the server says something
// changed (WebSocket), when the window regains focus, and on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MembershipRecord } from '@/db/team-records';
import { errorText, request } from '@/app/team/api-client';
import { subscribeTeamEvents } from '@/app/team/team-events';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

export function useTeamQuery<S extends z.ZodType>(membership: MembershipRecord, path: string | null, schema: S): Query<z.infer<S>> {
  const [data, setData] = useState<z.infer<S> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const schemaRef = useRef(schema);
  const reload = useCallback(() => setTick((t) => t + 1), []);

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
    const stop = subscribeTeamEvents(membership.base, membership.token, (event) => {
      if (event.type === 'session' || event.type === 'team') reload();
    });
    window.addEventListener('focus', reload);
    return () => {
      stop();
      window.removeEventListener('focus', reload);
    };
  }, [membership.base, membership.token, reload]);

  return { data, error, reload };
}
