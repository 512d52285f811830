import type { FieldErrors } from '../../forms/errors.ts';
import type { NumberDraft } from './draft.ts';

/** What every section of the number form gets: the draft, a way to change it, and the errors to show. */
export interface SectionProps {
  draft: NumberDraft;
  change: (patch: Partial<NumberDraft>) => void;
  errors: FieldErrors;
}
