import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import type { BackupCandidate, BackupInput, Me, UserRow } from './types';

export interface UserMethods {
  setUserBackup(userId: string, input: BackupInput): Promise<UserRow | null>;
  getMe(): Promise<Me>;
  getUser(userId: string): Promise<UserRow>;
  getBackupCandidates(): Promise<BackupCandidate[]>;
}

export function withUserMethods<T extends DataProvider>(base: T): T & UserMethods {
  return {
    ...base,
    setUserBackup: (userId, input) =>
      apiFetch(`/users/${encodeURIComponent(userId)}/backup`, { method: 'PUT', body: JSON.stringify(input) }),
    getMe: () => apiFetch('/auth/me'),
    getUser: (userId) => apiFetch(`/users/${encodeURIComponent(userId)}`),
    getBackupCandidates: () => apiFetch('/users/backup-candidates'),
  };
}
