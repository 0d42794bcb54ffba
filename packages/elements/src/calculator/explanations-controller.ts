/**
 * Which figure explanations are open. A print shows every explanation: the controller opens them
 * all on `beforeprint` and puts the reader's choice back on `afterprint`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExplanationRenderContext } from './explanations.js';
import type { LocalizeController } from '../shared/localize.js';
import type { CalculatorStrings } from './translations.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ExplanationsController implements ReactiveController {
  private readonly host: Host;
  private readonly l10n: LocalizeController<CalculatorStrings>;
  private open = new Set<string>();
  private openBeforePrint: Set<string> | undefined;
  private readonly onBeforePrint = (): void => this.expandForPrint();
  private readonly onAfterPrint = (): void => this.restoreAfterPrint();

  constructor(host: Host, l10n: LocalizeController<CalculatorStrings>) {
    this.host = host;
    this.l10n = l10n;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** What an explained figure needs to render, for the figures of one region (`scope`). */
  context(scope: string): ExplanationRenderContext {
    return {
      l10n: this.l10n,
      scope,
      isOpen: (id) => this.open.has(id),
      toggle: (id) => {
        const open = new Set(this.open);
        if (open.has(id)) open.delete(id);
        else open.add(id);
        this.setOpen(open);
      },
    };
  }

  private setOpen(open: Set<string>): void {
    this.open = open;
    this.host.requestUpdate();
  }

  private expandForPrint(): void {
    this.openBeforePrint = this.open;
    const all = new Set<string>();
    this.host.renderRoot.querySelectorAll<HTMLElement>('.explanation[id]').forEach((panel) => all.add(panel.id));
    this.setOpen(all);
  }

  private restoreAfterPrint(): void {
    if (this.openBeforePrint) this.setOpen(this.openBeforePrint);
    this.openBeforePrint = undefined;
  }
}
