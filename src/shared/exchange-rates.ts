import * as z from 'zod';
import { CurrencyCode } from './primitives.ts';

/** The user's own rates (never fetched): 1 unit of each currency is worth `rate` units of `base`. */
export const ExchangeRates = z
  .strictObject({
    base: CurrencyCode,
    rates: z.record(CurrencyCode, z.number().positive().max(1_000_000_000)),
  })
  .nullable();
export type ExchangeRates = z.infer<typeof ExchangeRates>;
