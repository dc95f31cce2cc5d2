import type { PrintMaterial } from './types';

export interface MaterialLine {
  name: string;
  dueDate?: string | null;
  copies?: number | null;
}

/** Lines of a materials list; rows flagged `provided: false` are not received. */
export function materialLines(list: PrintMaterial[] | null | undefined, onlyProvided = false): MaterialLine[] {
  return (list ?? [])
    .filter((m) => !onlyProvided || typeof m === 'string' || m.provided !== false)
    .map((m) => (typeof m === 'string' ? { name: m } : { name: m.name, dueDate: m.dueDate, copies: m.copies }));
}
