import { departmentConcerned, repliedOnTime } from '../../../domain/complaints';

describe('complaints', () => {
  it('are assigned to the person’s department before the matter’s lead department, and to none without a link', () => {
    expect(departmentConcerned({ staffDepartmentCode: 'CANLIAN', matterLeadDepartmentCode: 'MINZHENG' })).toBe(
      'CANLIAN',
    );
    expect(departmentConcerned({ staffDepartmentCode: null, matterLeadDepartmentCode: 'MINZHENG' })).toBe('MINZHENG');
    expect(departmentConcerned({})).toBeNull();
  });

  it('are replied on time up to the last instant of the limit, late after it', () => {
    const due = new Date('2026-12-11T15:59:59.999Z');
    expect(repliedOnTime(new Date('2026-12-11T15:59:59.999Z'), due)).toBe(true);
    expect(repliedOnTime(new Date('2026-12-11T16:00:00.000Z'), due)).toBe(false);
    expect(repliedOnTime(new Date('2026-12-11T16:00:00.000Z'), null)).toBe(true);
  });
});
