import { allowedDecisions, civilDateAfter, missingMaterials } from '../../../admin-ui/src/intake/wizard-rules';
import { newIdempotencyKey } from '../../../admin-ui/src/shared/idempotency';
import {
  buildIntakeRequest,
  initialWizardState,
  stepComplete,
  type WizardState,
} from '../../../admin-ui/src/intake/wizard-state';
import type { ItemGuide } from '../../../admin-ui/src/intake/types';

const guide: ItemGuide = {
  code: 'MZ-001',
  name: '最低生活保障申请',
  kind: 'PROMISED',
  leadDepartmentCode: 'MINZHENG',
  coDepartmentCodes: [],
  promisedDays: 15,
  statutoryDays: 30,
  feeText: null,
  deliveryMethods: ['ONSITE'],
  procedureKey: 'promised',
  active: true,
  legalBasis: '《社会救助暂行办法》',
  conditions: '本地户籍',
  materials: [
    { code: 'ID_CARD', name: '身份证', required: true, deficiencyAllowed: false },
    { code: 'INCOME', name: '收入说明', required: true, deficiencyAllowed: true },
    { code: 'PHOTO', name: '照片', required: false, deficiencyAllowed: true },
  ],
};

const state = (patch: Partial<WizardState>): WizardState => ({ ...initialWizardState(false), step: 3, ...patch });

describe('intake wizard rules', () => {
  test('missing materials are the required ones not ticked', () => {
    expect(missingMaterials(guide, new Set(['ID_CARD'])).map((m) => m.code)).toEqual(['INCOME']);
    expect(missingMaterials(guide, new Set(['ID_CARD', 'INCOME']))).toEqual([]);
  });

  test('decisions follow the materials', () => {
    expect(allowedDecisions([])).toEqual(['ACCEPT', 'REFUSE']);
    expect(allowedDecisions(missingMaterials(guide, new Set(['ID_CARD'])))).toEqual([
      'ACCEPT_WITH_DEFICIENCY',
      'NOTICE',
      'REFUSE',
    ]);
    expect(allowedDecisions(missingMaterials(guide, new Set()))).toEqual(['NOTICE', 'REFUSE']);
  });

  test('容缺受理 needs a due date for each owed material and sends them', () => {
    const s = state({ provided: new Set(['ID_CARD']), decision: 'ACCEPT_WITH_DEFICIENCY' });
    expect(stepComplete(s, guide)).toBe(false);
    const dated = { ...s, owedDue: { INCOME: '2026-12-01' } };
    expect(stepComplete(dated, guide)).toBe(true);
    expect(buildIntakeRequest(dated, guide, 'key-1').owed).toEqual([{ code: 'INCOME', dueDate: '2026-12-01' }]);
  });

  test('不予受理 needs a reason; an entrusted intake needs the entrustment reference', () => {
    expect(stepComplete(state({ decision: 'REFUSE' }), guide)).toBe(false);
    expect(stepComplete(state({ decision: 'REFUSE', reason: '不符合条件' }), guide)).toBe(true);
    const applicant = { name: '张三', idNumber: '11010519491231002X', phone: '13812345678' };
    expect(stepComplete(state({ step: 2, applicant, proxy: true }), guide)).toBe(false);
    const entrusted = state({ step: 2, applicant, proxy: true, entrustment: { documentRef: 'WT-1', agentNote: '' } });
    expect(stepComplete(entrusted, guide)).toBe(true);
    const body = buildIntakeRequest({ ...entrusted, decision: 'NOTICE' }, guide, 'key-2');
    expect(body.entrustment).toEqual({ documentRef: 'WT-1' });
    expect(body.providedMaterials).toEqual([]);
  });

  test('idempotency keys are uuids and civil dates are YYYY-MM-DD', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(civilDateAfter(3, new Date(2026, 11, 30))).toBe('2027-01-02');
  });
});
