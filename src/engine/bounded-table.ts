// A reading kept per key in a bounded table, emptied when full: a scenario's buyer says the same
// few lines (and a chat names the same few prices) in every chat, and several readers of one reply
// ask for the same reading of them. The table never grows past `limit`; a key seen again after it
// was emptied is simply read again.
export function boundedTable<K, V>(limit: number, read: (key: K) => V): (key: K) => V {
  const table = new Map<K, V>();
  // The key asked last and its reading: the readers of one reply ask for the same line one after
  // another, and a comparison costs less than a Map lookup (the same key, so the same reading).
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  let hasLast = false;
  return (key) => {
    if (hasLast && key === lastKey) return lastValue as V;
    // One lookup for a reading kept (only an undefined reading needs the second).
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      value = read(key);
      if (table.size >= limit) table.clear();
      table.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    hasLast = true;
    return value as V;
  };
}
