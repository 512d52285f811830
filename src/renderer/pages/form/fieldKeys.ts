import type { NumberDraft, RuleDraft } from './draft.ts';

const period = (path: string) => [`${path}.count`, `${path}.unit`];

function ruleKeys(rule: RuleDraft, path: string): string[] {
  switch (rule.kind) {
    case 'activity':
      return [path, ...period(`${path}.every`), `${path}.counts`, `${path}.lastOn`, `${path}.overrideOn`];
    case 'topup':
      return [path, ...period(`${path}.every`), `${path}.minAmountMinor`, `${path}.lastOn`, `${path}.overrideOn`];
    case 'validity': {
      const extension =
        rule.extensionType === 'fixed'
          ? period(`${path}.extension.by`)
          : rule.tiers.flatMap((_tier, index) => {
              const tier = `${path}.extension.tiers.${index}`;
              return [`${tier}.minAmountMinor`, ...period(`${tier}.by`)];
            });
      return [path, `${path}.extension`, ...extension, `${path}.mode`, ...period(`${path}.cap`)];
    }
    case 'fee':
      return [path];
  }
}

/**
 * Every input the form shows, by API path, in the order they appear. Kept beside the form's sections:
 * an issue whose path is not here is shown in the summary above the form.
 */
export function formFieldKeys(draft: NumberDraft): string[] {
  return [
    'phone', 'country', 'kind', 'label', 'owner', 'carrier', 'accountRef',
    'planName', 'planCost.amountMinor', 'planCost.currency', ...period('billingPeriod'), 'expiryDate', 'timeZone',
    'autoRenew', 'paymentMethod.label', 'paymentMethod.cardExpiry',
    'rules', ...draft.rules.flatMap((rule, index) => ruleKeys(rule, `rules.${index}`)),
    'lapsePhases',
    ...draft.lapsePhases.flatMap((_phase, index) => {
      const path = `lapsePhases.${index}`;
      return [`${path}.name`, ...period(`${path}.length`), `${path}.works`, `${path}.creditLost`];
    }),
    'tags', 'notes',
  ];
}
