import { expect, fixture, html } from '@open-wc/testing';
import { parseRestrictedMarkdown, renderRestrictedMarkdown } from '../src/shared/restricted-markdown.js';

const sample = [
  'Het team zorgt dat iedereen zich welkom voelt.',
  '**Wat ga je doen?**',
  '- Je verhelpt *kleine* storingen.\n- Je ontvangt bezoekers,\n  ook op open dagen.',
  '1. Solliciteer via [de site](https://werkenbij.example/x).\n2. Gesprek',
].join('\n\n');

describe('restricted Markdown', () => {
  it('renders accessible structure', async () => {
    const element = await fixture<HTMLDivElement>(html`<div>${renderRestrictedMarkdown(sample, 'nl')}</div>`);
    await expect(element).to.be.accessible();
    expect([...element.children].map((c) => c.localName)).to.deep.equal(['p', 'p', 'ul', 'ol']);
    expect(element.querySelector('ul')?.children).to.have.length(2);
    expect(element.querySelector('ul li:last-child')?.textContent).to.equal('Je ontvangt bezoekers, ook op open dagen.');
    expect(element.querySelector('em')?.textContent).to.equal('kleine');
    expect(element.querySelector('a')?.getAttribute('href')).to.equal('https://werkenbij.example/x');
    expect(element.querySelector('p')?.getAttribute('lang')).to.equal('nl');
  });

  it('parses paragraphs, lists, strong, emphasis and links', () => {
    expect(parseRestrictedMarkdown('Een __sterk__ en _zacht_ woord')).to.deep.equal([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Een ' },
          { type: 'strong', children: [{ type: 'text', text: 'sterk' }] },
          { type: 'text', text: ' en ' },
          { type: 'em', children: [{ type: 'text', text: 'zacht' }] },
          { type: 'text', text: ' woord' },
        ],
      },
    ]);
    expect(parseRestrictedMarkdown('regel een\nregel twee')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', text: 'regel een regel twee' }] },
    ]);
  });

  it('keeps HTML, unsafe links and underscores inside words as text', async () => {
    const source = '<img src=x onerror="alert(1)"> [klik](javascript:alert(1)) snake_case_name window.__x=1 2 * 3 * 4';
    const blocks = parseRestrictedMarkdown(source);
    expect(blocks).to.have.length(1);
    const element = await fixture<HTMLDivElement>(html`<div>${renderRestrictedMarkdown(source)}</div>`);
    expect(element.querySelector('img, a, em, strong')).to.equal(null);
    expect(element.textContent?.trim()).to.equal(source);
  });

  it('never throws on odd input', () => {
    for (const odd of ['', '\n\n\n', '**', '[x](', '- ', '1.', '*a **b* c**', '_'.repeat(500), '\r\n- a\r\n- b']) {
      expect(() => parseRestrictedMarkdown(odd)).to.not.throw();
    }
    expect(parseRestrictedMarkdown('\r\n- a\r\n- b')).to.deep.equal([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
    ]);
  });
});
