/**
 * 投诉 as matters: a complaint is a matter of a catalogue item whose procedure is the complaint procedure
 * (bpmn/procedures/complaint.bpmn). The procedure waits at 受理分办 until the receiving clerk names the department
 * concerned (the message below, whose payload the reply step's multi-instance reads), then that department replies
 * within the item's limit and marks the complaint 属实 / 不属实.
 */

/** The procedure key that makes a catalogue item a complaint item. */
export const COMPLAINT_PROCEDURE_KEY = 'complaint';

/** How the complaint reached the centre: at the window, by phone (entered by staff), on the public page. */
export const COMPLAINT_CHANNELS = ['WINDOW', 'PHONE', 'PUBLIC'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The message that ends 受理分办; its payload names the department(s) that reply. */
export const COMPLAINT_ASSIGNED_MESSAGE = 'complaintAssigned';
/** The form value the reply step's multi-instance reads (`${form.complaintDepartments}`). */
export const COMPLAINT_DEPARTMENTS_FORM_KEY = 'complaintDepartments';

/** The reply step's form field the replying department decides the complaint with, and its values. */
export const UPHELD_FIELD = 'upheld';
export const UPHELD = '属实';
export const NOT_UPHELD = '不属实';

/**
 * The department concerned, as the link decides it: the staff member's department when a person is named (the
 * complaint is about their conduct), else the complained-about matter's lead department; none when nothing is linked.
 */
export function departmentConcerned(link: {
  staffDepartmentCode?: string | null;
  matterLeadDepartmentCode?: string | null;
}): string | null {
  return link.staffDepartmentCode ?? link.matterLeadDepartmentCode ?? null;
}

/** Replied on time: finished by the end of the reply limit (a matter's deadline, working days like every limit). */
export function repliedOnTime(completedAt: Date, dueAt: Date | null): boolean {
  return dueAt === null || completedAt.getTime() <= dueAt.getTime();
}
