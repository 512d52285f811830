import * as z from 'zod';
import { CarrierId, HttpsUrl } from '#shared/carriers.ts';

// The shape of resources/carriers.json (written by scripts/build-carrier-catalog.ts). Research facts are
// free text with a few numbers in them; only what Keepline computes with is checked strictly.

const Amount = z.object({ value: z.number().nullable(), unit: z.string() }).passthrough();

export const CatalogRuleFacts = z.object({
  kind: z.string(),
  summary: z.string(),
  period: Amount.nullable(),
  qualifyingActions: z.array(z.string()),
  nonQualifyingActions: z.array(z.string()),
  minCost: z.object({ amount: z.number(), currency: z.string() }).passthrough().nullable(),
  extensionTable: z.array(z.record(z.string(), z.unknown())).nullable(),
  extensionMode: z.string().nullable(),
  maxValidity: Amount.nullable(),
  gracePeriod: Amount.extend({ description: z.string().nullish() }).nullable(),
  numberLostAfter: Amount.nullable(),
  lapsePhases: z.array(z.record(z.string(), z.unknown())),
  notice: z.string().nullable(),
  reactivation: z.string().nullable(),
  deadlineFormula: z.string().nullable(),
});
export type CatalogRuleFacts = z.infer<typeof CatalogRuleFacts>;

export const CatalogEntry = z.object({
  id: CarrierId,
  name: z.string().min(1).max(200),
  company: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  timeZone: z.string().nullable(),
  status: z.string(),
  homepage: HttpsUrl.nullable(),
  renewalUrl: HttpsUrl.nullable(),
  policyUrl: HttpsUrl.nullable(),
  rule: CatalogRuleFacts,
  sources: z.array(z.object({ url: z.string(), title: z.string(), publisherType: z.string().nullable(), date: z.string().nullable() })),
  confidence: z.enum(['high', 'medium', 'low']),
  confidenceNote: z.string(),
  caveats: z.string(),
  researchDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  flags: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const CatalogFile = z.object({ format: z.literal(1), carriers: z.array(CatalogEntry) });
