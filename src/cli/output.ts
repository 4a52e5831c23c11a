// What the command line prints is safe for a terminal. Text from files and people (a buyer's
// line, a trainee's reply, a chat log) may carry escape codes that recolour, retitle or clear
// the terminal, or bidi overrides that show text backwards; each is printed as a visible
// `\u001b`-style escape instead. Inside a JSON document this spelling means the very same
// character, so `--json` output keeps its meaning and stays valid JSON.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control character (but newline and tab) and bidi control made visible. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Exit quietly when the reader of our output goes away (`peilian play … | head`). */
export function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
