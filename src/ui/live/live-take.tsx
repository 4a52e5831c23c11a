// The trainee's side of a live session: the ordinary workbench — a buyer's card that tells
// nothing (一位买家正在等待), the lines the mentor sends arriving live with their typing, the
// shop facts from the server, the reply box (its draft survives a reload). A reload or a dropped
// connection resumes: the page loads what the server holds and the room sends what follows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hrefFor } from '@/app/route';
import { errorText, request } from '@/app/team/api-client';
import type { MembershipRecord } from '@/db/team-records';
import type { Turn } from '@/engine/transcript';
import { TraineeLiveSchema, type TraineeLive, type TraineeLiveMessage } from '@/server/live-contract';
import { useUiStore } from '@/store/ui-store';
import { MessageList } from '@/ui/workbench/message-list';
import { ReplyBox } from '@/ui/workbench/reply-box';
import { SidePanel } from '@/ui/workbench/side-panel';
import { connectionOf } from '@/ui/team/use-team-query';
import { useLiveRoom, useTypingSignal } from '@/ui/live/use-live-room';
import { useServerReply } from '@/ui/team/use-server-reply';

export function LiveTake({ membership, liveId }: { membership: MembershipRecord; liveId: string }) {
  const conn = useMemo(() => connectionOf(membership), [membership]);
  const [live, setLive] = useState<TraineeLive | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/live/${encodeURIComponent(liveId)}`;

  const load = useCallback(() => request(conn, 'GET', path, TraineeLiveSchema), [conn, path]);
  // The end arrives through the room: read the session again for its report state.
  const onMessage = useCallback((m: TraineeLiveMessage) => {
    if (m.kind === 'end') void load().then(setLive, () => undefined);
  }, [load]);
  const room = useLiveRoom<TraineeLiveMessage>(membership, liveId, onMessage);
  const { merge } = room;

  useEffect(() => {
    let on = true;
    load().then(
      (l) => {
        if (!on) return;
        setLive(l);
        merge(l.messages);
      },
      (e: unknown) => on && setError(errorText(e)),
    );
    return () => {
      on = false;
    };
  }, [load, merge]);

  const draftKey = `live-${liveId}`;
  const draft = useUiStore((s) => s.drafts[draftKey]?.text ?? '');
  useTypingSignal(draft, room.sendTyping);

  const { send, sending } = useServerReply({
    draftKey,
    post: (text) => request(conn, 'POST', `${path}/reply`, TraineeLiveSchema, { text }),
    onSent: (l) => {
      setLive(l);
      merge(l.messages);
    },
    setError,
  });

  if (!live) return error ? <p className="error card" role="alert">{error}</p> : <p className="loading">正在进入真人扮演…</p>;
  const ended = live.status === 'ended' || room.messages.some((m) => m.kind === 'end');
  const turns: Turn[] = room.messages.filter((m) => m.kind === 'buyer' || m.kind === 'agent').map((m) => ({ role: m.kind === 'buyer' ? 'buyer' : 'agent', text: m.text, at: m.at }));

  if (ended) {
    return (
      <section className="card exam-done" role="status">
        <h1>真人扮演已结束</h1>
        <p>{live.mentorName} 老师扮演的买家已离开：辛苦了。</p>
        {live.reportVersion !== null ? (
          <a className="button primary" href={hrefFor({ name: 'exam-report', attemptId: live.id })}>
            查看成绩单
          </a>
        ) : (
          <p className="muted">导师审阅签字后，你可以在“考试”里查看成绩单。</p>
        )}
        <MessageList turns={turns} typing={false} buyerName="买家" />
      </section>
    );
  }

  return (
    <div className="workbench exam-workbench live-workbench">
      <aside className="pane pane-left" aria-label="接待中">
        <h2 className="pane-title">真人扮演</h2>
        <div className="contact active">
          <span className="avatar" aria-hidden="true">
            客
          </span>
          <div>
            <strong>一位买家正在等待</strong>
            <small>{live.mentorName} 老师扮演</small>
          </div>
        </div>
        <p className={`live-connection${room.connected ? '' : ' offline'}`} role="status" aria-label="连接状态">
          {room.connected ? '已连接' : '正在重新连接…'}
        </p>
      </aside>
      <section className="pane pane-chat" aria-label="对话">
        <header className="chat-head">
          <strong>买家</strong>
          <span className="muted">
            {live.shop.name} · {live.shop.product.name}
          </span>
        </header>
        <MessageList turns={turns} typing={room.typing.buyer} buyerName="买家" />
        {error && <p className="error" role="alert">{error}</p>}
        <ReplyBox sessionId={draftKey} disabled={sending} onSend={send} />
      </section>
      <SidePanel shop={live.shop} sessionId={draftKey} />
    </div>
  );
}
