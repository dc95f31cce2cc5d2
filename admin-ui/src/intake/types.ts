import type { Material } from '../items/types';
import type { CaseKind } from '../matters/types';

/** A row of GET /items. */
export interface ItemSummary {
  code: string;
  name: string;
  kind: CaseKind;
  leadDepartmentCode: string;
  coDepartmentCodes: string[];
  promisedDays: number;
  statutoryDays: number;
  feeText: string | null;
  deliveryMethods: string[];
  procedureKey: string;
  active: boolean;
}

/** GET /items/:code: the item and its guide (办事指南). */
export interface ItemGuide extends ItemSummary {
  legalBasis: string;
  conditions: string;
  materials: Material[];
  departmentNames?: string[];
}

export type IntakeDecision = 'ACCEPT' | 'ACCEPT_WITH_DEFICIENCY' | 'NOTICE' | 'REFUSE';
export const INTAKE_DECISIONS: IntakeDecision[] = ['ACCEPT', 'ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'];

export interface ApplicantInput {
  name: string;
  idNumber: string;
  phone: string;
  /** optional: notices go by e-mail too */
  email?: string;
}

/** GET /windows: a 受理窗口 of the clerk's department */
export interface WindowOption {
  code: string;
  name: string;
}

/** POST /matters/intake */
export interface IntakeRequest {
  idempotencyKey: string;
  windowCode?: string;
  itemCode: string;
  applicant: ApplicantInput;
  providedMaterials: string[];
  decision: IntakeDecision;
  owed?: Array<{ code: string; dueDate: string }>;
  reason?: string;
  entrustment?: { documentRef: string; agentNote?: string };
}

export type IntakeResult =
  | {
      kind: 'MATTER';
      matter: { id: string; receiptNo: string; status: string; dueDate: string | null; provisional: boolean };
    }
  | {
      kind: 'NOTICE' | 'REFUSAL';
      notice: { id: string; noticeNo: string; missing: Array<{ code: string; name: string }>; reason: string | null };
    };
