import type { DataProvider } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from '../shared/query';
import type { MaterialFile, MatterMaterials, UploadLimits } from './types';

/** 电子材料: a matter's materials and files, uploads at intake and afterwards, marking an owed material supplied. */
export interface MaterialMethods {
  getMatterMaterials(matterId: string): Promise<MatterMaterials>;
  getUploadLimits(): Promise<UploadLimits>;
  listStagedFiles(intakeKey: string): Promise<MaterialFile[]>;
  stageMaterialFile(
    intake: { intakeKey: string; itemCode: string; materialCode: string },
    file: File,
  ): Promise<MaterialFile>;
  unstageMaterialFile(fileId: string): Promise<unknown>;
  attachMaterialFile(matterId: string, materialCode: string, file: File): Promise<MaterialFile>;
  markMaterialSupplied(matterId: string, materialCode: string, note?: string): Promise<unknown>;
}
export type MaterialDataProvider = DataProvider & MaterialMethods;

const form = (file: File) => {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
};
const matterPath = (id: string, code: string) =>
  `/matters/${encodeURIComponent(id)}/materials/${encodeURIComponent(code)}`;

/** Where the browser previews (inline) or downloads (attachment) a file; each request is audited. */
export const fileUrl = (fileId: string, download = false) =>
  `/api/materials/files/${encodeURIComponent(fileId)}/content${download ? '?download=1' : ''}`;

export function withMaterialMethods<T extends DataProvider>(base: T): T & MaterialMethods {
  return {
    ...base,
    getMatterMaterials: (id) => apiFetch(`/matters/${encodeURIComponent(id)}/materials`),
    getUploadLimits: () => apiFetch('/materials/limits'),
    listStagedFiles: (intakeKey) => apiFetch(withQuery('/materials/uploads', { intakeKey })),
    stageMaterialFile: (intake, file) =>
      apiFetch(withQuery('/materials/uploads', intake), { method: 'POST', body: form(file) }),
    unstageMaterialFile: (fileId) => apiFetch(`/materials/uploads/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
    attachMaterialFile: (id, code, file) =>
      apiFetch(`${matterPath(id, code)}/files`, { method: 'POST', body: form(file) }),
    markMaterialSupplied: (id, code, note) =>
      apiFetch(`${matterPath(id, code)}/supplied`, { method: 'POST', body: JSON.stringify(note ? { note } : {}) }),
  };
}
