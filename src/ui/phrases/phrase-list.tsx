// The 话术库 by group (售前 / 售中 / 售后 / 主动营销 / 我的常用): the workbench's quick-phrase
// panel (a click puts a phrase into the reply box) and the 话术库 screen share it. Phrases are
// plain text in buttons and list items, never HTML.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addPhrase, deletePhrase, editPhrase, phraseLibrary, PHRASE_GROUPS, PHRASE_GROUP_LABELS, PHRASE_MAX, type LibraryPhrase } from '@/db/phrases';
import type { PhraseGroup } from '@/db/records';
import { pullTeamPhrases } from '@/app/team/pull-phrases';
import { subscribeTeamEvents } from '@/app/team/team-events';
import { useMembership } from '@/ui/team/use-membership';

const failure = (e: unknown) => (e instanceof Error && e.message.startsWith('短语') ? e.message : '短语保存失败：浏览器存储不可用');

/** While a 话术库 view is open on a joined browser: the team's library now, and again whenever the server says it changed. */
function useTeamLibraryPull(): void {
  const membership = useMembership();
  const base = membership?.base;
  const token = membership?.token;
  const teamId = membership?.team.id;
  useEffect(() => {
    if (!base || !token || !teamId) return;
    // Offline or refused: the library stored last time stays the base.
    const pull = () => void pullTeamPhrases({ base, bearer: token }, teamId).catch(() => undefined);
    pull();
    return subscribeTeamEvents(base, token, (event) => {
      if (event.type === 'phrases') pull();
    });
  }, [base, token, teamId]);
}

export function PhraseList({ onInsert }: { onInsert?: (text: string) => void }) {
  useTeamLibraryPull();
  const library = useLiveQuery(phraseLibrary, []);
  const [group, setGroup] = useState<PhraseGroup>('pre-sale');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!library) return <p className="loading">加载话术库…</p>;
  const shown = library.phrases.filter((p) => p.category === group);

  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (i + step + PHRASE_GROUPS.length) % PHRASE_GROUPS.length;
    setGroup(PHRASE_GROUPS[next]!);
    tabs.current[next]?.focus();
  };

  const save = async () => {
    try {
      if (await addPhrase(text, group)) setText('');
      setError(null);
    } catch (e) {
      setError(failure(e));
    }
  };

  return (
    <div className="phrases">
      <div role="tablist" aria-label="话术分类" className="phrase-groups">
        {PHRASE_GROUPS.map((g, i) => (
          <button
            key={g}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={g === group}
            tabIndex={g === group ? 0 : -1}
            onClick={() => setGroup(g)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {PHRASE_GROUP_LABELS[g]}
          </button>
        ))}
      </div>
      <ul aria-label={`${PHRASE_GROUP_LABELS[group]}话术`}>
        {shown.map((p) => (
          <PhraseRow key={`${p.origin}-${p.key}`} phrase={p} {...(onInsert ? { onInsert: () => onInsert(p.text) } : {})} onError={setError} />
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">这一类还没有短语。把常用的话存下来，一键插入回复框。</p>}
      <label className="stack">
        新短语（{PHRASE_GROUP_LABELS[group]}）
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={PHRASE_MAX} aria-label="新短语" />
      </label>
      <button type="button" onClick={() => void save()} disabled={text.trim() === ''}>
        保存短语
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}

function PhraseRow({ phrase, onInsert, onError }: { phrase: LibraryPhrase; onInsert?: () => void; onError: (e: string | null) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(phrase.text);
  const run = (work: Promise<void>, then?: () => void) =>
    work.then(
      () => {
        onError(null);
        then?.();
      },
      (e: unknown) => onError(failure(e)),
    );
  if (editing) {
    return (
      <li className="phrase editing">
        <label className="stack">
          编辑短语
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={PHRASE_MAX} />
        </label>
        <button type="button" onClick={() => void run(editPhrase(phrase, text), () => setEditing(false))} disabled={text.trim() === ''}>
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
      {onInsert ? (
        <button type="button" className="phrase-text" onClick={onInsert} title="插入到回复框" aria-label={`插入：${phrase.text}`}>
          {phrase.text}
        </button>
      ) : (
        <span className="phrase-text">{phrase.text}</span>
      )}
      {phrase.edited && <small className="muted">（已修改）</small>}
      <span className="phrase-actions">
        <button
          type="button"
          onClick={() => {
            setText(phrase.text);
            setEditing(true);
          }}
          aria-label={`编辑：${phrase.text}`}
        >
          编辑
        </button>
        <button type="button" onClick={() => void run(deletePhrase(phrase))} aria-label={`删除：${phrase.text}`}>
          删除
        </button>
      </span>
    </li>
  );
}
