// The number form's carrier suggestion, over the bundled catalog: a word or the start of one finds the
// carrier ("csl"), Chinese in either script ("中华电信" for 中華電信), several matches a short list to pick from.
import { afterEach, describe, expect, it } from 'vitest';
import { carriersNamed } from '#shared/carrier-match.ts';
import { testCore, type TestCore } from './support/test-core.ts';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function catalog() {
  core = await testCore('2026-11-25T12:00:00Z');
  return (await core.call('carriers.list', {})).items;
}

describe('which carrier a typed name means', () => {
  it('finds one carrier by any word or the start of one, in any case, and by its company', async () => {
    const carriers = await catalog();
    const named = (typed: string, country = '') => carriersNamed(carriers, typed, country).match?.name;
    const csl = 'csl prepaid SIM (incl. PCCW-HKT rechargeable SIM rebranded to csl)';
    for (const typed of ['csl', 'CSL', ' Csl ', 'csl prep', 'pccw', 'CSL Mobile']) expect([typed, named(typed)]).toEqual([typed, csl]);
    expect(named('csl', 'HK')).toBe(csl);
    // The whole names still lead, and the company people know it by.
    expect(named('EE Pay As You Go')).toBe('EE Pay As You Go');
    expect(named('gulfsip')).toBe('GULFSIP number / Kuwait Connect number');
    expect(named('giff')).toBe('giffgaff');
    // Accents or not.
    expect(named('turkcell hazir')).toBe('Turkcell Hazır Kart (prepaid)');
    expect(named('viettel tra truoc')).toBe('Viettel trả trước (prepaid)');
    // Nothing for letters that start no word, or too little to mean one.
    expect(carriersNamed(carriers, 'sl', '')).toEqual({ match: undefined, candidates: [] });
    expect(carriersNamed(carriers, 'x', '')).toEqual({ match: undefined, candidates: [] });
    expect(carriersNamed(carriers, '', '')).toEqual({ match: undefined, candidates: [] });
  });

  it('reads simplified and traditional Chinese alike', async () => {
    const carriers = await catalog();
    const named = (typed: string) => carriersNamed(carriers, typed, '').match?.name;
    expect(named('中华电信')).toBe('中華電信 預付卡 (如意卡)');
    expect(named('中華電信')).toBe('中華電信 預付卡 (如意卡)');
    expect(named('如意卡')).toBe('中華電信 預付卡 (如意卡)');
    expect(named('台湾大哥大')).toBe('台灣大哥大 預付卡');
    expect(named('中國移動')).toBe('中国移动 保号套餐 (e.g. 8元套餐)');
    expect(named('中國聯通')).toBe('中国联通 保号 / 停机保号');
    expect(named('储值卡')).toBe('CMHK prepaid SIM (儲值卡)');
    // 电信 is in two carriers' names: both are offered, neither chosen.
    expect(carriersNamed(carriers, '电信', '').candidates.map((item) => item.name)).toEqual(['中華電信 預付卡 (如意卡)', '中国电信 停机保号']);
  });

  it('lists the carriers several words could mean, the number’s country’s alone when any of them match', async () => {
    const carriers = await catalog();
    const candidates = (typed: string, country = '') => {
      const found = carriersNamed(carriers, typed, country);
      expect(found.match).toBeUndefined();
      return found.candidates.map((item) => item.name);
    };
    expect(candidates('vodafone')).toEqual([
      'Vodafone Pay as you go', 'Vodafone CallYa', 'Vodafone Prepaid', 'Vodafone prepaid', 'Vodafone ricaricabile', 'One NZ Prepay (e.g. Pay & Go)',
    ]);
    expect(candidates('lyca')).toEqual(['Lyca Mobile', 'Lycamobile (ES)']);
    // In Germany, Vodafone means Vodafone's German plan.
    expect(carriersNamed(carriers, 'vodafone', 'DE').match?.name).toBe('Vodafone CallYa');
    // Several of the country's own still make a list; none of the country's falls back to all.
    expect(candidates('prepaid', 'CH')).toEqual(['Swisscom prepaid (formerly NATEL easy)', 'Sunrise Prepaid', 'Salt prepaid', 'Coop Mobile prepaid']);
    expect(carriersNamed(carriers, 'telstra', 'GB').match?.name).toBe('Telstra Pre-Paid');
  });
});

describe('the Carriers page search', () => {
  it('finds carriers with or without accents, and Chinese in either script', async () => {
    const c = await (async () => {
      core = await testCore('2026-11-25T12:00:00Z');
      return core;
    })();
    const names = async (search: string) => (await c.call('carriers.list', { search })).items.map((item) => item.name);
    expect(await names('telefonica')).toEqual(['ALDI TALK', 'Movistar Prepago']);
    expect(await names('中华电信')).toEqual(['中華電信 預付卡 (如意卡)']);
    expect(await names('hazir')).toEqual(['Turkcell Hazır Kart (prepaid)']);
  });
});
