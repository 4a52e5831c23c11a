// Commands that run once and exit (all but the server and its team tools) are tuned for a short
// life: see main.ts (zod's schema compiler) and launch.ts (V8's optimizing compiler).
export const isOneShot = (command: string | undefined): boolean => command !== 'serve' && command !== 'team';
