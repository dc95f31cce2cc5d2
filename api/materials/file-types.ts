/** The materials the centre takes electronically: PDF and the two image formats every scanner and phone makes. */
export const MATERIAL_TYPES = {
  'application/pdf': { extensions: ['pdf'], label: 'PDF' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  'image/png': { extensions: ['png'], label: 'PNG' },
} as const;
export type MaterialMime = keyof typeof MATERIAL_TYPES;

export const isMaterialMime = (mime: string | undefined): mime is MaterialMime =>
  mime !== undefined && Object.hasOwn(MATERIAL_TYPES, mime);

/** Finds the type of a file from its first bytes (magic numbers); undefined when unknown. */
export type DetectType = (head: Buffer) => Promise<{ mime: string; ext: string } | undefined>;

/** How many leading bytes the detector is given. */
export const TYPE_SNIFF_BYTES = 4100;
