import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import busboy, { type FileInfo } from 'busboy';
import type { FileStore, StoredFile } from '../../platform/file-store';
import { extensionOf, sanitizeFileName } from './file-name';
import { MATERIAL_TYPES, TYPE_SNIFF_BYTES, isMaterialMime, type DetectType, type MaterialMime } from './file-types';
import { uploadErrors } from './upload-errors';

export interface Upload<F = undefined> {
  stored: StoredFile;
  name: string;
  mime: MaterialMime;
  /** the form's text fields as `fields` parsed them */
  fields: F;
}

export interface ReadUploadOptions<F = undefined> {
  store: FileStore;
  detectType: DetectType;
  maxBytes: number;
  /** the name to give a file whose own name was nothing but characters taken out */
  fallbackName: string;
  /**
   * Text fields the form sends before its file (e.g. what the document is), checked (a thrown ZodError or AppError
   * refuses the upload) before a byte of the file is stored. Without it the form may hold no field.
   */
  fields?: (values: Record<string, string>) => F;
}

/** The most text fields a form may carry beside its file, and the longest one. */
const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 4096;

/**
 * Reads one file from a multipart request straight into the store: its name checked first, its type from its
 * first bytes (magic numbers), then the rest streamed through the store's size limit. A refused file leaves nothing
 * in the store. The request is always read to its end, so the refusal reaches the browser.
 */
export function readUpload<F = undefined>(req: IncomingMessage, opts: ReadUploadOptions<F>): Promise<Upload<F>> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? ''))
    return Promise.reject(uploadErrors.notMultipart());
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        // keep what the client sent as the name, so a path in it is seen and refused rather than cut off
        preservePath: true,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          fields: opts.fields ? MAX_FIELDS : 0,
          fieldSize: MAX_FIELD_BYTES,
          fileSize: opts.maxBytes + 1,
        },
      });
    } catch {
      return reject(uploadErrors.notMultipart());
    }
    let upload: Promise<Upload<F>> | undefined;
    const values: Record<string, string> = {};
    let extra = false;
    let settled = false;
    // answer only once the file's own work has ended, so a refused or broken-off file has left nothing behind
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (!upload) return reject(error ?? uploadErrors.noFile());
      upload.then(
        (done) => (error ? reject(error) : resolve(done)),
        (failed) => reject(error ?? failed),
      );
    };
    form.on('field', (name, value) => {
      values[name] = value;
    });
    form.on('file', (_field, stream, info) => {
      upload = storeFile(stream, info, opts, values);
      upload.catch(() => undefined); // answered by settle
    });
    form.on('filesLimit', () => (extra = true));
    form.on('error', () => settle(uploadErrors.brokenForm()));
    form.on('close', () => settle(extra ? uploadErrors.oneFileOnly() : undefined));
    req.on('close', () => {
      if (!req.complete) form.destroy(new Error('the client broke off the upload'));
    });
    req.pipe(form);
  });
}

async function storeFile<F>(
  stream: Readable,
  info: FileInfo,
  opts: ReadUploadOptions<F>,
  values: Record<string, string>,
): Promise<Upload<F>> {
  const relay = new PassThrough();
  try {
    const fields = (opts.fields ? opts.fields({ ...values }) : undefined) as F;
    const checked = sanitizeFileName(info.filename ?? '');
    if (!checked.ok) throw uploadErrors.pathInName();
    const { head, ended } = await readHead(stream, TYPE_SNIFF_BYTES);
    if (!head.length) throw uploadErrors.empty();
    const mime = (await opts.detectType(head))?.mime;
    if (!isMaterialMime(mime)) throw uploadErrors.unsupportedType();
    const extensions: readonly string[] = MATERIAL_TYPES[mime].extensions;
    const ext = extensionOf(checked.name);
    if (ext && !extensions.includes(ext)) throw uploadErrors.typeMismatch(mime, `.${ext}`);
    if (isMaterialMime(info.mimeType) && info.mimeType !== mime) throw uploadErrors.typeMismatch(mime, info.mimeType);
    const base = checked.name || opts.fallbackName;
    const name = ext ? base : `${base}.${extensions[0]}`;
    if (ended) relay.end(head);
    else {
      relay.write(head);
      stream.pipe(relay);
      // pipe() does not pass errors on: a broken-off upload must fail the put, not leave it waiting
      stream.once('error', (error) => relay.destroy(error));
    }
    return { stored: await opts.store.put(relay, { maxBytes: opts.maxBytes }), name, mime, fields };
  } catch (error) {
    // read the rest of the file and drop it: the form goes on to its end and the answer can be sent
    stream.unpipe(relay);
    stream.resume();
    throw error;
  }
}

/** The first `n` bytes (or all, if fewer), leaving the stream paused after them. */
function readHead(stream: Readable, n: number): Promise<{ head: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (ended: boolean) => {
      stream.off('data', onData).off('end', onEnd).off('error', onError);
      stream.pause();
      resolve({ head: Buffer.concat(chunks), ended });
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= n) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (error: Error) => {
      stream.off('data', onData).off('end', onEnd);
      reject(error);
    };
    stream.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
