// A live session's room on the team server's WebSocket (issue 13), for both sides. On every
// (re)connect it joins with the last number it holds, so the server sends exactly what was
// missed; messages are kept by number, so one that comes twice (joined, then read) counts once.
// Typing goes out as `live.typing`. Reconnects with a growing delay, like team-events.ts.
import { WS_BEARER_PREFIX, WS_PROTOCOL, type LiveMessage } from '@/server/api-contract';
import { parseServerEvent, wsUrl } from '@/app/team/team-events';

const MAX_RETRY_MS = 10_000;

export interface LiveRoomHandlers {
  onMessage: (message: LiveMessage) => void;
  onTyping: (side: 'buyer' | 'agent', typing: boolean) => void;
  onConnected: (connected: boolean) => void;
  onRefused: () => void;
}

export interface LiveRoom {
  typing: (on: boolean) => void;
  /** Messages numbered up to `seq` are held (e.g. from an HTTP answer): a reconnect asks for what follows. */
  heldUpTo: (seq: number) => void;
  close: () => void;
}

export function openLiveRoom(base: string, token: string, liveId: string, handlers: LiveRoomHandlers): LiveRoom {
  let socket: WebSocket | null = null;
  let closed = false;
  let lastSeq = 0;
  let retryMs = 500;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    if (closed || typeof WebSocket === 'undefined') return;
    const ws = new WebSocket(wsUrl(base), [WS_PROTOCOL, `${WS_BEARER_PREFIX}${token}`]);
    socket = ws;
    ws.onopen = () => {
      retryMs = 500;
      ws.send(JSON.stringify({ type: 'live.join', liveId, after: lastSeq }));
    };
    ws.onmessage = (message) => {
      const event = parseServerEvent(message);
      if (!event || !('liveId' in event) || event.liveId !== liveId) return;
      if (event.type === 'live.message') {
        if (event.message.seq <= lastSeq) return;
        lastSeq = event.message.seq;
        handlers.onMessage(event.message);
      } else if (event.type === 'live.typing') handlers.onTyping(event.side, event.typing);
      else if (event.type === 'live.joined') handlers.onConnected(true);
      else if (event.type === 'live.refused') handlers.onRefused();
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      handlers.onConnected(false);
      if (closed) return;
      timer = setTimeout(connect, retryMs);
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    };
  };
  connect();

  return {
    typing(on) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'live.typing', liveId, typing: on }));
    },
    heldUpTo(seq) {
      lastSeq = Math.max(lastSeq, seq);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close();
    },
  };
}
