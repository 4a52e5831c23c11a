// 发布到团队: a trainer (mentor) or the lead joined to a team server shares the buyer in the
// editor with the team. The server checks the file again with the same checker and keeps every
// publish as a version (who, when, the text's hash); trainees get the ones published for
// practice in their browser, the exam composer lists them all.
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '@/app/labels';
import { ServerRefused, errorText } from '@/app/team/api-client';
import { listTeamBuyers, publishTeamBuyer } from '@/app/team/team-buyers';
import type { SourceCheck } from '@/app/studio-check';
import type { MembershipRecord } from '@/db/team-records';
import type { Audience, TeamBuyer } from '@/server/team-buyer-contract';
import { connectionOf } from '@/ui/team/use-team-query';
import { useMembership } from '@/ui/team/use-membership';

const AUDIENCE: Record<Audience, string> = { team: '学员可以练习', staff: '只给导师出考试（学员看不到）' };

interface Issue {
  path: string;
  message: string;
  code?: string | undefined;
}

export function TeamPublish({ doc, check }: { doc: { file: string; source: string }; check: SourceCheck | null }) {
  const membership = useMembership();
  if (!membership || membership.member.role === 'trainee') return null;
  return <Publish membership={membership} doc={doc} check={check} />;
}

function Publish({ membership, doc, check }: { membership: MembershipRecord; doc: { file: string; source: string }; check: SourceCheck | null }) {
  const [audience, setAudience] = useState<Audience>('team');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; issues: Issue[] } | null>(null);
  const [shared, setShared] = useState<TeamBuyer[] | null>(null);
  const id = check?.scenario?.id;

  const refresh = useCallback(() => {
    listTeamBuyers(connectionOf(membership)).then(setShared, () => setShared(null));
  }, [membership]);
  useEffect(refresh, [refresh]);

  const publish = async () => {
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      const b = await publishTeamBuyer(connectionOf(membership), doc, audience);
      setNote(`已发布“${b.title}”第 ${b.latest.version} 版（${AUDIENCE[b.latest.audience]}）。`);
      refresh();
    } catch (e) {
      if (e instanceof ServerRefused && e.issues.length > 0) setError({ text: e.headline, issues: e.issues });
      else setError({ text: errorText(e), issues: [] });
    } finally {
      setBusy(false);
    }
  };

  const blocked = !check?.scenario || check.errors.length > 0;
  const mine = shared?.find((b) => b.scenarioId === id);
  return (
    <section className="card team-publish" aria-label="分享给团队">
      <h2>分享给团队「{membership.team.name}」</h2>
      <p className="muted">发布后服务器会再检查一遍；每次发布都是新的一版，记下发布人和时间。学员的浏览器会自动收到“学员可以练习”的版本；出考试时可以选任何一版最新的。</p>
      <div className="toolbar">
        <label>
          谁能用
          <select value={audience} onChange={(e) => setAudience(e.target.value as Audience)} aria-label="谁能用">
            <option value="team">{AUDIENCE.team}</option>
            <option value="staff">{AUDIENCE.staff}</option>
          </select>
        </label>
        <button type="button" className="primary" disabled={busy || blocked} onClick={() => void publish()}>
          发布到团队
        </button>
        {blocked && <span className="muted">检查没有错误后才能发布。</span>}
      </div>
      {note && (
        <p role="status" className="banner banner-ok">
          {note}
        </p>
      )}
      {error && (
        <div role="alert" className="banner banner-error">
          <p>{error.text}</p>
          {error.issues.length > 0 && (
            <ul>
              {error.issues.map((i, n) => (
                <li key={n}>
                  <code>{i.path}</code> {i.code && <code>{i.code}</code>} {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {mine && (
        <table className="team-versions" aria-label="团队里的版本">
          <thead>
            <tr>
              <th>版本</th>
              <th>发布人</th>
              <th>时间</th>
              <th>谁能用</th>
              <th>内容指纹</th>
            </tr>
          </thead>
          <tbody>
            {[...mine.versions].reverse().map((v) => (
              <tr key={v.id}>
                <td>第 {v.version} 版</td>
                <td>{v.publishedByName || '已移出的成员'}</td>
                <td>{formatDateTime(v.publishedAt)}</td>
                <td>{AUDIENCE[v.audience]}</td>
                <td>
                  <code title={v.hash}>{v.hash.slice(0, 12)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
