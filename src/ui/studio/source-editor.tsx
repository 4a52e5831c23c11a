// The scenario text with line numbers, the lines with errors or warnings marked in the gutter
// and behind the text. A plain textarea (no editor dependency): lines never wrap, so line N
// always sits at the same height in the text, the gutter and the marks.
import { useEffect, useRef, useState, type DragEvent } from 'react';

/** Pixels per line; the CSS of .editor uses the same number. */
export const LINE_HEIGHT = 20;
const PADDING = 8;

export interface Jump {
  line: number;
  column: number;
  /** A new object per request: jumping to the same place twice still moves the caret. */
  at: number;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  marks: Map<number, 'error' | 'warning'>;
  jump: Jump | null;
  onDropFile: (file: File) => void;
}

export function SourceEditor({ value, onChange, marks, jump, onDropFile }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [dragging, setDragging] = useState(false);
  const count = value.split('\n').length;

  useEffect(() => {
    const el = area.current;
    if (!jump || !el) return;
    const lines = el.value.split('\n');
    const offset = lines.slice(0, jump.line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, jump.column - 1);
    el.focus();
    el.setSelectionRange(offset, offset + (lines[jump.line - 1]?.length ?? 0) - Math.max(0, jump.column - 1));
    el.scrollTop = Math.max(0, (jump.line - 1) * LINE_HEIGHT - el.clientHeight / 2);
  }, [jump]);

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onDropFile(file);
  };

  return (
    <div
      className={`editor${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <div className="editor-gutter" aria-hidden="true">
        <div style={{ transform: `translateY(${PADDING - scroll.top}px)` }}>
          {Array.from({ length: count }, (_, i) => {
            const mark = marks.get(i + 1);
            return (
              <span key={i} className={mark ? `mark-${mark}` : undefined} title={mark ? `第 ${i + 1} 行：${mark === 'error' ? '错误' : '警告'}` : undefined}>
                {i + 1}
              </span>
            );
          })}
        </div>
      </div>
      <div className="editor-body">
        <div className="editor-marks" aria-hidden="true" style={{ transform: `translateY(${-scroll.top}px)` }}>
          {[...marks].map(([line, mark]) => (
            <div key={line} className={`line-mark mark-${mark}`} style={{ top: PADDING + (line - 1) * LINE_HEIGHT }} />
          ))}
        </div>
        <textarea
          ref={area}
          aria-label="剧本文件内容"
          spellCheck={false}
          wrap="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
        />
      </div>
      {dragging && <p className="drop-hint">松开鼠标，打开这个剧本文件</p>}
    </div>
  );
}
