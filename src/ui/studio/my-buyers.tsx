// The trainer's buyers stored in this browser: open one in the studio, export it as a file,
// delete it. The home screen offers the same buyers for practice.
import { useLiveQuery } from 'dexie-react-hooks';
import { hrefFor } from '@/app/route';
import { formatDateTime } from '@/app/labels';
import { deleteTrainerBuyer, trainerBuyers } from '@/db/trainer-buyers';
import { downloadText } from '@/ui/studio/download-text';

export function MyBuyers() {
  const buyers = useLiveQuery(trainerBuyers, [], []);
  const remove = async (id: string, title: string) => {
    if (!window.confirm(`确定删除自编买家“${title}”吗？建议先导出文件。已练过的对话记录不受影响。`)) return;
    await deleteTrainerBuyer(id);
  };
  return (
    <section className="card my-buyers" aria-label="我的买家">
      <h2>我的买家（保存在这台电脑的浏览器里）</h2>
      {buyers.length === 0 && <p className="muted">还没有保存过。写好剧本后点「保存到本机」，它就会出现在买家列表里，标着“自编”。</p>}
      <ul>
        {buyers.map((b) => (
          <li key={b.id}>
            <span>
              <strong>{b.title}</strong> <code>{b.id}</code> · 第 {b.revision} 版 · {formatDateTime(b.updatedAt)}
            </span>
            <a className="button" href={hrefFor({ name: 'studio', id: b.id })}>
              编辑
            </a>
            <button type="button" onClick={() => downloadText(b.file, b.source)}>
              导出文件
            </button>
            <button type="button" className="danger" onClick={() => void remove(b.id, b.title)}>
              删除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
