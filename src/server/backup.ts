// A consistent copy of the SQLite file while the server runs: VACUUM INTO from a second
// connection reads one snapshot (WAL mode lets the server keep writing meanwhile) and writes a
// compact file, which is then opened and checked before the command reports success.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Sqlite from 'libsql';
import { SQLITE_FILE } from '@/server/db/open';

export interface BackupResult {
  file: string;
  bytes: number;
  teams: number;
  sessions: number;
  messages: number;
}

export class BackupError extends Error {}

export function backupSqlite(dataDir: string, out: string): BackupResult {
  const source = resolve(join(dataDir, SQLITE_FILE));
  const target = resolve(out);
  if (!existsSync(source)) throw new BackupError(`没有找到数据库文件 ${source}`);
  if (existsSync(target)) throw new BackupError(`备份文件已存在，不会覆盖：${target}`);
  mkdirSync(dirname(target), { recursive: true });
  const db = new Sqlite(source, { readonly: false });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run([target]);
  } finally {
    db.close();
  }
  const copy = new Sqlite(target, { readonly: true });
  try {
    const check = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (check[0]?.integrity_check !== 'ok') throw new BackupError(`备份文件校验失败：${JSON.stringify(check).slice(0, 200)}`);
    const count = (table: string) => Number((copy.prepare(`SELECT count(*) AS n FROM ${table}`).get([]) as { n: number }).n);
    const bytes = Number((copy.prepare('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()').get([]) as { n: number }).n);
    return { file: target, bytes, teams: count('teams'), sessions: count('sessions'), messages: count('messages') };
  } finally {
    copy.close();
  }
}
