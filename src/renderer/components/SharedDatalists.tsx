import { memo } from 'react';
import { currencyCodes, currencyName, timeZoneNames } from '../format/regions.ts';
import { useLocale } from '../i18n/setup.ts';

/** Suggestions for the currency (ISO 4217 code with its name in the UI language) and time-zone inputs. */
export const SharedDatalists = memo(function SharedDatalists() {
  const locale = useLocale();
  return (
    <>
      <datalist id="currency-codes">
        {currencyCodes().map((code) => (
          <option key={code} value={code} label={`${code} · ${currencyName(code, locale)}`} />
        ))}
      </datalist>
      <datalist id="time-zones">
        {timeZoneNames().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
});
