// Validation of an import file, apart from export and merge so zod loads only when a file is
// actually imported. The file format is the same since version 1 of the database (sessions
// with their turns and snapshot inline), so files exported before the storage split import as is.
import * as z from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type Backup } from '@/db/backup';
import { OUTCOME_KINDS } from '@/engine/vocabulary';

/** The latest time a JavaScript Date can show; a larger number would print as NaN-NaN-NaN. */
const MAX_TIME = 8.64e15;
/** A time in ms since 1970 that is a real date: no 1e300, no negative, no fraction. */
const time = z.number().int().min(0).max(MAX_TIME);
const score = z.number().min(0).max(100);

const turnSchema = z.looseObject({
  role: z.enum(['buyer', 'agent']),
  text: z.string(),
  at: time.optional(),
});

const summarySchema = z.object({
  tone: score,
  compliance: score,
  conversion: score,
  total: score,
  passed: z.boolean(),
  pointsDeducted: z.number().int().min(0).max(1000),
  scorerVersion: z.number().int().min(0).max(1000).optional(),
});

const sessionSchema = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioTitle: z.string(),
  variant: z.string(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  trainee: z.string(),
  startedAt: time,
  updatedAt: time,
  status: z.enum(['active', 'ended']),
  outcome: z.enum(OUTCOME_KINDS).nullable(),
  turns: z.array(turnSchema),
  snapshot: z.unknown(),
  summary: summarySchema.optional(),
  scenarioHash: z.string().optional(),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  sessions: z.array(sessionSchema),
  phrases: z.array(
    z.object({
      id: z.string().min(1),
      text: z.string().min(1),
      createdAt: time,
      // Since Dexie v6 (话术库 groups); older backups have none and land in 我的常用.
      category: z.enum(['pre-sale', 'in-sale', 'after-sale', 'proactive', 'mine']).optional(),
      baseId: z.string().min(1).optional(),
      hidden: z.boolean().optional(),
    }),
  ),
  settings: z.array(z.object({ key: z.string().min(1), value: z.string() })),
});

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
    const what = issue && /At$|^at$/.test(String(issue.path[issue.path.length - 1] ?? '')) ? '日期无效' : '';
    throw new BackupError(`数据文件内容有误${where ? `（位置：${where}${what ? `，${what}` : ''}）` : ''}，没有导入任何内容。`);
  }
  return parsed.data as Backup;
}
