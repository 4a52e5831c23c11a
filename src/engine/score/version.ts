// The scorer's version, kept with every stored grade. Raise it with any change that can change
// a grade of the same transcript (weights, rules, what a reply owes, the reading of replies):
// stored summaries with another version are graded again (src/db/summaries.ts), so history and
// the report never show two totals for one chat; exam grades on the team server store it too.
//   1  the grade before versions were kept
//   2  closing reply and tone-close on it, resp-timeout, praise only where earned, 原话 as typed,
//      a bare 在 is no greeting, the buyer and the report read one "what a reply owes",
//      replies read after the buyer's line, composed flags, the knowledge score (fact-wrong)
//   3  tone-empathy from structure: whether the buyer's line is upset (score/upset.ts) and
//      whether the reply acknowledges her (understand/acknowledgement.ts)
//   4  platform flags read with the buyer's question (whose postage, a charge in a short answer,
//      a condition she names, another shop she names, another person's data she asks for),
//      hedged and echoed answers, the classifier reading her question's topics
//   5  session 4: the classifier retrained with her question's topics on 5,543 replies, a fault
//      she reports makes a stated return condition a refusal, and what the session's helpers add
//      (knowledge: claims attributed to what they are about, negators scoped, warranty and implied
//      postage claims; a missed close named on its turn and listed in violations)
//      (tone: reproach, dismissal and doubting questions; an upset buyer read from a 都-counted
//      wait, worry, angry or crying faces; a bare nudge no longer upset)
//   6  session 5: moves decided against the labelling guide where writers disagree (a time
//      condition of an offer is no urge-order, a bare curt no or pointer makes no move, a shop name
//      in a greeting states nothing of the item, 还有什么可以帮您 is ask-info)
//      (tone: a photo verdict read from more wordings, a guess at what she did after
//      she reports a problem, bare refusals and not-knowing as cold, her photo said in more word
//      orders; and what the session's other helpers add)
//      (platform: flags read with her line and the shop's true terms (COD she says the
//      shop has none of or chose, fees taken from the shop, an invoice's fee, a region outside the
//      stated 包邮 range or one she bought free, a refund closed with its order, a deposit kept, a
//      photo's judgement, an order she asked to cancel, another person's details withheld))
//      (fair play: empathy owed until a reply gives it, every return
//      period checked (15天内都能退, 5天内申请), a use asserted of her (穿过了就不能退) no policy,
//      a range or a cap no amount offered, a return parcel's courier not the shop's)
//   7: the classifier retrained on 8,297 replies (writer-h, writer-j, chats-i added; platform flags
//      added at 90 % precision per label), no move added to a reply read as an answer, "no problem"
//      in any wording a yes (没有问题/没毛病…), 票可以开 an invoice-yes; and what the session's other
//      helpers add
//      tone: a fault she reports calmly owes no empathy from a reply already flagged for blaming,
//      doubting or dismissing her (understand/empathy-owed.ts); judging her or her motives,
//      her own action done wrong, others fine; not knowing the item after her question
//      platform flags composed from structure (other-shop, off-platform, review-reward,
//      return-conditions, flag-exemptions): the shop the buyer compared us with, the chat or the
//      payment moved off the platform, a reward for the review her line names, a return dissuaded,
//      a COD order closed or made to pay online, 关 inside 报关 no closing
//      (moves, session 6: questions without 吗 resolve their short answers, policy stated in
//      passing, a restock or a number range no delivery, questions asked of her)
//      (fair play, session 6: a short answer read in the frame of her open question (半年 after
//      保修多久), each wrong figure of the listing named (续航24小时), a return's postage in an
//      after-sales chat a fact not a 包邮 breach, a figure after 补多少 compensation offered, no
//      missed close on a chat still going, a line for every conversion point docked)
// 8 — session 7 (lead: a specification figure after a cut word is no price cut: 降42dB)
//   8: (moves, session 7: an invoice charged for is granted, who pays a return or a cost is policy, a
//      lookup is no parcel trace, delivery upstairs is shipping-info, deadlines at an hour urge, a
//      bulk or changed price is a cut, a gift refused offers nothing, a yes before a question answers)
//   8: (moves-2, session 7: a superior's consent given, a check made, a team told to act are no escalate;
//      a warranty of exchange is policy, a courier changed no exchange, a new one sent is; 了吗 asks her)
//   8: tone (session 7): a calm fault report owes no empathy; who is blamed read from clause
//      structure (understand/blame.ts: her deed asserted as the cause, a 人为 verdict, retorts; blame
//      of the shop, a third party or another shop takes a criticize cue back); a curt no giving back
//      the word of her item question is no tone-cold
//   8: (fair play, session 7: her line's feeling owes empathy where the state keeps her calm
//      (empathy-owed.ts upsetAt); a chat she left angry earns no compliance for the traps still
//      ahead (score/not-shown.ts); compensation over or under the shop's range named; a bare
//      price after 多少钱 checked; the after-sales case carried over states that do not declare it)
//   8: (platform flags, session 7: a yes with its own verb (能开) answers only that action's question;
//      a review change asked with no reward, a card and a fee named together, a refusal said of another
//      shop flag nothing; a dated arrival made certain (明天到,放心; 肯定能), an invoice the shop has none
//      of (票的话我们这边没有), 分期不做 flag)
//   8: (playfix, session 7: a guarantee taken back later in its sentence, or a promise to keep
//      tracking, is no ship-promise; a yes of ability puts no card fee on her; a receipt to her report
//      line offers nothing)
//   8: (close: no close owed after the line she says because the chat was ended; a finished chat with no reply scores tone 0 and compliance 0 and counts no skill)
//   9  session 8: (lead: an option left to her (也可以不退, 不换也行) is no refusal)
// 9 — session 8
//   9: (fair8, session 8: a flat arrival on a named day where the shop cannot name the day, an invoice
//      put off past the shop's deadline, a total claim over a stated reduction are fact-wrong; no upsell
//      owed after the sale; after-sales better phrasings; no close owed after she left unanswered; a trap
//      is posed only where the shop's facts make the right answer a yes, and met by a reply that spoke to it)
//   9: tone (tone8, session 8): upset read from challenges, needs, dares and words ignored; a yes done at once acknowledges; blame from reasons and consequences; cold for her sent to a third party or her threat waved through, not a 嗯 to a statement or a no to a charge asked; blunt from misreading, perception, flat denial
//   9: (moves8, session 8: a good wish to anyone (祝宝宝…, 祝您次次爆护) thanks; an invitation back (有问题随时找我)
//      is no thank move but still a warm close (tone-close); a short answer to 七天无理由吗 / 保价吗 /
//      包安装吗 states the rule (explain-policy), no return granted; the agent's short check of her parcel
//      (我帮您查下 after 快递到哪了) traces it (track-parcel); a short consent (申请吧, 同意了) after her
//      return or exchange grants it; a bare 拍照看看 / 单号多少? asks her (ask-info); a hedged short answer
//      (可能吧, 大概七八卷吧) answers her item or delivery question; a clause mailing the invoice (专票, 纸质票)
//      is no shipping-info; a courier named as whom the agent calls or chases (打电话给韵达, 中通网点) is the
//      trace (track-parcel), no shipping-info; the invoice written as what was bought, and trade or chat kept
//      on the platform (只支持淘宝下单付款, 在旺旺这里发就行, 走平台订单), are policy stated (explain-policy); a yes
//      to 能帮忙包装吗 / 能刻字吗 states the item (product-info); a bare 好吧 / 没事 is a receipt; her line closing
//      on 不 (能开发票不) asks yes or no; a bare 没货 is curt; a size named after her body measure (M码 after
//      我165 50kg) recommends it; a rate of compensation (坏几个赔几个, 按个数赔, 照价赔, 另补5元) offers it; the
//      invoice made (开好电子票, 公司个人都能开) or a value to her open invoice question grants it; a refund offered
//      as one of her choices (换新或者退款) offers the return, a refund by the count spoiled does not; a conditional
//      exchange (收到不合适可以换, 不合适7天内可以换码) states the rule, no exchange offered; a replacement in few
//      words (补一棵, 补配件, 马上换, 换一副新的, 重新做一副) offers an exchange; the brand as price setter or
//      handler (品牌控价, 品牌方核查), the factory asked (问下工厂, 工厂尾货) and another flagship store are no product-info,
//      nor are item words used of something else (不适用七天无理由, 现货当天发, 充电线, 包装加厚, 成分表), of a gift
//      (送一个硅胶保护套), or a measure of a birthday, a window or a delay (60岁生日, 超过24小时反馈, 一个月都开不了);
//      dispatch and reach in few words (马上发, 优先打包, 明天出货, 单号出来发您, 西藏停发, 港澳台不支持直寄) are shipping-info)
// 10 — session 9
//  10: tone (tone9, session 9): interrogate reads a why-return and her motive questioned; criticize reads her skill denied, her questions called too many, a reproach of excess, her skin or her excess made the cause, her honesty doubted (谁知道你寄不寄); a sentence's full stop no longer hides an end-anchored cue; 你问题真多 after her question is cold; 别给您说错了 is not blunt
//  10: (moves9, session 9: short answers to 发没发 / 周五前到吗 / 是包邮的吧; a size she puts to the shop advised; the item told at length to her item question; comparisons without product-info apart; refund timing, pay-first and invoice-as-paid rules stated; a refund awaited or a return supposed is policy, no return offered)
//   10: (fair9, session 9: a trap she never posed takes no compliance (not-shown items are named, 0 points);
//      a clean reply that takes a calm buyer on lifts her mood 3; days said of another courier the shop
//      sends by are not checked against the default courier's; wrong facts' better phrasings in Chinese
//      punctuation; the refund buyer blamed goes to angry-buyer; no stale 底价 in the haggle/comparison notes)
//   10: (flags9: a refusal closing its clause takes back the proposal before it (加微信私下转账这个真不行哦); a no
//       to a charge grants the invoice or card free (不用钱哒 after 开发票要加钱吗); 物流的问题找快递 is cold, no trace;
//       已经是本周活动价 holds the price; one list of far-off invoice times; disparage from a brand's premium, a quality
//       decline, many others' complaints, a break after one use; return-refuse from a reason demanded after her
//       no-reason motive, 不算质量问题 for a no-reason return, an opening said to bar resale; 没拆封的可以退 refuses nothing;
//       review-induce from a reward in a short answer to her question of what a review earns (删差评给钱吗 → 给10块))
//   10: (lead: a no over another topic's action answers nothing she asked: 不能加微信私下交易哦 after 能开发票吗 refuses no invoice)
//   10: (lead: a no that frees the charge she asks about (不收费的亲 after 退货要收费吗, 不用扣折旧费) states the rule free, no return refused)
//   10: (empathy9, session 9: empathy owed on a fault she stresses (都压扁了, 才买三天, 刚收到就, 撒了一箱子), the goods called defective (卖的次品, 几千块买个这玩意), the agent's 正常? thrown back, a refund refused, messages unanswered, 都不敢, 我都说了, a counted wait still unmet (三天了还没动); not on a bare doubt whether the goods are fake (是不是假货) nor a bare 到底什么时候)
//  10: (blunt9, session 9: cold reads an it-depends or a vague degree after her question, a shrug at a choice question, an I-don't-know with only a pointer, her threat waved through (投吧, 介入也一样); blunt reads a deed she denied asserted done (我不是回了吗, not interrogate), a rhetorical where or a flat no in her words (哪来的英文, 不是次品))
//   11: (lead, session 10: the learned backstop's cold is no pointer when the agent runs the errand herself (我去问快递); 去那家买啊 is cold as 去别家买; 没有的 to a fee question answers it; thanks for her review naming no reward (感谢您好评) rewards nothing)
//   12: (lead, session 10, from player10's plays: a fee the shop bears or waives (免手续费, 手续费不用您出) is no card-fee; a grant between a refusal and the action (没有开通哦 可以用花呗) refuses no card; 不方便 declines (微信不方便加); a granted invoice at a far time with no excuse (可以开 下个月统一开) is fact-wrong, not invoice-refuse; a 售后 chat's postage is a return's (afterSales); the state's declared case holds in the scorer as in the buyer; 爱寄不寄 cold)
//   13: (moves10, session 10: a care step with the fault it clears (擦一下就掉了, 晾两天就散了) and what new goods all do (新鞋都有味) are product-info; an unused state or complete parts that suffice (没穿过配件齐全就能退) is explain-policy; a negator opening a condition (没拆封的话都可以退, 只要没洗过) is no "no" answer; a restock told (下周三补货, 到货 after 有货吗) is product-info and a refund's time (一般1-3天 after 多久到账) explain-policy, no shipping-info, unless the reply speaks of the parcel; an exchange's conditions for a case she supposes (签收7天内吊牌在都能换 after 不合适能换吗) state the rule, no exchange offered unless the reply starts one; 一起拍 after her own bundle (一起买能便宜吗) and a set named (套装里有四样) are no upsell; an extra put in for her (给您加一副手套) is offer-gift; no please-wait for an errand to a colleague with no wait asked (我问下主管) nor for a check that waits on what she is to send (拍个图我看下))
//   14: (fair10, session 10: a reply that hurt the buyer (blamed, a platform rule broken, cold; buyer/hurt.ts) where no transition answers it gets her reaction line (persona `reactions`) instead of the fallback's re-asking, before the lines of a transition that goes on; a missed reply costs the hurt's mood when more than the fallback's)
//   15: (playfix10, session 10: another item put beside this one (搭这件很好看, 跟这件开衫很搭, 看看我们的X) is upsell by the rules; 那就L吧 recommends; a bare 能退 grants, 原因是啥 asks; a lowest price named (最低189了) is a price, held at list or a discount below it; 退货怎么弄啊 is no upset; 你去买159的啊 / 你去那家啊 / 要差评随你 cold, 你也不懂 blunt, 你懂你… no empathy; a refusal opening the reply (不换) answers 能换吗 beside 运费谁出 or 麻不麻烦, and nothing beside it)
//   16: (tone10, session 10: criticize reads her deed done past its measure or short of it (加水超过水位线了吧, 夹都没夹紧吧, 您没对准螺纹), her complaint turned back on her after she is upset (那你别买啊, 等不了就别买, 不值可以不买的), the rule she was told named after her fault (详情页提醒过要单独洗的); her pick said flatly wrong (你拍错了, 你买错了) is blunt, not criticize; interrogate reads 你穿去干嘛了; upset reads a challenge: 凭什么 (not at a price), 又不是我的错, 我…活该, 你们是瞎吗, 你听得懂吗, 客服是摆设, and a '!' on a line that asks nothing and is not pleased (门口没有！, 我要退款,现在!))
//   17: (flags10, session 10: freeship-breach reads her pre-order question whether a region ships free (新疆包邮吗, 能寄到香港吗) as answered by the range, a no-reason return or an exchange (her line or the charging sentence: 换也可以,就是运费您出) as return postage, a charge waived after it (链接您不用拍) or under a modal no (不会以任何理由让您补), and her order said to ship free (我是包邮款, 页面没写要加, 付完款了海南也包吧) as the promise a bare charge (补个8块, +8, 加钱) breaks)
//   18: (lead, session 10, after the sealed measurement, from player10: a bare figure answering the price she puts (249吧 不能再少了 after 259行不) offers that price, checked against the floor; the other shop's price she named, said back (嫌贵就去买239的呗), is no offer of ours; 转我175 is the price paid)
//   19: (tone10, session 10, last commit, the line in full: criticize reads her deed done past its measure or short of it (加水超过水位线了吧, 夹都没夹紧吧, 您没对准螺纹), her complaint turned back on her after she is upset (那你别买啊, 等不了就别买, 不值可以不买的), the rule she was told named after her fault (详情页提醒过要单独洗的); her pick said flatly wrong (你拍错了, 你买错了) is blunt, not criticize; interrogate reads 你穿去干嘛了; upset reads a challenge: 凭什么 (not at a price), 又不是我的错, 我…活该, 你们是瞎吗, 你听得懂吗, 客服是摆设, and a '!' on a line that asks nothing and is not pleased (门口没有！, 我要退款,现在!); interrogate reads 我态度怎么了 and a rhetorical question about fakes (能卖假货吗, 怀疑我们, 见过这么便宜的正品吗))
//   20: (moves12, session 12: a wh-question closed by 呢/呀 (预算多少呢, 收到几天了呢, 是哪里不满意呢) asks her (ask-info), not a reproach (怎么不早说呢) nor a demonstrative 那几; a figure opening the answer to 多少钱 with a coupon or gift after it (699元亲,现在领券减50) states the item (product-info); what the system or page shows once her application passes (申请通过后系统会自动显示退货地址) is explain-policy, no offer-return; the invoice made as the reply's own act (给您开, 开好后寄给您, 开给您, 统一开) is invoice-yes; a size advised with its unit for what is not clothing (建议21寸, 选2.0×2.3的被套, 选56口径) is recommend-size; a size letter inside a latin word (abs, airpods) asks no size; a decimal point (2.2米) breaks no clause; a yes to her coupon question (有优惠券吗) offers no cut; 给您两个方案 names no price; the 运费险 the order carries, told to her return or postage question, is explain-policy, no offer-gift; the parcel's status reported once checked (中通说件找不到了, 顺丰那边显示在成都中转了, 查了 中转站压件了) and a call to the courier (打给圆通) are track-parcel; after she awaits her refund (还没到账, 退款要多久), its time or the condition it waits on (银行卡1-3个工作日, 仓库收到货才退) is explain-policy; her own application consented to (申请了我马上同意, 已同意,退货地址在…) is offer-return; a request for what she is to send without 吗 (发单号, 名字发我一下, 拍一下我看看, 发我就行) is ask-info; a reply about her return that tells her to apply herself (您直接申请就行) starts it (offer-return); a guarantee of the dispatch or arrival (ship-promise) also tells it (shipping-info); 寄到X吗, 分开寄, 放门口吗 ask where and how it ships; the short answer to her warranty or repair question (保修多久 → 一年, 能修吗 → 能修的) states the rule (explain-policy); her own sending of the return (寄出后把单号填到售后单里) is no shipping-info; the after-sale process's own time (检测一般3-5天, 仓库收到后24小时内处理, 24小时内会有审核结果) is explain-policy, no dispatch; 行吧 and a bare offer of later help (有问题随时找我) are acknowledge; the warehouse (跟仓库说, 找仓库问一下) is no one to escalate to; her feeling named by what the trouble does to her (真的很糟心, 肯定特别扫兴, 让您受惊了) is empathize; 先收藏加购 / 加购物车 for a restock is no upsell, 再给您加一袋 is offer-gift; an either-or question closed by 呢 (个人还是公司抬头呢) is ask-info; the exchange's postage or process told (换货运费您自己出) offers no exchange; a check whose result follows after a pause (我查一下……是寄到…) asks no wait)
//   21: (flags12, session 12: privacy-leak reads an order she finds by a person's name or number (叫李静,手机尾号3321) and the place the reply tells of it; return-refuse reads her return's approval refused (我们不同意, 所以拒绝了, 驳回了; not 会被驳回), the return thrown back at her for an inspection (都拆了还退什么; not for a use), 不参与/不适用 七天无理由 for a sale (not 鲜花/生鲜/定制), a no to whether the 7-day return holds (不支持哦 after 支持七天无理由吗); no refusal in a no to a question of fact (会不会说我穿过, 是不是要我改评价), to a step she would skip (能先退款吗, 能直接换吗不想寄回), to 能退差价吗, nor in a negated condition listed before a grant (未使用、配件齐全的话是支持的); disparage reads the name her comparing line sets against ours (迪卡侬的便宜多了, 和美的那款比, 雅马哈的P125比呢) as the other shop, not a material or colour compared, and a break after some use (用久了就漏水); 只能换 after her return request refuses it; no freeship-breach after her question of what the postage costs (运费多少, 邮费能减吗); review-induce reads 好评有惊喜/福利 and a fee waived for a review (安装费我们就免了), not 好评没有返现 nor 不能好评返现; off-platform reads 微信上跟您聊 and a transfer to a card number, not 不要相信…加微信的人; a verdict on her photos that only foretells the inspection (退的话审核估计不过, 退货审核过不了的) is tone-prejudge, no return-refuse, unless it says the return cannot be (退不了, 不收) or talks her out of it (别申请了, 留着用吧); 过了期限, 一经激活, a tried cosmetic (试过的粉底) and 收到一个月了 are the rule's conditions; the goods she would send back said not to be taken (仓库肯定不收的, 收不了了, 达不到退货标准, 不属于退货范围) refuse the return, not hedged (大概率不收) nor foretold of the goods sent back (退回来仓库不会收的); disparage reads 某些直播间 and 假票; privacy-leak reads the price of another's order (卖给我邻居的…多少钱), a name given (叫刘*), 评论里那个人; no return-refuse in a no to what she must do (退货要写理由吗 → 不需要理由的), in 您留着用 after 赠品要寄回吗, nor in 不退货也可以; a claim about another shop disowned (不敢说别家是假货) is no disparage; a charge she asks about that a short reply puts on a third party (快递公司的价格,不是我们收; 平台收的; 银行收的…我们承担不了) stands, for what she asked about; invoice-fee reads the tax given as the reason for the charge she asks about (开票要交税的, 有税点的, 价格是不含税的, 税又不是我们交的), not 税点我们承担 nor 含税价; a receipt offered for the invoice she asks or needs to claim (可以开收据 after 能开票吗, 开个收据 after 要报销) is invoice-refuse; her region put outside the 全国包邮 her line says the listing showed (那是不包偏远的) is freeship-breach)
//   22: (tone12, session 12: interrogate reads a why put to her decision to return or cancel (为什么要退?, 为什么不要了?总得有个理由吧) and a bare question at her about a deed of hers after her problem (你是怎么用的?, 你撕了吗?, 你付款了吗?); criticize reads her manner rebuked (吼什么, 好好说话, 急什么); blunt reads an it-isn't-as-if retort (又不是静音的, 也不是我们的错啊) and 你想太多了 (not also criticize); cold reads 嫌贵就去买那家啊; upset reads suffering the goods inflict, intensified (熏死了, 熏得头疼); 急什么 beside an answer is criticize only, bare it is cold too; a bare echo of her one either-or or A-not-A question (无糖的 after 有糖还是无糖) answers it; 让您误会了 is no blunt; the other shop's offer handed back (239的呗) is cold; her body named bare as the reason for a size (胖就拿大码呗) is blunt; interrogate reads her complaint asked back with a bare where in her words (哪里不符了?) and 干嘛不早问, 为什么不下单前问清楚; criticize reads what many others did (很多人都是洗坏的) and a deed past its measure as the cause (一般是动作幅度太大拉开的, 肯定是使用方法不对); 您下次要买 is no lecture; blunt reads her claim of her pick retorted (您下单选的就是M码 after 我明明选的L码))
//   23: (facts12, session 12: a bare yes to the price, cut, compensation, coupon or gift she proposes (可以 after 159卖不卖, 我说了算 after 50块你说了算吗) offers it: checked against the floor, the compensation range, the coupons and gifts; a bare no to her price holds it; a wrong size's better phrasing quotes the height and weight she has said in the chat so far (ReplyContext.told, her earlier lines), and asks for them when she has said none)
//   24: (lead, session 12, from player12 F20: a size said not to fit her or advised against (您穿M会偏紧, M的话扣子扣不上, 别拿M) is set aside, the other size named is the advice; the only size named set aside advises none)
//   25: (tone13, session 13: criticize reads her manner of speaking rebuked (你这说话就不好听了), a lecture for next time after her problem (以后别这么拽, 下次买锅记得用…), the rule she was told placed in the page (说明书第一页就写了禁止…); a space parts a chat line's sentences for another shop named; upset reads a challenge at the shop's conduct (你们怎么这样, 你再编, 你这客服当的, 打发叫花子) and a part that will not move or go in (拉不出来, 插不进去) or a burnt pot (糊底) as a fault; a spot on the skin (闷痘, 起疹) is a harm the reply names; an upset buyer is acknowledged by the shop owning the fault (怪我们, 我们这边没包装好, 我们的锅, 辜负您的信任), a pardon asked (请多担待, 赔个不是), a calming word (消消气, 息怒), her ordeal named (这样的体验, 添堵, 真够糟心的), 真的很不应该; 让您折腾坏了 blames her not; criticize reads her handling said excessive (您拆的时候太暴力了), her method (穿法不对), the problem placed on her (问题出在您身上), 买家自己保养不好, a bare 人为的, a rhetorical 能不缩吗, a past counterfactual (您要是按洗标洗就不会缩了), her not the only customer (又不是只有你一个), her patience asked for (您有点耐心好不好); a harm said not to follow (也不该开胶) is no blame; blunt reads the page asserted against her saying it did not tell her (页面有写的, 详情页第一张图就写了的, 写得很清楚), the fault she reports denied with 没/不/不存在 in her words (我们没发错, 不存在色差), 没人这么说过, 不可能这样说; not in a supposing clause; cold leaves a pointer beside the shop acting for her (我这边也同步催一下), reads a bare 订单里有 and 看个人喜好; upset reads 服了你们, 很不满意, 忍你们很久了, 受气, 欺负人, 早知道不买了, 就是这么对待老顾客的, 能不能靠谱点, 一点诚意都没有, 说了多少次, 三番五次, 白等了, 下次再也不在你家买了, 最差, and leaves marks on a pleased line (太好了谢谢！！, 好的！, 好热情啊！); criticize reads her carelessness (也太不仔细了, 这种错误您也能犯), her should-have (买之前就该问清楚), 您偏不听, her omission with its consequence (您没领券当然没有赠品), 摔成这样还来找我们, 您是特殊情况, 就您的开胶; acknowledgement reads 感同身受, 难为您了, 您受累了, 太不应该了; upset reads 要哭了, 心态崩了, 无奈, 太折腾了, 头疼死了, 快疯了, 钱白花了, 坑惨了, 浪费我时间, 一肚子火, 老是这样, 这让我怎么用; cold reads a bare okay to her question (好的 after 什么时候能开出来; not to a request asked as a question) and the queue as all the reply to her complaint about the service (人多,排队); blunt reads her account of her use given back with the harm said not to follow (冷水也不会缩那么多啊, 正常穿不会开胶的); criticize reads her omission or her home named as the cause (您没清理滤网导致的, 因为您没有定期清理, 多数是用户操作不当引起的, …才会这样, 您的使用习惯不太好, 您家电压不稳吧), her omission with its consequence (你一直不取,快递就退回了), 您就不该…, 现在说有什么用, 可能是您家人拿走了 (not with a remedy offered), 肯定是你插头不行; upset reads a wait pressed by what was promised or written (你不是保证今天到吗, 页面写的48小时发货…还没, 你们写的, 明明写的, 这么久还没), a service that contradicts itself (一会一个说法, 问什么都答不上), 你现在才来找我, 威胁我, 质量问题也不能退, 明明是质量问题, 效率也太低, 你们等着, 等着差评吧, 自己看 / 你往上翻, 我查了啊)
export const SCORER_VERSION = 25;
