// Sentences that core and the renderer both show: error messages and deadline explanations, en and zh-CN.
import type { ApiError, ErrorCode, FieldReason } from './errors.ts';
import { formatDay, formatPeriod, regionName, zoneName, type Locale } from './locale.ts';
import type { Explanation } from './numbers.ts';

type Catalog<K extends string> = Record<Locale, Record<K, string>>;

const FIELD_LABELS: Catalog<string> = {
  en: {
    phone: 'Phone number', country: 'Country', label: 'Label', owner: 'Owner', carrier: 'Carrier',
    accountRef: 'Account reference', kind: 'Kind', timeZone: 'Time zone', planName: 'Plan name',
    planCost: 'Plan cost', amountMinor: 'amount', currency: 'currency', billingPeriod: 'Billing period',
    count: 'number', unit: 'unit', expiryDate: 'Expiry date', autoRenew: 'Auto-renew',
    paymentMethod: 'Payment method', cardExpiry: 'card expiry', tags: 'Tags', notes: 'Notes', rules: 'Rule',
    every: 'period', counts: 'what counts', lastOn: 'last date', overrideOn: 'date the carrier shows',
    minAmountMinor: 'minimum amount', extension: 'extension', by: 'by', tiers: 'tier', mode: 'mode', cap: 'cap',
    lapsePhases: 'Lapse phase', name: 'name', length: 'length', works: 'what still works', creditLost: 'credit lost',
    occurredOn: 'Date', newExpiryDate: 'New expiry date', amount: 'Amount', activityType: 'Activity', reason: 'Reason', balance: 'Balance',
    method: 'Payment method', note: 'Note', source: 'Source', search: 'Search', status: 'Status', id: 'Number',
    numberId: 'Number', archived: 'Archived', includeArchived: 'Include archived', number: 'Number',
    ids: 'Selection', numberIds: 'Selection', tag: 'Tag', dueWithinDays: 'Due within', leadTimesDays: 'Reminder days', scanIntervalMinutes: 'Check interval', backupFolder: 'Backup folder', backupsToKeep: 'Backups to keep', quietHours: 'Quiet hours', language: 'Language', theme: 'Theme',
    preset: 'Snooze', until: 'Snooze until', minutes: 'Minutes', limit: 'Limit',
    fields: 'Carrier', homepage: 'Homepage', renewalUrl: 'Renewal page', fileName: 'File name', mediaType: 'File type', dataBase64: 'File', eventId: 'Event', partition: 'Session',
    content: 'File', encoding: 'Encoding', mapping: 'Column mapping', dateOrder: 'Date order', defaultCountry: 'Default country', defaultCurrency: 'Default currency', skipInvalid: 'Skip invalid rows', exchangeRates: 'Exchange rates', rates: 'rate', base: 'base currency', event: 'Event',
    from: 'From', to: 'To',
  },
  'zh-CN': {
    phone: '电话号码', country: '国家/地区', label: '名称', owner: '持有人', carrier: '运营商',
    accountRef: '账户编号', kind: '类型', timeZone: '时区', planName: '套餐名称', planCost: '套餐费用',
    amountMinor: '金额', currency: '币种', billingPeriod: '计费周期', count: '数量', unit: '单位',
    expiryDate: '到期日', autoRenew: '自动续费', paymentMethod: '付款方式', cardExpiry: '卡片有效期', tags: '标签',
    notes: '备注', rules: '规则', every: '周期', counts: '计入的操作', lastOn: '上次日期', overrideOn: '运营商显示的日期',
    minAmountMinor: '最低金额', extension: '延期方式', by: '延长', tiers: '档位', mode: '模式', cap: '上限',
    lapsePhases: '停机阶段', name: '名称', length: '时长', works: '仍可使用', creditLost: '余额清零',
    occurredOn: '日期', newExpiryDate: '新的到期日', amount: '金额', activityType: '活动', reason: '原因', balance: '余额', method: '付款方式',
    note: '备注', source: '来源', search: '搜索', status: '状态', id: '号码', numberId: '号码', archived: '已归档',
    includeArchived: '包含已归档', number: '号码',
    ids: '所选号码', numberIds: '所选号码', tag: '标签', dueWithinDays: '到期天数', leadTimesDays: '提醒天数', scanIntervalMinutes: '检查间隔', backupFolder: '备份文件夹', backupsToKeep: '保留的备份数量', quietHours: '免打扰时段', language: '语言', theme: '主题',
    preset: '稍后提醒', until: '稍后提醒至', minutes: '分钟数', limit: '数量上限',
    fields: '运营商', homepage: '主页', renewalUrl: '续费页面', fileName: '文件名', mediaType: '文件类型', dataBase64: '文件', eventId: '记录', partition: '会话',
    content: '文件', encoding: '编码', mapping: '列对应关系', dateOrder: '日期顺序', defaultCountry: '默认国家/地区', defaultCurrency: '默认币种', skipInvalid: '跳过无效行', exchangeRates: '汇率', rates: '汇率', base: '基准币种', event: '记录',
    from: '开始日期', to: '结束日期',
  },
};

const REASONS: Catalog<FieldReason> = {
  en: {
    required: 'is required',
    wrong_type: 'has the wrong type (expected {expected})',
    too_long: 'is too long (at most {max} characters)',
    too_short: 'is too short (at least {min} characters)',
    too_small: 'is too small (at least {min})',
    too_big: 'is too large (at most {max})',
    too_many: 'has too many entries (at most {max})',
    not_integer: 'must be a whole number',
    bad_format: 'has the wrong format',
    not_allowed_value: 'must be one of: {values}',
    unknown_key: 'is not a known field',
    not_a_date: 'is not a real calendar date',
    date_out_of_range: 'must be between 1970 and 2200',
    unknown_zone: 'is not an IANA time zone (such as Europe/London)',
    unknown_currency: 'is not recognized: write its 3-letter ISO code, such as SGD',
    unknown_country: 'is not a country code we know: write its two letters, such as HK',
    invalid_phone: 'is not valid: start with + and the country code, or pick the country',
    phone_letters: 'contains letters: "{letters}"',
    phone_symbols: 'contains characters that are not digits: "{symbols}"',
    unknown_calling_code: "starts with +{code}, which is no country's code: check the digits after the +",
    phone_too_short: '{number} is too short for {a} {country} number',
    phone_too_long: '{number} is too long for {a} {country} number',
    phone_wrong_length: '{number} has {digits} digits, but {country} numbers have {lengths} (not counting the country code or a leading 0)',
    phone_not_valid_there: '{number} has the right length but is not a valid {country} number: check the digits',
    wrong_country: 'belongs to {actual}, not {expected}',
    too_many_decimals: 'has more decimals than {currency} allows ({digits})',
    ambiguous_amount: 'could mean {grouped} or {decimal} {currency}: write {grouped} without a thousands separator, or {decimal}',
    future_date: 'cannot be in the future (today is {today} in {zone})',
    before_expiry: 'is before the expiry date Keepline already has ({expiry}): correct that date with Edit if it is wrong',
    before_event: 'cannot be before the day of the payment ({occurredOn})',
    duplicate: 'is already in Keepline ({existing})',
    looks_like_card_number: 'looks like a card number: keep only a label such as "Visa 4242"',
    needs_billing_period: 'needs a billing period for a recurring-fee rule',
    needs_amount: 'is needed for this kind of event',
    needs_expiry_date: 'needs an expiry date',
    duplicate_value: 'lists the same value twice',
    edited_since: 'was edited after its last event, so that event can no longer be undone',
    nothing_to_undo: 'has no event to undo',
    not_last_event: 'was followed by another event of this number, so it can no longer be undone here: edit or delete it in History',
    before_from: 'is before the From date ({from}): the dates are reversed',
    not_https: 'must be an https:// address (such as https://carrier.example/top-up)',
    no_renewal_url: 'has no renewal page: add its https address to the carrier in Carriers',
    file_type_mismatch: 'does not match the file: only PDF, PNG and JPEG receipts are kept',
    not_a_backup: 'is not one of the backups in the backup folder',
    not_absolute_path: 'must be a full path from the top of a drive (such as /home/me/Keepline backups or D:\\Keepline backups)',
    plain_text_keyring: 'must be confirmed: this system has no keyring, so secrets would be protected only by a key stored in plain text',
    secret_unreadable: 'cannot be decrypted on this machine (it was saved elsewhere, or it is damaged)',
    invalid: 'is not valid',
    reminder_closed: 'is already closed ({state}): it cannot be snoozed or dismissed',
    reminder_not_due: 'applies once the reminder has fired: pick a date and time to move a planned reminder to',
    not_in_future: 'must be in the future',
    too_far_ahead: 'is too far ahead (at most {max} days)',
    needs_currency: 'needs a currency: add a currency column, write it in the cell (such as KWD 5.500), or choose a default currency',
    currency_conflict: 'is {written} in the cost but {column} in the currency column: keep one of them',
    needs_payment_method: 'needs a payment method: add a payment method column (such as Visa 4242)',
    date_order_needed: 'could be day/month or month/day: choose how this file writes dates',
    duplicate_in_file: 'is already in row {line} of this file',
    unreadable_file: 'cannot be read: save it as CSV (UTF-8) or XLSX and try again',
    invalid_rows: 'is needed: {count} rows are invalid. Fix them in the file, or choose to skip invalid rows',
  },
  'zh-CN': {
    required: '为必填项',
    wrong_type: '类型不正确（应为 {expected}）',
    too_long: '太长（最多 {max} 个字符）',
    too_short: '太短（至少 {min} 个字符）',
    too_small: '太小（至少 {min}）',
    too_big: '太大（最多 {max}）',
    too_many: '条目过多（最多 {max} 个）',
    not_integer: '必须是整数',
    bad_format: '格式不正确',
    not_allowed_value: '必须是以下之一：{values}',
    unknown_key: '不是可识别的字段',
    not_a_date: '不是有效的日期',
    date_out_of_range: '必须在 1970 年到 2200 年之间',
    unknown_zone: '不是 IANA 时区（例如 Asia/Shanghai）',
    unknown_currency: '无法识别：请写 3 个字母的代码，如 SGD',
    unknown_country: '不是可识别的国家/地区代码：请写两个字母的代码，如 HK',
    invalid_phone: '无效：请以 + 加国家代码开头，或选择国家/地区',
    phone_letters: '含有字母：“{letters}”',
    phone_symbols: '含有非数字的字符：“{symbols}”',
    unknown_calling_code: '以 +{code} 开头，但没有国家/地区使用这个代码：请检查 + 后面的数字',
    phone_too_short: '“{number}”太短，不是完整的{country}号码',
    phone_too_long: '“{number}”太长，超出了{country}号码的位数',
    phone_wrong_length: '“{number}”有 {digits} 位数字，而{country}号码为 {lengths} 位（不计国家代码和开头的 0）',
    phone_not_valid_there: '“{number}”位数正确，但不是有效的{country}号码：请检查数字',
    wrong_country: '属于{actual}，而不是{expected}',
    too_many_decimals: '小数位数超过 {currency} 允许的 {digits} 位',
    ambiguous_amount: '可理解为 {grouped} 或 {decimal} {currency}：请写成 {grouped}（不加千位分隔符）或 {decimal}',
    future_date: '不能是将来的日期（按{zone}，今天是 {today}）',
    before_expiry: '早于 Keepline 已记录的到期日（{expiry}）：如该日期有误，请通过“编辑”更正',
    before_event: '不能早于付款当天（{occurredOn}）',
    duplicate: '已存在于 Keepline（{existing}）',
    looks_like_card_number: '看起来像银行卡号：只保留名称，例如 "Visa 4242"',
    needs_billing_period: '定期费用规则需要计费周期',
    needs_amount: '此类记录需要填写',
    needs_expiry_date: '需要到期日',
    duplicate_value: '包含重复的值',
    edited_since: '在最后一条记录之后被修改过，无法再撤销该记录',
    nothing_to_undo: '没有可撤销的记录',
    not_last_event: '之后该号码又有新的记录，无法在此撤销：请在“历史”中编辑或删除',
    before_from: '早于开始日期（{from}）：两个日期颠倒了',
    not_https: '必须是 https:// 地址（例如 https://carrier.example/top-up）',
    no_renewal_url: '没有续费页面：请在“运营商”中为该运营商添加 https 地址',
    file_type_mismatch: '与文件内容不符：只保存 PDF、PNG 和 JPEG 收据',
    not_a_backup: '不是备份文件夹中的备份',
    not_absolute_path: '必须是从磁盘根目录开始的完整路径（例如 /home/me/Keepline 备份 或 D:\\Keepline 备份）',
    plain_text_keyring: '需要确认：此系统没有密钥环，机密信息只能由明文保存的密钥保护',
    secret_unreadable: '无法在本机解密（它保存在其他设备上，或已损坏）',
    invalid: '无效',
    reminder_closed: '已关闭（{state}），不能再稍后提醒或忽略',
    reminder_not_due: '仅适用于已触发的提醒：计划中的提醒请选择要改到的日期和时间',
    not_in_future: '必须是将来的时间',
    too_far_ahead: '太远（最多 {max} 天）',
    needs_currency: '需要币种：请添加币种列、在单元格中写明（例如 KWD 5.500），或选择默认币种',
    currency_conflict: '在费用中为 {written}，但币种列为 {column}：请只保留其中一个',
    needs_payment_method: '需要付款方式：请添加付款方式列（例如 Visa 4242）',
    date_order_needed: '可以理解为日/月或月/日：请选择此文件的日期写法',
    duplicate_in_file: '与此文件第 {line} 行重复',
    unreadable_file: '无法读取：请另存为 CSV（UTF-8）或 XLSX 后重试',
    invalid_rows: '需要确认：有 {count} 行无效。请在文件中修正，或选择跳过无效行',
  },
};

/** Sentences that quote what was written, where the value is known (an import's cell): "Country "Mars" is not recognized…". */
const WRITTEN_REASONS: Catalog<'unknown_country'> = {
  en: { unknown_country: '"{written}" is not recognized: write a country name or its two-letter code, such as HK' },
  'zh-CN': { unknown_country: '“{written}”无法识别：请写国家/地区名称或两个字母的代码，如 HK' },
};

/** The number already in Keepline, as a duplicate names it: its label, then the number as people read it. */
const LABELLED_NUMBER: Record<Locale, string> = { en: '{label}, {number}', 'zh-CN': '{label}，{number}' };

const CODES: Catalog<ErrorCode> = {
  en: {
    invalid_input: 'Some input is not valid.',
    not_found: 'That {what} does not exist (any more).',
    conflict: 'That change conflicts with the current data.',
    unknown_method: 'Unknown method "{method}".',
    payload_too_large: 'The request is too large.',
    unauthorized: 'Missing or wrong access token.',
    forbidden: 'This request is not allowed from here.',
    database_newer: 'This database was written by a newer Keepline (schema {found}, this app knows {known}). It was left untouched: update Keepline to open it.',
    database_corrupt: 'The database file is damaged and was left untouched at {path}. {backup}',
    database_unavailable: 'Keepline could not open {path}: {cause} ({detail}). It was left untouched: open Keepline again once that is solved.',
    storage_failed: 'Saving failed: {cause} ({detail}); nothing was changed. Try again.',
    busy: 'Keepline is busy with an import or a change to many numbers; nothing was changed. Try again when it has finished.',
    cancelled: 'Cancelled; nothing was changed.',
    internal: 'Something went wrong inside Keepline; nothing was changed.',
  },
  'zh-CN': {
    invalid_input: '部分输入无效。',
    not_found: '该{what}不存在（或已删除）。',
    conflict: '此更改与当前数据冲突。',
    unknown_method: '未知的方法 "{method}"。',
    payload_too_large: '请求过大。',
    unauthorized: '缺少访问令牌或令牌错误。',
    forbidden: '不允许从此处发出该请求。',
    database_newer: '该数据库由更新版本的 Keepline 写入（结构版本 {found}，本应用支持 {known}）。文件未被改动：请更新 Keepline 后再打开。',
    database_corrupt: '数据库文件已损坏，原文件保留在 {path}，未被改动。{backup}',
    database_unavailable: 'Keepline 无法打开 {path}：{cause}（{detail}）。文件未被改动：解决后请重新打开 Keepline。',
    storage_failed: '保存失败：{cause}（{detail}），没有任何更改。请重试。',
    busy: 'Keepline 正在导入或批量修改号码，没有任何更改。请在完成后重试。',
    cancelled: '已取消，没有任何更改。',
    internal: 'Keepline 内部出错，没有任何更改。',
  },
};

// Each template split once into its text and placeholders: a scan words up to hundreds of sentences inside
// its write transaction, and a regular expression for each was nearly half the time that took.
const splitTemplates = new Map<string, string[]>();

export function fill(template: string, values: Record<string, string | number> = {}): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size > 2_000) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  let result = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    result += (name in values ? String(values[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return result;
}

/** Parts of a field that a spreadsheet holds in a column of their own, named as one thing rather than as a path. */
const PATH_LABELS: Catalog<string> = {
  en: {
    'planCost.currency': 'Currency of the plan cost', 'amount.currency': 'Currency of the amount', 'balance.currency': 'Currency of the balance',
    'paymentMethod.cardExpiry': 'Card expiry',
    'quietHours.start': 'Start of quiet hours', 'quietHours.end': 'End of quiet hours',
  },
  'zh-CN': {
    'planCost.currency': '套餐费用的币种', 'amount.currency': '金额的币种', 'balance.currency': '余额的币种',
    'paymentMethod.cardExpiry': '卡片有效期',
    'quietHours.start': '免打扰开始时间', 'quietHours.end': '免打扰结束时间',
  },
};

/** Last segments whose parent already names them: the amount of a money, the number of a period. */
const NAMED_BY_PARENT = new Set(['amountMinor', 'count']);

/** A readable name for a dotted field path: `rules.0.every.count` -> "Rule 1 · period". */
export function fieldLabel(path: string, locale: Locale): string {
  const whole = PATH_LABELS[locale][path];
  if (whole !== undefined) return whole;
  const labels = FIELD_LABELS[locale];
  const parts: string[] = [];
  const segments = path.split('.');
  for (const [index, segment] of segments.entries()) {
    if (/^\d+$/.test(segment)) {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${Number(segment) + 1}`.trim());
    } else if (index > 0 && index === segments.length - 1 && NAMED_BY_PARENT.has(segment)) {
      // A money's amount or a period's number is what its parent names: "Plan cost", not "Plan cost · amount".
      continue;
    } else {
      parts.push(labels[segment] ?? segment);
    }
  }
  return parts.join(' · ');
}

/** Reasons that name the country a number was judged for (`country`: its two-letter code, or +800 for a code of none). */
const PHONE_IN_COUNTRY = new Set<FieldReason>(['phone_too_short', 'phone_too_long', 'phone_wrong_length', 'phone_not_valid_there']);

const disjunctions = new Map<Locale, Intl.ListFormat>();

/** "7, 9, or 10", "7、9或10". */
function anyOf(items: string[], locale: Locale): string {
  let format = disjunctions.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'disjunction' });
    disjunctions.set(locale, format);
  }
  return format.format(items);
}

export function fieldMessage(
  field: string,
  reason: FieldReason,
  locale: Locale,
  detail: Record<string, string | number> = {},
): string {
  const label = field ? fieldLabel(field, locale) : locale === 'en' ? 'Input' : '输入';
  const separator = locale === 'en' ? ' ' : '';
  const named = { ...detail };
  if (typeof detail.zone === 'string') named.zone = zoneName(detail.zone, locale);
  if (reason === 'wrong_country') {
    for (const key of ['actual', 'expected']) if (typeof detail[key] === 'string') named[key] = regionName(detail[key], locale);
  }
  if (PHONE_IN_COUNTRY.has(reason) && typeof detail.country === 'string') {
    named.country = regionName(detail.country, locale);
    named.a = /^(?:[AEIOÅ]|Uz)/.test(named.country) ? 'an' : 'a';
  }
  if (reason === 'phone_wrong_length' && typeof detail.lengths === 'string') named.lengths = anyOf(detail.lengths.split(','), locale);
  if (reason === 'duplicate' && typeof detail.number === 'string') {
    named.existing = detail.label ? fill(LABELLED_NUMBER[locale], named) : detail.number;
  }
  const written = typeof detail.written === 'string' && reason in WRITTEN_REASONS[locale];
  const template = written ? WRITTEN_REASONS[locale][reason as keyof (typeof WRITTEN_REASONS)[Locale]] : REASONS[locale][reason];
  return `${label}${separator}${fill(template, named)}`;
}

const NOUNS: Catalog<string> = {
  en: { number: 'number', event: 'event', reminder: 'reminder', secret: 'secret', carrier: 'carrier', backup: 'backup', attachment: 'attachment', job: 'task', receipt: 'downloaded receipt' },
  'zh-CN': { number: '号码', event: '记录', reminder: '提醒', secret: '机密信息', carrier: '运营商', backup: '备份', attachment: '附件', job: '任务', receipt: '下载的收据' },
};

/** Why the database could not be opened or written, by cause (see storage-cause.ts). */
const STORAGE_CAUSES: Catalog<string> = {
  en: {
    locked: 'another program has the file locked: another copy of Keepline, or a sync or backup tool',
    read_only: "the file or its folder cannot be written: it is read-only, another user's, or on a drive that is not there",
    full: 'the disk is full',
    io: 'the disk reported an error',
    other: 'the database could not be written',
  },
  'zh-CN': {
    locked: '文件被其他程序锁定：另一个 Keepline，或同步、备份工具',
    read_only: '文件或其所在文件夹不可写：只读、属于其他用户，或所在磁盘不在',
    full: '磁盘已满',
    io: '磁盘报告了错误',
    other: '数据库无法写入',
  },
};

/**
 * A storage error on a damaged page is no passing trouble: trying again meets the same page. What to do
 * depends on whether there is a backup (`backup`: the newest one's name, or empty).
 */
const DAMAGED: Catalog<'restore' | 'export'> = {
  en: {
    restore:
      'Part of the database file is damaged ({detail}); nothing was changed. Restore the newest backup ({backup}) in Settings, Backups: every backup there was verified when it was taken.',
    export:
      'Part of the database file is damaged ({detail}); nothing was changed. There is no backup to restore: export your numbers as CSV (Import & export), which reads none of the history, and keep that file.',
  },
  'zh-CN': {
    restore: '数据库文件有部分损坏（{detail}），没有任何更改。请在“设置 › 备份”中恢复最新的备份（{backup}）：那里的每个备份在创建时都经过验证。',
    export: '数据库文件有部分损坏（{detail}），没有任何更改。没有可恢复的备份：请在“导入与导出”中把号码导出为 CSV（不读取历史记录）并保存好该文件。',
  },
};

export function codeMessage(code: ErrorCode, locale: Locale, detail: Record<string, string | number> = {}): string {
  if (code === 'storage_failed' && detail.cause === 'damaged') return fill(DAMAGED[locale][detail.backup ? 'restore' : 'export'], detail);
  const what = typeof detail.what === 'string' ? (NOUNS[locale][detail.what] ?? detail.what) : detail.what;
  // A storage error with no cause named (a backup that failed its check) says only that writing failed.
  const cause = STORAGE_CAUSES[locale][typeof detail.cause === 'string' ? detail.cause : 'other'] ?? String(detail.cause);
  return fill(CODES[locale][code], { ...detail, ...(what === undefined ? {} : { what }), cause });
}

/** The text to show for an error in the user's language: the field sentence when there is one. */
export function errorText(error: ApiError, locale: Locale): string {
  const first = error.issues?.[0];
  if (first) return fieldMessage(first.field, first.reason, locale, first.detail);
  if (error.field && error.reason) return fieldMessage(error.field, error.reason, locale);
  // Errors about no field carry details only in their message, already in the language the caller asked for.
  return error.message;
}

const EXPLAIN: Catalog<string> = {
  en: {
    activity: 'Use the number by {deadline} (end of day, {zone} time): {anchor} + {period}.',
    topup: 'Top up by {deadline} (end of day, {zone} time): {anchor} + {period}.',
    validity: 'Valid until {deadline} (end of day, {zone} time): {anchor}.',
    expiry: 'Valid until {deadline} (end of day, {zone} time): {anchor}.',
    fee: 'Renew by {deadline} (end of day, {zone} time): {anchor}.',
    override: '{deadline} (end of day, {zone} time): the date the carrier shows, as you entered it.',
    anchor_activity_event: 'last qualifying activity on {on} (a recorded {event})',
    anchor_activity_entered: 'last qualifying activity on {on}, as you entered it',
    anchor_topup_event: 'last top-up on {on} (recorded)',
    anchor_topup_entered: 'last top-up on {on}, as you entered it',
    anchor_expiry_event: 'the expiry date, set by the {event} of {on}',
    anchor_expiry_entered: 'the expiry date as you entered it',
    missing_activity: 'No deadline yet: enter the date of the last qualifying activity.',
    missing_topup: 'No deadline yet: enter the date of the last top-up.',
    missing_expiry: 'No deadline yet: enter the expiry date the carrier shows.',
  },
  'zh-CN': {
    activity: '请在 {deadline}（{zone}当天结束前）使用号码：{anchor} + {period}。',
    topup: '请在 {deadline}（{zone}当天结束前）充值：{anchor} + {period}。',
    validity: '有效期至 {deadline}（{zone}当天结束）：{anchor}。',
    expiry: '有效期至 {deadline}（{zone}当天结束）：{anchor}。',
    fee: '请在 {deadline}（{zone}当天结束前）续费：{anchor}。',
    override: '{deadline}（{zone}当天结束）：您录入的运营商显示日期。',
    anchor_activity_event: '上次有效活动 {on}（已记录的{event}）',
    anchor_activity_entered: '上次有效活动 {on}（您录入）',
    anchor_topup_event: '上次充值 {on}（已记录）',
    anchor_topup_entered: '上次充值 {on}（您录入）',
    anchor_expiry_event: '到期日由 {on} 的{event}设定',
    anchor_expiry_entered: '到期日为您录入的日期',
    missing_activity: '暂无截止日期：请填写上次有效活动的日期。',
    missing_topup: '暂无截止日期：请填写上次充值的日期。',
    missing_expiry: '暂无截止日期：请填写运营商显示的到期日。',
  },
};

const EVENT_NAMES: Catalog<string> = {
  en: { renewal: 'renewal', topup: 'top-up', activity: 'activity', plan_change: 'plan change', balance_check: 'balance check', payment_failed: 'failed payment' },
  'zh-CN': { renewal: '续费', topup: '充值', activity: '使用', plan_change: '套餐变更', balance_check: '余额查询', payment_failed: '付款失败' },
};

export function eventName(kind: string, locale: Locale): string {
  return EVENT_NAMES[locale][kind] ?? kind;
}

/** One sentence that says why a deadline is what it is: rule, anchor, period and zone. */
export function explainDeadline(explanation: Explanation, locale: Locale): string {
  const text = EXPLAIN[locale];
  const family = explanation.source === 'validity' || explanation.source === 'fee' ? 'expiry' : explanation.source;
  if (!explanation.deadlineOn) return text[`missing_${family}`] ?? '';
  const values = {
    deadline: formatDay(explanation.deadlineOn, locale),
    zone: zoneName(explanation.timeZone, locale),
    period: explanation.period ? formatPeriod(explanation.period, locale) : '',
    anchor: '',
  };
  if (explanation.anchor === 'override') return fill(text.override ?? '', values);
  const how = explanation.anchor === 'event' ? 'event' : 'entered';
  values.anchor = fill(text[`anchor_${family}_${how}`] ?? '', {
    on: explanation.anchorOn ? formatDay(explanation.anchorOn, locale) : '',
    event: eventName(explanation.eventKind ?? '', locale),
  });
  return fill(text[explanation.source] ?? '', values);
}
