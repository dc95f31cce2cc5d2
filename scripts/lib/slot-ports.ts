/**
 * Ports of a test or bench stack on slot 0–9 (OW_TEST_SLOT): ten apart per slot and clear of `npm start`'s
 * (7233 / 5488 / 3000), so parallel stacks never meet. A slot's ports +1…+9 are free for extra processes.
 */
export const slotPorts = (slot: number) =>
  ({
    temporal: 7243 + slot * 10,
    postgres: 5489 + slot * 10,
    api: 3100 + slot * 10,
    /** the S3-compatible test server (gofakes3) of the S3 file store's tests */
    s3: 5489 + slot * 10 + 7,
  }) as const;
