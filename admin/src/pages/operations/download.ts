/** Saves `text` as a file the browser downloads (a CSV of a chart's numbers). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download: the URL may go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
