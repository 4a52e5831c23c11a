import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProductInfo, type ShopFacts } from '@/ui/workbench/product-info';

const shop: ShopFacts = {
  name: '小鹿森林',
  product: { name: '法式修身针织开衫', price: 139, stock: 80, stockBy: [{ color: '雾粉', size: 'XL', stock: 0 }, { color: '米白', stock: 5 }] },
  shipping: { dispatchHours: 48, courier: '韵达快递', freeShipping: true },
  invoice: { available: true },
  cod: false,
  returns: { noReason7Days: true },
};

describe('the product card', () => {
  it('names the sizes and colours sold out, and no promotion the shop does not give', () => {
    render(<ProductInfo shop={shop} />);

    const card = screen.getByRole('region', { name: '商品卡片' });
    expect(card).toHaveTextContent('缺货：雾粉 XL');
    expect(card).not.toHaveTextContent('米白 ');
    expect(card).not.toHaveTextContent('活动：');
  });
});
