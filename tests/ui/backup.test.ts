import { describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { BackupError, exportAll, mergeBackup } from '@/db/backup';
import { parseBackup } from '@/db/backup-parse';
import { getSession } from '@/db/sessions';
import { endedSession, storeSessions } from './fixtures';

describe('backup export and import', () => {
  it('round-trips sessions, phrases and settings through JSON into an empty database', async () => {
    await storeSessions(endedSession());
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    await db.settings.put({ key: 'traineeName', value: '小王' });
    const text = JSON.stringify(await exportAll());
    await Promise.all(db.tables.map((t) => t.clear()));

    const result = await mergeBackup(parseBackup(text));

    expect(result).toEqual({ sessionsAdded: 1, sessionsUpdated: 0, phrasesAdded: 1 });
    expect(await getSession('s-1')).toEqual(endedSession());
    expect((await db.settings.get('traineeName'))?.value).toBe('小王');
  });

  it('merges without duplicates when the same file is imported twice', async () => {
    await storeSessions(endedSession());
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    const backup = parseBackup(JSON.stringify(await exportAll()));

    const again = await mergeBackup(backup);

    expect(again).toEqual({ sessionsAdded: 0, sessionsUpdated: 0, phrasesAdded: 0 });
    expect(await db.sessions.count()).toBe(1);
    expect(await db.phrases.count()).toBe(1);
  });

  it('keeps the newer copy of a session and skips a phrase with the same text', async () => {
    await storeSessions(endedSession({ updatedAt: 100 }));
    await db.phrases.put({ id: 'p1', text: '亲，您好~', createdAt: 1 });
    const file = {
      ...(await exportAll()),
      sessions: [endedSession({ updatedAt: 200, outcome: 'no-sale' })],
      phrases: [{ id: 'other', text: '亲，您好~', createdAt: 2 }],
    };

    const result = await mergeBackup(parseBackup(JSON.stringify(file)));

    expect(result).toEqual({ sessionsAdded: 0, sessionsUpdated: 1, phrasesAdded: 0 });
    expect((await getSession('s-1'))?.outcome).toBe('no-sale');
  });

  it('includes an in-memory session that storage refused, replacing its stale stored copy', async () => {
    await storeSessions(endedSession({ status: 'active', turns: [] }));

    const backup = await exportAll([endedSession()]);

    expect(backup.sessions).toHaveLength(1);
    expect(backup.sessions[0]?.turns).toHaveLength(2);
  });

  it('imports a file exported before the storage split, turns and snapshot included', async () => {
    // Written by the version-1 app: the export format has not changed with the storage layout.
    const old = `{"format":"peilian-backup","version":1,"exportedAt":1767578400000,"sessions":[{"id":"old-1","scenarioId":"complaint",
      "scenarioTitle":"投诉的顾客","variant":"hard","seed":3,"trainee":"小张","startedAt":1767578000000,"updatedAt":1767578300000,
      "status":"active","outcome":null,"turns":[{"role":"buyer","text":"我的快递怎么还没到？","at":1767578000000},
      {"role":"agent","text":"亲，非常抱歉，我马上帮您查一下","at":1767578010000}],"snapshot":{"value":"waiting","context":{"mood":40}}}],
      "phrases":[],"settings":[]}`;

    const result = await mergeBackup(parseBackup(old));

    expect(result.sessionsAdded).toBe(1);
    const restored = await getSession('old-1');
    expect(restored?.turns.map((t) => t.text)).toEqual(['我的快递怎么还没到？', '亲，非常抱歉，我马上帮您查一下']);
    expect(restored?.snapshot).toEqual({ value: 'waiting', context: { mood: 40 } });
    expect((await db.sessions.get('old-1'))?.turnCount).toBe(2);
  });

  it.each([
    ['not json {', '不是有效的 JSON'],
    ['{"hello":1}', '不是陪练导出的数据文件'],
    ['{"format":"peilian-backup","version":1,"exportedAt":1,"sessions":[{"id":""}],"phrases":[],"settings":[]}', '位置：sessions.0'],
  ])('rejects a bad file with a Chinese message: %s', (text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });
});
