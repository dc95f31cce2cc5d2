import { HttpError } from 'react-admin';

/**
 * Prints a PDF from the API at the window: fetched with the session (a refusal becomes a notification, not a page of
 * JSON), shown in a hidden frame and handed to the browser's print dialog.
 */
export async function printPdfFromApi(path: string): Promise<void> {
  const res = await fetch(`/api${path}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new HttpError(body?.error?.message ?? res.statusText, res.status, body);
  }
  const url = URL.createObjectURL(await res.blob());
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.dataset.testid = 'result-print-frame';
  frame.src = url;
  frame.onload = () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      // a browser that shows PDFs in a frame of its own origin: the PDF in a tab, printed from its viewer
      window.open(url, '_blank', 'noopener');
    }
  };
  document.body.appendChild(frame);
  // the dialog has taken the document by then; the frame and the blob go once the page moves on
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 600_000);
}
