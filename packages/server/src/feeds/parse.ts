import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import type { FeedFormat } from '@mobility-kit/contract';
import { htmlToText } from './sanitise.js';

/**
 * One item of a feed, read but not yet judged: strings as the feed gave them (entities decoded),
 * HTML still HTML. {@link ./map.ts} turns it into a vacancy or a reasoned skip.
 */
export interface FeedItem {
  readonly index: number;
  /** Set when the item is not an object at all (a string in a JSON array). */
  readonly notAnObject?: true;
  readonly externalId?: string | undefined;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  /** HTML (or plain text) of the description. */
  readonly description?: string | undefined;
  /** Plain text of a summary the feed gives separately. */
  readonly summary?: string | undefined;
  readonly datePosted?: string | undefined;
  readonly validThrough?: string | undefined;
  readonly startDate?: string | undefined;
  readonly employmentType?: readonly string[];
  readonly hiringOrganization?: string | undefined;
  readonly city?: string | undefined;
  readonly postalCode?: string | undefined;
  readonly latitude?: string | undefined;
  readonly longitude?: string | undefined;
  readonly remote?: boolean;
  readonly workHours?: string | undefined;
  readonly salary?: { currency?: string | undefined; min?: string | undefined; max?: string | undefined; value?: string | undefined; unit?: string | undefined } | undefined;
  readonly categories?: readonly string[];
  readonly skills?: readonly string[];
  readonly language?: string | undefined;
}

/** What a document held. */
export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly items: FeedItem[];
  readonly warnings: string[];
}

/** The document is not a feed this importer reads: not JSON, not well-formed XML, or an unknown kind. */
export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

/** Read a decoded document: JSON-LD, an HTML page with ld+json scripts, RSS 2.0 (or 1.0) or Atom. */
export function parseFeed(text: string, contentType?: string): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (body.startsWith('{') || body.startsWith('[')) return parseJsonLd(body);
  if (!body.startsWith('<')) {
    throw new FeedFormatError(`The document is not JSON, XML or HTML${type ? ` (it was sent as ${type})` : ''}.`);
  }
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(body)) {
    return parseHtml(body);
  }
  return parseXml(body);
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJsonLd(text: string): ParsedFeed {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    throw new FeedFormatError(`The document is not valid JSON: ${(error as Error).message}`);
  }
  const items: FeedItem[] = [];
  collectPostings(value, items, 0, true);
  return { format: 'jsonld', items, warnings: [] };
}

function isJobPosting(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?JobPosting$/.test(t));
}

/** Walk a JSON-LD value for `JobPosting` nodes: arrays, `@graph`, and `ItemList` elements. */
function collectPostings(value: Json, items: FeedItem[], depth: number, topLevel: boolean): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (topLevel && !isObject(entry) && !Array.isArray(entry)) items.push({ index: items.length, notAnObject: true });
      else collectPostings(entry, items, depth + 1, false);
    }
    return;
  }
  if (!isObject(value)) return;
  if (isJobPosting(value)) {
    items.push(fromJobPosting(value, items.length));
    return;
  }
  if (value['@graph'] !== undefined) collectPostings(value['@graph'], items, depth + 1, false);
  const elements = value.itemListElement;
  if (elements !== undefined) {
    for (const element of Array.isArray(elements) ? elements : [elements]) {
      collectPostings(isObject(element) && element.item !== undefined ? element.item : element, items, depth + 1, false);
    }
  }
}

/** The first scalar of a JSON-LD value, as a string: `"x"`, `1`, `{"@value": "x"}`, `["x"]`. */
function scalar(value: Json | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return scalar(value[0]);
  if ('@value' in value) return scalar(value['@value']);
  return undefined;
}

/** Every name-ish string of a value: strings, `{name}`, `{value}`, arrays of them. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) {
    const name = scalar(value.name) ?? scalar(value.value) ?? scalar(value['@value']) ?? scalar(value.codeValue);
    return name === undefined ? [] : [name];
  }
  const text = scalar(value);
  return text === undefined ? [] : [text];
}

const first = (value: Json | undefined): Json | undefined => (Array.isArray(value) ? value[0] : value);

function fromJobPosting(node: JsonObject, index: number): FeedItem {
  const identifier = first(node.identifier);
  const externalId = isObject(identifier) ? scalar(identifier.value) ?? scalar(identifier['@id']) ?? scalar(identifier.name) : scalar(identifier);
  const location = first(node.jobLocation);
  const address = isObject(location) ? first(location.address) : undefined;
  const geo = isObject(location) ? first(location.geo) : undefined;
  const salary = first(node.baseSalary);
  const salaryValue = isObject(salary) ? first(salary.value) : undefined;
  const organisation = first(node.hiringOrganization);
  const language = first(node.inLanguage);
  const locationType = names(node.jobLocationType).map((t) => t.toUpperCase());
  return {
    index,
    externalId,
    url: scalar(node.url),
    title: scalar(node.title) ?? scalar(node.name),
    description: scalar(node.description),
    datePosted: scalar(node.datePosted),
    validThrough: scalar(node.validThrough),
    startDate: scalar(node.jobStartDate),
    employmentType: names(node.employmentType),
    hiringOrganization: isObject(organisation) ? scalar(organisation.name) : scalar(organisation),
    city: isObject(address) ? scalar(address.addressLocality) : scalar(address),
    postalCode: isObject(address) ? scalar(address.postalCode) : undefined,
    latitude: isObject(geo) ? scalar(geo.latitude) : undefined,
    longitude: isObject(geo) ? scalar(geo.longitude) : undefined,
    remote: locationType.includes('TELECOMMUTE'),
    workHours: scalar(node.workHours),
    salary: isObject(salary)
      ? {
          currency: scalar(salary.currency),
          min: isObject(salaryValue) ? scalar(salaryValue.minValue) : undefined,
          max: isObject(salaryValue) ? scalar(salaryValue.maxValue) : undefined,
          value: isObject(salaryValue) ? scalar(salaryValue.value) : scalar(salaryValue),
          unit: isObject(salaryValue) ? scalar(salaryValue.unitText) : undefined,
        }
      : undefined,
    categories: names(node.occupationalCategory),
    skills: names(node.skills).flatMap((s) => s.split(/\s*[,;]\s*/)),
    language: isObject(language) ? scalar(language.alternateName) ?? scalar(language.name) : scalar(language),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML pages with <script type="application/ld+json">

function parseHtml(text: string): ParsedFeed {
  const scripts: string[] = [];
  let current: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && (attributes.type ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json') current = '';
      },
      ontext(chunk) {
        if (current !== undefined) current += chunk;
      },
      onclosetag(name) {
        if (name === 'script' && current !== undefined) {
          scripts.push(current);
          current = undefined;
        }
      },
    },
    // Script content is raw text in HTML: entities inside it are not decoded.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  const items: FeedItem[] = [];
  const warnings: string[] = [];
  scripts.forEach((script, n) => {
    try {
      collectPostings(JSON.parse(script) as Json, items, 0, false);
    } catch (error) {
      warnings.push(`ld+json block ${n + 1} of the page is not valid JSON and was ignored: ${(error as Error).message}`);
    }
  });
  if (scripts.length === 0) warnings.push('The page has no <script type="application/ld+json"> block.');
  return { format: 'html-jsonld', items, warnings };
}

// ---------------------------------------------------------------------------------------------
// RSS and Atom

/** Elements whose content may be (escaped or inline) HTML: kept raw and decoded by us. */
const htmlElements = ['description', 'content:encoded', 'content', 'summary'];

/** Decode the five XML entities and numeric references in one pass (`&amp;#233;` stays `&#233;`). */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp']!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The text of raw XML content: CDATA sections literally, everything else entity-decoded. */
function decodeXmlFragment(raw: string): string {
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += decodeXmlEntities(raw.slice(last, match.index)) + match[1]!;
    last = match.index! + match[0].length;
  }
  return out + decodeXmlEntities(raw.slice(last));
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // No entity processing at all by the parser (no DTD entities, no expansion); the five XML
  // entities and character references are decoded by decodeXmlEntities.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 64,
  stopNodes: htmlElements.map((name) => `*.${name}`),
  tagValueProcessor: (_name, value) => decodeXmlEntities(value),
  attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

type XmlNode = Record<string, unknown>;
const asNode = (value: unknown): XmlNode | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined);

/** The text of an element: a string, or the `#text` of an element with attributes. */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  return node ? textOf(node['#text']) : undefined;
}

/**
 * The first `<!DOCTYPE` declaration anywhere in an XML text (up to its `>` or `[`), skipping
 * comments and CDATA sections, where the same characters are text; `undefined` when there is none.
 */
export function findDoctype(text: string): string | undefined {
  const upper = text.toUpperCase();
  let at = 0;
  for (;;) {
    const open = upper.indexOf('<!', at);
    if (open < 0) return undefined;
    if (upper.startsWith('<!--', open)) {
      const end = upper.indexOf('-->', open + 4);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (upper.startsWith('<![CDATA[', open)) {
      const end = upper.indexOf(']]>', open + 9);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (upper.startsWith('<!DOCTYPE', open)) {
      const end = text.slice(open).search(/[>[]/);
      return end < 0 ? text.slice(open) : text.slice(open, open + end + 1);
    } else {
      at = open + 2;
    }
  }
}

function parseXml(text: string): ParsedFeed {
  // A document type declaration is how entity bombs (billion laughs) and external entities arrive.
  // Feeds never need one: refuse the document, wherever in it the declaration stands.
  const doctype = findDoctype(text);
  if (doctype !== undefined) {
    throw new FeedFormatError(
      doctype.includes('[')
        ? 'The document declares its own entities (a DTD internal subset); such documents are refused.'
        : 'The document has a document type declaration (<!DOCTYPE …>), which can bring in external entities; such documents are refused.',
    );
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new FeedFormatError(`The document is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`);
  }
  let tree: XmlNode;
  try {
    tree = xmlParser.parse(text) as XmlNode;
  } catch (error) {
    throw new FeedFormatError(`The document is not well-formed XML: ${(error as Error).message}`);
  }
  const rss = asNode(tree.rss);
  if (rss) {
    const channel = asNode(Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) ?? {};
    return { format: 'rss', items: rssItems(channel.item, textOf(channel.language)), warnings: [] };
  }
  const rdf = asNode(tree['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf.channel) ?? {};
    return { format: 'rss', items: rssItems(rdf.item, textOf(channel['dc:language'])), warnings: [] };
  }
  const feed = asNode(tree.feed);
  if (feed) return { format: 'atom', items: atomEntries(feed), warnings: [] };
  const root = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  throw new FeedFormatError(`The XML document is neither RSS nor Atom (its root element is <${root ?? '?'}>).`);
}

function rssItems(raw: unknown, channelLanguage: string | undefined): FeedItem[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((entry, index): FeedItem => {
    const item = asNode(entry);
    if (!item) return { index, title: textOf(entry) };
    const guid = item.guid;
    const content = textOf(item['content:encoded']);
    const description = textOf(item.description);
    const categories = (Array.isArray(item.category) ? item.category : []).map(textOf).filter((c): c is string => Boolean(c));
    return {
      index,
      externalId: textOf(guid),
      url: textOf(item.link),
      title: textOf(item.title),
      description: content !== undefined ? decodeXmlFragment(content) : description !== undefined ? decodeXmlFragment(description) : undefined,
      datePosted: textOf(item.pubDate) ?? textOf(item['dc:date']),
      validThrough: textOf(item['job:validThrough']) ?? textOf(item.validThrough),
      categories,
      language: textOf(item['dc:language']) ?? channelLanguage,
    };
  });
}

function atomText(value: unknown): { text: string; html: boolean } | undefined {
  const node = asNode(Array.isArray(value) ? value[0] : value);
  const raw = typeof value === 'string' ? value : node ? textOf(node['#text']) : undefined;
  if (raw === undefined) return undefined;
  const type = node ? String(node['@_type'] ?? 'text').toLowerCase() : 'text';
  // `xhtml` content is inline markup already; `html` is escaped markup; `text` is text.
  if (type === 'xhtml') return { text: raw, html: true };
  return { text: decodeXmlFragment(raw), html: type === 'html' || type === 'text/html' };
}

function atomEntries(feed: XmlNode): FeedItem[] {
  const feedLanguage = textOf(feed['@_xml:lang']);
  const entries = Array.isArray(feed.entry) ? feed.entry : [];
  return entries.map((entry, index): FeedItem => {
    const node = asNode(entry) ?? {};
    const links = (Array.isArray(node.link) ? node.link : []).map(asNode).filter((l): l is XmlNode => Boolean(l));
    const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const content = atomText(node.content);
    const summary = atomText(node.summary);
    const title = atomText(node.title);
    const categories = (Array.isArray(node.category) ? node.category : [])
      .map((c) => {
        const category = asNode(c);
        return category ? textOf(category['@_label']) ?? textOf(category['@_term']) : undefined;
      })
      .filter((c): c is string => Boolean(c));
    return {
      index,
      externalId: textOf(node.id),
      url: alternate ? textOf(alternate['@_href']) : undefined,
      // A title is text; markup in an html title is reduced to its text later.
      title: title?.html ? htmlToText(title.text) : title?.text,
      description: content?.html ? content.text : content ? escapeForHtml(content.text) : summary?.html ? summary.text : summary ? escapeForHtml(summary.text) : undefined,
      summary: content && summary && !summary.html ? summary.text : undefined,
      datePosted: textOf(node.published) ?? textOf(node.updated),
      categories,
      language: textOf(node['@_xml:lang']) ?? feedLanguage,
    };
  });
}

/** Plain text made safe to hand to the HTML sanitiser: its `<` and `&` stay characters. */
function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
