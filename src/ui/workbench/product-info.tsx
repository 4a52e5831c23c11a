import type { ExamShop } from '@/server/exam-contract';

/** The facts an agent looks up. An exam's shop comes without the floor price: then none is shown. */
export type ShopFacts = ExamShop & { product: ExamShop['product'] & { floor?: number } };

/** The sizes and colours the facts list as sold out (雾粉 XL). */
const soldOut = (rows: ShopFacts['product']['stockBy']): string[] =>
  (rows ?? []).filter((r) => r.stock === 0).map((r) => [r.color, r.size].filter((x) => x !== undefined).join(' '));

export function ProductInfo({ shop }: { shop: ShopFacts }) {
  const { product, sizes, offers, related } = shop;
  return (
    <div className="info">
      <section className="product-card" aria-label="商品卡片">
        <h3>{product.name}</h3>
        <p className="price">
          ¥{product.price} {product.floor !== undefined && <small>可让价底线 ¥{product.floor}</small>}
        </p>
        {(product.regularPrice !== undefined || product.promotionEnds !== undefined) && (
          <p>
            活动：{product.regularPrice !== undefined ? `日常价 ¥${product.regularPrice}` : ''}
            {product.regularPrice !== undefined && product.promotionEnds !== undefined ? '，' : ''}
            {product.promotionEnds !== undefined ? `${product.promotionEnds}结束` : ''}
          </p>
        )}
        <p>库存：{product.stock > 0 ? `${product.stock} 件` : '缺货'}</p>
        {soldOut(product.stockBy).length > 0 && <p>缺货：{soldOut(product.stockBy).join('、')}</p>}
        {product.material && <p>材质：{product.material}</p>}
        {product.colors && <p>颜色：{product.colors.join('、')}</p>}
        {product.description && <p className="muted">{product.description}</p>}
        {product.highlights && (
          <ul>
            {product.highlights.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        )}
      </section>
      {sizes && (
        <section aria-label="尺码表">
          <h4>尺码表{sizes.fit ? `（${sizes.fit}）` : ''}</h4>
          <table className="size-chart">
            <thead>
              <tr>
                <th>尺码</th>
                <th>身高 cm</th>
                <th>体重 kg</th>
              </tr>
            </thead>
            <tbody>
              {sizes.chart.map((row) => (
                <tr key={row.size}>
                  <td>{row.size}</td>
                  <td>
                    {row.height[0]}–{row.height[1]}
                  </td>
                  <td>
                    {row.weight[0]}–{row.weight[1]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {sizes.note && <p className="muted">{sizes.note}</p>}
        </section>
      )}
      {offers && (
        <section aria-label="赠品与优惠">
          <h4>赠品与优惠券</h4>
          {offers.gifts && <p>赠品：{offers.gifts.join('、')}</p>}
          {offers.coupons?.map((c, i) => (
            <p key={i}>
              优惠券：{c.minSpend ? `满${c.minSpend}减${c.amount}` : `立减${c.amount}`}元
            </p>
          ))}
          {offers.note && <p className="muted">{offers.note}</p>}
        </section>
      )}
      {related && related.length > 0 && (
        <section aria-label="搭配推荐">
          <h4>搭配推荐</h4>
          {related.map((r) => (
            <p key={r.name}>
              {r.name} ¥{r.price}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
