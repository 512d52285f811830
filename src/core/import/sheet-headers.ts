// Which Keepline field a column holds, from its header as people write it (English or Chinese).
import type { SheetField } from '#shared/sheet-import.ts';

/** Headers compared after lower-casing and removing spaces, dashes, underscores, dots and brackets. */
const SYNONYMS: Record<SheetField, string[]> = {
  phone: ['phone', 'phonenumber', 'number', 'mobile', 'mobilenumber', 'msisdn', 'tel', 'telephone', 'cell', 'e164', 'sim', '号码', '电话', '电话号码', '手机', '手机号', '手机号码', '号'],
  country: ['country', 'countrycode', 'region', '国家', '国家地区', '地区', '国家代码'],
  carrier: ['carrier', 'operator', 'network', 'provider', 'mno', '运营商', '网络', '供应商'],
  expiryDate: ['expiry', 'expirydate', 'expires', 'expireson', 'validuntil', 'valid', 'paidthrough', 'duedate', 'due', 'deadline', 'renewby', 'expiration', 'expirationdate', '到期日', '到期', '到期日期', '到期时间', '有效期', '有效期至', '有效期到', '截止日', '截止日期', '截止时间', '过期日', '过期日期', '过期时间', '失效日期', '失效时间'],
  planName: ['plan', 'planname', 'package', 'tariff', 'bundle', '套餐', '套餐名称', '资费'],
  planCost: ['cost', 'plancost', 'price', 'fee', 'amount', 'monthlycost', 'charge', '费用', '价格', '月费', '金额', '资费金额', '套餐费用'],
  currency: ['currency', 'curr', 'ccy', '币种', '货币'],
  billingPeriod: ['billingperiod', 'period', 'billing', 'cycle', 'billingcycle', 'every', '计费周期', '周期', '付费周期'],
  owner: ['owner', 'holder', 'user', 'person', 'who', 'whose', 'name', '持有人', '机主', '使用人', '所有人', '用户'],
  label: ['label', 'nickname', 'alias', 'title', 'description', '名称', '别名', '标注'],
  tags: ['tags', 'tag', 'category', 'group', '标签', '分类', '分组'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'memo', '备注', '说明', '附注'],
  timeZone: ['timezone', 'tz', 'zone', '时区'],
  kind: ['kind', 'type', 'simtype', '类型', '卡类型'],
  accountRef: ['account', 'accountref', 'accountnumber', 'accountid', 'login', '账户', '账号', '账户编号'],
  autoRenew: ['autorenew', 'autorenewal', 'autopay', '自动续费', '自动续订'],
  paymentMethod: ['paymentmethod', 'payment', 'paymentlabel', 'paidwith', 'paywith', 'paidby', '付款方式', '支付方式', '付款卡', '支付卡'],
  cardExpiry: ['cardexpiry', 'cardexpires', 'cardexpiration', 'cardexpirydate', 'cardvaliduntil', '卡有效期', '卡片有效期', '信用卡有效期', '银行卡有效期', '卡到期'],
  archived: ['archived', 'archive', 'isarchived', '已归档', '归档', '存档', '已存档'],
};

const LOOKUP = new Map<string, SheetField>();
for (const [field, names] of Object.entries(SYNONYMS) as [SheetField, string[]][]) {
  for (const name of names) LOOKUP.set(name, field);
}

export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.()（）[\]【】/:：]+/g, '');
}

/** One field per column, each field at most once (the leftmost column wins); unknown headers are ignored. */
export function autoMapping(headers: string[]): (SheetField | null)[] {
  const taken = new Set<SheetField>();
  return headers.map((header) => {
    const field = LOOKUP.get(normalizeHeader(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
