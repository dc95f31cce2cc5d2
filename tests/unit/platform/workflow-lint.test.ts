import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deterministicWorkflowRules } = require('../../../eslint/workflow-rules.cjs');

async function lint(code: string) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as never }, rules: deterministicWorkflowRules },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: 'workflow-under-test.ts' });
  return result.messages.map((m) => m.message);
}

describe('the deterministic-workflow lint rules', () => {
  it.each([
    ["import { readFileSync } from 'fs';", 'Node built-ins'],
    ["import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ["import { PrismaClient } from '@prisma/client';", 'Prisma'],
    ["import { Pool } from 'pg';", 'Prisma or config'],
    ['export const x = process.env.FOO;', 'environment'],
    ['setTimeout(() => 1, 10);', 'sleep()'],
  ])('rejects %s', async (code, expected) => {
    const messages = await lint(code);
    expect(messages.join('\n')).toContain(expected);
  });

  it('accepts the Temporal workflow API and pure project modules', async () => {
    expect(
      await lint(
        "import { sleep } from '@temporalio/workflow';\nimport { evaluate } from '../bpmn/expression';\nexport const f = () => sleep(1);",
      ),
    ).toEqual([]);
  });
});
