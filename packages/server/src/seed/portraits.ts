/**
 * Illustrated portraits of the fictional colleagues in the demo stories: flat, friendly avatars
 * drawn from a few shapes, never photos of real people. `scripts/generate-portraits.ts` writes
 * them to `demo-assets/portraits/`, which the server serves under
 * `/demo-assets/` when it runs with demo data.
 */

export type HairStyle = 'short' | 'long' | 'bun' | 'curly' | 'bald' | 'hijab' | 'bob' | 'locs';
export type Backdrop = 'whiteboard' | 'books' | 'laptop' | 'plants' | 'city' | 'lab' | 'workshop' | 'clinic';

/** What one portrait shows. Colours are CSS hex values. */
export interface PortraitDescriptor {
  /** File name without extension. */
  readonly file: string;
  readonly skin: string;
  readonly hair: string;
  readonly hairStyle: HairStyle;
  readonly clothing: string;
  readonly background: string;
  readonly backdrop: Backdrop;
  readonly glasses?: boolean;
  readonly beard?: boolean;
}

/** Width and height of every portrait, in CSS pixels. */
export const portraitSize = { width: 320, height: 400 } as const;

const backdrops: Record<Backdrop, string> = {
  whiteboard:
    '<rect x="24" y="36" width="150" height="96" rx="6" fill="#ffffff" opacity=".9"/><path d="M44 70h60M44 90h90M44 110h40" stroke="#3a6ea5" stroke-width="6" stroke-linecap="round"/><circle cx="150" cy="70" r="10" fill="none" stroke="#c0392b" stroke-width="5"/>',
  books:
    '<rect x="20" y="120" width="280" height="10" fill="#6b4f3a"/><rect x="30" y="62" width="18" height="58" fill="#c0392b"/><rect x="50" y="70" width="14" height="50" fill="#2e86ab"/><rect x="66" y="58" width="20" height="62" fill="#f4a259"/><rect x="232" y="66" width="16" height="54" fill="#5b8e7d"/><rect x="250" y="60" width="22" height="60" fill="#8e7dbe"/><rect x="274" y="74" width="14" height="46" fill="#e15554"/>',
  laptop:
    '<rect x="206" y="84" width="92" height="60" rx="6" fill="#2d3142"/><rect x="214" y="92" width="76" height="44" rx="3" fill="#9fd8cb"/><path d="M226 104h40M226 116h52M226 128h28" stroke="#2d3142" stroke-width="4" stroke-linecap="round"/>',
  plants:
    '<path d="M40 150c0-40 10-70 30-90-4 30-4 60-10 90z" fill="#5b8e7d"/><path d="M60 150c4-34 20-58 44-70-12 24-18 48-22 70z" fill="#7fb685"/><path d="M262 150c-2-36-16-62-38-76 8 26 12 52 12 76z" fill="#5b8e7d"/><rect x="36" y="146" width="52" height="30" rx="4" fill="#b5651d"/><rect x="226" y="146" width="48" height="30" rx="4" fill="#b5651d"/>',
  city:
    '<rect x="20" y="70" width="40" height="100" fill="#8d99ae"/><rect x="64" y="40" width="36" height="130" fill="#6c7a91"/><rect x="224" y="56" width="44" height="114" fill="#8d99ae"/><rect x="272" y="90" width="30" height="80" fill="#6c7a91"/><path d="M28 84h8M44 84h8M28 104h8M44 104h8M72 56h8M86 56h8M72 78h8M86 78h8M232 72h10M252 72h10M232 96h10M252 96h10" stroke="#f1faee" stroke-width="6"/>',
  lab:
    '<path d="M40 60h24v30l20 44a8 8 0 0 1-7 12H31a8 8 0 0 1-7-12l20-44z" fill="#d8f3dc" stroke="#40916c" stroke-width="4"/><path d="M30 128h50" stroke="#40916c" stroke-width="4"/><rect x="238" y="60" width="10" height="80" rx="5" fill="#bde0fe" stroke="#3a6ea5" stroke-width="3"/><rect x="256" y="70" width="10" height="70" rx="5" fill="#ffc8dd" stroke="#c9184a" stroke-width="3"/><rect x="274" y="64" width="10" height="76" rx="5" fill="#fff3b0" stroke="#e09f3e" stroke-width="3"/>',
  workshop:
    '<circle cx="62" cy="84" r="30" fill="none" stroke="#495057" stroke-width="10"/><path d="M62 44v-8M62 132v-8M22 84h-8M110 84h-8" stroke="#495057" stroke-width="10" stroke-linecap="round"/><rect x="226" y="60" width="70" height="14" rx="4" fill="#e09f3e"/><rect x="252" y="74" width="14" height="70" rx="4" fill="#6b4f3a"/>',
  clinic:
    '<rect x="30" y="50" width="76" height="76" rx="12" fill="#ffffff" opacity=".9"/><path d="M68 66v44M46 88h44" stroke="#c0392b" stroke-width="14" stroke-linecap="round"/><path d="M236 70c0 40 10 56 30 56s30-16 30-56" fill="none" stroke="#495057" stroke-width="6" stroke-linecap="round"/><circle cx="266" cy="136" r="10" fill="#495057"/>',
};

/** A darker shade of a hex colour, for outlines and shadows. */
function shade(hex: string, factor = 0.8): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * factor);
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

function hairBack(p: PortraitDescriptor): string {
  switch (p.hairStyle) {
    case 'long':
      return `<path d="M104 168c-8 60-4 120 8 150h96c12-30 16-90 8-150z" fill="${p.hair}"/>`;
    case 'locs':
      return `<path d="M100 170c-6 56 0 110 12 140M118 168c-4 60 0 110 8 140M202 168c4 60 0 110-8 140M220 170c6 56 0 110-12 140" stroke="${p.hair}" stroke-width="16" stroke-linecap="round" fill="none"/>`;
    case 'hijab':
      return `<path d="M92 190c0-70 30-104 68-104s68 34 68 104v70c0 30-20 50-68 60-48-10-68-30-68-60z" fill="${p.hair}"/>`;
    case 'bob':
      return `<path d="M100 176c-4 40 0 70 10 86h100c10-16 14-46 10-86z" fill="${p.hair}"/>`;
    default:
      return '';
  }
}

function hairFront(p: PortraitDescriptor): string {
  switch (p.hairStyle) {
    case 'short':
      return `<path d="M106 180c-4-52 22-82 54-82s58 30 54 82c-8-22-24-36-54-38-30 2-46 16-54 38z" fill="${p.hair}"/>`;
    case 'long':
    case 'bob':
      return `<path d="M102 196c-6-62 20-100 58-100s64 38 58 100c-10-34-30-52-58-54-28 2-48 20-58 54z" fill="${p.hair}"/>`;
    case 'bun':
      return `<circle cx="160" cy="84" r="24" fill="${p.hair}"/><path d="M106 184c-4-54 22-84 54-84s58 30 54 84c-10-28-28-42-54-42s-44 14-54 42z" fill="${p.hair}"/>`;
    case 'curly':
      return `<g fill="${p.hair}"><circle cx="114" cy="150" r="20"/><circle cx="128" cy="120" r="22"/><circle cx="160" cy="106" r="24"/><circle cx="192" cy="120" r="22"/><circle cx="206" cy="150" r="20"/><circle cx="144" cy="112" r="18"/><circle cx="178" cy="112" r="18"/></g>`;
    case 'locs':
      return `<path d="M104 182c-4-54 22-86 56-86s60 32 56 86c-10-26-30-40-56-40s-46 14-56 40z" fill="${p.hair}"/>`;
    case 'hijab':
      return `<path d="M112 170c6-36 24-54 48-54s42 18 48 54c-14-14-30-20-48-20s-34 6-48 20z" fill="${shade(p.hair, 0.85)}"/>`;
    case 'bald':
      return `<path d="M110 170c2-40 22-62 50-62s48 22 50 62c-12-20-28-30-50-30s-38 10-50 30z" fill="${shade(p.skin, 0.92)}"/>`;
  }
}

/** The SVG document of one portrait. Pure: the same descriptor always gives the same bytes. */
export function portraitSvg(p: PortraitDescriptor, title: string): string {
  const skinShade = shade(p.skin, 0.85);
  const line = shade(p.skin, 0.45);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${portraitSize.width} ${portraitSize.height}" width="${portraitSize.width}" height="${portraitSize.height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="320" height="400" fill="${p.background}"/>`,
    backdrops[p.backdrop],
    hairBack(p),
    // Shoulders and clothing, then neck and head.
    `<path d="M40 400c0-74 50-112 120-112s120 38 120 112z" fill="${p.clothing}"/>`,
    `<path d="M136 290h48l-24 34z" fill="${shade(p.clothing, 0.75)}"/>`,
    `<rect x="138" y="236" width="44" height="60" rx="18" fill="${skinShade}"/>`,
    // A headscarf covers the ears.
    p.hairStyle === 'hijab' ? '' : `<ellipse cx="104" cy="190" rx="10" ry="16" fill="${skinShade}"/><ellipse cx="216" cy="190" rx="10" ry="16" fill="${skinShade}"/>`,
    `<ellipse cx="160" cy="182" rx="56" ry="70" fill="${p.skin}"/>`,
    hairFront(p),
    `<ellipse cx="138" cy="186" rx="6" ry="7" fill="${line}"/><ellipse cx="182" cy="186" rx="6" ry="7" fill="${line}"/>`,
    `<path d="M126 168q12-8 24 0M170 168q12-8 24 0" stroke="${line}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    `<path d="M156 196q4 14 8 0" stroke="${skinShade}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    p.beard
      ? `<path d="M110 200c4 50 26 72 50 72s46-22 50-72c-10 20-28 30-50 30s-40-10-50-30z" fill="${p.hair}"/><path d="M142 222q18 10 36 0" stroke="#ffffff" stroke-width="4" fill="none" stroke-linecap="round"/>`
      : `<path d="M140 218q20 18 40 0" stroke="${line}" stroke-width="5" fill="none" stroke-linecap="round"/>`,
    p.glasses
      ? `<g fill="none" stroke="#1b1b1b" stroke-width="4"><circle cx="138" cy="186" r="16"/><circle cx="182" cy="186" r="16"/><path d="M154 186h12M122 184l-16-4M198 184l16-4"/></g>`
      : '',
    '</svg>',
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
