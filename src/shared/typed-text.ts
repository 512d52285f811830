// Text as a Chinese (or Japanese, Korean) keyboard types it: full-width digits, plus, comma, period and
// spaces (１８, ＋８５２, ，, ．, the ideographic space) read as the ASCII ones they stand for.

/** NFKC: "＋８５２\u3000５１２３" -> "+852 5123", "１，０００．５０" -> "1,000.50"; ASCII stays as it is. */
export function normalizeTyped(text: string): string {
  // Most text is ASCII already: normalizing it would only copy it.
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC');
}
