// Hash routing without a router dependency: a handful of screens and no nesting.
import { startTransition, useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'chat'; id: string }
  | { name: 'report'; id: string }
  | { name: 'history'; scenarioId?: string }
  | { name: 'data' }
  | { name: 'phrases' }
  | { name: 'join'; code: string }
  | { name: 'team' }
  | { name: 'member'; memberId: string }
  | { name: 'team-session'; memberId: string; sessionId: string }
  | { name: 'invites' }
  | { name: 'pin-login' }
  | { name: 'exams' }
  | { name: 'exam-compose' }
  | { name: 'exam-take'; examId: string }
  | { name: 'exam-review'; attemptId: string }
  | { name: 'exam-report'; attemptId: string }
  | { name: 'exam-lead' }
  /** 真人扮演 (issue 13): the staff's list and opener; one session (either side); its replay. */
  | { name: 'live' }
  | { name: 'live-session'; liveId: string }
  | { name: 'live-replay'; liveId: string }
  /** The trainer's studio; `id` opens a stored buyer of the trainer's. */
  | { name: 'studio'; id?: string };

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg, sub] = parts;
  if (head === 'chat' && arg) return { name: 'chat', id: arg };
  if (head === 'report' && arg) return { name: 'report', id: arg };
  if (head === 'data') return { name: 'data' };
  if (head === 'phrases') return { name: 'phrases' };
  if (head === 'studio') return arg ? { name: 'studio', id: arg } : { name: 'studio' };
  if (head === 'join' && arg) return { name: 'join', code: arg };
  if (head === 'team' && arg && sub) return { name: 'team-session', memberId: arg, sessionId: sub };
  if (head === 'team' && arg) return { name: 'member', memberId: arg };
  if (head === 'team') return { name: 'team' };
  if (head === 'invites') return { name: 'invites' };
  if (head === 'pin') return { name: 'pin-login' };
  if (head === 'exams' && arg === 'new') return { name: 'exam-compose' };
  if (head === 'exams' && arg === 'lead') return { name: 'exam-lead' };
  if (head === 'exams' && arg && sub === 'take') return { name: 'exam-take', examId: arg };
  if (head === 'exams') return { name: 'exams' };
  if (head === 'live' && arg && sub === 'replay') return { name: 'live-replay', liveId: arg };
  if (head === 'live' && arg) return { name: 'live-session', liveId: arg };
  if (head === 'live') return { name: 'live' };
  if (head === 'attempt' && arg && sub === 'report') return { name: 'exam-report', attemptId: arg };
  if (head === 'attempt' && arg) return { name: 'exam-review', attemptId: arg };
  if (head === 'history') {
    const scenarioId = new URLSearchParams(query).get('buyer');
    return scenarioId ? { name: 'history', scenarioId } : { name: 'history' };
  }
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'chat':
      return `#/chat/${encodeURIComponent(route.id)}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.id)}`;
    case 'history':
      return route.scenarioId ? `#/history?buyer=${encodeURIComponent(route.scenarioId)}` : '#/history';
    case 'data':
      return '#/data';
    case 'phrases':
      return '#/phrases';
    case 'studio':
      return route.id ? `#/studio/${encodeURIComponent(route.id)}` : '#/studio';
    case 'join':
      return `#/join/${encodeURIComponent(route.code)}`;
    case 'team':
      return '#/team';
    case 'member':
      return `#/team/${encodeURIComponent(route.memberId)}`;
    case 'team-session':
      return `#/team/${encodeURIComponent(route.memberId)}/${encodeURIComponent(route.sessionId)}`;
    case 'invites':
      return '#/invites';
    case 'pin-login':
      return '#/pin';
    case 'exams':
      return '#/exams';
    case 'exam-compose':
      return '#/exams/new';
    case 'exam-lead':
      return '#/exams/lead';
    case 'exam-take':
      return `#/exams/${encodeURIComponent(route.examId)}/take`;
    case 'exam-review':
      return `#/attempt/${encodeURIComponent(route.attemptId)}`;
    case 'exam-report':
      return `#/attempt/${encodeURIComponent(route.attemptId)}/report`;
    case 'live':
      return '#/live';
    case 'live-session':
      return `#/live/${encodeURIComponent(route.liveId)}`;
    case 'live-replay':
      return `#/live/${encodeURIComponent(route.liveId)}/replay`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/**
 * The current route. A hash change is a transition: the screen on view stays until the next
 * one's lazy chunk has arrived, instead of a loading fallback that React then keeps up for
 * its minimum reveal time (300 ms) even when the chunk came in a few milliseconds.
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    // A change between the first render and this effect must not be missed.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}
