export interface ConfirmDialogOptions {
  /** The `<dialog>` in the render root (a `<form method="dialog">` inside it sets its return value). */
  readonly dialog: () => HTMLDialogElement | null | undefined;
  /** The `value` of the submit button that confirms. */
  readonly confirmValue: string;
  /** Runs when the dialog closed with the confirming button; the action then decides where focus goes. */
  readonly confirmed: () => void;
}

/**
 * A modal confirmation in a native `<dialog>`: {@link open} (a click handler) shows it modally and
 * remembers the button that opened it; on close the confirming choice runs the action, any other
 * way out (cancel, Escape) returns focus to the opener. Bind {@link closed} to the dialog's `close`.
 */
export class ConfirmDialog {
  private readonly options: ConfirmDialogOptions;
  private opener: HTMLElement | undefined;

  constructor(options: ConfirmDialogOptions) {
    this.options = options;
  }

  readonly open = (event: Event): void => {
    this.opener = event.currentTarget as HTMLElement;
    this.options.dialog()?.showModal();
  };

  readonly closed = (): void => {
    const dialog = this.options.dialog();
    if (dialog?.returnValue === this.options.confirmValue) {
      dialog.returnValue = '';
      this.options.confirmed();
      return;
    }
    this.opener?.focus();
  };
}
