import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { AssessmentReport, Weights } from './types';

/** 考核: the period's assessment and the service index's weights (admins set them). */
export interface AssessmentMethods {
  getAssessment(from: string, to: string): Promise<AssessmentReport>;
  setAssessmentWeights(weights: Weights): Promise<Weights>;
}
export type AssessmentDataProvider = DataProvider & AssessmentMethods;

export function withAssessmentMethods<T extends DataProvider>(base: T): T & AssessmentMethods {
  return {
    ...base,
    getAssessment: (from, to) => apiFetch(withQuery('/assessment', { from, to })),
    setAssessmentWeights: ({ efficiency, quality, performance }) =>
      apiFetch('/assessment/weights', { method: 'PUT', body: JSON.stringify({ efficiency, quality, performance }) }),
  };
}
