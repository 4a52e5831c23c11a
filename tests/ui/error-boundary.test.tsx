import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from '@/ui/error-boundary';

function Broken(): never {
  throw new Error('无法恢复这段对话');
}

describe('error boundary', () => {
  it('shows the error and the way to export instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});

    render(
      <ErrorBoundary resetKey="#/chat/x">
        <Broken />
      </ErrorBoundary>,
    );

    expect(screen.getByRole('heading', { name: '这个页面出错了' })).toBeInTheDocument();
    expect(screen.getByText('无法恢复这段对话')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '数据' })).toHaveAttribute('href', '#/data');
  });
});
