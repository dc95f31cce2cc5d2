import { HttpError } from 'react-admin';
import { filenameFrom } from './filename';

/**
 * Downloads a file from the API with the session cookie. Fetched rather than linked so that a 403 or 500 becomes
 * a notification instead of a page of JSON.
 */
export async function downloadFromApi(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(`/api${path}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new HttpError(body?.error?.message ?? res.statusText, res.status, body);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(res.headers.get('content-disposition')) ?? fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
