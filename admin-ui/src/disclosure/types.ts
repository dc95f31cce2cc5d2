import type { PublicBoardPerson } from '../staff-board/types';

/** The public 办事公开 answers (api/disclosure/disclosure.types.ts). */
export interface FeeLine {
  code?: string;
  name: string;
  amountFen: number;
  unit: string;
  basis: string;
}
export interface ItemFees {
  free: boolean;
  lines: FeeLine[];
}
export interface PublicCentre {
  name: string;
  address: string;
  hours: string;
  phone: string;
  complaintPhone: string;
}
export interface PublicItem {
  code: string;
  name: string;
  kind: string;
  departmentName: string;
  promisedDays: number;
  statutoryDays: number;
  fees: ItemFees;
}
export interface PublicCatalogue {
  centre: PublicCentre;
  items: PublicItem[];
}
export interface PublicGuide extends PublicItem {
  legalBasis: string;
  conditions: string;
  deliveryMethods: string[];
  coDepartmentNames: string[];
  materials: Array<{
    name: string;
    required: boolean;
    deferrable: boolean;
    note: string | null;
    sample: string | null;
  }>;
  centre: PublicCentre;
  windows: string[];
  stations: string[];
}
export interface AgentCard {
  id: string;
  name: string;
  stationName: string | null;
  village: string | null;
  phone: string | null;
  note: string | null;
  hasPhoto: boolean;
}
export interface ResultRow {
  receiptNo: string;
  itemName: string;
  result: 'COMPLETED' | 'REJECTED' | 'REPORTED_UP' | 'WITHDRAWN' | 'TERMINATED';
  date: string;
}
export interface ResultsNotice {
  quarter: string;
  from: string;
  to: string;
  quarters: string[];
  data: ResultRow[];
  total: number;
}
export interface HallBoard {
  generatedAt: string;
  today: string;
  centre: Omit<PublicCentre, 'address'> & { discipline: string[]; commitments: string[] };
  figures: { acceptedToday: number; completedToday: number; inProgress: number; overdue: number };
  fees: Array<{ itemCode: string; itemName: string; lines: FeeLine[] }>;
  latestResults: ResultRow[];
  staff: PublicBoardPerson[];
}

/** POST /public/complaints (api ZPublicComplaint) */
export interface PublicComplaintInput {
  idempotencyKey: string;
  complainant: { name: string; phone: string };
  content: string;
  subjectReceiptNo?: string;
}
