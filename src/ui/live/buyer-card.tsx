// The buyer the mentor plays: her card (title, summary, persona, variant, what she knows about
// herself) and the shop's facts in full — the mentor may see the floor the trainee may not.
import type { Scenario } from '@/engine/scenario/schema';
import { VARIANT_FALLBACK_LABELS } from '@/app/labels';
import { ProductInfo } from '@/ui/workbench/product-info';
import { PolicyInfo } from '@/ui/workbench/policy-info';

export function BuyerCard({ scenario, variant, trainee }: { scenario: Scenario; variant: string | null; trainee: string }) {
  const { persona } = scenario;
  const v = variant ? persona.variants?.[variant] : undefined;
  const facts = persona.facts ?? {};
  return (
    <section className="buyer-card" aria-label="买家卡片">
      <h2>{scenario.title}</h2>
      <p>{scenario.summary}</p>
      <dl className="facts">
        <dt>学员</dt>
        <dd>{trainee}</dd>
        <dt>买家</dt>
        <dd>
          {persona.name}：{persona.style}
        </dd>
        {variant && (
          <>
            <dt>性格</dt>
            <dd>{v?.label ?? VARIANT_FALLBACK_LABELS[variant] ?? variant}</dd>
          </>
        )}
        {Object.keys(facts).length > 0 && (
          <>
            <dt>她的情况</dt>
            <dd>
              {Object.entries(facts)
                .map(([k, val]) => `${k}：${String(val)}`)
                .join('，')}
            </dd>
          </>
        )}
      </dl>
      <details className="live-shop" open>
        <summary>店铺资料</summary>
        <ProductInfo shop={scenario.shop} />
        <PolicyInfo shop={scenario.shop} />
      </details>
    </section>
  );
}
