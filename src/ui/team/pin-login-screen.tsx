// A lead back in on a new browser without an invite: the team PIN, checked (and rate-limited)
// by the server that served this page.
import { useState, type FormEvent } from 'react';
import { PinSchema, type JoinResponse } from '@/server/api-contract';
import { errorText, ServerRefused } from '@/app/team/api-client';
import { baseOf, deviceLabel, pinLogin } from '@/app/team/join-team';
import { Joined } from '@/ui/team/join-screen';

export default function PinLoginScreen() {
  const base = baseOf(window.location.href);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<JoinResponse | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!PinSchema.safeParse(pin).success) return setError('PIN 为 4–12 位数字');
    setBusy(true);
    setError(null);
    try {
      setJoined(await pinLogin(base, { pin, deviceLabel: deviceLabel(navigator.userAgent) }));
    } catch (err) {
      setError(err instanceof ServerRefused && err.status === 404 ? '这个地址上没有团队服务器：请打开团队服务器的地址（如 http://192.168.1.20:8787/）。' : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (joined) return <Joined joined={joined} />;
  return (
    <form className="card join" aria-label="组长登录" onSubmit={(e) => void submit(e)}>
      <h1>组长用团队 PIN 登录</h1>
      <p className="muted">服务器 {base}。输错多次会被暂时锁定。</p>
      <label>
        团队 PIN
        <input value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" type="password" autoComplete="off" />
      </label>
      {error && <p className="banner banner-error" role="alert">{error}</p>}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}
