import { api } from '../../api/client';

/**
 * Opens a generated document through the native port: Electron shows it in a preview window
 * (with print); the browser gets a same-origin URL, opened here in a new tab. Returns the URL (to
 * show as a link in case the browser blocked the new tab) or an error message.
 */
export async function openGeneratedDocument(id: string): Promise<{ url: string | null; error: string | null }> {
  const result = await api.documents.open({ id });
  if (!result.ok) return { url: null, error: result.error.message };
  const { url } = result.value;
  if (url) window.open(url, '_blank', 'noopener');
  return { url, error: null };
}
