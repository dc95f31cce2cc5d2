import { AppError } from '../errors';

/** The first bytes of each accepted image type: the declared type must match what the bytes are. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** The photo types an agent profile takes, and the photo route answers with. */
export const PHOTO_TYPES = Object.keys(SIGNATURES);

export const MAX_PHOTO_BYTES = 1_000_000;

/** A photo sent as a data URL, decoded and checked: its bytes must be the image type it claims. */
export function decodePhoto(dataUrl: string): { bytes: Buffer; type: string } {
  const comma = dataUrl.indexOf(',');
  const type = dataUrl.slice('data:'.length, dataUrl.indexOf(';'));
  const bytes = Buffer.from(dataUrl.slice(comma + 1), 'base64');
  const refuse = (zh: string, en: string) => new AppError('VALIDATION', zh, en, [{ path: 'photo', message: zh }]);
  if (bytes.length > MAX_PHOTO_BYTES) throw refuse('照片不能超过 1 MB', 'The photo may be at most 1 MB');
  if (!SIGNATURES[type]?.(bytes))
    throw refuse('照片内容不是所声明的图片格式', 'The photo is not the image type it claims to be');
  return { bytes, type };
}
