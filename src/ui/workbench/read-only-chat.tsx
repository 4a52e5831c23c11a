import { useLiveQuery } from 'dexie-react-hooks';
import { getSession } from '@/db/sessions';
import { MessageList } from '@/ui/workbench/message-list';
import type { ViewerReason } from '@/ui/workbench/use-chat-ownership';

const NOTICE: Record<ViewerReason, string> = {
  'other-tab': '这段对话正在另一个标签页中进行。为免两边同时回复把对话弄乱，这里只能查看，不能发送。',
  'taken-over': '这段对话已在另一个标签页中继续，这里改为只能查看。',
  'moved-on': '这段对话已在别处（另一个标签页）往下进行了，这里的回复不能再接着写，改为只能查看。',
  deleted: '这段对话已被删除。',
};

/** A chat another tab writes: the stored conversation, kept current, and the way to take it over. */
export function ReadOnlyChat({ sessionId, reason, onTakeOver }: { sessionId: string; reason: ViewerReason; onTakeOver: () => void }) {
  const record = useLiveQuery(() => getSession(sessionId), [sessionId]);
  return (
    <div className="workbench read-only">
      <section className="pane pane-chat" aria-label="对话（只读）">
        <div className="banner banner-warn" role="alert">
          <span>{NOTICE[reason]}</span>
          {reason !== 'deleted' && (
            <button type="button" className="primary" onClick={onTakeOver}>
              在这个标签页继续
            </button>
          )}
          <a className="button" href="#/">
            返回买家列表
          </a>
        </div>
        {record && <MessageList turns={record.turns} typing={false} buyerName={record.scenarioTitle} />}
      </section>
    </div>
  );
}
