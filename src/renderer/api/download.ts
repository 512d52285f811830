// Saves a file the core produced (an export) through the browser's download: a Blob, a temporary object URL
// and an <a download>. Works the same over HTTP and in the Electron window.
export interface FileToSave {
  fileName: string;
  mimeType: string;
  content: string;
}

export function saveFile(file: FileToSave): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its URL.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A chosen file as the import methods take it: text for JSON, base64 for the rest. A CSV goes as bytes because
 * it may not be UTF-8 (Excel on Chinese Windows writes GB18030), and only the core can tell which encoding it is.
 */
export async function readChosenFile(file: File): Promise<{ content: string; encoding: 'text' | 'base64' }> {
  if (/\.json$/i.test(file.name)) return { content: await file.text(), encoding: 'text' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { content: btoa(binary), encoding: 'base64' };
}
