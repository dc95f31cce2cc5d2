import { materialViews, type MaterialFileView, type RecordedMaterial } from '../../../api/materials/material-status';

const recorded: RecordedMaterial[] = [
  { code: 'ID_CARD', name: '身份证', required: true, provided: true, owed: false, dueDate: null },
  { code: 'INCOME', name: '收入说明', required: true, provided: false, owed: true, dueDate: '2026-03-10' },
  { code: 'ASSETS', name: '财产申报表', required: true, provided: false, owed: true, dueDate: '2026-03-20' },
  { code: 'PHOTO', name: '照片', provided: false, owed: false, dueDate: null },
];
const file = (materialCode: string, stage: MaterialFileView['stage'], minute = 0): MaterialFileView => ({
  id: `${materialCode}-${stage}-${minute}`,
  materialCode,
  name: `${materialCode}.pdf`,
  mime: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  stage,
  uploadedAt: new Date(Date.UTC(2026, 2, 5, 0, minute)),
  uploadedByName: '窗口',
});

describe('materialViews', () => {
  it('lists each material with its own files, in the recorded order', () => {
    const views = materialViews(
      recorded,
      [file('ID_CARD', 'INTAKE'), file('ID_CARD', 'SUPPLEMENT', 5)],
      [],
      '2026-03-01',
    );
    expect(views.map((v) => [v.code, v.files.length])).toEqual([
      ['ID_CARD', 2],
      ['INCOME', 0],
      ['ASSETS', 0],
      ['PHOTO', 0],
    ]);
    expect(views[3].required).toBe(true); // older records have no `required`: counted as required
  });

  it('tracks owed materials: owed until the due date, overdue after it', () => {
    const on = (today: string) => materialViews(recorded, [], [], today).map((v) => v.owedState);
    expect(on('2026-03-10')).toEqual(['NONE', 'OWED', 'OWED', 'NONE']);
    expect(on('2026-03-11')).toEqual(['NONE', 'OVERDUE', 'OWED', 'NONE']);
  });

  it('counts a file uploaded after acceptance, or a staff mark, as supplied; a file from the intake does not', () => {
    const views = materialViews(
      recorded,
      [file('INCOME', 'INTAKE'), file('INCOME', 'SUPPLEMENT', 9)],
      [{ materialCode: 'ASSETS', note: '纸质原件', byName: '窗口', at: new Date(Date.UTC(2026, 2, 6)) }],
      '2026-03-30',
    );
    expect(views[1]).toMatchObject({ owedState: 'SUPPLIED', supplied: { how: 'FILE', byName: '窗口' } });
    expect(views[2]).toMatchObject({ owedState: 'SUPPLIED', supplied: { how: 'MARK', note: '纸质原件' } });
    expect(materialViews(recorded, [file('INCOME', 'INTAKE')], [], '2026-03-30')[1].owedState).toBe('OVERDUE');
  });
});
