// Hash routing without a router dependency: the app has five screens and no nesting.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'chat'; id: string }
  | { name: 'report'; id: string }
  | { name: 'history'; scenarioId?: string }
  | { name: 'data' };

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === 'chat' && arg) return { name: 'chat', id: arg };
  if (head === 'report' && arg) return { name: 'report', id: arg };
  if (head === 'data') return { name: 'data' };
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
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
