/** api/assessment/assessment.types.ts ZAssessmentReport */
export interface Figures {
  finished: number;
  onTime: number;
  onTimeRate: number | null;
  avgDaysUsed: number | null;
  avgDaysAhead: number | null;
  ratings: number;
  avgRating: number | null;
  goodRatings: number;
  complaintsUpheld: number;
  firstAsks: number;
}

export interface AssessmentPerson extends Figures {
  userId: string;
  name: string;
  departmentName: string;
  stationName: string | null;
  roles: string[];
}

export type IndexPart = 'efficiency' | 'quality' | 'performance';

export interface AssessmentStation extends Figures {
  stationId: string;
  code: string;
  name: string;
  village: string;
  agents: number;
  parts: Record<IndexPart, number | null>;
  serviceIndex: number | null;
}

export interface Weights extends Record<IndexPart, number> {
  updatedAt?: string | null;
}

export interface AssessmentReport {
  from: string;
  to: string;
  weights: Weights;
  complaintsSource: { connected: boolean; zh: string; en: string };
  people: AssessmentPerson[];
  stations: AssessmentStation[];
}
