import { Parser } from 'htmlparser2';
import { inlineText, parseRestrictedMarkdown } from '@mobility-kit/contract';

/**
 * Turning whatever markup a feed sends into the contract's restricted Markdown subset
 * (paragraphs, bullet and numbered lists, strong, emphasis, links to http(s) and mailto) or into
 * plain text. The HTML is parsed by a real HTML tokenizer, never matched with regular expressions;
 * the output is built from text nodes only, so no tag, attribute or event handler of the input can
 * survive. Scripts, styles and other non-content elements are dropped with everything inside them.
 */

/** Elements whose content is never text for a reader: dropped entirely, content included. */
const dropped = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'applet', 'svg', 'math',
  'head', 'title', 'textarea', 'select', 'option', 'button', 'form', 'canvas', 'audio', 'video', 'picture', 'map',
]);

/** Elements that end a paragraph. */
const blocks = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'address',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'hr', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'fieldset', 'center',
]);

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Void elements never get a closing callback worth counting. */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** `plain` wraps the content of an element that adds nothing (a link with an unsafe target). */
type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'plain'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

type Container = Exclude<Inline, { type: 'text' }> | { type: 'root'; children: Inline[] };

/** Characters XML 1.0 and PostgreSQL text cannot carry, plus other C0/C1 controls except tab and newlines. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove control characters and lone surrogates (they break XML, JSON consumers and PostgreSQL). */
export function stripControlCharacters(text: string): string {
  return text.replace(controlCharacters, '');
}

/** Collapse runs of whitespace to one space and trim: the shape of a title or a summary. */
export function normaliseText(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}

/** Whether a link target may appear in a description: absolute http(s) or mailto only. */
export function safeHref(href: string, base?: string): string | undefined {
  const trimmed = stripControlCharacters(href).trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return undefined;
  // Markdown link syntax ends at whitespace or a parenthesis: percent-encode them.
  return url.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text that must stay text in the Markdown subset: an `<` before a letter would read as an HTML tag
 * to validators, and `](` could start a link the author never wrote.
 */
function neutralise(text: string): string {
  return text.replace(/<(?=[a-zA-Z!?/])/g, '< ').replace(/\]\(/g, '] (');
}

function serialise(nodes: readonly Inline[], inside: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += neutralise(node.text);
      continue;
    }
    const inner = serialise(node.children, node.type === 'plain' ? inside : new Set([...inside, node.type]));
    if (node.type === 'plain') {
      out += inner;
      continue;
    }
    const trimmed = inner.trim();
    if (trimmed === '') {
      out += inner;
      continue;
    }
    const lead = inner.startsWith(' ') ? ' ' : '';
    const tail = inner.endsWith(' ') ? ' ' : '';
    if (node.type === 'link') {
      // Brackets inside link text would end it early.
      out += `${lead}[${trimmed.replace(/[[\]]/g, '')}](${node.href})${tail}`;
    } else if (inside.has('strong') || inside.has('em') || inside.has('link')) {
      // The subset does not nest emphasis reliably: inner emphasis keeps only its text.
      out += inner;
    } else {
      const marker = node.type === 'strong' ? '**' : '*';
      out += `${lead}${marker}${trimmed}${marker}${tail}`;
    }
  }
  return out.replace(/ {2,}/g, ' ');
}

/** Options of {@link htmlToMarkdown}. */
export interface SanitiseOptions {
  /** Base URL for relative links (the item's own URL); without it relative links become text. */
  readonly baseUrl?: string | undefined;
}

/**
 * Convert HTML (or plain text, which is HTML without tags) to the restricted Markdown subset.
 * Never throws; unknown elements are unwrapped to their text.
 */
export function htmlToMarkdown(html: string, options: SanitiseOptions = {}): string {
  // Without a single tag the input is plain text: its blank lines are its paragraphs.
  if (!/<[a-zA-Z!/?]/.test(html)) {
    return html
      .split(/\n\s*\n/)
      .map((paragraph) => neutralise(htmlToText(paragraph)))
      .filter(Boolean)
      .join('\n\n');
  }
  const out: string[] = [];
  let root: Container = { type: 'root', children: [] };
  let stack: Container[] = [root];
  let skip = 0;
  const skipStack: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  let listDepth = 0;
  let inItem = false;
  let headingDepth = 0;

  const current = () => stack[stack.length - 1]!;
  const takeInline = (): string => {
    const text = serialise(root.children).replace(/\s+/g, ' ').trim();
    root = { type: 'root', children: [] };
    // Open inline elements continue into the next block with fresh containers.
    const reopened: Container[] = [root];
    for (const open of stack.slice(1)) {
      if (open.type === 'root') continue;
      const copy: Exclude<Inline, { type: 'text' }> = open.type === 'link' ? { type: 'link', href: open.href, children: [] } : { type: open.type, children: [] };
      reopened[reopened.length - 1]!.children.push(copy);
      reopened.push(copy);
    }
    stack = reopened;
    return text;
  };
  const flushParagraph = () => {
    const text = takeInline();
    if (text === '') return;
    if (list && inItem) list.items.push(text);
    else {
      if (list) flushList();
      out.push(text);
    }
  };
  const flushList = () => {
    if (!list) return;
    const { ordered, items } = list;
    list = undefined;
    if (items.length > 0) out.push(items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'));
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skip > 0) {
          if (!voids.has(name)) skipStack.push(name);
          if (dropped.has(name) && !voids.has(name)) skip++;
          return;
        }
        if (dropped.has(name)) {
          if (!voids.has(name)) {
            skip = 1;
            skipStack.length = 0;
            skipStack.push(name);
          }
          return;
        }
        if (name === 'ul' || name === 'ol') {
          if (listDepth === 0) {
            flushParagraph();
            flushList();
            list = { ordered: name === 'ol', items: [] };
          } else if (inItem) {
            // Nested lists are flattened into the outer one (the subset has no nesting).
            const text = takeInline();
            if (text) list?.items.push(text);
          }
          listDepth++;
          return;
        }
        if (name === 'li') {
          if (inItem) {
            const text = takeInline();
            if (text) list?.items.push(text);
          } else flushParagraph();
          if (!list) list = { ordered: false, items: [] };
          inItem = true;
          return;
        }
        if (blocks.has(name)) {
          if (inItem && list) {
            current().children.push({ type: 'text', text: ' ' });
            return;
          }
          flushParagraph();
          if (headings.has(name)) {
            headingDepth++;
            const strong: Container = { type: 'strong', children: [] };
            current().children.push(strong);
            stack.push(strong);
          }
          return;
        }
        if (name === 'strong' || name === 'b' || name === 'em' || name === 'i') {
          const node: Container = { type: name === 'strong' || name === 'b' ? 'strong' : 'em', children: [] };
          current().children.push(node);
          stack.push(node);
          return;
        }
        if (name === 'a') {
          const href = attributes.href === undefined ? undefined : safeHref(attributes.href, options.baseUrl);
          // A link to anything but http(s) or mailto keeps its text and loses its target.
          const node: Container = href ? { type: 'link', href, children: [] } : { type: 'plain', children: [] };
          current().children.push(node);
          stack.push(node);
          return;
        }
        if (name === 'img' && attributes.alt) {
          current().children.push({ type: 'text', text: ` ${attributes.alt} ` });
        }
      },
      ontext(text) {
        if (skip > 0) return;
        // Adjacent text is merged so that neutralising sees `&lt;` and the word after it together.
        const children = current().children;
        const last = children[children.length - 1];
        if (last?.type === 'text') last.text += text.replace(/\s+/g, ' ');
        else children.push({ type: 'text', text: text.replace(/\s+/g, ' ') });
      },
      onclosetag(name) {
        if (skip > 0) {
          if (voids.has(name)) return;
          skipStack.pop();
          if (dropped.has(name)) skip--;
          if (skip === 0) skipStack.length = 0;
          return;
        }
        if (dropped.has(name) || voids.has(name) && name !== 'br' && name !== 'hr') return;
        if (name === 'ul' || name === 'ol') {
          if (listDepth === 0) return;
          if (inItem) {
            const text = takeInline();
            if (text) list?.items.push(text);
          }
          listDepth--;
          if (listDepth === 0) {
            inItem = false;
            flushList();
          }
          return;
        }
        if (name === 'li') {
          if (inItem) {
            const text = takeInline();
            if (text) list?.items.push(text);
          }
          inItem = false;
          return;
        }
        if (headings.has(name) && headingDepth > 0) {
          headingDepth--;
          if (stack.length > 1) stack.pop();
          flushParagraph();
          return;
        }
        if (blocks.has(name)) {
          if (inItem && list) return;
          flushParagraph();
          return;
        }
        if (name === 'strong' || name === 'b' || name === 'em' || name === 'i' || name === 'a') {
          if (stack.length > 1) stack.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(stripControlCharacters(html));
  parser.end();
  flushParagraph();
  flushList();
  return out.join('\n\n');
}

/** HTML to one line of plain text: tags and dropped elements removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  let text = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (dropped.has(name) && !voids.has(name)) skip++;
        else if (skip === 0 && blocks.has(name)) text += ' ';
      },
      ontext(chunk) {
        if (skip === 0) text += chunk;
      },
      onclosetag(name) {
        if (dropped.has(name) && !voids.has(name) && skip > 0) skip--;
        else if (skip === 0 && blocks.has(name)) text += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return normaliseText(text);
}

/**
 * Plain text from restricted Markdown, read with the contract's grammar: list, strong and emphasis
 * markers (`*` and `_` alike) and link targets removed. For summaries.
 */
export function markdownToText(markdown: string): string {
  // Every link counts for its text here, whatever its target: nothing is linked in plain text.
  const tree = parseRestrictedMarkdown(markdown, { allowHref: () => true });
  return normaliseText(tree.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join(' '))).join(' '));
}

/** Cut text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
