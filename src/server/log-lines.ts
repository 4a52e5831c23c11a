// The server's log: one line per event, written to stderr in batches. stderr is synchronous in
// Node when it is a pipe or a terminal, so one write per request made every request wait for a
// system call (and for the reader, when the pipe was full): under the team load that was a
// tenth of the server's time. Lines are collected and written once per event-loop turn, in
// order, and whatever is left is written on exit.
export interface LineLog {
  (line: string): void;
  /** Writes what is collected now. */
  flush(): void;
}

export function batchedLog(write: (text: string) => void, stamp: () => string = () => new Date().toISOString()): LineLog {
  let lines: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!lines.length) return;
    const text = lines.join('');
    lines = [];
    write(text);
  };
  const log = ((line: string) => {
    lines.push(`${stamp()} ${line}\n`);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }) as LineLog;
  log.flush = flush;
  return log;
}
