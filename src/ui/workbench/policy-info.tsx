import type { ShopFacts } from '@/ui/workbench/product-info';

export function PolicyInfo({ shop }: { shop: ShopFacts }) {
  const { shipping, invoice, returns, cod } = shop;
  return (
    <div className="info">
      <section aria-label="物流">
        <h4>物流</h4>
        <p>
          付款后 {shipping.dispatchHours} 小时内发货，{shipping.courier}
          {shipping.arrivalDays ? `，一般 ${shipping.arrivalDays[0]}–${shipping.arrivalDays[1]} 天送达` : ''}
        </p>
        <p>{shipping.freeShipping ? '包邮' : '不包邮'}{shipping.excludedRegions?.length ? `（${shipping.excludedRegions.join('、')}除外）` : ''}</p>
        {shipping.note && <p className="muted">{shipping.note}</p>}
        <p>货到付款：{cod ? '支持' : '不支持'}</p>
      </section>
      <section aria-label="发票">
        <h4>发票</h4>
        <p>{invoice.available ? '可开具发票（免费）' : '不开发票'}</p>
        {invoice.note && <p className="muted">{invoice.note}</p>}
      </section>
      <section aria-label="退换货">
        <h4>退换货</h4>
        <p>{returns.noReason7Days ? '支持七天无理由退换货' : '不支持七天无理由'}</p>
        {returns.shippingInsurance !== undefined && <p>运费险：{returns.shippingInsurance ? '有' : '无'}</p>}
        {returns.conditions && <p>{returns.conditions}</p>}
        {returns.note && <p className="muted">{returns.note}</p>}
      </section>
    </div>
  );
}
