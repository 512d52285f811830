// Errors travel as data: every transport returns the same envelope, never a thrown object.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'database_newer',
  'database_corrupt',
  'database_unavailable',
  'storage_failed',
  'busy',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a field was refused; each has a sentence in `messages.ts` for every locale. */
export const FIELD_REASONS = [
  'required',
  'wrong_type',
  'too_long',
  'too_short',
  'too_small',
  'too_big',
  'too_many',
  'not_integer',
  'bad_format',
  'not_allowed_value',
  'unknown_key',
  'not_a_date',
  'date_out_of_range',
  'unknown_zone',
  'unknown_currency',
  'unknown_country',
  'invalid_phone',
  'phone_letters',
  'phone_symbols',
  'unknown_calling_code',
  'phone_too_short',
  'phone_too_long',
  'phone_wrong_length',
  'phone_not_valid_there',
  'wrong_country',
  'too_many_decimals',
  'ambiguous_amount',
  'future_date',
  'before_expiry',
  'before_event',
  'duplicate',
  'looks_like_card_number',
  'needs_billing_period',
  'needs_amount',
  'needs_expiry_date',
  'duplicate_value',
  'edited_since',
  'nothing_to_undo',
  'not_last_event',
  'before_from',
  'not_https',
  'no_renewal_url',
  'file_type_mismatch',
  'not_a_backup',
  'not_absolute_path',
  'plain_text_keyring',
  'secret_unreadable',
  'invalid',
  'reminder_closed',
  'reminder_not_due',
  'not_in_future',
  'too_far_ahead',
  'needs_currency',
  'currency_conflict',
  'needs_payment_method',
  'date_order_needed',
  'duplicate_in_file',
  'unreadable_file',
  'invalid_rows',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

export interface FieldIssue {
  field: string;
  reason: FieldReason;
  message: string;
  /** Values the sentence needs, such as a maximum or the country a number belongs to. */
  detail?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The first field at fault, dotted (`rules.0.every.count`); absent when no single field is. */
  field?: string;
  reason?: FieldReason;
  /** Every field at fault, so a form can mark them all at once. */
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
