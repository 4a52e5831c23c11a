import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addPhrase, deletePhrase, listPhrases, updatePhrase } from '@/db/phrases';
import type { PhraseRecord } from '@/db/records';
import { useUiStore } from '@/store/ui-store';

/** The trainee's own canned replies (快捷短语): one click puts one into the reply box. */
export function QuickPhrases({ sessionId }: { sessionId: string }) {
  const phrases = useLiveQuery(listPhrases, [], []);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const draft = useUiStore((s) => s.drafts[sessionId]?.text ?? '');
  const setDraft = useUiStore((s) => s.setDraft);

  const save = async () => {
    try {
      if (await addPhrase(text)) setText('');
    } catch {
      setError('短语保存失败：浏览器存储不可用');
    }
  };

  return (
    <div className="phrases">
      <ul aria-label="快捷短语">
        {phrases.map((p) => (
          <PhraseRow key={p.id} phrase={p} onInsert={() => setDraft(sessionId, draft ? `${draft}${p.text}` : p.text)} />
        ))}
      </ul>
      {phrases.length === 0 && <p className="muted">还没有快捷短语。把常用的话存下来，一键插入回复框。</p>}
      <label className="stack">
        新短语
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
      </label>
      <button type="button" onClick={() => void save()} disabled={text.trim() === ''}>
        保存短语
      </button>
      {error && <p role="alert" className="error-text">{error}</p>}
    </div>
  );
}

function PhraseRow({ phrase, onInsert }: { phrase: PhraseRecord; onInsert: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(phrase.text);
  if (editing) {
    return (
      <li className="phrase editing">
        <label className="stack">
          编辑短语
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </label>
        <button
          type="button"
          onClick={() => {
            void updatePhrase(phrase.id, text).then(() => setEditing(false));
          }}
        >
          保存修改
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          取消
        </button>
      </li>
    );
  }
  return (
    <li className="phrase">
      <button type="button" className="phrase-text" onClick={onInsert} title="插入到回复框" aria-label={`插入：${phrase.text}`}>
        {phrase.text}
      </button>
      <span className="phrase-actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={`编辑：${phrase.text}`}>
          编辑
        </button>
        <button type="button" onClick={() => void deletePhrase(phrase.id)} aria-label={`删除：${phrase.text}`}>
          删除
        </button>
      </span>
    </li>
  );
}
