// A reading kept per key in a bounded table, emptied when full: a scenario's buyer says the same
// few lines (and a chat names the same few prices) in every chat, and several readers of one reply
// ask for the same reading of them. The table never grows past `limit`; a key seen again after it
// was emptied is simply read again.
export function boundedTable<K, V>(limit: number, read: (key: K) => V): (key: K) => V {
  const table = new Map<K, V>();
  return (key) => {
    // One lookup for a reading kept (only an undefined reading needs the second).
    const kept = table.get(key);
    if (kept !== undefined || table.has(key)) return kept as V;
    const value = read(key);
    if (table.size >= limit) table.clear();
    table.set(key, value);
    return value;
  };
}
