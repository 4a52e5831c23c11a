// The trainer's studio: write a buyer (open, drop or type a scenario file), see what the
// checker says as you type, see her as a graph, try her with an inspector, save her in this
// browser for practice and export her back to a file. No command line needed.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { checkSource, markedLines, type SourceCheck } from '@/app/studio-check';
import { isBuiltIn } from '@/app/trainer-catalog';
import { hrefFor } from '@/app/route';
import { getTrainerBuyer, saveTrainerBuyer } from '@/db/trainer-buyers';
import { useUiStore } from '@/store/ui-store';
import { SourceEditor, type Jump } from '@/ui/studio/source-editor';
import { IssueList } from '@/ui/studio/issue-list';
import { BuyerGraphView } from '@/ui/studio/buyer-graph';
import { PlaytestPanel } from '@/ui/studio/playtest';
import { MyBuyers } from '@/ui/studio/my-buyers';
import { TeamPublish } from '@/ui/studio/team-publish';
import { usePlaytest } from '@/ui/studio/use-playtest';
import { downloadText } from '@/ui/studio/download-text';
import { NEW_FILE, TEMPLATE } from '@/ui/studio/template';
import '@/styles/studio.css';

/** Typing pauses this long before the file is checked again. */
export const CHECK_DELAY_MS = 250;
/** Scenario files are a few kilobytes; anything this large is not one. */
const MAX_FILE_BYTES = 1_000_000;

interface Doc {
  file: string;
  source: string;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

function parseDraft(text: string | undefined): Doc | null {
  if (!text) return null;
  try {
    const d = JSON.parse(text) as Partial<Doc>;
    return typeof d.file === 'string' && typeof d.source === 'string' ? { file: d.file, source: d.source } : null;
  } catch {
    return null;
  }
}

function safeCheck(doc: Doc): SourceCheck {
  try {
    return checkSource(doc.source, doc.file);
  } catch (e) {
    const message = `检查时出了意外的错误：${e instanceof Error ? e.message : String(e)}`;
    return { file: doc.file, errors: [{ code: 'file-unreadable', severity: 'error', file: doc.file, line: 1, column: 1, path: '', message, hint: '把文件和这条消息一起发给维护者。' }], warnings: [] };
  }
}

export default function StudioScreen({ buyerId }: { buyerId?: string | undefined }) {
  const [savedId, setSavedId] = useState<string | undefined>(buyerId);
  const draftKey = `studio:${savedId ?? 'new'}`;
  const setDraft = useUiStore((s) => s.setDraft);
  const clearDraft = useUiStore((s) => s.clearDraft);
  const [doc, setDoc] = useState<Doc | null>(null);
  const [check, setCheck] = useState<SourceCheck | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [jump, setJump] = useState<Jump | null>(null);
  const playtest = usePlaytest();
  const fileInput = useRef<HTMLInputElement>(null);

  // Unsaved edits win over the stored buyer: nothing typed is lost by a reload.
  useEffect(() => {
    let live = true;
    const draft = parseDraft(useUiStore.getState().drafts[`studio:${buyerId ?? 'new'}`]?.text);
    if (draft) setDoc(draft);
    else if (!buyerId) setDoc({ file: NEW_FILE, source: TEMPLATE });
    else
      void getTrainerBuyer(buyerId).then((record) => {
        if (!live) return;
        if (record) setDoc({ file: record.file, source: record.source });
        else {
          setNotice({ kind: 'error', text: `找不到自编买家“${buyerId}”，可能已被删除。下面是一份新文件。` });
          setDoc({ file: NEW_FILE, source: TEMPLATE });
        }
      });
    return () => {
      live = false;
    };
  }, [buyerId]);

  useEffect(() => {
    if (!doc) return;
    const id = setTimeout(() => setCheck(safeCheck(doc)), check === null ? 0 : CHECK_DELAY_MS);
    return () => clearTimeout(id);
    // Only a new text or file name is checked again; `check` decides the first run only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);

  if (!doc) return <p className="loading">加载剧本…</p>;

  const edit = (next: Doc) => {
    setDoc(next);
    setDraft(draftKey, JSON.stringify(next));
  };

  const openFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setNotice({ kind: 'error', text: `“${file.name}”太大（${Math.round(file.size / 1024)} KB），不像是剧本文件。` });
      return;
    }
    const source = await file.text();
    edit({ file: file.name, source });
    setNotice({ kind: 'ok', text: `已打开 ${file.name}。` });
  };
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void openFile(file);
  };
  const newFile = () => {
    if (doc.source !== TEMPLATE && !window.confirm('换成一份新文件？没保存、没导出的修改会丢失。')) return;
    edit({ file: NEW_FILE, source: TEMPLATE });
    setNotice(null);
  };
  const save = async () => {
    // The text as it is now, not the last debounced check: a click may come before it ran.
    const current = safeCheck(doc);
    setCheck(current);
    const scenario = current.scenario;
    if (!scenario) {
      setNotice({ kind: 'error', text: '文件还有格式错误，改好后才能保存（检查结果里列出了每一处）。' });
      return;
    }
    if (isBuiltIn(scenario.id)) {
      setNotice({ kind: 'error', text: `编号“${scenario.id}”是内置买家的编号，请换一个 id（并让文件名一致）再保存。` });
      return;
    }
    try {
      const record = await saveTrainerBuyer({ id: scenario.id, file: doc.file, source: doc.source, title: scenario.title });
      clearDraft(draftKey);
      setSavedId(record.id);
      window.history.replaceState(null, '', hrefFor({ name: 'studio', id: record.id }));
      const more = current.errors.length > 0 ? `注意：还有 ${current.errors.length} 个检查错误，学员练习时可能会走进死胡同。` : '';
      setNotice({ kind: 'ok', text: `已保存“${scenario.title}”（第 ${record.revision} 版），买家列表里可以练习了。${more}` });
    } catch (e) {
      setNotice({ kind: 'error', text: `保存失败（浏览器存储不可用）：${e instanceof Error ? e.message : String(e)}。请先导出文件，以免丢失。` });
    }
  };

  const scenario = check?.scenario;
  return (
    <div className="studio">
      <section className="card studio-head">
        <h1>剧本工坊</h1>
        <p className="muted">写一位买家：打开或拖入 YAML 剧本文件，或直接在下面修改。边写边检查（和命令行 peilian check 一样），看状态图，马上试玩。</p>
        <div className="toolbar">
          <button type="button" onClick={newFile}>
            新建
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            打开文件
          </button>
          <input ref={fileInput} type="file" accept=".yaml,.yml,text/yaml" hidden onChange={onPick} aria-label="选择剧本文件" />
          <label>
            文件名
            <input value={doc.file} onChange={(e) => edit({ ...doc, file: e.target.value })} aria-label="文件名" />
          </label>
          <button type="button" className="primary" onClick={() => void save()} disabled={!scenario}>
            保存到本机
          </button>
          <button type="button" onClick={() => downloadText(doc.file || NEW_FILE, doc.source)}>
            导出文件
          </button>
        </div>
        {notice && (
          <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'banner banner-error' : 'banner banner-ok'}>
            {notice.text}
          </p>
        )}
      </section>
      <div className="studio-edit">
        <SourceEditor value={doc.source} onChange={(source) => edit({ ...doc, source })} marks={check ? markedLines(check) : new Map()} jump={jump} onDropFile={(f) => void openFile(f)} />
        {check ? <IssueList errors={check.errors} warnings={check.warnings} onPick={(i) => setJump({ line: i.line, column: i.column, at: Date.now() })} /> : <p className="loading">检查中…</p>}
      </div>
      {check?.graph && <BuyerGraphView graph={check.graph} {...(playtest.play && playtest.play.scenario === scenario ? { current: playtest.play.state } : {})} />}
      {scenario ? <PlaytestPanel scenario={scenario} playtest={playtest} /> : <p className="card muted">文件能加载（没有格式错误）后，就能在这里试玩。</p>}
      <TeamPublish doc={doc} check={check} />
      <MyBuyers />
    </div>
  );
}
