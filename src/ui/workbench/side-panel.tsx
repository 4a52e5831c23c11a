import type { ShopFacts } from '@/ui/workbench/product-info';
import { useUiStore } from '@/store/ui-store';
import type { SideTab } from '@/store/panels-slice';
import { ProductInfo } from '@/ui/workbench/product-info';
import { PolicyInfo } from '@/ui/workbench/policy-info';
import { QuickPhrases } from '@/ui/workbench/quick-phrases';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'product', label: '商品' },
  { id: 'policy', label: '物流与售后' },
  { id: 'phrases', label: '快捷短语' },
];

/** `shop`: the scenario's shop in practice; in an exam the server's facts (no floor). */
export function SidePanel({ shop, sessionId }: { shop: ShopFacts; sessionId: string }) {
  const tab = useUiStore((s) => s.sideTab);
  const setTab = useUiStore((s) => s.setSideTab);
  return (
    <aside className="pane pane-side" aria-label="资料">
      <div role="tablist" className="tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-body">
        {tab === 'product' && <ProductInfo shop={shop} />}
        {tab === 'policy' && <PolicyInfo shop={shop} />}
        {tab === 'phrases' && <QuickPhrases sessionId={sessionId} />}
      </div>
    </aside>
  );
}
