export interface CentreProfile {
  name: string;
  address: string;
  hours: string;
  phone: string;
  complaintPhone: string;
  discipline: string[];
  commitments: string[];
  updatedAt?: string | null;
}
export interface AgentCardInput {
  phone: string;
  note?: string | null;
  /** a data URL; null removes the photo; absent keeps it */
  photo?: string | null;
}
