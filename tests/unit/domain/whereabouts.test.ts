import { presenceAt } from '../../../domain/whereabouts';

const at = (iso: string) => new Date(iso);
const noAbsence = { absentFrom: null, absentUntil: null, backupUserId: null };
const survey = {
  kind: 'SITE_SURVEY',
  note: '东村宅基地勘察',
  from: at('2026-12-07T01:00:00Z'),
  until: at('2026-12-07T05:00:00Z'),
  returnedAt: null,
};

describe('presenceAt (去向栏)', () => {
  test('at the post when nothing says otherwise', () => {
    expect(presenceAt(at('2026-12-07T02:00:00Z'), noAbsence, [])).toEqual({
      status: 'AT_POST',
      until: null,
      note: null,
      coveredById: null,
    });
  });

  test('a spell away holds from its start until it ends or the person is back', () => {
    expect(presenceAt(at('2026-12-07T02:00:00Z'), noAbsence, [survey])).toMatchObject({
      status: 'SITE_SURVEY',
      note: '东村宅基地勘察',
      until: survey.until,
    });
    expect(presenceAt(at('2026-12-07T05:00:00Z'), noAbsence, [survey]).status).toBe('AT_POST');
    expect(presenceAt(at('2026-12-07T00:59:00Z'), noAbsence, [survey]).status).toBe('AT_POST');
    const back = { ...survey, returnedAt: at('2026-12-07T03:00:00Z') };
    expect(presenceAt(at('2026-12-07T03:30:00Z'), noAbsence, [back]).status).toBe('AT_POST');
  });

  test('leave comes from the AB岗 absence and names who covers, ahead of any spell away', () => {
    const absence = {
      absentFrom: at('2026-12-06T16:00:00Z'),
      absentUntil: at('2026-12-08T16:00:00Z'),
      backupUserId: 'b-post',
    };
    expect(presenceAt(at('2026-12-07T02:00:00Z'), absence, [survey])).toEqual({
      status: 'ON_LEAVE',
      until: absence.absentUntil,
      note: null,
      coveredById: 'b-post',
    });
    expect(presenceAt(at('2026-12-08T16:00:00Z'), absence, []).status).toBe('AT_POST');
  });
});
