// WebSocket rooms: a socket is in the rooms its viewer may hear (team:<id> for a lead,
// member:<id> for itself and, for a mentor, each assigned trainee, device:<id>). Events are
// published to room names; the bus carries them to every server process. A socket's rooms are
// worked out again when an assignment it hears about changes (a mentor given a trainee after
// connecting hears that trainee's events from then on).
import type { WebSocket } from 'ws';
import type { ServerEvent } from '@/server/api-contract';
import type { Bus, RoomMessage } from '@/server/ws/bus';

export interface Rooms {
  /** `onAssignment`: called when the socket hears that an assignment changed (its rooms may have). */
  join(socket: WebSocket, rooms: readonly string[], onAssignment?: () => void): void;
  /** Adds rooms to a socket already joined (a live session's room, on request). */
  add(socket: WebSocket, rooms: readonly string[]): void;
  /** Puts an open socket into these viewer rooms instead of its old ones (rooms it was `add`ed to stay). */
  rejoin(socket: WebSocket, rooms: readonly string[]): void;
  leave(socket: WebSocket): void;
  publish(rooms: readonly string[], event: ServerEvent): Promise<void>;
  /** Sockets currently open (for tests and the log). */
  size(): number;
  close(): Promise<void>;
}

export async function createRooms(bus: Bus): Promise<Rooms> {
  const members = new Map<string, Set<WebSocket>>();
  const joined = new Map<WebSocket, readonly string[]>();
  const onAssignment = new Map<WebSocket, () => void>();
  /** Rooms asked for after joining (live sessions): kept when the viewer rooms are worked out again. */
  const extra = new Map<WebSocket, readonly string[]>();

  const put = (socket: WebSocket, rooms: readonly string[]) => {
    joined.set(socket, rooms);
    for (const room of rooms) {
      let set = members.get(room);
      if (!set) members.set(room, (set = new Set()));
      set.add(socket);
    }
  };
  const remove = (socket: WebSocket) => {
    for (const room of joined.get(socket) ?? []) {
      const set = members.get(room);
      set?.delete(socket);
      if (set && !set.size) members.delete(room);
    }
    joined.delete(socket);
  };

  function deliver({ rooms, event }: RoomMessage) {
    const targets = new Set<WebSocket>();
    for (const room of rooms) for (const socket of members.get(room) ?? []) targets.add(socket);
    const data = JSON.stringify(event);
    for (const socket of targets) if (socket.readyState === socket.OPEN) socket.send(data);
    if (event.type === 'revoked') for (const socket of targets) socket.close(4401, 'revoked');
    if (event.type === 'team' && event.change === 'assignment') for (const socket of targets) onAssignment.get(socket)?.();
  }

  await bus.start(deliver);

  return {
    join(socket, rooms, changed) {
      put(socket, rooms);
      if (changed) onAssignment.set(socket, changed);
    },
    rejoin(socket, rooms) {
      if (!joined.has(socket)) return;
      const kept = extra.get(socket) ?? [];
      remove(socket);
      put(socket, [...new Set([...rooms, ...kept])]);
    },
    add(socket, rooms) {
      const had = joined.get(socket);
      if (!had) return;
      const fresh = rooms.filter((r) => !had.includes(r));
      extra.set(socket, [...(extra.get(socket) ?? []), ...fresh]);
      joined.set(socket, [...had, ...fresh]);
      for (const room of fresh) {
        let set = members.get(room);
        if (!set) members.set(room, (set = new Set()));
        set.add(socket);
      }
    },
    leave(socket) {
      remove(socket);
      onAssignment.delete(socket);
      extra.delete(socket);
    },
    publish(rooms, event) {
      return bus.publish({ rooms: [...rooms], event });
    },
    size: () => joined.size,
    async close() {
      for (const socket of joined.keys()) socket.close(1001, 'server stopping');
      members.clear();
      joined.clear();
      onAssignment.clear();
      extra.clear();
      await bus.close();
    },
  };
}
