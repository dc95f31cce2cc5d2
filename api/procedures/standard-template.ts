import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;
/** The standard five-step procedure (受理 → 转后台 → 现场勘察 → 审批 → 出证送达), the designer's starting point. */
export function standardTemplate(): string {
  cached ??= readFileSync(path.resolve(__dirname, '../../bpmn/procedures/standard.bpmn'), 'utf8');
  return cached;
}
