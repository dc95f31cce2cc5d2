import type { DetectType } from './file-types';

/**
 * file-type (ESM only) is loaded on first use by a dynamic import, which the API's runtime (Node with tsx) handles
 * and jest's CommonJS transform does not: modules unit-tested under jest take a DetectType instead of importing
 * this one, and the real detector is exercised on the test stack.
 */
export const detectFileType: DetectType = async (head) => {
  const { fileTypeFromBuffer } = await import('file-type');
  return fileTypeFromBuffer(head);
};
