import { html, nothing, type TemplateResult } from 'lit';

/**
 * The restricted Markdown subset of the contract's descriptions: paragraphs, bullet and numbered
 * lists, strong and emphasis, and links. Everything else — HTML included — stays literal text.
 * Parsing yields a small tree; rendering builds Lit templates from it, so every piece of text is
 * escaped by Lit and no string from a feed ever becomes markup.
 */
export type MarkdownInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'em'; children: MarkdownInline[] }
  | { type: 'link'; href: string; children: MarkdownInline[] };

export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'list'; ordered: boolean; items: MarkdownInline[][] };

const bullet = /^\s{0,3}[-*+]\s+(.*)$/;
const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

/** Parse restricted Markdown into blocks. Never throws; unknown syntax is kept as text. */
export function parseRestrictedMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    list = undefined;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = bullet.exec(rawLine) ?? numbered.exec(rawLine);
    if (item) {
      const ordered = !bullet.test(rawLine);
      flushParagraph();
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
    } else if (list && /^\s+/.test(rawLine)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/**
 * Inline syntax, in order of precedence: a link, strong (`**` or `__`), emphasis (`*` or `_`).
 * Underscores only count at word boundaries, so `snake_case_words` stay as they are.
 */
const inlinePattern =
  /\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(?!\s)(.+?)(?<!\s)\*\*|(?<![\p{L}\p{N}_])__(?![\s_])(.+?)(?<![\s_])__(?![\p{L}\p{N}_])|\*(?![\s*])(.+?)(?<![\s*])\*|(?<![\p{L}\p{N}_])_(?![\s_])(.+?)(?<![\s_])_(?![\p{L}\p{N}_])/gu;

function parseInline(text: string, depth = 0): MarkdownInline[] {
  if (depth > 3) return [{ type: 'text', text }];
  const nodes: MarkdownInline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: text.slice(last, index) });
    const [whole, linkText, href, strongStars, strongUnderscores, emStar, emUnderscore] = match;
    if (linkText !== undefined && href !== undefined) {
      const children = parseInline(linkText, depth + 1);
      // Only web and mail addresses become links; `javascript:` and friends stay text.
      nodes.push(isSafeHref(href) ? { type: 'link', href, children } : { type: 'text', text: whole });
    } else if (strongStars !== undefined || strongUnderscores !== undefined) {
      nodes.push({ type: 'strong', children: parseInline((strongStars ?? strongUnderscores)!, depth + 1) });
    } else {
      nodes.push({ type: 'em', children: parseInline((emStar ?? emUnderscore)!, depth + 1) });
    }
    last = index + whole.length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

/** Whether a link target is a web or mail address (the only kinds a description may link to). */
export function isSafeHref(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

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
