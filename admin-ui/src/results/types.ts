/** GET /matters/:id/results (api/results/results.types.ts) */
export interface MatterResult {
  id: string;
  resultNo: string;
  resultType: 'certificate' | 'approval' | 'notice';
  centreName: string;
  holderName: string;
  itemName: string;
  issuedAt: string;
  issuedOn: string;
  validUntil: string | null;
  fileSize: number;
  fileSha256: string;
  status: 'VALID' | 'REVOKED';
  revokedAt: string | null;
  revokedByName: string | null;
  revokeReason: string | null;
  verifyUrl: string;
}

export interface MatterResults {
  results: MatterResult[];
  failures: Array<{ attempts: number; error: string; firstAt: string; lastAt: string }>;
  canRevoke: boolean;
}

/** The matter detail's delivery record (api/matters/matter-detail.sql.ts). */
export interface MatterDelivery {
  method: 'ONSITE' | 'MAIL' | 'TERMINAL' | string;
  carrier: string | null;
  trackingNo: string | null;
  signedBy: string | null;
  terminalCode: string | null;
  deliveredAt: string;
}

/** GET /public/verify/:code */
export interface Verification {
  resultNo: string;
  resultType: MatterResult['resultType'];
  resultTypeName: string;
  issuer: string;
  itemName: string;
  holderMasked: string;
  issuedOn: string;
  validUntil: string | null;
  status: 'VALID' | 'REVOKED' | 'EXPIRED';
  revokedOn: string | null;
  revokeReason: string | null;
}

export { CARRIER_CODES } from '../../../domain/delivery';
