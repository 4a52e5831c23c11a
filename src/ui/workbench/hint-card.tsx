import type { Hint } from '@/ui/workbench/use-chat';

/** A gentle note after a flagged reply, only in practice mode. */
export function HintCard({ hint }: { hint: Hint }) {
  return (
    <aside className="hint-card" aria-label="练习提示">
      <strong>小提示</strong>
      {hint.items.map((item, i) => (
        <p key={i}>
          {item.title}：{item.why}
          {item.better && <span className="better">可以试试：“{item.better}”</span>}
        </p>
      ))}
      {hint.coaching && <p>{hint.coaching}</p>}
    </aside>
  );
}
