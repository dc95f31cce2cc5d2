import { withRejectionWritten } from '../../../activities/rejection-written';
import type { Db } from '../../../platform/db';

/** A database whose latest rejecting task is the given row (or none). */
const dbWith = (row: { comment: string | null; formData: unknown } | null) => {
  const findFirst = jest.fn().mockResolvedValue(row);
  return { db: { task: { findFirst } } as unknown as Db, findFirst };
};

describe('a 退办 reads what the deciding step wrote from its row', () => {
  test('reason, basis and remedies come from the step form', async () => {
    const { db, findFirst } = dbWith({
      comment: '不符合条件',
      formData: { reason: '收入超标', legalBasis: '第四十七条', remedies: '可申请行政复议' },
    });
    expect(await withRejectionWritten(db, 'm1', {})).toEqual({
      reason: '收入超标',
      legalBasis: '第四十七条',
      remedies: '可申请行政复议',
    });
    expect(findFirst.mock.calls[0][0].where).toEqual({ matterId: 'm1', decision: 'reject', status: 'COMPLETED' });
  });

  test('without a written reason the opinion is the reason; blanks are not text', async () => {
    const { db } = dbWith({ comment: '材料虚假', formData: { reason: '  ', legalBasis: '' } });
    expect(await withRejectionWritten(db, 'm1', {})).toEqual({
      reason: '材料虚假',
      legalBasis: undefined,
      remedies: undefined,
    });
  });

  test('what an older run passed wins, and a complete one reads nothing', async () => {
    const { db, findFirst } = dbWith({ comment: 'x', formData: { reason: '库中理由', remedies: '库中救济' } });
    expect(await withRejectionWritten(db, 'm1', { reason: '流程理由' })).toEqual({
      reason: '流程理由',
      legalBasis: undefined,
      remedies: '库中救济',
    });
    findFirst.mockClear();
    const given = { reason: 'a', legalBasis: 'b', remedies: 'c' };
    expect(await withRejectionWritten(db, 'm1', given)).toBe(given);
    expect(findFirst).not.toHaveBeenCalled();
  });

  test('no rejecting step: nothing is added', async () => {
    expect(await withRejectionWritten(dbWith(null).db, 'm1', {})).toEqual({
      reason: undefined,
      legalBasis: undefined,
      remedies: undefined,
    });
  });
});
