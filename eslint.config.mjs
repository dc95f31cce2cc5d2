import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import workflowRules from './eslint/workflow-rules.cjs';
import layerRules from './eslint/layer-rules.cjs';

const { deterministicWorkflowRules } = workflowRules;

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'generated/**', 'admin-ui/dist/**', 'data/**', '.tools/**', 'dist/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  // CommonJS files have only require() to import with
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
  {
    // Type-aware rules where promises matter most.
    files: ['workflows/**/*.ts', 'activities/**/*.ts', 'api/**/*.ts', 'worker/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // Each top-level folder imports only the layers below it (domain at the bottom): eslint/layer-rules.cjs.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { onewindow: layerRules.layerPlugin },
    rules: { 'onewindow/import-direction': 'error' },
  },
  {
    // Workflow code must stay deterministic: no Node built-ins, I/O libraries, Prisma or environment.
    files: ['workflows/**/*.ts'],
    rules: deterministicWorkflowRules,
  },
);
