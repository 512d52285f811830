// Turns the researched carrier facts (../shared/carriers.json, or the file named as the first argument)
// into the catalog Keepline bundles (resources/carriers.json). The output is committed: the app never
// runs this. Facts are kept as researched (sources, confidence, caveats, date); only the shape changes,
// and a URL that is not https is dropped from the fields Keepline would open, with a flag saying so.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Raw = Record<string, unknown> & { rule: Record<string, unknown> };

const input = process.argv[2] ?? fileURLToPath(new URL('../../shared/carriers.json', import.meta.url));
const output = fileURLToPath(new URL('../resources/carriers.json', import.meta.url));

function httpsOnly(value: unknown, field: string, flags: string[]): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
  } catch {
    // fall through to the flag
  }
  flags.push(`${field} dropped (not https): ${value}`);
  return null;
}

function entry(raw: Raw) {
  const flags: string[] = [];
  const rule = raw.rule;
  const topup = httpsOnly(raw['topup_url'], 'topup_url', flags);
  const homepage = httpsOnly(raw['homepage'], 'homepage', flags);
  return {
    id: raw['id'],
    name: raw['brand'] || raw['carrier'],
    company: raw['carrier'],
    country: raw['country'] ?? null,
    timeZone: raw['timezone'] ?? null,
    status: raw['status'],
    productTypes: raw['product_types'] ?? [],
    homepage,
    renewalUrl: topup ?? homepage,
    policyUrl: httpsOnly(raw['policy_url'], 'policy_url', flags),
    rule: {
      kind: rule['kind'],
      summary: rule['summary'] ?? '',
      period: rule['period'] ?? null,
      qualifyingActions: rule['qualifying_actions'] ?? [],
      nonQualifyingActions: rule['non_qualifying_actions'] ?? [],
      minCost: rule['min_cost'] ?? null,
      extensionTable: rule['extension_table'] ?? null,
      extensionMode: rule['extension_mode'] ?? null,
      maxValidity: rule['max_validity'] ?? null,
      gracePeriod: rule['grace_period'] ?? null,
      numberLostAfter: rule['number_lost_after'] ?? null,
      lapsePhases: rule['lapse_phases'] ?? [],
      notice: rule['notice'] ?? null,
      reactivation: rule['reactivation'] ?? null,
      deadlineFormula: rule['deadline_formula'] ?? null,
    },
    sources: ((raw['sources'] as Record<string, unknown>[] | null) ?? []).map((source) => ({
      url: source['url'],
      title: source['title'] ?? '',
      publisherType: source['publisher_type'] ?? null,
      date: source['date'] ?? null,
    })),
    confidence: raw['confidence'],
    confidenceNote: raw['confidence_note'] ?? '',
    caveats: raw['caveats'] ?? '',
    researchDate: raw['research_date'],
    flags,
  };
}

const raws = JSON.parse(readFileSync(input, 'utf8')) as Raw[];
const carriers = raws.map(entry);
writeFileSync(output, `${JSON.stringify({ format: 1, carriers }, null, 1)}\n`);
console.log(`${carriers.length} carriers -> ${output}; ${carriers.filter((c) => c.flags.length).length} with dropped URLs`);
