// A rule's line in the team's lists: platform rules say the points they cost, tone rules (graded,
// no platform points) say they count towards 服务态度 instead of 扣0分.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RuleList } from '@/ui/team/rule-list';
import { deductionLabel } from '@/app/labels';

describe('RuleList', () => {
  it('shows platform points, and no 扣0分 for a tone rule', () => {
    render(
      <RuleList
        rules={[
          { rule: 'off-platform', count: 2, sessions: 1, points: 12 },
          { rule: 'tone-cold', count: 3, sessions: 2, points: 0 },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('扣12分');
    expect(items[1]).toContain('计入服务态度分');
    expect(items.join('')).not.toContain('扣0分');
  });

  it('labels one item the same way', () => {
    expect(deductionLabel(6)).toBe('扣6分');
    expect(deductionLabel(0)).toBe('计入服务态度分');
  });
});
