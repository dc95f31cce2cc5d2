/**
 * 收费: what a matter owes by its item's fee standards, and what was collected or exempted. Amounts are whole fen.
 * Collected is never more than due; anything less than due is an exemption (减免) and needs its reason.
 */
export interface FeeStandardLine {
  code: string;
  name: string;
  amountFen: number;
  unit: string;
  basis: string;
}

export interface ChargedLine extends FeeStandardLine {
  quantity: number;
  subtotalFen: number;
}

export interface FeeProblem {
  path: string;
  zh: string;
  en: string;
}

export type Pricing =
  | { ok: true; lines: ChargedLine[]; dueFen: number; paidFen: number; exemptFen: number }
  | { ok: false; problems: FeeProblem[] };

/** The lines asked for (code and quantity) priced by the standards, and the amount collected checked against them. */
export function priceFees(
  standards: FeeStandardLine[],
  asked: Array<{ code: string; quantity: number }>,
  collected: { paidFen?: number; exemptReason?: string | null },
): Pricing {
  const problems: FeeProblem[] = [];
  if (!standards.length) problems.push({ path: 'lines', zh: '该事项不收费', en: 'This item charges no fees' });
  const byCode = new Map(standards.map((s) => [s.code, s]));
  const lines: ChargedLine[] = [];
  const seen = new Set<string>();
  for (const [i, a] of asked.entries()) {
    const standard = byCode.get(a.code);
    if (!standard) {
      if (standards.length)
        problems.push({
          path: `lines.${i}.code`,
          zh: `收费项目 ${a.code} 不在收费标准中`,
          en: `No fee line ${a.code}`,
        });
      continue;
    }
    if (seen.has(a.code))
      problems.push({ path: `lines.${i}.code`, zh: `收费项目 ${a.code} 重复`, en: `Fee line ${a.code} twice` });
    seen.add(a.code);
    lines.push({ ...standard, quantity: a.quantity, subtotalFen: standard.amountFen * a.quantity });
  }
  const dueFen = lines.reduce((sum, l) => sum + l.subtotalFen, 0);
  const paidFen = collected.paidFen ?? dueFen;
  if (paidFen > dueFen)
    problems.push({ path: 'paidFen', zh: '实收金额不能超过应收金额', en: 'Collected cannot exceed what is due' });
  if (paidFen < dueFen && !collected.exemptReason?.trim())
    problems.push({ path: 'exemptReason', zh: '减免收费须写明理由', en: 'An exemption needs its reason' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, lines, dueFen, paidFen, exemptFen: dueFen - paidFen };
}
