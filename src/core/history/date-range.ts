import { invalidField } from '../errors.ts';

/**
 * A history or spending filter whose `to` comes before its `from` selects nothing by mistake: refused
 * beside `to`, so the page says the dates are reversed rather than "0 events".
 */
export function checkDateRange<F extends { from?: string | undefined; to?: string | undefined }>(filter: F): F {
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    throw invalidField('to', 'before_from', { from: filter.from });
  }
  return filter;
}
