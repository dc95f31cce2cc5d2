/** Calendar days since the last progress (the list shows why the matter is here). */
export function daysWithoutProgress(lastProgressAt: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(lastProgressAt)) / 86_400_000));
}
