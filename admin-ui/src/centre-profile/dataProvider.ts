import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { AgentCard } from '../disclosure/types';
import type { AgentCardInput, CentreProfile } from './types';

/** 办事公开 as admins keep it: the centre's particulars and the agents' public cards. */
export interface CentreProfileMethods {
  getCentreProfile(): Promise<CentreProfile>;
  saveCentreProfile(profile: CentreProfile): Promise<CentreProfile>;
  getAgentCards(): Promise<AgentCard[]>;
  saveAgentCard(userId: string, input: AgentCardInput): Promise<AgentCard>;
}

export function withCentreProfileMethods<T extends DataProvider>(base: T): T & CentreProfileMethods {
  return {
    ...base,
    getCentreProfile: () => apiFetch('/centre-profile'),
    saveCentreProfile: ({ updatedAt: _ignored, ...profile }) =>
      apiFetch('/centre-profile', { method: 'PUT', body: JSON.stringify(profile) }),
    getAgentCards: () => apiFetch('/agent-profiles'),
    saveAgentCard: (userId, input) =>
      apiFetch(`/agent-profiles/${encodeURIComponent(userId)}`, { method: 'PUT', body: JSON.stringify(input) }),
  };
}
export type CentreProfileDataProvider = DataProvider & CentreProfileMethods;
