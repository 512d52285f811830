// Whether the reminder banner is folded to one line. The user folds it; it stays folded, across pages and
// restarts, until a reminder is shown after the fold (a new one, or a snoozed one firing again).

const FOLDED_KEY = 'keepline.reminderBanner.foldedThrough';

/**
 * When the banner was folded, as the newest reminder shown then (ISO instant; '' when none was known), or
 * null when it is not folded.
 */
export function readFold(): string | null {
  try {
    return localStorage.getItem(FOLDED_KEY);
  } catch {
    return null;
  }
}

export function writeFold(newestShown: string | null): void {
  try {
    if (newestShown === null) localStorage.removeItem(FOLDED_KEY);
    else localStorage.setItem(FOLDED_KEY, newestShown);
  } catch {
    // Storage refused (private mode, full): the fold lasts as long as the page.
  }
}

/** Folded, and no reminder shown since: a reminder shown after the fold unfolds the banner. */
export function staysFolded(foldedThrough: string | null, newestShown: string | null): boolean {
  if (foldedThrough === null) return false;
  return newestShown === null || newestShown <= foldedThrough;
}
