/** A catalogue material as the matter recorded it at intake (Matter.materials). */
export interface RecordedMaterial {
  code: string;
  name: string;
  required?: boolean;
  provided: boolean;
  owed: boolean;
  dueDate: string | null;
}

export interface MaterialFileView {
  id: string;
  materialCode: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  stage: 'INTAKE' | 'SUPPLEMENT';
  uploadedAt: Date;
  uploadedByName: string | null;
}

export interface SuppliedMark {
  materialCode: string;
  note: string | null;
  byName: string | null;
  at: Date;
}

/**
 * 容缺 tracking: NONE (never owed), OWED (due date not passed), OVERDUE (past it, today counted as still in time),
 * SUPPLIED (a file uploaded for it after acceptance, or marked supplied by staff).
 */
export type OwedState = 'NONE' | 'OWED' | 'OVERDUE' | 'SUPPLIED';

export interface MaterialView extends RecordedMaterial {
  required: boolean;
  files: MaterialFileView[];
  owedState: OwedState;
  supplied: { how: 'FILE' | 'MARK'; at: Date; byName: string | null; note: string | null } | null;
}

/** Each recorded material with its files and where it stands; `today` is the China date (YYYY-MM-DD). */
export function materialViews(
  materials: RecordedMaterial[],
  files: MaterialFileView[],
  marks: SuppliedMark[],
  today: string,
): MaterialView[] {
  return materials.map((m) => {
    const own = files.filter((f) => f.materialCode === m.code);
    const suppliedFile = own.find((f) => f.stage === 'SUPPLEMENT');
    const mark = marks.find((x) => x.materialCode === m.code);
    const supplied = !m.owed
      ? null
      : suppliedFile
        ? { how: 'FILE' as const, at: suppliedFile.uploadedAt, byName: suppliedFile.uploadedByName, note: null }
        : mark
          ? { how: 'MARK' as const, at: mark.at, byName: mark.byName, note: mark.note }
          : null;
    const owedState: OwedState = !m.owed
      ? 'NONE'
      : supplied
        ? 'SUPPLIED'
        : m.dueDate && m.dueDate < today
          ? 'OVERDUE'
          : 'OWED';
    return { ...m, required: m.required ?? true, files: own, owedState, supplied };
  });
}
