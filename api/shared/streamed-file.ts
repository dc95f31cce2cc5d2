import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

/** RFC 6266 / 5987: an ASCII fallback and the exact (e.g. Chinese) name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/**
 * The headers of a stored file sent to the browser (a material, a result PDF): shown inline or saved, never sniffed
 * or cached. The console's policy (helmet) has object-src 'none', which keeps the browser's PDF viewer from showing
 * it; this response's own policy lets it.
 */
export function storedFileHeaders(file: {
  mime: string;
  size: number;
  name: string;
  download: boolean;
}): Record<string, string> {
  return {
    'content-type': file.mime,
    'content-length': String(file.size),
    'content-disposition': contentDisposition(file.download ? 'attachment' : 'inline', file.name),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy':
      "default-src 'none'; object-src 'self'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
  };
}

/** A route's answer that is a file: its headers and its bytes, streamed (createRoute sends it). */
export class StreamedFile {
  constructor(
    readonly headers: Record<string, string>,
    readonly body: NodeJS.ReadableStream,
  ) {}

  /**
   * Streams the body. A failure before the first byte is thrown (the error middleware answers it); after it, the
   * connection is cut, so the client sees an incomplete file rather than a complete-looking wrong one.
   */
  async send(res: Response, status: number): Promise<void> {
    res.status(status).set(this.headers);
    try {
      await pipeline(this.body, res);
    } catch (error) {
      if (!res.headersSent) {
        res.removeHeader('content-disposition');
        res.removeHeader('content-length');
        res.removeHeader('content-type');
        throw error;
      }
      res.destroy();
    }
  }
}

/** The response schema of a route answering with a StreamedFile (documented as binary). */
export const zStreamedFile = (description: string) =>
  z.custom<StreamedFile>((v) => v instanceof StreamedFile).openapi({ type: 'string', format: 'binary', description });
