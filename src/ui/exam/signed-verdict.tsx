// The signed verdict beside an attempt in the staff's exam lists: 通过/未通过, the mentor's
// total, who signed and when. Nothing is shown until the attempt has a signed version.
import { formatDateTime } from '@/app/labels';
import type { SignedBrief } from '@/server/exam-contract';

export function SignedVerdict({ signed }: { signed: SignedBrief | undefined }) {
  if (!signed) return null;
  const by = signed.by.name || '导师';
  return (
    <span className={`signed-verdict verdict-${signed.verdict}`}>
      {signed.verdict === 'pass' ? '通过' : '未通过'} · {signed.total}分 · {by}签字 {formatDateTime(signed.at)}
      {signed.version > 1 ? `（第${signed.version}版）` : ''}
    </span>
  );
}
