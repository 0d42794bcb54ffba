/**
 * The restricted Markdown subset of vacancy descriptions and story bodies: paragraphs, bullet and
 * numbered lists, strong and emphasis, and links. Everything else — HTML included — stays literal
 * text. This module is the one grammar: the contract's `MarkdownText` schema refuses what it must
 * not carry, the elements render the tree {@link parseRestrictedMarkdown} yields, and the server
 * extracts plain text from the same tree. Zod-free, so the elements import it without a schema
 * library.
 */
export type MarkdownInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MarkdownInline[] }
  | { type: 'em'; children: MarkdownInline[] }
  | { type: 'link'; href: string; children: MarkdownInline[] };

export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'list'; ordered: boolean; items: MarkdownInline[][] };

export interface RestrictedMarkdownOptions {
  /**
   * Which link targets become `link` nodes; any other link stays literal text. Default
   * {@link isSafeHref}: web and mail addresses only.
   */
  readonly allowHref?: (href: string) => boolean;
}

const bullet = /^\s{0,3}[-*+]\s+(.*)$/;
const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

/** Parse restricted Markdown into blocks. Never throws; unknown syntax is kept as text. */
export function parseRestrictedMarkdown(source: string, options: RestrictedMarkdownOptions = {}): MarkdownBlock[] {
  const allowHref = options.allowHref ?? isSafeHref;
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' '), allowHref) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item, allowHref)) });
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

function parseInline(text: string, allowHref: (href: string) => boolean, depth = 0): MarkdownInline[] {
  if (depth > 3) return [{ type: 'text', text }];
  const nodes: MarkdownInline[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: text.slice(last, index) });
    const [whole, linkText, href, strongStars, strongUnderscores, emStar, emUnderscore] = match;
    if (linkText !== undefined && href !== undefined) {
      const children = parseInline(linkText, allowHref, depth + 1);
      // Only allowed targets become links; `javascript:` and friends stay text.
      nodes.push(allowHref(href) ? { type: 'link', href, children } : { type: 'text', text: whole });
    } else if (strongStars !== undefined || strongUnderscores !== undefined) {
      nodes.push({ type: 'strong', children: parseInline((strongStars ?? strongUnderscores)!, allowHref, depth + 1) });
    } else {
      nodes.push({ type: 'em', children: parseInline((emStar ?? emUnderscore)!, allowHref, depth + 1) });
    }
    last = index + whole.length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

/** Whether a link target is a web or mail address (the only kinds a reader is sent to). */
export function isSafeHref(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

// Raw HTML never reaches a card: tags, comments and processing instructions are refused outright.
// A tag name ends where an HTML tokenizer ends it (space, `/` or `>`), so `<svg/onload=…>` counts too.
const htmlTag = /<\/?[a-z][^\s/>]*(?:[\s/][^>]*)?>|<!--|<!\[CDATA\[|<![a-z]|<\?/i;
// Anything that reads as a link target, more widely than the grammar's own link syntax.
const markdownLinkTarget = /\]\(\s*<?([^)\s>]*)/g;
const allowedLinkTarget = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** Whether text holds raw HTML (a tag, comment, CDATA section, declaration or processing instruction). */
export function containsHtml(text: string): boolean {
  return htmlTag.test(text);
}

/** Whether every link target in text is a web address, `mailto:`, a path or a fragment. */
export function linkTargetsAllowed(text: string): boolean {
  return [...text.matchAll(markdownLinkTarget)].every((m) => allowedLinkTarget.test(m[1] ?? ''));
}

/** The inline nodes of a tree, in reading order, as the text a reader sees. */
export function inlineText(nodes: readonly MarkdownInline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}
