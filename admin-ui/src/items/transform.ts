import { GUIDE_FIELDS, type ItemDetail, type Material } from './types';

const material = (m: Partial<Material>): Material => ({
  code: String(m.code ?? '').trim(),
  name: String(m.name ?? '').trim(),
  required: Boolean(m.required),
  deficiencyAllowed: Boolean(m.deficiencyAllowed),
  note: m.note?.trim() || null,
  sample: m.sample?.trim() || null,
});

/** Only the guide fields go to the API (the form's record also holds id, department names, …). */
export function guideBody(data: Partial<ItemDetail>, withCode = false): Record<string, unknown> {
  const body: Record<string, unknown> = withCode ? { code: data.code?.trim() } : {};
  for (const field of GUIDE_FIELDS) {
    if (data[field] === undefined) continue;
    body[field] = field === 'materials' ? (data.materials ?? []).map(material) : data[field];
  }
  if (body.coDepartmentCodes === null) body.coDepartmentCodes = [];
  return body;
}
