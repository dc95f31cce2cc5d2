/** A multipart/form-data body written out by hand, so a test controls every byte (names with paths included). */
export const MULTIPART_BOUNDARY = '----ow-test-boundary';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;

export interface FilePart {
  filename: string;
  type?: string;
  content: Buffer;
}

/** `fields`: text fields sent before the files (a bare string is one field named "x"). */
export function multipartBody(parts: FilePart[], fields?: string | Record<string, string>): Buffer {
  const chunks: Buffer[] = [];
  const named = typeof fields === 'string' ? { x: fields } : (fields ?? {});
  for (const [name, value] of Object.entries(named))
    chunks.push(
      Buffer.from(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const p of parts) {
    chunks.push(
      Buffer.from(
        `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${p.filename}"\r\n` +
          `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
      p.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${MULTIPART_BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}
