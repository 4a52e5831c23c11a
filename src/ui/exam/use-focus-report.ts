// Focus changes during an exam (the trainee left the page): sent to the server, which logs
// them with its own time for the mentor. Not scored. Batched so a flurry is one request.
import { useEffect } from 'react';
import { requestEmpty, type Connection } from '@/app/team/api-client';
import { EXAM_LIMITS, type FocusReport } from '@/server/exam-contract';

type Kind = FocusReport['events'][number]['kind'];

export function useFocusReport(conn: Connection, attemptId: string | null, active: boolean): void {
  useEffect(() => {
    if (!attemptId || !active) return;
    let queue: FocusReport['events'] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (queue.length === 0) return;
      const events = queue.slice(0, EXAM_LIMITS.focusEvents);
      queue = queue.slice(events.length);
      // A lost report is not worth a retry loop: the log is for the mentor, not the score.
      void requestEmpty(conn, 'POST', `/api/attempts/${encodeURIComponent(attemptId)}/focus`, { events }).catch(() => undefined);
    };
    const push = (kind: Kind) => {
      queue.push({ kind, clientAt: Date.now() });
      if (!timer) timer = setTimeout(flush, 300);
    };
    const onVisibility = () => push(document.visibilityState === 'hidden' ? 'hidden' : 'visible');
    const onBlur = () => push('blur');
    const onFocus = () => push('focus');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      if (timer) clearTimeout(timer);
      flush();
    };
  }, [conn, attemptId, active]);
}
