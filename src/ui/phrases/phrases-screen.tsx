// 话术库: the trainee's standard replies for 售前, 售中, 售后 and 主动营销 — edit, add, delete,
// restore the defaults. Joined to a team server it shows whose library is the base; a lead or a
// mentor can publish their library to the whole team, or put the team back on the starter one.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { clearLayerInGroups, phraseLibrary, publishable, restoreDefaults } from '@/db/phrases';
import { formatDateTime } from '@/app/labels';
import { errorText, request, requestEmpty } from '@/app/team/api-client';
import { pullTeamPhrases } from '@/app/team/pull-phrases';
import { useMembership } from '@/ui/team/use-membership';
import type { MembershipRecord } from '@/db/team-records';
import { PhraseList } from '@/ui/phrases/phrase-list';
import { z } from 'zod';

export default function PhrasesScreen() {
  const library = useLiveQuery(phraseLibrary, []);
  const membership = useMembership();
  const [notice, setNotice] = useState<string | null>(null);
  if (!library) return <p className="loading">加载话术库…</p>;
  const { base, changedBase } = library;

  const restore = async () => {
    if (!window.confirm(`恢复默认：改过或删掉的 ${changedBase} 条${base.source === 'team' ? '团队' : '入门'}话术恢复原样，你自己新增的短语保留。继续吗？`)) return;
    const n = await restoreDefaults();
    setNotice(`已恢复默认（${n} 条）。`);
  };

  return (
    <div className="phrases-screen">
      <header className="card history-head">
        <h1>话术库</h1>
        <button type="button" onClick={() => void restore()} disabled={changedBase === 0}>
          恢复默认
        </button>
      </header>
      <section className="card" aria-label="话术来源">
        <p>
          {base.source === 'team' && base.team
            ? `当前使用团队话术库（第 ${base.team.version} 版，${base.team.updatedBy || '组长'} 更新于 ${formatDateTime(base.team.updatedAt)}）。`
            : '当前使用入门话术库：售前、售中、售后、主动营销的常用说法，都符合平台规则，可以按你店里的情况修改。'}
          {changedBase > 0 && ` 你改过或删掉了其中 ${changedBase} 条。`}
          你的修改和新增只存在这台电脑上{membership ? '，团队话术库更新时也不会被覆盖' : ''}。
        </p>
        {notice && <p role="status">{notice}</p>}
      </section>
      <section className="card" aria-label="全部话术">
        <PhraseList />
      </section>
      {membership && (membership.member.role === 'lead' || membership.member.role === 'mentor') && <TeamLibrary membership={membership} />}
    </div>
  );
}

function TeamLibrary({ membership }: { membership: MembershipRecord }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const conn = { base: membership.base, bearer: membership.token };

  const publish = async () => {
    const library = await phraseLibrary();
    const phrases = publishable(library);
    if (!window.confirm(`把你现在的 ${phrases.length} 条话术（不含「我的常用」）发布为全队的话术库？每位成员的个人修改会保留。`)) return;
    try {
      const { version } = await request(conn, 'PUT', '/api/team/phrases', z.object({ version: z.number() }), { phrases });
      await pullTeamPhrases(conn, membership.team.id);
      // What was this browser's layer is now the team's base.
      await clearLayerInGroups();
      setStatus({ ok: true, text: `已发布为团队话术库第 ${version} 版，成员的浏览器会自动更新。` });
    } catch (e) {
      setStatus({ ok: false, text: `发布失败：${errorText(e)}` });
    }
  };

  const reset = async () => {
    if (!window.confirm('让全队改回入门话术库？')) return;
    try {
      await requestEmpty(conn, 'DELETE', '/api/team/phrases');
      await pullTeamPhrases(conn, membership.team.id);
      setStatus({ ok: true, text: '全队已改回入门话术库。' });
    } catch (e) {
      setStatus({ ok: false, text: `操作失败：${errorText(e)}` });
    }
  };

  return (
    <section className="card" aria-label="团队话术库">
      <h2>团队话术库</h2>
      <p className="muted">发布后，团队「{membership.team.name}」的每位成员都以这份话术库为底本；他们自己的修改单独保存，不会被覆盖。含违规说法（如引导加微信、保证到货时间）的短语服务器会拒收并指出。</p>
      <div className="actions">
        <button type="button" onClick={() => void publish()}>
          发布为团队话术库
        </button>
        <button type="button" className="secondary" onClick={() => void reset()}>
          全队改回入门话术库
        </button>
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'error-text'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
