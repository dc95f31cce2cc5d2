import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../platform/db';
import { compileBpmn } from '../bpmn/compiler';

const PROCEDURES_DIR = path.resolve(__dirname, '../bpmn/procedures');

export const PROCEDURE_NAMES: Record<string, string> = {
  standard: '标准流程（受理→转后台→现场勘察→审批→出证送达）',
  immediate: '即办件流程',
  promised: '承诺件流程',
  joint: '联办件流程',
  reported: '上报件流程',
  rejected: '承诺件流程（含退办）',
  agency: '委托代办流程（委托→受理→承办→回交）',
  complaint: '投诉办理流程（受理分办→调查答复→回访评价）',
};

/** Each seeded .bpmn becomes a procedure with version 1 published, once; later runs leave designers' work alone. */
export async function seedProcedures(db: Db): Promise<void> {
  const departments = (await db.department.findMany({ where: { active: true }, select: { code: true } })).map(
    (d) => d.code,
  );
  for (const file of readdirSync(PROCEDURES_DIR)
    .filter((f) => f.endsWith('.bpmn'))
    .sort()) {
    const key = path.basename(file, '.bpmn');
    const xml = readFileSync(path.join(PROCEDURES_DIR, file), 'utf8');
    const procedure = await db.procedure.upsert({
      where: { key },
      update: {},
      create: { key, name: PROCEDURE_NAMES[key] ?? key, draftXml: xml },
    });
    if (await db.procedureVersion.findFirst({ where: { procedureId: procedure.id } })) continue;
    const compiled = compileBpmn(xml, { departments });
    if (!compiled.ok) {
      throw new Error(
        `seeded procedure ${file} does not compile: ${compiled.problems.map((p) => `${p.elementId}: ${p.messageEn}`).join('; ')}`,
      );
    }
    await db.procedureVersion.create({
      data: { procedureId: procedure.id, version: 1, xml, plan: compiled.plan as object },
    });
  }
}
