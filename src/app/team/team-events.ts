// The team server's WebSocket: events that tell the lead's screens to refetch. Browsers
// cannot set headers on a WebSocket, so the token rides as a subprotocol (see the contract).
// Reconnects with a growing delay; a screen that misses events still refetches on focus.
import { ServerEventSchema, WS_BEARER_PREFIX, WS_PROTOCOL, type ServerEvent } from '@/server/api-contract';

const MAX_RETRY_MS = 30_000;

export function wsUrl(base: string): string {
  return `${base.replace(/^http/, 'ws')}/api/ws`;
}

/** One WebSocket message as a server event; null for anything that is not one (a newer server, a broken frame). */
export function parseServerEvent(message: MessageEvent): ServerEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(String(message.data));
  } catch {
    return null;
  }
  const parsed = ServerEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Listens until the returned function is called. */
export function listenToTeam(base: string, token: string, onEvent: (event: ServerEvent) => void): () => void {
  let socket: WebSocket | null = null;
  let closed = false;
  let retryMs = 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    if (closed || typeof WebSocket === 'undefined') return;
    socket = new WebSocket(wsUrl(base), [WS_PROTOCOL, `${WS_BEARER_PREFIX}${token}`]);
    socket.onopen = () => {
      retryMs = 1000;
    };
    socket.onmessage = (message) => {
      const event = parseServerEvent(message);
      if (event) onEvent(event);
    };
    socket.onclose = () => {
      socket = null;
      if (closed) return;
      timer = setTimeout(connect, retryMs * (0.5 + Math.random() * 0.5));
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
  };
  connect();
  return () => {
    closed = true;
    if (timer) clearTimeout(timer);
    socket?.close();
  };
}

/** One socket per token however many screens and queries listen. */
const shared = new Map<string, { listeners: Set<(event: ServerEvent) => void>; stop: () => void }>();

export function subscribeTeamEvents(base: string, token: string, onEvent: (event: ServerEvent) => void): () => void {
  const key = `${base} ${token}`;
  let entry = shared.get(key);
  if (!entry) {
    const listeners = new Set<(event: ServerEvent) => void>();
    entry = { listeners, stop: listenToTeam(base, token, (event) => listeners.forEach((l) => l(event))) };
    shared.set(key, entry);
  }
  entry.listeners.add(onEvent);
  return () => {
    const current = shared.get(key);
    if (!current) return;
    current.listeners.delete(onEvent);
    if (current.listeners.size === 0) {
      current.stop();
      shared.delete(key);
    }
  };
}
