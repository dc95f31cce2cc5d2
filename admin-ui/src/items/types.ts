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

/** 申请材料 of an item's guide, as GET /items/:code lists them: the catalogue and the intake wizard both show them. */
export interface Material {
  code: string;
  name: string;
  required: boolean;
  /** 容缺受理: may be missing at acceptance and supplied later */
  deficiencyAllowed: boolean;
  copies?: number | null;
  note?: string | null;
  /** 填写样例, shown in the public guide */
  sample?: string | null;
}

/** GET /items/:code — the full 办事指南. */
export interface ItemDetail extends ItemSummary {
  legalBasis: string;
  conditions: string;
  materials: Material[];
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
