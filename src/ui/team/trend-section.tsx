// The trend card: day or week buckets from the server, for the team or one person.
import { useState } from 'react';
import { TrendSchema } from '@/server/api-contract';
import type { MembershipRecord } from '@/db/team-records';
import { useTeamQuery } from '@/ui/team/use-team-query';
import { TrendChart } from '@/ui/team/trend-chart';

export function Trends({ membership, memberId }: { membership: MembershipRecord; memberId: string | null }) {
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const days = bucket === 'day' ? 30 : 26 * 7;
  // Rounded to the hour, so a re-render does not make a new query string.
  const since = Math.floor((Date.now() - days * 86_400_000) / 3_600_000) * 3_600_000;
  // Days start at this browser's midnight, not UTC's (China is UTC+8).
  const query = new URLSearchParams({ bucket, since: String(since), tzOffset: String(-new Date().getTimezoneOffset()) });
  if (memberId) query.set('memberId', memberId);
  const trend = useTeamQuery(membership, `/api/team/trends?${query}`, TrendSchema);
  return (
    <section className="card" aria-label="趋势">
      <div className="history-head">
        <h2>趋势</h2>
        <label>
          按
          <select value={bucket} onChange={(e) => setBucket(e.target.value === 'week' ? 'week' : 'day')} aria-label="时间粒度">
            <option value="day">天（最近 30 天）</option>
            <option value="week">周（最近半年）</option>
          </select>
        </label>
      </div>
      {trend.error && <p className="banner banner-error" role="alert">{trend.error}</p>}
      {trend.data && <TrendChart trend={trend.data} from={since} to={Date.now()} />}
    </section>
  );
}
