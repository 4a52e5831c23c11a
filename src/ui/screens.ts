// The screens as lazy chunks that can also be fetched before the first render. main.tsx
// preloads the screen of the URL being opened, so the first render draws it at once: a
// React.lazy that suspends on the first render shows its fallback and then holds the real
// screen back for React's minimum reveal time (300 ms), even when the chunk was already there.
import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';
import type { Route } from '@/app/route';

interface Screen<P extends object> {
  Component: FunctionComponent<P>;
  preload: () => Promise<void>;
}

function screen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Screen<P> {
  let ready: ComponentType<P> | null = null;
  const loadOnce = () =>
    load().then((m) => {
      ready = m.default;
      return m;
    });
  const Lazy = lazy(loadOnce);
  // Chosen once per mount: switching from the lazy wrapper to the loaded type later would
  // remount the screen and lose its state.
  const Component = (props: P) => {
    const [type] = useState(() => (ready ?? Lazy) as ComponentType<P>);
    return createElement(type, props);
  };
  return { Component, preload: () => loadOnce().then(() => undefined) };
}

export const HomeScreen = screen(() => import('@/ui/home/home-screen'));
export const WorkbenchScreen = screen(() => import('@/ui/workbench/workbench-screen'));
export const ReportScreen = screen(() => import('@/ui/report/report-screen'));
export const HistoryScreen = screen(() => import('@/ui/history/history-screen'));
export const DataScreen = screen(() => import('@/ui/data/data-screen'));
export const PhrasesScreen = screen(() => import('@/ui/phrases/phrases-screen'));
export const StudioScreen = screen(() => import('@/ui/studio/studio-screen'));
export const JoinScreen = screen(() => import('@/ui/team/join-screen'));
export const TeamScreen = screen(() => import('@/ui/team/team-screen'));
export const MemberScreen = screen(() => import('@/ui/team/member-screen'));
export const TeamSessionScreen = screen(() => import('@/ui/team/team-session-screen'));
export const InvitesScreen = screen(() => import('@/ui/team/invites-screen'));
export const PinLoginScreen = screen(() => import('@/ui/team/pin-login-screen'));
export const ExamsScreen = screen(() => import('@/ui/exam/exams-screen'));
export const ExamComposeScreen = screen(() => import('@/ui/exam/compose-screen'));
export const ExamTakeScreen = screen(() => import('@/ui/exam/take-screen'));
export const ExamReviewScreen = screen(() => import('@/ui/review/review-screen'));
export const ExamReportScreen = screen(() => import('@/ui/exam/exam-report-screen'));
export const ExamLeadScreen = screen(() => import('@/ui/review/lead-exams-screen'));
export const LiveScreen = screen(() => import('@/ui/live/live-screen'));
export const LiveSessionScreen = screen(() => import('@/ui/live/live-session-screen'));
export const LiveReplayScreen = screen(() => import('@/ui/live/live-replay-screen'));

export function preloadScreen(name: Route['name']): Promise<void> {
  switch (name) {
    case 'home':
      return HomeScreen.preload();
    case 'chat':
      return WorkbenchScreen.preload();
    case 'report':
      return ReportScreen.preload();
    case 'history':
      return HistoryScreen.preload();
    case 'data':
      return DataScreen.preload();
    case 'phrases':
      return PhrasesScreen.preload();
    case 'studio':
      return StudioScreen.preload();
    case 'join':
      return JoinScreen.preload();
    case 'team':
      return TeamScreen.preload();
    case 'member':
      return MemberScreen.preload();
    case 'team-session':
      return TeamSessionScreen.preload();
    case 'invites':
      return InvitesScreen.preload();
    case 'pin-login':
      return PinLoginScreen.preload();
    case 'exams':
      return ExamsScreen.preload();
    case 'exam-compose':
      return ExamComposeScreen.preload();
    case 'exam-take':
      return ExamTakeScreen.preload();
    case 'exam-review':
      return ExamReviewScreen.preload();
    case 'exam-report':
      return ExamReportScreen.preload();
    case 'exam-lead':
      return ExamLeadScreen.preload();
    case 'live':
      return LiveScreen.preload();
    case 'live-session':
      return LiveSessionScreen.preload();
    case 'live-replay':
      return LiveReplayScreen.preload();
  }
}
