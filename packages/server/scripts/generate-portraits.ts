/**
 * Write the illustrated demo portraits to `demo-assets/portraits/`. Run after changing a portrait
 * in `src/seed/stories.ts`:
 *
 *   node --conditions=source --import tsx packages/server/scripts/generate-portraits.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { portraitSvg } from '../src/seed/portraits.js';
import { demoAssetsDir, demoStories } from '../src/seed/stories.js';

const dir = join(demoAssetsDir, 'portraits');
await mkdir(dir, { recursive: true });
for (const story of demoStories) {
  await writeFile(join(dir, `${story.portrait.file}.svg`), portraitSvg(story.portrait, story.content.alt));
}
console.log(`wrote ${demoStories.length} portraits to ${dir}`);
