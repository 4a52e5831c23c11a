import type { BrokenFile } from '@/app/scenario-catalog';

/** Scenario files that failed to load: the trainer sees where and why; the others still work. */
export function BrokenFiles({ files }: { files: BrokenFile[] }) {
  if (files.length === 0) return null;
  return (
    <section className="card broken-files" aria-label="无法加载的剧本">
      <h2>以下剧本文件有错误，暂时不能使用</h2>
      {files.map((f) => (
        <div key={f.file}>
          <h3>{f.file}</h3>
          <ul>
            {f.errors.map((e, i) => (
              <li key={i}>
                <code>
                  {f.file}
                  {e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : ''} {e.code}
                </code>{' '}
                {e.message}
                {e.path ? `（字段：${e.path}）` : ''}
                {e.hint ? <span className="hint-text"> 提示：{e.hint}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
