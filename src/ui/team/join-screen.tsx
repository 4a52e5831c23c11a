// Opening an invite link: what it is (team, role), a name and for leads the team PIN, then
// this browser joins: the device token and the server's address go into Dexie.
import { useEffect, useState, type FormEvent } from 'react';
import type { InvitePreview, JoinRequest, JoinResponse } from '@/server/api-contract';
import { NameSchema, PinSchema } from '@/server/api-contract';
import { hrefFor } from '@/app/route';
import { errorText, ServerRefused } from '@/app/team/api-client';
import { baseOf, deviceLabel, joinTeam, previewInvite } from '@/app/team/join-team';
import { getSetting, TRAINEE_NAME } from '@/db/settings';
import { ROLE_LABELS } from '@/ui/team/role-labels';
import { useMembership } from '@/ui/team/use-membership';

function inviteError(e: unknown): string {
  if (e instanceof ServerRefused && e.status === 401) return '这个邀请链接无效：可能已经用过、已过期或已被作废。请向组长要一个新的链接。';
  return errorText(e);
}

export default function JoinScreen({ code }: { code: string }) {
  const base = baseOf(window.location.href);
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<JoinResponse | null>(null);

  useEffect(() => {
    let live = true;
    previewInvite(base, code).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(inviteError(e)),
    );
    return () => {
      live = false;
    };
  }, [base, code]);

  if (joined) return <Joined joined={joined} />;
  if (error && !preview) return <p className="card banner-error" role="alert">{error}</p>;
  if (!preview) return <p className="loading">正在读取邀请…</p>;
  return <JoinForm base={base} code={code} preview={preview} onJoined={setJoined} />;
}

function JoinForm({ base, code, preview, onJoined }: { base: string; code: string; preview: InvitePreview; onJoined: (j: JoinResponse) => void }) {
  const current = useMembership();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getSetting(TRAINEE_NAME).then((n) => n && setName((old) => old || n));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body: JoinRequest = { deviceLabel: deviceLabel(navigator.userAgent) };
    if (!preview.member) {
      const parsed = NameSchema.safeParse(name);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '请填写名字');
      body.name = parsed.data;
    }
    if (preview.pin !== 'none') {
      if (!PinSchema.safeParse(pin).success) return setError('PIN 为 4–12 位数字');
      if (preview.pin === 'set' && pin !== pin2) return setError('两次输入的 PIN 不一致');
      body.pin = pin;
    }
    setBusy(true);
    setError(null);
    try {
      onJoined(await joinTeam(base, code, body));
    } catch (err) {
      setError(inviteError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card join" aria-label="加入团队" onSubmit={(e) => void submit(e)}>
      <h1>加入团队「{preview.team.name}」</h1>
      <p>
        身份：<strong>{ROLE_LABELS[preview.role]}</strong>
        {preview.member && <>（{preview.member.name} 的另一台电脑）</>}
      </p>
      <p className="muted">
        加入后，这台电脑上的练习记录（包括以前的）会同步到团队服务器 {base}，
        {preview.role === 'trainee' ? '组长和导师可以看到你的练习和报告。' : '你可以查看团队的练习情况。'}
        没有网络时照常练习，恢复后自动补传。
      </p>
      {current && (
        <p className="banner banner-error">
          这台电脑已经加入了「{current.team.name}」（{ROLE_LABELS[current.member.role]}：{current.member.name}）。继续将改为新的团队身份。
        </p>
      )}
      {!preview.member && (
        <label>
          你的名字
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoComplete="name" />
        </label>
      )}
      {preview.pin !== 'none' && (
        <label>
          {preview.pin === 'set' ? '设置团队 PIN（4–12 位数字，组长在新电脑登录时使用）' : '团队 PIN'}
          <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" type="password" autoComplete="off" />
        </label>
      )}
      {preview.pin === 'set' && (
        <label>
          再输入一次 PIN
          <input value={pin2} onChange={(e) => setPin2(e.target.value)} inputMode="numeric" type="password" autoComplete="off" />
        </label>
      )}
      {error && <p className="banner banner-error" role="alert">{error}</p>}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? '正在加入…' : '加入团队'}
      </button>
    </form>
  );
}

export function Joined({ joined }: { joined: JoinResponse }) {
  const lead = joined.member.role !== 'trainee';
  return (
    <section className="card join" aria-label="已加入团队">
      <h1>已加入团队「{joined.team.name}」</h1>
      <p>
        {joined.member.name}，你的身份是<strong>{ROLE_LABELS[joined.member.role]}</strong>。练习记录会自动同步，顶栏显示同步状态。
      </p>
      <p className="report-actions">
        <a className="button primary" href={hrefFor({ name: 'home' })}>开始练习</a>
        {lead && <a className="button" href={hrefFor({ name: 'team' })}>查看团队</a>}
        {joined.member.role === 'lead' && <a className="button" href={hrefFor({ name: 'invites' })}>邀请成员</a>}
      </p>
    </section>
  );
}
