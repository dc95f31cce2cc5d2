/** A stored file of a material (GET /matters/:id/materials, POST …/files, POST /materials/uploads). */
export interface MaterialFile {
  id: string;
  materialCode: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  stage: 'INTAKE' | 'SUPPLEMENT';
  uploadedAt: string;
  uploadedByName: string | null;
}

export type OwedState = 'NONE' | 'OWED' | 'OVERDUE' | 'SUPPLIED';

export interface MaterialWithFiles {
  code: string;
  name: string;
  required: boolean;
  provided: boolean;
  owed: boolean;
  dueDate: string | null;
  owedState: OwedState;
  supplied: { how: 'FILE' | 'MARK'; at: string; byName: string | null; note: string | null } | null;
  files: MaterialFile[];
}

export interface MatterMaterials {
  matterId: string;
  canUpload: boolean;
  canMarkSupplied: boolean;
  limits: { fileBytes: number; matterBytes: number; usedBytes: number };
  materials: MaterialWithFiles[];
}

export interface UploadLimits {
  fileBytes: number;
  matterBytes: number;
}

/** What the file picker offers; the server checks the content whatever the name says. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
