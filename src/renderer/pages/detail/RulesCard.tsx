import { useTranslation } from 'react-i18next';
import { explainDeadline } from '#shared/messages.ts';
import type { NumberView } from '#shared/numbers.ts';
import { useLocale } from '../../i18n/setup.ts';
import { ruleSummary } from './ruleText.ts';

/** Each rule, what it asks for, and the deadline it sets with its reason. */
export function RulesCard({ number }: { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (number.rules.length === 0) return null;
  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('detail.rules')}</h2>
      <ol className="rule-list">
        {number.rules.map((rule, index) => {
          const deadline = number.ruleDeadlines[index];
          return (
            <li key={index}>
              <p className="rule-name">{t(`rules.kinds.${rule.kind}`)}</p>
              <p>{ruleSummary(rule, number.planCost, number.billingPeriod, locale, t)}</p>
              {deadline && <p className="sentence">{explainDeadline(deadline.explanation, locale)}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
