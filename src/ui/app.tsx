// The app shell: top bar, storage banner and the screen of the current hash route.
// Screens other than home and workbench are lazy chunks: the first load carries only those two.
import { lazy, Suspense } from 'react';
import { useRoute, hrefFor, type Route } from '@/app/route';
import { HomeScreen } from '@/ui/home/home-screen';
import { WorkbenchScreen } from '@/ui/workbench/workbench-screen';
import { StorageBanner } from '@/ui/storage-banner';
import { TraineeBadge } from '@/ui/home/trainee-badge';
import { ErrorBoundary } from '@/ui/error-boundary';

const HistoryScreen = lazy(() => import('@/ui/history/history-screen'));
const DataScreen = lazy(() => import('@/ui/data/data-screen'));
const ReportScreen = lazy(() => import('@/ui/report/report-screen'));

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
  }
}

const NAV: { label: string; route: Route }[] = [
  { label: '买家列表', route: { name: 'home' } },
  { label: '历史与进步', route: { name: 'history' } },
  { label: '数据', route: { name: 'data' } },
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
        <TraineeBadge />
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
