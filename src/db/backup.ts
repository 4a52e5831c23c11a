// Export of everything to one JSON document and import back (parsing: backup-parse.ts).
// Import merges: a record already here is kept unless the file holds a newer version of it,
// so importing the same file twice changes nothing.
import { Dexie } from 'dexie';
import { db } from '@/db/db';
import type { MessageRecord, PhraseRecord, SessionRecord, SessionRow, SettingRecord, SnapshotRecord } from '@/db/records';
import { messagesOf, rowOf } from '@/db/records';
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

export interface MergeResult {
  sessionsAdded: number;
  sessionsUpdated: number;
  phrasesAdded: number;
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
 * Everything in the database; `extra` sessions (a chat held only in memory after a failed
 * write) replace their stored copies so the export is never older than the screen.
 */
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
  const byId = new Map(sessions.map((s) => [s.id, s]));
  for (const s of extra) byId.set(s.id, s);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: Date.now(),
    sessions: [...byId.values()].sort((a, b) => a.startedAt - b.startedAt),
    phrases,
    settings,
  };
}

export async function mergeBackup(backup: Backup): Promise<MergeResult> {
  const result: MergeResult = { sessionsAdded: 0, sessionsUpdated: 0, phrasesAdded: 0 };
  await db.transaction('rw', [db.sessions, db.messages, db.snapshots, db.phrases, db.settings], async () => {
    for (const incoming of backup.sessions) {
      const existing = await db.sessions.get(incoming.id);
      if (existing && incoming.updatedAt <= existing.updatedAt) continue;
      if (existing) {
        // The stored copy may hold more turns than the newer file (never in practice, but exact is cheap).
        await db.messages.where('[sessionId+index]').between([incoming.id, Dexie.minKey], [incoming.id, Dexie.maxKey], true, true).delete();
        result.sessionsUpdated += 1;
      } else {
        result.sessionsAdded += 1;
      }
      await db.messages.bulkPut(messagesOf(incoming));
      await db.snapshots.put({ sessionId: incoming.id, snapshot: incoming.snapshot ?? null });
      await db.sessions.put(rowOf(incoming));
    }
    const phrases = await db.phrases.toArray();
    const ids = new Set(phrases.map((p) => p.id));
    const texts = new Set(phrases.map((p) => p.text));
    for (const p of backup.phrases) {
      if (ids.has(p.id) || texts.has(p.text)) continue;
      await db.phrases.add(p);
      ids.add(p.id);
      texts.add(p.text);
      result.phrasesAdded += 1;
    }
    for (const s of backup.settings) {
      // Local settings win: importing a colleague's file must not rename this trainee.
      if (!(await db.settings.get(s.key))) await db.settings.put(s);
    }
  });
  return result;
}
