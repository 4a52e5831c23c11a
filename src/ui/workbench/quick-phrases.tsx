// The workbench's quick phrases (快捷短语): the trainee's 话术库 by group; one click puts a
// phrase into the reply box (after what is already typed). The whole library is edited here or
// on the 话术库 screen.
import { PhraseList } from '@/ui/phrases/phrase-list';
import { hrefFor } from '@/app/route';
import { useUiStore } from '@/store/ui-store';

export function QuickPhrases({ sessionId }: { sessionId: string }) {
  const draft = useUiStore((s) => s.drafts[sessionId]?.text ?? '');
  const setDraft = useUiStore((s) => s.setDraft);
  return (
    <>
      <PhraseList onInsert={(text) => setDraft(sessionId, draft ? `${draft}${text}` : text)} />
      <p className="muted">
        <a href={hrefFor({ name: 'phrases' })}>管理话术库</a>（恢复默认、团队话术库）
      </p>
    </>
  );
}
