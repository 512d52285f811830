// A country as a spreadsheet names it: its code, its name in English or Chinese (simplified or traditional),
// long or short ("中国香港特别行政区", "香港", "Hong Kong SAR China", "Hong Kong"), or a common other name ("UK", "澳洲").
import { getCountries } from 'libphonenumber-js/max';
import { normalizeTyped } from '#shared/typed-text.ts';

/**
 * Names people write that the display names below may not give: the other names, and the common short ones as well,
 * so they do not depend on the runtime's ICU data (Electron's and Node's may differ).
 */
const OTHER_NAMES: Record<string, string[]> = {
  HK: ['香港', 'Hong Kong', '香港特别行政区', '香港特別行政區', '中国香港', '中國香港', '中国香港特区', 'Hong Kong SAR', 'HKSAR', 'HongKong'],
  MO: ['澳门', '澳門', 'Macao', '澳门特别行政区', '澳門特別行政區', '中国澳门', '中國澳門', '中国澳門', 'Macau', 'Macao SAR', 'Macau SAR'],
  TW: ['台湾', '台灣', 'Taiwan', '臺灣', '中国台湾', '中國台灣', '中國臺灣', '台湾地区', '台灣地區'],
  CN: ['中国大陆', '中國大陸', '中国内地', '中國內地', '大陆', '大陸', '内地', '內地', '中华人民共和国', '中華人民共和國', 'Mainland China', 'China Mainland', 'PRC', "People's Republic of China"],
  GB: ['英国', '英國', 'United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', '英格兰', '英格蘭', '大不列颠', '大不列顛'],
  US: ['美国', '美國', 'United States', 'USA', 'U.S.', 'U.S.A.', 'America', 'United States of America', '美利坚合众国', '美利堅合眾國'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', 'Korea, Republic of', '韩国', '韓國', '南韩', '南韓', '大韩民国', '大韓民國'],
  KP: ['朝鲜', '北韩', '北韓', 'DPRK'],
  JP: ['日本国', '日本國'],
  AU: ['澳洲'],
  NZ: ['纽西兰', '紐西蘭'],
  ID: ['印尼'],
  AE: ['UAE', 'U.A.E.', '阿联酋', '阿聯酋'],
  SA: ['KSA', '沙特', '沙地阿拉伯'],
  VN: ['Viet Nam'],
  RU: ['Russian Federation'],
  TR: ['Turkey', 'Turkiye'],
  CZ: ['Czech Republic'],
  NL: ['Holland', '荷蘭'],
  MM: ['Burma', 'Myanmar'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  PH: ['菲国'],
  MY: ['大马', '大馬'],
  TH: ['泰國'],
  SG: ['星加坡'],
};

/** "U.S.A." and "usa", "Hong  Kong" and "hong kong", "ＨＫ" and "HK" alike. */
function key(name: string): string {
  return normalizeTyped(name).toLowerCase().replace(/[.’]/g, (mark) => (mark === '’' ? "'" : '')).replace(/\s+/g, ' ').trim();
}

const NAMES = new Map<string, string>();
const displayNames = ['en', 'zh-CN', 'zh-TW', 'zh-HK'].flatMap((locale) =>
  (['long', 'short'] as const).map((style) => new Intl.DisplayNames([locale], { type: 'region', style })),
);
for (const code of getCountries()) {
  NAMES.set(key(code), code);
  for (const names of displayNames) {
    const name = names.of(code);
    if (name && name !== code) NAMES.set(key(name), code);
  }
}
for (const [code, names] of Object.entries(OTHER_NAMES)) for (const name of names) NAMES.set(key(name), code);

/** The two-letter code of the country a cell names, or null. */
export function readCountry(cell: string): string | null {
  return NAMES.get(key(cell)) ?? null;
}
