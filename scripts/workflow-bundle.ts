/**
 * `npm run workflows:bundle [file]`: bundles workflows/ once (webpack, as the worker does at every start) into a file
 * (data/workflow-bundle.js by default) that workers given WORKFLOW_BUNDLE load instead. `npm test` builds one per run
 * and hands it to every worker and workflow test bed it starts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

const root = path.resolve(__dirname, '..');
const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error };

export async function buildWorkflowBundle(outFile: string): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: path.join(root, 'workflows'), logger: quiet });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, code);
  return outFile;
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? path.join(root, 'data', 'workflow-bundle.js'));
  buildWorkflowBundle(out)
    .then((file) => console.log(`workflow bundle written to ${path.relative(process.cwd(), file)}`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
