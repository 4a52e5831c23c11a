import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * A screen that throws (e.g. a stored chat whose buyer file has since changed shape) shows
 * what went wrong instead of a blank page; the rest of the app stays usable.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="card" role="alert">
        <h2>这个页面出错了</h2>
        <p>{this.state.error.message}</p>
        <p>
          你的记录仍保存在浏览器里，可以到 <a href="#/data">数据</a> 页导出备份，或 <a href="#/">返回买家列表</a>。
        </p>
      </div>
    );
  }
}
