// Export of everything to one JSON document and import back. Import validates the whole
// file before writing anything, and merges: a record already here is kept unless the
// file holds a newer version of it, so importing the same file twice changes nothing.
import { z } from 'zod';
import { db } from '@/db/db';
import type { PhraseRecord, SessionRecord, SettingRecord } from '@/db/records';
import { OUTCOME_KINDS } from '@/engine/vocabulary';

export const BACKUP_FORMAT = 'peilian-backup';
export const BACKUP_VERSION = 1;

const turnSchema = z.looseObject({
  role: z.enum(['buyer', 'agent']),
  text: z.string(),
  at: z.number().optional(),
});

const summarySchema = z.object({
  tone: z.number(),
  compliance: z.number(),
  conversion: z.number(),
  total: z.number(),
  passed: z.boolean(),
  pointsDeducted: z.number(),
});

const sessionSchema = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioTitle: z.string(),
  variant: z.string(),
  seed: z.number(),
  trainee: z.string(),
  startedAt: z.number(),
  updatedAt: z.number(),
  status: z.enum(['active', 'ended']),
  outcome: z.enum(OUTCOME_KINDS).nullable(),
  turns: z.array(turnSchema),
  snapshot: z.unknown(),
  summary: summarySchema.optional(),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  sessions: z.array(sessionSchema),
  phrases: z.array(z.object({ id: z.string().min(1), text: z.string().min(1), createdAt: z.number() })),
  settings: z.array(z.object({ key: z.string().min(1), value: z.string() })),
});

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

/**
 * Everything in the database; `extra` sessions (a chat held only in memory after a failed
 * write) replace their stored copies so the export is never older than the screen.
 */
export async function exportAll(extra: SessionRecord[] = []): Promise<Backup> {
  let sessions: SessionRecord[] = [];
  let phrases: PhraseRecord[] = [];
  let settings: SettingRecord[] = [];
  try {
    [sessions, phrases, settings] = await Promise.all([db.sessions.toArray(), db.phrases.toArray(), db.settings.toArray()]);
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

export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('文件不是有效的 JSON，无法导入。请选择从“数据”页导出的文件。');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('这不是陪练导出的数据文件，无法导入。');
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw new BackupError(`数据文件内容有误${where ? `（位置：${where}）` : ''}，没有导入任何内容。`);
  }
  return parsed.data as Backup;
}

export async function mergeBackup(backup: Backup): Promise<MergeResult> {
  const result: MergeResult = { sessionsAdded: 0, sessionsUpdated: 0, phrasesAdded: 0 };
  await db.transaction('rw', db.sessions, db.phrases, db.settings, async () => {
    for (const incoming of backup.sessions) {
      const existing = await db.sessions.get(incoming.id);
      if (!existing) {
        await db.sessions.add(incoming);
        result.sessionsAdded += 1;
      } else if (incoming.updatedAt > existing.updatedAt) {
        await db.sessions.put(incoming);
        result.sessionsUpdated += 1;
      }
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
