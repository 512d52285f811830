import * as Flags from 'country-flag-icons/react/3x2';
import { countryName } from '../format/regions.ts';
import { useLocale } from '../i18n/setup.ts';

type FlagComponent = (typeof Flags)['JP'];
const FLAGS = Flags as unknown as Record<string, FlagComponent | undefined>;

/** A country's flag (SVG, so it shows on every OS, unlike emoji flags on Windows) and its code; the name on hover. */
export function CountryFlag({ code }: { code: string }) {
  const locale = useLocale();
  if (!code) return null;
  const Flag = FLAGS[code];
  return (
    <span className="country-flag" title={countryName(code, locale)}>
      {Flag && <Flag aria-hidden="true" className="flag-svg" />}
      <span className="country-code">{code}</span>
    </span>
  );
}
