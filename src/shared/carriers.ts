import * as z from 'zod';
import { CountryCode, Id, Period, TimeZone } from './primitives.ts';
import { LapsePhase, Rule } from './rules.ts';

/** Catalog ids are the researched ids (`gb-giffgaff`); the user's own carriers are `user-<n>`. */
export const CarrierId = z.string().regex(/^(user-[1-9]\d{0,14}|[a-z0-9]+(-[a-z0-9]+){0,8})$/).max(64);

/** How sure the research is: never shown as more certain than its sources. The user's own word is `user`. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low', 'user'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** A page Keepline opens for the user: https only, judged on the parsed URL, no credentials in it. */
export const HttpsUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(isHttpsUrl, { params: { reason: 'not_https' } });

export const CarrierSource = z.object({
  url: z.string(),
  title: z.string(),
  date: z.string().nullable(),
});

export const CarrierSummary = z.object({
  id: CarrierId,
  origin: z.enum(['catalog', 'user']),
  /** A catalog carrier the user has changed; their changes win over catalog updates. */
  edited: z.boolean(),
  name: z.string(),
  company: z.string(),
  country: z.string().nullable(),
  timeZone: z.string().nullable(),
  renewalUrl: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  researchDate: z.string().nullable(),
  /** The researched rule in one sentence, as the source words it. */
  summary: z.string(),
});
export type CarrierSummary = z.infer<typeof CarrierSummary>;

export const CarrierView = z.object({
  ...CarrierSummary.shape,
  homepage: z.string().nullable(),
  policyUrl: z.string().nullable(),
  notes: z.string(),
  rules: z.array(Rule),
  lapsePhases: z.array(LapsePhase),
  billingPeriod: Period.nullable(),
  /** The currency (ISO 4217) the rules' amounts are in, when known; null for the user's own rules. */
  currency: z.string().nullable(),
  confidenceNote: z.string(),
  caveats: z.string(),
  sources: z.array(CarrierSource),
  /** What the research says that Keepline's rule could not express, so the user can check it. */
  unmapped: z.array(z.string()),
  /** Fields the user changed on a catalog carrier. */
  editedFields: z.array(z.string()),
});
export type CarrierView = z.infer<typeof CarrierView>;

/** The fields a user can set on their own carrier, or change on a catalog one. */
export const CarrierFields = z.strictObject({
  name: z.string().trim().min(1).max(100),
  country: CountryCode.nullable(),
  timeZone: TimeZone.nullable(),
  homepage: HttpsUrl.nullable(),
  renewalUrl: HttpsUrl.nullable(),
  notes: z.string().max(2000),
  rules: z.array(Rule).max(10),
  lapsePhases: z.array(LapsePhase).max(10),
  billingPeriod: Period.nullable(),
});
export type CarrierFields = z.infer<typeof CarrierFields>;

/**
 * New user carrier (no id), or a change to one: every field given is stored. For a catalog id only the
 * fields given are stored, as the user's overrides.
 */
export const CarrierSave = z.strictObject({
  id: CarrierId.optional(),
  fields: CarrierFields.partial(),
});

/** What picking a carrier prefills on a number. */
export const RuleSuggestion = z.object({
  carrierId: CarrierId,
  name: z.string(),
  timeZone: z.string().nullable(),
  rules: z.array(Rule),
  lapsePhases: z.array(LapsePhase),
  billingPeriod: Period.nullable(),
  currency: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  researchDate: z.string().nullable(),
  sources: z.array(CarrierSource),
  unmapped: z.array(z.string()),
  caveats: z.string(),
});
export type RuleSuggestion = z.infer<typeof RuleSuggestion>;

/** One carrier session: a carrier and an account, and the numbers that share it. */
export const CarrierSession = z.object({
  partition: z.string(),
  carrier: z.string(),
  accountRef: z.string(),
  numberIds: z.array(Id),
  numbers: z.array(z.string()),
});
export type CarrierSession = z.infer<typeof CarrierSession>;

export const RenewalTarget = z.object({
  numberId: Id,
  carrierId: CarrierId.nullable(),
  carrierName: z.string(),
  /** The page to open; null when neither the number's carrier nor the catalog knows one. */
  url: z.string().nullable(),
  partition: z.string(),
});
export type RenewalTarget = z.infer<typeof RenewalTarget>;

export const RECEIPT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

export const ReceiptUpload = z.strictObject({
  eventId: Id,
  fileName: z.string().trim().min(1).max(200),
  mediaType: z.enum(RECEIPT_TYPES),
  /** The file, base64; at most 10 MB once decoded. */
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_RECEIPT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/**
 * A file the carrier's page downloaded in its renewal window that could be the receipt (PDF, PNG or JPEG),
 * saved where the user chose. Only its id crosses to the page: the desktop shell keeps where it is.
 */
export const DownloadedReceipt = z.object({
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  fileName: z.string(),
  mediaType: z.enum(RECEIPT_TYPES),
  size: z.int().min(0),
});
export type DownloadedReceipt = z.infer<typeof DownloadedReceipt>;

export const AttachmentView = z.object({
  id: Id,
  eventId: Id,
  fileName: z.string(),
  mediaType: z.enum(RECEIPT_TYPES),
  size: z.int(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
