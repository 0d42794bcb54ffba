import type { ReactiveControllerHost } from 'lit';

/** What a copy button last achieved: nothing yet, copied, or not copied (the text is then selected). */
export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard for a copy button and remembers the outcome, for a polite status
 * next to the button. Without clipboard access (an insecure page, a denied permission) it selects
 * the text's node so that the usual copy shortcut works, and tries the old `execCommand('copy')`.
 * It needs no lifecycle hooks: it only asks the host to render when the outcome changes.
 */
export class CopyController {
  private readonly host: ReactiveControllerHost;
  private current: CopyState = 'idle';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** The outcome of the last copy, until {@link reset}. */
  get state(): CopyState {
    return this.current;
  }

  /** Forget the outcome, e.g. when the text to copy changed. */
  reset(): void {
    this.set('idle');
  }

  /**
   * Copy `text`. The status is cleared and rendered first, so that saying "copied" again is
   * announced again. `fallbackNode` is what gets selected when the clipboard cannot be written.
   */
  async copy(text: string, fallbackNode: () => Node | null | undefined): Promise<void> {
    this.set('idle');
    await this.host.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.set('copied');
      return;
    } catch {
      // No clipboard access: select the text and try the old command.
    }
    const node = fallbackNode();
    const selection = window.getSelection();
    if (node && selection) selection.selectAllChildren(node);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    this.set(copied ? 'copied' : 'failed');
  }

  private set(state: CopyState): void {
    if (state === this.current) return;
    this.current = state;
    this.host.requestUpdate();
  }
}
