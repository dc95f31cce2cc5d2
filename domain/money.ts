/** Amounts of money are whole fen (分) everywhere; yuan (元) only on the way in from a form and out to a reader. */

/** 8000 → '80.00' */
export const yuanText = (fen: number): string => (fen / 100).toFixed(2);

/** '80', '80.5', '80.50' → 8000, 8050, 8050; anything else (negative, more than two decimals, not a number) → null. */
export function fenOfYuan(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
