// A freshly made invite link, shown once: selectable text and a copy button. The clipboard
// API needs a secure context, which a LAN address is not: fall back to the selection.
import { useRef, useState } from 'react';
import type { InviteCreated } from '@/server/api-contract';
import { formatDateTime } from '@/app/labels';
import { ROLE_LABELS } from '@/ui/team/role-labels';

export function InviteLink({ invite }: { invite: InviteCreated }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    field.current?.select();
    try {
      if (window.isSecureContext && navigator.clipboard) await navigator.clipboard.writeText(invite.url);
      else document.execCommand('copy');
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="invite-link" aria-label="新的邀请链接">
      <p>
        {ROLE_LABELS[invite.role]}邀请链接（只能用一次，{formatDateTime(invite.expiresAt)} 前有效；只显示这一次）：
      </p>
      <input ref={field} readOnly value={invite.url} aria-label="邀请链接" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? '已复制' : '复制'}
      </button>
    </div>
  );
}
