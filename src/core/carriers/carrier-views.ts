// The carriers a user sees: the bundled catalog with the user's overrides merged over it, and the user's
// own carriers. Overrides are stored per catalog id, so a newer catalog changes only what the user did not.
import type Database from 'better-sqlite3';
import { CarrierFields, type CarrierSummary, type CarrierView } from '#shared/carriers.ts';
import type { Locale } from '#shared/locale.ts';
import { carrierRowByCatalogId, carrierRowById, listCarrierRows, type CarrierRow } from '../db/carriers-repo.ts';
import { bundledCatalog } from './catalog.ts';
import type { CatalogEntry } from './catalog-schema.ts';
import { mapCatalogRules } from './catalog-rules.ts';

type Fields = Partial<CarrierFields>;

/** Stored fields are re-checked on read: a row from an older version that no longer parses is ignored. */
function storedFields(row: CarrierRow | undefined): Fields {
  if (!row) return {};
  try {
    const parsed = CarrierFields.partial().safeParse(JSON.parse(row.fields));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const RULE_FIELDS = ['rules', 'lapsePhases', 'billingPeriod'] as const;

/** A catalog carrier as the user sees it; Keepline's notes and the phase names it suggests are in `locale`. */
export function catalogView(entry: CatalogEntry, row: CarrierRow | undefined, locale: Locale): CarrierView {
  const mapped = mapCatalogRules(entry, locale);
  const own = storedFields(row);
  const editedFields = Object.keys(own);
  // A rule the user changed is theirs: shown as the user's word, not as the research's.
  const ruleEdited = RULE_FIELDS.some((field) => field in own);
  return {
    id: entry.id,
    origin: 'catalog',
    edited: editedFields.length > 0,
    name: own.name ?? entry.name,
    company: entry.company,
    country: own.country !== undefined ? own.country : entry.country,
    timeZone: own.timeZone !== undefined ? own.timeZone : entry.timeZone,
    renewalUrl: own.renewalUrl !== undefined ? own.renewalUrl : entry.renewalUrl,
    homepage: own.homepage !== undefined ? own.homepage : entry.homepage,
    policyUrl: entry.policyUrl,
    notes: own.notes ?? '',
    rules: own.rules ?? mapped.rules,
    lapsePhases: own.lapsePhases ?? mapped.lapsePhases,
    billingPeriod: own.billingPeriod !== undefined ? own.billingPeriod : mapped.billingPeriod,
    // The user's edits of the amounts are typed in the catalog's currency, so it stays theirs too.
    currency: mapped.currency,
    confidence: ruleEdited ? 'user' : mapped.confidence,
    confidenceNote: entry.confidenceNote,
    caveats: entry.caveats,
    researchDate: entry.researchDate,
    summary: entry.rule.summary,
    sources: entry.sources.map(({ url, title, date }) => ({ url, title, date })),
    unmapped: ruleEdited ? [] : mapped.unmapped,
    editedFields,
  };
}

export function userView(row: CarrierRow): CarrierView {
  const own = storedFields(row);
  return {
    id: `user-${row.id}`,
    origin: 'user',
    edited: false,
    name: own.name ?? '',
    company: '',
    country: own.country ?? null,
    timeZone: own.timeZone ?? null,
    renewalUrl: own.renewalUrl ?? null,
    homepage: own.homepage ?? null,
    policyUrl: null,
    notes: own.notes ?? '',
    rules: own.rules ?? [],
    lapsePhases: own.lapsePhases ?? [],
    billingPeriod: own.billingPeriod ?? null,
    currency: null,
    confidence: 'user',
    confidenceNote: '',
    caveats: '',
    researchDate: null,
    summary: '',
    sources: [],
    unmapped: [],
    editedFields: [],
  };
}

export function summaryOf(view: CarrierView): CarrierSummary {
  const { id, origin, edited, name, company, country, timeZone, renewalUrl, confidence, researchDate, summary } = view;
  return { id, origin, edited, name, company, country, timeZone, renewalUrl, confidence, researchDate, summary };
}

export function allCarrierViews(db: Database.Database, locale: Locale): CarrierView[] {
  const rows = listCarrierRows(db);
  const overrides = new Map(rows.filter((row) => row.catalog_id !== null).map((row) => [row.catalog_id as string, row]));
  const catalog = [...bundledCatalog().values()].map((entry) => catalogView(entry, overrides.get(entry.id), locale));
  const own = rows.filter((row) => row.catalog_id === null).map(userView);
  return [...own, ...catalog];
}

export function userRowId(id: string): number | null {
  const match = /^user-(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export function carrierView(db: Database.Database, id: string, locale: Locale): CarrierView | null {
  const userId = userRowId(id);
  if (userId !== null) {
    const row = carrierRowById(db, userId);
    return row ? userView(row) : null;
  }
  const entry = bundledCatalog().get(id);
  return entry ? catalogView(entry, carrierRowByCatalogId(db, id), locale) : null;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en');

/**
 * The carrier a number's free-text carrier names: the user's own first, then the catalog, by name (or the
 * catalog's company name), preferring one in the number's country. Null when nothing matches exactly.
 */
export function resolveCarrier(views: CarrierView[], carrierName: string, country: string): CarrierView | null {
  const name = fold(carrierName);
  if (!name) return null;
  const matches = views.filter((view) => fold(view.name) === name || (view.company !== '' && fold(view.company) === name));
  return matches.find((view) => view.origin === 'user') ?? matches.find((view) => view.country === country) ?? matches[0] ?? null;
}
