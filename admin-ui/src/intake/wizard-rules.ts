import type { Material } from '../items/types';
import type { IntakeDecision, ItemGuide } from './types';

/** Required materials the applicant has not brought. */
export function missingMaterials(guide: ItemGuide, provided: ReadonlySet<string>): Material[] {
  return guide.materials.filter((m) => m.required && !provided.has(m.code));
}

/**
 * What the clerk may decide given the materials (the server checks again): 受理 only when nothing required is
 * missing; 容缺受理 when something is missing and all of it may be supplied later; 一次性告知 when anything is
 * missing; 不予受理 always.
 */
export function allowedDecisions(missing: Material[]): IntakeDecision[] {
  if (missing.length === 0) return ['ACCEPT', 'REFUSE'];
  const allMayFollow = missing.every((m) => m.deficiencyAllowed);
  return allMayFollow ? ['ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'] : ['NOTICE', 'REFUSE'];
}

/** The decision offered first. */
export function suggestedDecision(missing: Material[]): IntakeDecision {
  return allowedDecisions(missing)[0];
}

/** A China civil date `days` calendar days after `from` (the browser's local day). */
export function civilDateAfter(days: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
