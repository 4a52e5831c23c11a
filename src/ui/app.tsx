// The app shell: top bar, storage banner and the screen of the current hash route. The shell
// is the whole first download (React, routing, the banner's zustand store); every screen,
// and with them Dexie, the scenario loader and the buyer engine, is a lazy chunk.
import { lazy, Suspense } from 'react';
import { useRoute, hrefFor, type Route } from '@/app/route';
import { StorageBanner } from '@/ui/storage-banner';
import { ErrorBoundary } from '@/ui/error-boundary';
import * as screens from '@/ui/screens';

const { Component: HomeScreen } = screens.HomeScreen;
const { Component: WorkbenchScreen } = screens.WorkbenchScreen;
const { Component: ReportScreen } = screens.ReportScreen;
const { Component: HistoryScreen } = screens.HistoryScreen;
const { Component: DataScreen } = screens.DataScreen;
const { Component: PhrasesScreen } = screens.PhrasesScreen;
const { Component: StudioScreen } = screens.StudioScreen;
const { Component: JoinScreen } = screens.JoinScreen;
const { Component: TeamScreen } = screens.TeamScreen;
const { Component: MemberScreen } = screens.MemberScreen;
const { Component: TeamSessionScreen } = screens.TeamSessionScreen;
const { Component: InvitesScreen } = screens.InvitesScreen;
const { Component: PinLoginScreen } = screens.PinLoginScreen;
const { Component: ExamsScreen } = screens.ExamsScreen;
const { Component: ExamComposeScreen } = screens.ExamComposeScreen;
const { Component: ExamTakeScreen } = screens.ExamTakeScreen;
const { Component: ExamReviewScreen } = screens.ExamReviewScreen;
const { Component: ExamReportScreen } = screens.ExamReportScreen;
const { Component: ExamLeadScreen } = screens.ExamLeadScreen;
const { Component: LiveScreen } = screens.LiveScreen;
const { Component: LiveSessionScreen } = screens.LiveSessionScreen;
const { Component: LiveReplayScreen } = screens.LiveReplayScreen;
// The badge reads the name from IndexedDB: it arrives with Dexie, after the shell has drawn.
const TraineeBadge = lazy(() => import('@/ui/home/trainee-badge'));
// The team links and the sync status, for a browser that joined a team server (and nothing else).
const TeamBar = lazy(() => import('@/ui/team/team-bar'));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'chat':
      return <WorkbenchScreen key={route.id} sessionId={route.id} />;
    case 'report':
      return <ReportScreen key={route.id} sessionId={route.id} />;
    case 'history':
      return <HistoryScreen scenarioId={route.scenarioId} />;
    case 'data':
      return <DataScreen />;
    case 'phrases':
      return <PhrasesScreen />;
    case 'studio':
      return <StudioScreen key={route.id ?? ''} buyerId={route.id} />;
    case 'join':
      return <JoinScreen key={route.code} code={route.code} />;
    case 'team':
      return <TeamScreen />;
    case 'member':
      return <MemberScreen key={route.memberId} memberId={route.memberId} />;
    case 'team-session':
      return <TeamSessionScreen key={route.sessionId} memberId={route.memberId} sessionId={route.sessionId} />;
    case 'invites':
      return <InvitesScreen />;
    case 'pin-login':
      return <PinLoginScreen />;
    case 'exams':
      return <ExamsScreen />;
    case 'exam-compose':
      return <ExamComposeScreen />;
    case 'exam-take':
      return <ExamTakeScreen key={route.examId} examId={route.examId} />;
    case 'exam-review':
      return <ExamReviewScreen key={route.attemptId} attemptId={route.attemptId} />;
    case 'exam-report':
      return <ExamReportScreen key={route.attemptId} attemptId={route.attemptId} />;
    case 'exam-lead':
      return <ExamLeadScreen />;
    case 'live':
      return <LiveScreen />;
    case 'live-session':
      return <LiveSessionScreen key={route.liveId} liveId={route.liveId} />;
    case 'live-replay':
      return <LiveReplayScreen key={route.liveId} liveId={route.liveId} />;
  }
}

const NAV: { label: string; route: Route }[] = [
  { label: '买家列表', route: { name: 'home' } },
  { label: '历史与进步', route: { name: 'history' } },
  { label: '话术库', route: { name: 'phrases' } },
  { label: '数据', route: { name: 'data' } },
  { label: '剧本工坊', route: { name: 'studio' } },
];

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="brand-mark">陪</span>
          <span>陪练 · 客服工作台</span>
        </a>
        <nav aria-label="主导航">
          {NAV.map((item) => (
            <a key={item.label} href={hrefFor(item.route)} aria-current={item.route.name === route.name ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <Suspense fallback={null}>
          <TeamBar route={route.name} />
        </Suspense>
        <Suspense fallback={null}>
          <TraineeBadge />
        </Suspense>
      </header>
      <StorageBanner />
      <main className="screen">
        <ErrorBoundary resetKey={window.location.hash}>
          <Suspense fallback={<p className="loading">加载中…</p>}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
