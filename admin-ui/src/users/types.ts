/** A staff account as GET /users answers it (never with the password hash). */
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  departmentCode: string;
  departmentName?: string;
  active: boolean;
  backupUserId?: string | null;
  backupUserName?: string | null;
  /** China dates or instants, as the API answers */
  absentFrom?: string | null;
  absentUntil?: string | null;
  lockedUntil?: string | null;
  createdAt?: string;
}

/** PUT /users/:id/backup (AB岗) */
export interface BackupInput {
  backupUserId: string | null;
  absentFrom: string | null;
  absentUntil: string | null;
}

/** GET /auth/me */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  departmentCode: string;
  departmentName?: string;
}

/** GET /users/backup-candidates: the caller's active colleagues who may stand in. */
export interface BackupCandidate {
  id: string;
  username: string;
  displayName: string;
}
