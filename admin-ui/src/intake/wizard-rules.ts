import type { GuideMaterial, IntakeDecision, ItemGuide } from './types';

/** Required materials the applicant has not brought. */
export function missingMaterials(guide: ItemGuide, provided: ReadonlySet<string>): GuideMaterial[] {
  return guide.materials.filter((m) => m.required && !provided.has(m.code));
}

/**
 * What the clerk may decide given the materials (the server checks again): 受理 only when nothing required is
 * missing; 容缺受理 when something is missing and all of it may be supplied later; 一次性告知 when anything is
 * missing; 不予受理 always.
 */
export function allowedDecisions(missing: GuideMaterial[]): IntakeDecision[] {
  if (missing.length === 0) return ['ACCEPT', 'REFUSE'];
  const deferrable = missing.every((m) => m.deferrable);
  return deferrable ? ['ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'] : ['NOTICE', 'REFUSE'];
}

/** The decision offered first. */
export function suggestedDecision(missing: GuideMaterial[]): IntakeDecision {
  return allowedDecisions(missing)[0];
}

/** A China civil date `days` calendar days after `from` (the browser's local day). */
export function civilDateAfter(days: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** One key per wizard run, reused on retry. crypto.randomUUID exists only in secure contexts (https, localhost). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
