// Export, import and delete. Import validates the whole file first and merges without
// duplicates, so importing the same backup twice is harmless.
import { useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BackupError, mergeBackup } from '@/db/backup';
import { parseBackup } from '@/db/backup-parse';
import { clearEverything } from '@/db/sessions';
import { db } from '@/db/db';
import { phraseLibrary } from '@/db/phrases';
import { downloadBackup } from '@/ui/data/download';
import { importSummary } from '@/ui/data/import-summary';
import { pendingSessions } from '@/ui/pending-sessions';
import { useUiStore } from '@/store/ui-store';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export default function DataScreen() {
  // The phrases her 话术库 lists (base and her own, edits counted once, removed ones not), not
  // the rows of her layer: an edit or a removal of a base phrase is a row but no new phrase.
  const counts = useLiveQuery(async () => ({ sessions: await db.sessions.count(), phrases: (await phraseLibrary()).phrases.length }), [], undefined);
  const [notice, setNotice] = useState<Notice>(null);

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const backup = parseBackup(await file.text());
      const r = await mergeBackup(backup);
      setNotice({ kind: 'ok', text: importSummary(r) });
    } catch (err) {
      setNotice({ kind: 'error', text: err instanceof BackupError ? err.message : `导入失败：${err instanceof Error ? err.message : String(err)}` });
    }
  };

  // Turns IndexedDB has not committed go in the file too.
  const exportAll = async () => {
    const saved = await downloadBackup(pendingSessions());
    useUiStore.getState().markExported(Date.now());
    setNotice({ kind: 'ok', text: `已导出 ${saved.sessions} 条对话，文件 ${saved.fileName} 在浏览器的下载文件夹里。` });
  };

  const onClear = async () => {
    if (!window.confirm('确定删除全部对话、快捷短语和设置吗？建议先导出备份。删除后无法恢复。')) return;
    await clearEverything();
    for (const id of Object.keys(useUiStore.getState().unsaved)) useUiStore.getState().dropUnsaved(id);
    setNotice({ kind: 'ok', text: '已删除全部数据。' });
  };

  return (
    <div className="data">
      <section className="card">
        <h1>数据管理</h1>
        <p>
          所有记录只保存在这台电脑的浏览器里
          {counts ? `：${counts.sessions} 条对话，${counts.phrases} 条快捷短语` : ''}。换电脑或清理浏览器前，请先导出。
        </p>
        {notice && (
          <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'banner banner-error' : 'banner banner-ok'}>
            {notice.text}
          </p>
        )}
      </section>
      <section className="card">
        <h2>导出</h2>
        <p>把全部对话、快捷短语和设置保存为一个 JSON 文件。</p>
        <button type="button" className="primary" onClick={() => void exportAll()}>
          导出全部数据
        </button>
      </section>
      <section className="card">
        <h2>导入</h2>
        <p>选择之前导出的文件。已有的记录不会重复；文件中更完整的对话会补上新的消息，本机已有的消息不会被删掉或改写。本机的学员姓名保持不变。</p>
        <label className="file-input">
          选择备份文件
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
      </section>
      <section className="card">
        <h2>删除</h2>
        <p>单条对话可以在“历史与进步”里删除。</p>
        <button type="button" className="danger" onClick={() => void onClear()}>
          删除全部数据
        </button>
      </section>
    </div>
  );
}
