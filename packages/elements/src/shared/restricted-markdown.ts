import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref, parseRestrictedMarkdown, type MarkdownInline } from '@mobility-kit/contract';

/**
 * Rendering of the contract's restricted Markdown (the grammar lives in
 * `@mobility-kit/contract`'s `restricted-markdown.ts`): the parsed tree becomes Lit templates, so
 * every piece of text is escaped by Lit and no string from a feed ever becomes markup.
 */
export { isSafeHref, parseRestrictedMarkdown };
export type { MarkdownBlock, MarkdownInline } from '@mobility-kit/contract';

/** Render restricted Markdown as Lit templates. Text is escaped by Lit; no HTML is ever parsed. */
export function renderRestrictedMarkdown(source: string, lang?: string): TemplateResult {
  return html`${parseRestrictedMarkdown(source).map((block) =>
    block.type === 'paragraph'
      ? html`<p lang=${lang ?? nothing}>${inline(block.children)}</p>`
      : block.ordered
        ? html`<ol lang=${lang ?? nothing}>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ol>`
        : html`<ul lang=${lang ?? nothing}>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`,
  )}`;
}

function inline(nodes: MarkdownInline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'em':
        return html`<em>${inline(node.children)}</em>`;
      case 'link':
        return html`<a href=${node.href}>${inline(node.children)}</a>`;
    }
  });
}
