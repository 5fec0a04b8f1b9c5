/** Saves a Blob under a file name (the browser's download, no server round trip). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date, e.g. liaison-2024-05-01.png. */
export function datedName(stem: string, extension: string): string {
  return `${stem}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}
