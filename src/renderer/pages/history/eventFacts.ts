import type { TFunction } from 'i18next';
import type { EventView } from '#shared/events.ts';
import { formatPeriod, type Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import { Money, Period } from '#shared/primitives.ts';

/** An event's own details in one line for a history row: what a plan change set, what a balance check saw, why a payment failed. */
export function eventFacts(event: EventView, t: TFunction, locale: Locale): string {
  const { details } = event;
  const balance = Money.safeParse(details.balance);
  const planCost = Money.safeParse(details.planCost);
  const billingPeriod = Period.safeParse(details.billingPeriod);
  const facts = [
    event.activityType ? t('history.activityType', { type: t(`event.activityTypes.${event.activityType}`) }) : null,
    event.kind === 'plan_change' && typeof details.planName === 'string' ? t('history.plan', { plan: details.planName || t('detail.none') }) : null,
    planCost.success ? t('data.history.planCost', { amount: formatMoney(planCost.data, locale) }) : null,
    billingPeriod.success ? t('data.history.billingPeriod', { period: formatPeriod(billingPeriod.data, locale) }) : null,
    balance.success ? t('history.balance', { amount: formatMoney(balance.data, locale) }) : null,
    event.reason ? t('history.reason', { reason: event.reason }) : null,
    event.method ? t('history.method', { method: event.method }) : null,
    event.note || null,
  ];
  return facts.filter((fact): fact is string => fact !== null).join(' · ');
}
