// Regenerates packages/elements/custom-elements.json, which the docs pages of the Storybook read.
// Uses the elements' own `manifest` script (and so their analyzer config) when the package has
// one; otherwise runs the analyzer with Lit support over the element sources.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = `${root}packages/elements`;
const pkg = JSON.parse(readFileSync(`${elements}/package.json`, 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (pkg.scripts?.manifest) {
  execFileSync(npm, ['run', '--silent', '-w', '@mobility-kit/elements', 'manifest'], { cwd: root, stdio: 'inherit' });
} else {
  const cem = `${root}node_modules/.bin/cem`;
  execFileSync(cem, ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', '.'], { cwd: elements, stdio: 'inherit' });
}
if (!existsSync(`${elements}/custom-elements.json`)) {
  console.error('The analyzer did not write packages/elements/custom-elements.json');
  process.exit(1);
}
