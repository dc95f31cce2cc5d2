import { Route } from 'react-router-dom';
import { AssessmentPage } from './AssessmentPage';

export const assessmentRoutes = [<Route key="assessment" path="/assessment" element={<AssessmentPage />} />];
