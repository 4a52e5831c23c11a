import type { MergeResult } from '@/db/backup';

/** What an import did, in the trainee's words: added, updated, left as it was and why. */
export function importSummary(r: MergeResult): string {
  const parts = [`导入完成：新增 ${r.sessionsAdded} 条对话，更新 ${r.sessionsUpdated} 条（备份中有更多消息或更新的状态），新增 ${r.phrasesAdded} 条快捷短语。`];
  if (r.sessionsUnchanged > 0) parts.push(`${r.sessionsUnchanged} 条对话与本机相同或比本机旧，未改动。`);
  for (const k of r.sessionsKept) {
    parts.push(
      k.reason === 'fewer-turns'
        ? `“${k.title}”保留本机的版本：备份中只有 ${k.fileTurns} 条消息，本机有 ${k.storedTurns} 条，导入不会删掉已有的消息。`
        : `“${k.title}”保留本机的版本：备份中的消息与本机的不一致（备份 ${k.fileTurns} 条，本机 ${k.storedTurns} 条），导入不会覆盖已有的消息。`,
    );
  }
  if (r.trainee && 'kept' in r.trainee) parts.push(`学员姓名仍是本机的“${r.trainee.kept}”，没有改成备份中的“${r.trainee.fileName}”。`);
  if (r.trainee && 'adopted' in r.trainee) parts.push(`本机还没有学员姓名，已使用备份中的“${r.trainee.adopted}”。`);
  return parts.join('');
}
