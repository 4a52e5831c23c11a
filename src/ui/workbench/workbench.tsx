// The three panes of the 千牛-like workbench: who is waiting, the conversation with the
// reply box, and what an agent looks up while answering.
import type { Scenario } from '@/engine/scenario/schema';
import type { Buyer } from '@/engine/session';
import type { SessionRecord } from '@/db/records';
import { navigate } from '@/app/route';
import { outcomeLabel } from '@/app/labels';
import { useUiStore } from '@/store/ui-store';
import { useChat, type ChatWriter } from '@/ui/workbench/use-chat';
import { MessageList } from '@/ui/workbench/message-list';
import { ReplyBox } from '@/ui/workbench/reply-box';
import { SidePanel } from '@/ui/workbench/side-panel';
import { WaitTimer } from '@/ui/workbench/wait-timer';
import { HintCard } from '@/ui/workbench/hint-card';
import { variantOptions } from '@/ui/home/scenario-card';
import { replyWithin } from '@/engine/score/weights';
import { shopInPlay } from '@/engine/scenario/effective';

interface Props {
  initial: SessionRecord;
  scenario: Scenario;
  buyer: Buyer;
  writer?: ChatWriter;
}

export function Workbench({ initial, scenario, buyer, writer }: Props) {
  const chat = useChat(initial, scenario, buyer, writer);
  const hintsOn = useUiStore((s) => s.hintsOn);
  const setHintsOn = useUiStore((s) => s.setHintsOn);
  const { record } = chat;
  const variantLabel = variantOptions(scenario).find((o) => o.id === record.variant)?.label;

  const endChat = async () => {
    await chat.end();
    navigate({ name: 'report', id: record.id });
  };

  return (
    <div className="workbench">
      <aside className="pane pane-left" aria-label="接待中">
        <h2 className="pane-title">接待中</h2>
        <div className="contact active">
          <span className="avatar" aria-hidden="true">{scenario.persona.name.slice(0, 1)}</span>
          <div>
            <strong>{scenario.persona.name}</strong>
            <small>{scenario.title}</small>
            {variantLabel && <small>性格：{variantLabel}</small>}
          </div>
        </div>
        <WaitTimer waited={chat.waited} within={replyWithin(!record.turns.some((t) => t.role === 'agent'))} limit={chat.timeoutSeconds} />
        <label className="toggle">
          <input type="checkbox" checked={hintsOn} onChange={(e) => setHintsOn(e.target.checked)} />
          练习提示
        </label>
        {hintsOn && <p className="mood">买家情绪：{chat.mood}/100</p>}
        <button type="button" className="danger" onClick={() => void endChat()}>
          {chat.ended ? '查看报告' : '结束会话'}
        </button>
      </aside>
      <section className="pane pane-chat" aria-label="对话">
        <header className="chat-head">
          <strong>{scenario.persona.name}</strong>
          <span className="muted">{scenario.shop.name ?? '本店'} · {scenario.shop.product.name}</span>
        </header>
        <MessageList turns={record.turns.slice(0, chat.visible)} typing={chat.typing} buyerName={scenario.persona.name} />
        {hintsOn && chat.hint && <HintCard hint={chat.hint} />}
        {chat.ended && !chat.typing ? (
          <div className="ended-bar" role="status">
            会话已结束：{outcomeLabel(record.outcome)}
            <button type="button" className="primary" onClick={() => navigate({ name: 'report', id: record.id })}>
              查看报告
            </button>
          </div>
        ) : (
          <>
            {chat.closing && !chat.typing && (
              <p className="closing-bar" role="status">
                买家已做决定：{outcomeLabel(record.outcome)}。回一句结束语（道谢、确认她刚问的事），发出后会话结束。
              </p>
            )}
            <ReplyBox sessionId={record.id} disabled={chat.ended} onSend={chat.send} />
          </>
        )}
      </section>
      <SidePanel shop={shopInPlay(scenario, record.variant)} sessionId={record.id} />
    </div>
  );
}
