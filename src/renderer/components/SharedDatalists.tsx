import { memo } from 'react';
import { currencyCodes, timeZoneNames } from '../format/regions.ts';

/** Suggestions for the currency and time-zone inputs, rendered once for the whole app. */
export const SharedDatalists = memo(function SharedDatalists() {
  return (
    <>
      <datalist id="currency-codes">
        {currencyCodes().map((code) => (
          <option key={code} value={code} />
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
