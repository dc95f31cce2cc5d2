import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { layerPlugin } = require('../../../eslint/layer-rules.cjs');

const ROOT = path.resolve(__dirname, '../../..');
const rule = layerPlugin.rules['import-direction'];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });
const at = (file: string, code: string) => ({ filename: path.join(ROOT, file), code });
const refused = (file: string, code: string, messageId: 'wrongWay' | 'typesOnly' = 'wrongWay') => ({
  ...at(file, code),
  errors: [{ messageId }],
});

tester.run('import-direction', rule, {
  valid: [
    at('domain/deadline.ts', "import { chinaDateOf } from './china-time';"),
    at('domain/published-schedule.ts', "import schedule from 'chinese-days/dist/chinese-days.json';"),
    at('bpmn/plan.ts', "import type { TimerSpec } from '../domain/deadline';"),
    at('workflows/activity-proxy.ts', "import type { ProcedureActivities } from '../activities/activity-types';"),
    at('workflows/token-engine.ts', "import { holds } from '../bpmn/expression';"),
    at('platform/calendar-source.ts', "import { Prisma } from '../generated/prisma/client';"),
    at(
      'api/calendar/calendar-edit.ts',
      "import type { CalendarChangeReason } from '../../workflows/procedure-contract';",
    ),
    at('worker/run-worker.ts', "import { createActivities } from '../activities';"),
    at('admin-ui/src/designer/problems.ts', "import { compile } from '../../../bpmn/compiler';"),
    at('admin-ui/src/shared/i18n.ts', "export { CODE_LABELS } from '../../../domain/code-labels';"),
    at('tests/unit/anything.test.ts', "import { createApp } from '../../api/app';"),
  ],
  invalid: [
    // a type is an import too: domain/ stays the ground floor
    refused('domain/deadline.ts', "import type { TimerSpec } from '../bpmn/plan';"),
    refused('domain/working-calendar.ts', "export * from '../platform/calendar-source';"),
    refused('domain/receipt.ts', "const errors = require('../api/errors');"),
    refused('bpmn/compiler.ts', "import { procedureWorkflow } from '../workflows';"),
    refused('workflows/procedure.ts', "import { createActivities } from '../activities';", 'typesOnly'),
    refused('workflows/procedure.ts', "import { createDb } from '../platform/db';"),
    refused('workflows/procedure.ts', "import type { Matter } from '../generated/prisma/client';"),
    refused('platform/db.ts', "import { AppError } from '../api/errors';"),
    refused('activities/index.ts', "export { createApp } from '../api/app';"),
    refused('api/app.ts', "import { runWorker } from '../worker/run-worker';"),
    refused('admin-ui/src/matters/types.ts', "import type { TMatter } from '../../../api/matters/matters.types';"),
    refused('admin-ui/src/App.tsx', "const config = import('../../platform/config');"),
  ],
});

describe('the project lint configuration', () => {
  const lint = (file: string, code: string) => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(path.dirname(require.resolve('eslint')), '../bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
        '--format',
        'json',
      ],
      { cwd: ROOT, input: code, encoding: 'utf8' },
    );
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    return result.messages;
  };

  it('refuses a wrong-way import with a message naming what the folder may import', () => {
    const messages = lint(
      'domain/probe.ts',
      "import type { TimerSpec } from '../bpmn/plan';\nexport type T = TimerSpec;\n",
    );
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'onewindow/import-direction',
        message: 'domain/ may not import bpmn/ (../bpmn/plan): domain/ may import no other folder.',
      }),
    ]);
  });

  it('lets the same import through the other way', () => {
    const messages = lint(
      'bpmn/probe.ts',
      "import type { TimerSpec } from '../domain/deadline';\nexport type T = TimerSpec;\n",
    );
    expect(messages).toEqual([]);
  });
});
