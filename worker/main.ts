import { runWorkerProcess } from './run-worker';

/** The product's worker: run as many as you like. */
runWorkerProcess({ name: 'worker', workflowsPath: require.resolve('../workflows') });
