// Workflow code must stay deterministic: no Node built-ins, I/O libraries, Prisma or environment.
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'crypto',
  'child_process',
  'stream',
  'url',
  'util',
  'dns',
  'tls',
  'zlib',
  'worker_threads',
  'cluster',
  'process',
  'events',
  'timers',
];
const builtin = 'workflows/ is deterministic: no Node built-ins';
const io = 'workflows/ is deterministic: no I/O, Prisma or config';

const deterministicWorkflowRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        ...NODE_BUILTINS.map((name) => ({ name, message: builtin })),
        { name: 'pg', message: io },
        { name: '@temporalio/client', message: 'use @temporalio/workflow APIs inside workflows' },
        { name: '@temporalio/activity', message: 'activities do not belong in workflows/' },
      ],
      patterns: [
        { group: ['node:*'], message: builtin },
        // the project's own I/O folders (platform/, activities/, api/, generated/) are kept out by the import-direction
        // rule (eslint/layer-rules.cjs), which lets the activities' contract in as a type
        { group: ['@prisma/*', 'axios', 'node-fetch', 'undici'], message: io },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'workflows/ may not read the environment' },
    { name: 'fetch', message: 'no I/O in workflows' },
    { name: 'setTimeout', message: 'use sleep() from @temporalio/workflow' },
  ],
};
module.exports = { deterministicWorkflowRules };
