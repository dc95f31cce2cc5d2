/**
 * Uploaded file names: what the console shows and the download is saved as. A name with a path in it is refused
 * (it says the client sent more than a name); control characters, bidirectional overrides (which make
 * `invoice‮fdp.exe` read as `invoiceexe.pdf`) and characters file systems refuse are taken out.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /[<>:"|?*]/g;
export const MAX_NAME_LENGTH = 120;

export type NameCheck = { ok: true; name: string } | { ok: false };

export function sanitizeFileName(raw: string): NameCheck {
  if (/[/\\]/.test(raw) || /^\.{1,2}$/.test(raw.trim())) return { ok: false };
  const cleaned = raw
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(RESERVED, '_')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  return { ok: true, name: truncateKeepingExtension(cleaned, MAX_NAME_LENGTH) };
}

/** The extension in lower case, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const ext = extensionOf(name);
  const tail = ext && ext.length < 10 ? `.${ext}` : '';
  return chars.slice(0, max - tail.length).join('') + tail;
}
