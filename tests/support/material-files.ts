import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { ApiClient } from './api-client';
import { API_URL } from './api-client';
import { MULTIPART_TYPE, multipartBody, type FilePart } from './multipart';

/** A real one-page PDF (the browser can show it), different for each text. */
export async function samplePdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText(text, { x: 20, y: 100, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

/** A real PNG of one colour. */
export function samplePng(size = 8, shade = 128): Buffer {
  const png = new PNG({ width: size, height: size });
  png.data.fill(shade);
  return PNG.sync.write(png);
}

/**
 * POSTs one file as multipart/form-data with the client's session, after the text `fields` if any; answers like
 * ApiClient.request.
 */
export async function uploadFile(
  client: ApiClient,
  path: string,
  part: FilePart,
  fields?: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${API_URL}/api${path}`, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': MULTIPART_TYPE,
      'x-csrf-token': client.csrf ?? '',
      cookie: client.cookieHeader,
    },
    body: new Uint8Array(multipartBody([part], fields)),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** GETs a file's bytes and the headers it came with. */
export async function fetchFile(client: ApiClient, fileId: string, download = false) {
  const res = await fetch(`${API_URL}/api/materials/files/${fileId}/content${download ? '?download=1' : ''}`, {
    headers: { cookie: client.cookieHeader },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
