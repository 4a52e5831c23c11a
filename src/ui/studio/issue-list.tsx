// What `peilian check` prints, as a list: FILE:LINE:COL code message, then the hint. Each
// entry takes the trainer to its line in the editor.
import type { ScenarioIssue } from '@/engine/scenario/issues';

interface Props {
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  onPick: (issue: ScenarioIssue) => void;
}

export function IssueList({ errors, warnings, onPick }: Props) {
  const all = [...errors, ...warnings].sort((a, b) => a.line - b.line || a.column - b.column);
  return (
    <section className="card issues" aria-label="检查结果">
      <h2>
        检查结果：
        {errors.length === 0 ? <span className="ok-text">没有错误</span> : <span className="error-text">{errors.length} 个错误</span>}
        {warnings.length > 0 && <span className="warn-text">，{warnings.length} 个警告</span>}
      </h2>
      {all.length === 0 && <p className="muted">和命令行 peilian check 一样：格式、字段、每条路径都检查过了。</p>}
      <ul>
        {all.map((issue, i) => (
          <li key={i} className={`issue issue-${issue.severity}`}>
            <button type="button" className="link" onClick={() => onPick(issue)} title="在编辑区跳到这一行">
              <code>
                {issue.file}:{issue.line}:{issue.column} {issue.code}
                {issue.severity === 'warning' ? ' (警告)' : ''}
              </code>
            </button>{' '}
            <span>{issue.message}</span>
            {issue.path && <span className="muted">（字段：{issue.path}）</span>}
            <span className="hint-text">提示：{issue.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
