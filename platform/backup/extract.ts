import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { SinkFor } from './archive-reader';
import type { PartName } from './manifest';

/** Writes each part's files under its own folder (a part mapped to none is only checked). */
export function extractTo(folderOf: (part: PartName) => string | undefined): SinkFor {
  return async (part, file) => {
    const folder = folderOf(part);
    if (!folder) return undefined;
    const target = path.join(folder, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'wx', 0o644);
    return {
      write: async (bytes) => {
        let done = 0;
        while (done < bytes.length) done += (await handle.write(bytes, done)).bytesWritten;
      },
      close: async () => {
        await handle.sync();
        await handle.close();
      },
    };
  };
}
