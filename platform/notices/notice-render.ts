import { renderTemplate, type NoticeTemplateText } from '../../domain/notices';

/** What a notice reads of its matter when it is sent. */
export interface NoticeMatter {
  receiptNo: string;
  itemName: string;
  acceptedOn: string;
  dueDate: string | null;
  provisional: boolean;
  materials: unknown;
}

interface OwedMaterial {
  name?: string;
  owed?: boolean;
  dueDate?: string | null;
}

/** 容缺: the owed materials, each with the date it is due by. */
export function owedMaterialsText(materials: unknown): string {
  if (!Array.isArray(materials)) return '';
  return (materials as OwedMaterial[])
    .filter((m) => m.owed && m.name)
    .map((m) => (m.dueDate ? `${m.name}（${m.dueDate} 前）` : m.name!))
    .join('、');
}

/**
 * The placeholders' values: the matter's (domain/notices.ts MATTER_PLACEHOLDERS), then the cause's own (`data`),
 * which win where both have one (a reminder's owed materials are those falling due, not all of them).
 */
export function placeholderValues(
  matter: NoticeMatter,
  data: Record<string, unknown> | null,
  lookupPage: string,
): Record<string, string> {
  const own = Object.fromEntries(
    Object.entries(data ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  );
  return {
    receiptNo: matter.receiptNo,
    itemName: matter.itemName,
    acceptedDate: matter.acceptedOn,
    dueDate: matter.dueDate ? `${matter.dueDate}${matter.provisional ? '（暂定）' : ''}` : '',
    // the page opens with the receipt number filled in: the applicant adds the phone's last 4 digits
    lookupUrl: `${lookupPage}?receiptNo=${encodeURIComponent(matter.receiptNo)}`,
    owedMaterials: owedMaterialsText(matter.materials),
    ...own,
  };
}

export interface RenderedNotice {
  subject: string | null;
  text: string;
}

export function renderNotice(
  channel: 'EMAIL' | 'SMS',
  template: NoticeTemplateText,
  values: Record<string, string>,
): RenderedNotice {
  if (channel === 'SMS') return { subject: null, text: renderTemplate(template.smsText, values) };
  return { subject: renderTemplate(template.emailSubject, values), text: renderTemplate(template.emailBody, values) };
}
