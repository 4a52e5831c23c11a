// The skills a coach tracks per trainee (issue 15): each names the rules and moves that show it.
export const SKILLS = [
  'empathy',
  'greet',
  'close',
  'price',
  'invoice',
  'returns',
  'knowledge',
  'off-platform',
  'response',
] as const;
export type Skill = (typeof SKILLS)[number];

/** Chinese names shown to the trainee. */
export const SKILL_LABELS: Record<Skill, string> = {
  empathy: '买家生气时先安抚',
  greet: '开场问候',
  close: '礼貌结束',
  price: '守住价格',
  invoice: '开发票',
  returns: '退换货政策',
  knowledge: '商品知识',
  'off-platform': '不引导站外交易',
  response: '回复速度',
};
