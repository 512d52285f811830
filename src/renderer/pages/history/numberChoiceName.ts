import type { NumberNames } from '#shared/dashboard.ts';
import { formatPhone } from '../../format/phone.ts';

/** A number as the number filter offers it (`Helios ops · +965 6000 1234`), and as the spending page names the one chosen. */
export const numberChoiceName = (number: NumberNames['items'][number]) => (number.label ? `${number.label} · ${formatPhone(number.e164)}` : formatPhone(number.e164));
