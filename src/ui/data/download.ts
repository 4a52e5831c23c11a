import { exportAll } from '@/db/backup';
import type { SessionRecord } from '@/db/records';

export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `peilian-backup-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}

/** Saves everything as one JSON file through the browser's download (nothing leaves the machine); says the file's name and how many chats it holds. */
export async function downloadBackup(extra: SessionRecord[] = []): Promise<{ fileName: string; sessions: number }> {
  const backup = await exportAll(extra);
  const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  const fileName = backupFileName();
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { fileName, sessions: backup.sessions.length };
}
