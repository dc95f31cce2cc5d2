/** A row of GET /items (the catalogue); `id` is the code, added by the console's data provider. */
export interface ItemSummary {
  id: string;
  code: string;
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED' | 'JOINT' | 'REPORTED';
  leadDepartmentCode: string;
  coDepartmentCodes: string[];
  promisedDays: number;
  statutoryDays: number;
  feeText: string;
  deliveryMethods: string[];
  procedureKey: string;
  active: boolean;
}

export interface ItemMaterial {
  code: string;
  name: string;
  required: boolean;
  /** 容缺: may be accepted missing and supplied later */
  deferrable: boolean;
  copies?: number | null;
  note?: string | null;
  /** 填写样例, shown in the public guide */
  sample?: string | null;
}

/** GET /items/:code — the full 办事指南. */
export interface ItemDetail extends ItemSummary {
  legalBasis: string;
  conditions: string;
  materials: ItemMaterial[];
  departmentNames?: Record<string, string> | string[];
}

/** The guide fields PUT /items/:code and POST /items accept. */
export const GUIDE_FIELDS = [
  'name',
  'kind',
  'leadDepartmentCode',
  'coDepartmentCodes',
  'promisedDays',
  'statutoryDays',
  'feeText',
  'deliveryMethods',
  'procedureKey',
  'active',
  'legalBasis',
  'conditions',
  'materials',
] as const;
