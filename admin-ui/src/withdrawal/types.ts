/** A matter's withdrawal (GET /matters/:id/withdrawal). */
export interface Withdrawal {
  id: string;
  matterId: string;
  channel: 'WINDOW' | 'PUBLIC';
  reason: string;
  recordedByName: string | null;
  fileName: string | null;
  mime: string | null;
  size: number | null;
  sha256: string | null;
  at: string;
}

export interface WithdrawalForm {
  reason: string;
  file: File;
}
