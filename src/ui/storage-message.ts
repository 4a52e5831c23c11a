/** The banner's sentence for a write IndexedDB refused. */
export function storageMessage(error: unknown): string {
  // Duck-typed: a DOMException is not always an Error, and Dexie wraps the browser's error in `inner`.
  const describe = (e: unknown): string => {
    if (typeof e !== 'object' || e === null) return String(e);
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    return `${String(name)} ${String(message)} ${inner ? describe(inner) : ''}`;
  };
  if (/quota/i.test(describe(error))) {
    return '浏览器存储空间已满，最新的对话没能保存。对话仍在本页，请先导出备份，再清理空间。';
  }
  return '保存对话失败（浏览器存储不可用）。对话仍在本页，请先导出备份，以免丢失。';
}
