// Export of everything to one JSON document and import back (parsing: backup-parse.ts).
// Import merges: a record already here is kept unless the file holds a newer version of it,
// so importing the same file twice changes nothing.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import type { MessageRecord, PhraseRecord, SessionRecord, SessionRow, SettingRecord, SnapshotRecord } from '@/db/records';
import { messagesOf, rowOf } from '@/db/records';
import { isPrefix } from '@/db/reconcile';
import { TRAINEE_NAME } from '@/db/settings';
import type { Turn } from '@/engine/transcript';

export const BACKUP_FORMAT = 'peilian-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  sessions: SessionRecord[];
  phrases: PhraseRecord[];
  settings: SettingRecord[];
}

/** Why an imported chat was left as stored here. */
export type KeptReason = 'fewer-turns' | 'diverged';

export interface MergeResult {
  sessionsAdded: number;
  /** Stored chats the file continued (more turns) or brought a later state of (ended, graded). */
  sessionsUpdated: number;
  /** Chats of the file the same as here, or an older state of them. */
  sessionsUnchanged: number;
  /** Chats of the file that would have cut or replaced stored turns: the stored ones stay. */
  sessionsKept: { id: string; title: string; reason: KeptReason; fileTurns: number; storedTurns: number }[];
  phrasesAdded: number;
  /** The trainee's name: this browser's kept over the file's, or the file's taken where none was set. */
  trainee: { kept: string; fileName: string } | { adopted: string } | null;
}

/** A bad import file; the message is for the trainee, in Chinese. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Rows, messages (in key order, so grouped by session and in turn order) and snapshots joined back. */
function join(rows: SessionRow[], messages: MessageRecord[], snapshots: SnapshotRecord[]): SessionRecord[] {
  const turns = new Map<string, Turn[]>();
  for (const m of messages) {
    const list = turns.get(m.sessionId);
    if (list) list.push(m.turn);
    else turns.set(m.sessionId, [m.turn]);
  }
  const snaps = new Map(snapshots.map((s) => [s.sessionId, s.snapshot]));
  return rows.map(({ turnCount: _count, ...row }) => ({ ...row, turns: turns.get(row.id) ?? [], snapshot: snaps.get(row.id) ?? null }));
}

/**
 * The stored chats with `extra` ones (turns IndexedDB has not committed) laid over them: an
 * extra chat that continues its stored copy replaces it, one the stored copy already holds is
 * dropped, and one that went another way is exported beside it as a copy, so nothing is lost.
 */
function withExtra(sessions: SessionRecord[], extra: SessionRecord[]): SessionRecord[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const s of extra) {
    const stored = byId.get(s.id);
    if (!stored || isPrefix(stored.turns, s.turns)) byId.set(s.id, s);
    else if (!isPrefix(s.turns, stored.turns)) byId.set(`${s.id}-unsaved`, { ...s, id: `${s.id}-unsaved`, scenarioTitle: `${s.scenarioTitle}（未保存的副本）` });
  }
  return [...byId.values()];
}

/** Everything in the database, with the chats whose latest turns are still only on screen. */
export async function exportAll(extra: SessionRecord[] = []): Promise<Backup> {
  let sessions: SessionRecord[] = [];
  let phrases: PhraseRecord[] = [];
  let settings: SettingRecord[] = [];
  try {
    await db.transaction('r', [db.sessions, db.messages, db.snapshots, db.phrases, db.settings], async () => {
      const [rows, messages, snapshots] = await Promise.all([db.sessions.toArray(), db.messages.toArray(), db.snapshots.toArray()]);
      sessions = join(rows, messages, snapshots);
      [phrases, settings] = await Promise.all([db.phrases.toArray(), db.settings.toArray()]);
    });
  } catch {
    // Storage is broken: export at least what is in memory.
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: Date.now(),
    sessions: withExtra(sessions, extra).sort((a, b) => a.startedAt - b.startedAt),
    phrases,
    settings,
  };
}

/**
 * Merges a backup into the database. A stored message is never removed or changed: a chat of
 * the file is taken only where it continues the stored one (more turns, or a later state of the
 * same turns); a file copy with fewer or different turns leaves the stored chat as it is, and
 * the result says so. Local settings win: a colleague's file must not rename this trainee.
 */
export async function mergeBackup(backup: Backup): Promise<MergeResult> {
  const result: MergeResult = { sessionsAdded: 0, sessionsUpdated: 0, sessionsUnchanged: 0, sessionsKept: [], phrasesAdded: 0, trainee: null };
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.phrases, db.settings], async () => {
    for (const incoming of backup.sessions) {
      const row = await db.sessions.get(incoming.id);
      if (!row) {
        await db.messages.bulkPut(messagesOf(incoming));
        await db.snapshots.put({ sessionId: incoming.id, snapshot: incoming.snapshot ?? null });
        await db.sessions.put(rowOf(incoming));
        result.sessionsAdded += 1;
        continue;
      }
      const stored = (await db.messages.where('[sessionId+index]').between([incoming.id, Dexie.minKey], [incoming.id, Dexie.maxKey], true, true).toArray()).map((m) => m.turn);
      const kept = { id: incoming.id, title: row.scenarioTitle, fileTurns: incoming.turns.length, storedTurns: stored.length };
      if (!isPrefix(stored, incoming.turns)) {
        result.sessionsKept.push({ ...kept, reason: isPrefix(incoming.turns, stored) ? 'fewer-turns' : 'diverged' });
        continue;
      }
      const longer = incoming.turns.length > stored.length;
      if (!longer && incoming.updatedAt <= row.updatedAt) {
        result.sessionsUnchanged += 1;
        continue;
      }
      await db.messages.bulkPut(messagesOf(incoming, stored.length));
      await db.snapshots.put({ sessionId: incoming.id, snapshot: incoming.snapshot ?? null });
      await db.sessions.put(rowOf(incoming));
      result.sessionsUpdated += 1;
    }
    const phrases = await db.phrases.toArray();
    const ids = new Set(phrases.map((p) => p.id));
    const texts = new Set(phrases.map((p) => p.text));
    const bases = new Set(phrases.flatMap((p) => (p.baseId ? [p.baseId] : [])));
    for (const p of backup.phrases) {
      // One edit per base phrase: the one already here wins, as for sessions.
      if (ids.has(p.id) || texts.has(p.text) || (p.baseId && bases.has(p.baseId))) continue;
      await db.phrases.add({ ...p, category: p.category ?? 'mine' });
      ids.add(p.id);
      texts.add(p.text);
      result.phrasesAdded += 1;
    }
    for (const s of backup.settings) {
      const local = await db.settings.get(s.key);
      if (!local) await db.settings.put(s);
      if (s.key !== TRAINEE_NAME) continue;
      if (!local) result.trainee = { adopted: s.value };
      else if (local.value !== s.value) result.trainee = { kept: local.value, fileName: s.value };
    }
  });
  return result;
}
