import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { FrameCipher, FrameType, MAGIC, MAX_FRAME_BYTES, type ArchiveHeader } from './archive-format';
import { BackupError } from './backup-error';
import {
  PART_NAMES,
  ZArchivedFile,
  ZManifest,
  partDigest,
  type ArchivedFile,
  type Manifest,
  type PartName,
} from './manifest';

/** Where a file's bytes go while the archive is read (undefined: only checked). */
export interface FileSink {
  write(bytes: Buffer): Promise<void>;
  close(): Promise<void>;
}
export type SinkFor = (part: PartName, path: string) => Promise<FileSink | undefined>;

interface Current {
  part: PartName;
  path: string;
  hash: Hash;
  size: number;
  sink?: FileSink;
}

const where = (current: Current | undefined) =>
  current
    ? {
        zh: `部分 ${current.part}（文件 ${current.path} 处或其后）`,
        en: `part ${current.part} (at or after file ${current.path})`,
      }
    : { zh: '归档开头', en: 'the start of the archive' };

async function readExactly(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

async function readHeader(file: FileHandle): Promise<{ header: ArchiveHeader; headerBytes: Buffer; next: number }> {
  const notOurs = () =>
    new BackupError('NOT_AN_ARCHIVE', '这不是 OneWindow 备份归档', 'This is not a OneWindow backup archive');
  const start = await readExactly(file, 0, MAGIC.length + 4);
  if (start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw notOurs();
  const length = start.readUInt32BE(MAGIC.length);
  if (length > 64 * 1024) throw notOurs();
  const headerBytes = await readExactly(file, start.length, length);
  if (headerBytes.length < length)
    throw new BackupError('TRUNCATED', '归档不完整：文件头被截断', 'The archive is truncated in its header');
  let header: ArchiveHeader;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as ArchiveHeader;
  } catch {
    throw notOurs();
  }
  if (header.format !== 'onewindow-backup' || header.kdf?.name !== 'scrypt') throw notOurs();
  return { header, headerBytes, next: start.length + length };
}

/**
 * Reads a whole archive, checking as it goes: every frame must authenticate in its place, the END frame must come
 * last, and every file must match the manifest's size and SHA-256. Any fault is a BackupError naming the part.
 * Returns the manifest once all of it has been checked; the caller keeps nothing before that.
 */
export async function readArchive(path: string, passphrase: string, sinkFor: SinkFor): Promise<Manifest> {
  const file = await open(path, 'r');
  let current: Current | undefined;
  try {
    const { header, headerBytes, next } = await readHeader(file);
    const cipher = await FrameCipher.open(passphrase, headerBytes, header);
    if (!cipher)
      throw new BackupError(
        'WRONG_PASSPHRASE',
        '备份口令不正确（不是写这份归档时的口令）',
        'Wrong backup passphrase (not the one this archive was written with)',
      );
    const seen = new Map<PartName, ArchivedFile[]>();
    const endFile = async () => {
      if (!current) return;
      await current.sink?.close();
      const files = seen.get(current.part) ?? [];
      files.push({ path: current.path, size: current.size, sha256: current.hash.digest('hex') });
      seen.set(current.part, files);
      current = undefined;
    };
    let position = next;
    let manifest: Manifest | undefined;
    for (let index = 0; ; index++) {
      const lengthBytes = await readExactly(file, position, 4);
      const at = where(current);
      if (lengthBytes.length < 4)
        throw new BackupError(
          'TRUNCATED',
          `归档不完整：截断于${at.zh}`,
          `The archive is truncated in ${at.en}`,
          current?.part,
        );
      const length = lengthBytes.readUInt32BE(0);
      if (length > MAX_FRAME_BYTES)
        throw new BackupError(
          'TAMPERED',
          `归档已损坏或被篡改：${at.zh}`,
          `The archive is damaged or tampered with in ${at.en}`,
          current?.part,
        );
      const sealed = await readExactly(file, position + 4, length);
      if (sealed.length < length)
        throw new BackupError(
          'TRUNCATED',
          `归档不完整：截断于${at.zh}`,
          `The archive is truncated in ${at.en}`,
          current?.part,
        );
      position += 4 + length;
      const frame = cipher.open(index, sealed);
      if (!frame)
        throw new BackupError(
          'TAMPERED',
          `归档已损坏或被篡改：${at.zh}`,
          `The archive is damaged or tampered with in ${at.en}`,
          current?.part,
        );
      if (frame.type === FrameType.DATA) {
        if (!current) throw new BackupError('TAMPERED', '归档结构错误', 'The archive has data outside any file');
        current.hash.update(frame.body);
        current.size += frame.body.length;
        await current.sink?.write(frame.body);
      } else if (frame.type === FrameType.FILE) {
        await endFile();
        const { part, path: filePath } = JSON.parse(frame.body.toString('utf8')) as { part: PartName; path: string };
        if (!PART_NAMES.includes(part) || !ZArchivedFile.shape.path.safeParse(filePath).success)
          throw new BackupError(
            'TAMPERED',
            `归档中有无效的文件名：${filePath}`,
            `The archive names an invalid file: ${filePath}`,
            part,
          );
        current = { part, path: filePath, hash: createHash('sha256'), size: 0, sink: await sinkFor(part, filePath) };
      } else if (frame.type === FrameType.MANIFEST) {
        await endFile();
        const parsed = ZManifest.safeParse(JSON.parse(frame.body.toString('utf8')));
        if (!parsed.success)
          throw new BackupError(
            'INCOMPATIBLE',
            '归档清单无法识别（版本不兼容）',
            'The archive manifest is not one this version reads',
          );
        manifest = parsed.data;
      } else if (frame.type === FrameType.END) {
        if (!manifest) throw new BackupError('TAMPERED', '归档缺少清单', 'The archive has no manifest');
        const trailing = await readExactly(file, position, 1);
        if (trailing.length > 0)
          throw new BackupError('TAMPERED', '归档结尾之后还有数据', 'The archive has data after its end');
        checkAgainstManifest(manifest, seen);
        return manifest;
      } else {
        throw new BackupError('TAMPERED', '归档结构错误', 'The archive has a frame of unknown type');
      }
    }
  } catch (e) {
    await current?.sink?.close().catch(() => undefined);
    throw e;
  } finally {
    await file.close();
  }
}

/** Every file the manifest lists, with its size and SHA-256, and no other; each part's digest too. */
function checkAgainstManifest(manifest: Manifest, seen: Map<PartName, ArchivedFile[]>): void {
  const mismatch = (part: string, zh: string, en: string) =>
    new BackupError(
      'MISMATCH',
      `部分 ${part} 与清单不符：${zh}`,
      `Part ${part} does not match the manifest: ${en}`,
      part,
    );
  for (const part of manifest.parts) {
    const found = new Map((seen.get(part.name) ?? []).map((f) => [f.path, f]));
    for (const listed of part.files) {
      const got = found.get(listed.path);
      if (!got) throw mismatch(part.name, `缺少文件 ${listed.path}`, `file ${listed.path} is missing`);
      if (got.size !== listed.size || got.sha256 !== listed.sha256)
        throw mismatch(part.name, `文件 ${listed.path} 的 SHA-256 不符`, `file ${listed.path} has another SHA-256`);
      found.delete(listed.path);
    }
    if (found.size > 0) {
      const extra = [...found.keys()][0];
      throw mismatch(part.name, `多出文件 ${extra}`, `file ${extra} is not listed`);
    }
    if (partDigest(part.files) !== part.sha256) throw mismatch(part.name, '整体 SHA-256 不符', 'its SHA-256 differs');
    seen.delete(part.name);
  }
  const unlisted = [...seen.keys()][0];
  if (unlisted) throw mismatch(unlisted, '清单中没有这一部分', 'the manifest does not list it');
}
