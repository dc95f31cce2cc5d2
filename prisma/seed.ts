import type { Db } from '../platform/db';
import { hashPassword } from '../api/auth/password';
import { DEMO_PASSWORD, DEMO_USERS, DEPARTMENTS, STATIONS, WINDOWS } from './seed-data/organisation';
import { seedCatalogue } from './seed-catalogue';
import { seedProcedures } from './seed-procedures';
import { NOTICE_TEMPLATES } from './seed-data/notice-templates';

/** Idempotent: upserts by natural keys and never overwrites what users changed (passwords, absences). */
export async function seedOrganisation(db: Db): Promise<void> {
  for (const d of DEPARTMENTS) {
    await db.department.upsert({ where: { code: d.code }, update: {}, create: d });
  }
  const deptId = async (code: string) => (await db.department.findUniqueOrThrow({ where: { code } })).id;
  for (const w of WINDOWS) {
    await db.window.upsert({
      where: { code: w.code },
      update: {},
      create: { code: w.code, name: w.name, departmentId: await deptId(w.departmentCode) },
    });
  }
  for (const s of STATIONS) await db.serviceStation.upsert({ where: { code: s.code }, update: {}, create: s });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const station = u.stationCode
      ? await db.serviceStation.findUniqueOrThrow({ where: { code: u.stationCode } })
      : null;
    await db.user.upsert({
      where: { username: u.username },
      update: {},
      create: {
        username: u.username,
        displayName: u.displayName,
        roles: u.roles,
        passwordHash,
        departmentId: await deptId(u.departmentCode),
        stationId: station?.id ?? null,
      },
    });
  }
}

/** The applicant notices' default texts; an admin's edit is never overwritten. */
export async function seedNoticeTemplates(db: Db): Promise<void> {
  for (const [kind, text] of Object.entries(NOTICE_TEMPLATES))
    await db.noticeTemplate.upsert({ where: { kind }, update: {}, create: { kind, ...text } });
}

export async function seed(db: Db): Promise<void> {
  await seedOrganisation(db);
  await seedProcedures(db);
  await seedCatalogue(db);
  await seedNoticeTemplates(db);
}
