// One live session: the trainee's workbench, or the staff's panel (the mentor who opened it
// plays the buyer; others watch).
import { TeamGate } from '@/ui/team/team-gate';
import { LiveTake } from '@/ui/live/live-take';
import { LivePanel } from '@/ui/live/live-panel';

export default function LiveSessionScreen({ liveId }: { liveId: string }) {
  return (
    <TeamGate roles={['trainee', 'mentor', 'lead']}>
      {(m) => (m.member.role === 'trainee' ? <LiveTake membership={m} liveId={liveId} /> : <LivePanel membership={m} liveId={liveId} />)}
    </TeamGate>
  );
}
