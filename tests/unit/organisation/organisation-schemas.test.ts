import { ZBackupSchema, ZCreateUserSchema } from '../../../api/organisation/organisation.types';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('organisation schemas', () => {
  it('applies the system password policy as a field error', () => {
    const r = ZCreateUserSchema.safeParse({
      username: 'newuser',
      displayName: '新人',
      roles: ['CLERK'],
      departmentCode: 'WINDOW',
      password: 'abc123',
    });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ['password'], message: '密码须为 12–128 位，且同时包含字母和数字' }),
    ]);
  });

  it.each(['password1234', 'aaaaaaaaaaa1', 'qwerty123456', 'abcdefgh1234'])(
    'refuses %s as common or predictable, saying why in Chinese',
    (password) => {
      const r = ZCreateUserSchema.safeParse({
        username: 'newuser',
        displayName: '新人',
        roles: ['CLERK'],
        departmentCode: 'WINDOW',
        password,
      });
      expect(messages(r)).toEqual([expect.stringContaining('密码过于常见或有规律')]);
    },
  );

  it('lower-cases user names and removes duplicate roles', () => {
    const user = ZCreateUserSchema.parse({
      username: 'NewUser',
      displayName: '新人',
      roles: ['CLERK', 'CLERK'],
      departmentCode: 'WINDOW',
      password: 'LongEnough2026',
    });
    expect(user).toMatchObject({ username: 'newuser', roles: ['CLERK'], active: true });
  });

  it('needs both ends of an absence, and a backup for it', () => {
    expect(
      messages(ZBackupSchema.safeParse({ backupUserId: null, absentFrom: '2026-12-01', absentUntil: '2026-12-02' })),
    ).toEqual(['设置离岗时间须同时指定 B 岗人员']);
    expect(ZBackupSchema.parse({ backupUserId: null })).toEqual({
      backupUserId: null,
      absentFrom: null,
      absentUntil: null,
    });
  });
});
