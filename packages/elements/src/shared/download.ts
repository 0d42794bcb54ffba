/**
 * Offers text as a file download through a hidden link inside `root` (in a shadow root, so no
 * page script sees the link).
 */
export function downloadText(root: HTMLElement | DocumentFragment, text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
