// The file a new buyer starts from: small, valid, commented, with one of each kind of state,
// so a trainer edits something that already plays instead of a blank page.
export const NEW_FILE = 'my-buyer.yaml';

export const TEMPLATE = `# yaml-language-server: $schema=./scenario.schema.json
# 新买家：先改 id（和文件名一致）、标题和店铺资料，再改状态和转移。
formatVersion: 1
id: my-buyer
title: 想便宜点的T恤买家
summary: 嫌贵、想砍价，再问尺码。
category: 售前
difficulty: 2
tags: [议价, 尺码]

shop:
  name: 小棉屋
  product:
    name: 纯棉短袖T恤
    price: 100
    floor: 85
    stock: 20
  sizes:
    chart:
      - { size: M, height: [155, 165], weight: [45, 55] }
      - { size: L, height: [165, 175], weight: [55, 65] }
      - { size: XL, height: [175, 185], weight: [65, 80] }
  shipping:
    dispatchHours: 48
    courier: 中通快递
    freeShipping: true
  invoice: { available: true }
  cod: false
  returns: { noReason7Days: true }

persona:
  name: 小林
  style: 说话直接，喜欢讲价
  mood: 60
  patience: 2
  target: 80
  facts: { height: 170, weight: 60 }

start: opening

fallback:
  lines: [你还没回答我的问题呢。, 到底能不能便宜一点？]
  giveUp: gone

timeout:
  after: 60
  lines: [还在吗？]
  nudges: 1
  mood: -10
  leave: gone

states:
  opening:
    lines: ['{product}能便宜点吗？', '这件{price}块有点贵，能少点吗？']
    coaching: 先热情问候，再说明价格的理由，不要一上来就降价。
    on:
      - when: { flag: platform }
        mood: -30
        goto: angry
      - when: { move: offer-discount, offerAtOrBelow: target }
        goto: deal
      - when: { move: hold-price }
        mood: -5
        goto: size
      - when: { move: greet }
        say: [你好，我想问问价格。]
  size:
    lines: [那我170、120斤穿什么码？]
    coaching: 推荐一个尺码并说明理由。
    on:
      - when: { size: right }
        mood: 10
        goto: deal
      - when: { size: wrong }
        mood: -10
        say: ['{size}码我穿肯定不合适吧？']
  angry:
    upset: true
    lines: [你这是什么态度？]
    coaching: 先安抚情绪、道歉，再给出具体办法。
    on:
      - when: { anyMove: [apologize, empathize] }
        mood: 20
        goto: size
  deal:
    lines: [好的，那我拍了。]
    outcome: sale
  gone:
    lines: [算了，不买了。]
    outcome: no-sale
`;
