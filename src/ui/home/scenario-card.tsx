import { useState } from 'react';
import type { Scenario } from '@/engine/scenario/schema';
import { VARIANT_FALLBACK_LABELS } from '@/app/labels';
import { hrefFor } from '@/app/route';

export interface VariantOption {
  id: string;
  label: string;
}

/** The persona variants in a stable easy → hard order; a buyer without variants has one default. */
export function variantOptions(scenario: Scenario): VariantOption[] {
  const variants = scenario.persona.variants ?? {};
  const order = ['easy', 'normal', 'hard'];
  const ids = Object.keys(variants).sort((a, b) => {
    const ra = order.indexOf(a) === -1 ? order.length : order.indexOf(a);
    const rb = order.indexOf(b) === -1 ? order.length : order.indexOf(b);
    return ra - rb;
  });
  if (ids.length === 0) return [{ id: '', label: '标准' }];
  return ids.map((id) => ({ id, label: variants[id]?.label ?? VARIANT_FALLBACK_LABELS[id] ?? id }));
}

interface Props {
  scenario: Scenario;
  /** A trainer's own buyer from the studio (marked 自编, with a link back to it). */
  own?: boolean;
  best: number | undefined;
  disabled: boolean;
  onStart: (variant: string) => void;
}

export function ScenarioCard({ scenario, own = false, best, disabled, onStart }: Props) {
  const options = variantOptions(scenario);
  const [variant, setVariant] = useState(options.find((o) => o.id === 'normal')?.id ?? options[0]?.id ?? '');
  const headingId = `scenario-${scenario.id}`;
  return (
    <article className="card scenario-card" aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{scenario.title}</h3>
        <span className="tags">
          <span className="tag">{scenario.category}</span>
          {own && (
            <span className="tag tag-own" title="培训师在剧本工坊里写的买家">
              自编
            </span>
          )}
        </span>
      </header>
      <p className="difficulty" aria-label={`难度 ${scenario.difficulty} / 5`}>
        难度 <span className="stars">{'★'.repeat(scenario.difficulty)}{'☆'.repeat(5 - scenario.difficulty)}</span>
      </p>
      <p className="summary">{scenario.summary}</p>
      <p className="best">{best === undefined ? '还没有练过' : `最好成绩 ${best} 分`}</p>
      <fieldset className="variants">
        <legend>买家性格</legend>
        {options.map((o) => (
          <label key={o.id || 'default'}>
            <input type="radio" name={`variant-${scenario.id}`} value={o.id} checked={variant === o.id} onChange={() => setVariant(o.id)} />
            {o.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={disabled} onClick={() => onStart(variant)} aria-label={`开始：${scenario.title}`}>
        开始接待
      </button>
      {own && (
        <a className="card-link" href={hrefFor({ name: 'studio', id: scenario.id })}>
          在剧本工坊里编辑
        </a>
      )}
    </article>
  );
}
