// Packs the publishable workspaces the way `npm publish` would and installs the tarballs into a
// throw-away project, offline: shared by `npm run check:packages` and `npm run sbom`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Temporary folders made here; removed on exit unless KEEP_PACKED=1 (to look inside after a failure). */
const temporary = [];
function temporaryFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}
process.on('exit', () => {
  if (process.env.KEEP_PACKED === '1') return;
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** npm as a child process; npm's own noise on stderr is passed through only on failure. */
export function npm(args, cwd) {
  try {
    return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) failed:\n${error.stderr ?? ''}${error.stdout ?? ''}`);
  }
}

/** The workspaces of the root package.json that are published: not `private`. */
export function publishableWorkspaces() {
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return rootManifest.workspaces
    .map((dir) => ({ dir: join(root, dir), manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

/**
 * `npm pack` of every publishable workspace into a fresh temporary folder.
 * @returns {{ name: string, dir: string, manifest: object, tarball: string, files: string[] }[]}
 */
export function packAll() {
  const destination = temporaryFolder('mobility-kit-pack-');
  return publishableWorkspaces().map(({ dir, manifest }) => {
    const [result] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], dir));
    return { name: manifest.name, dir, manifest, tarball: join(destination, result.filename), files: result.files.map((f) => f.path) };
  });
}

/**
 * A new project in a temporary folder with `tarballs` installed from the npm cache (`--offline`,
 * or `--prefer-offline` when the cache lacks registry metadata): a dependency that is not
 * published fails here. Scripts are not run. Returns the project folder.
 */
export function installTarballs(tarballs, name = 'mobility-kit-consumer') {
  // A folder named like the project: `npm sbom` names the root component after the folder.
  const project = join(temporaryFolder('mobility-kit-install-'), name);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, version: '0.0.0', private: true, type: 'module' }, null, 2));
  const args = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--save-exact', ...tarballs];
  try {
    npm(['--offline', ...args], project);
  } catch (error) {
    // The cache holds the tarballs a lock-file install fetched, but not always the registry's
    // metadata of a peer range (`@types/react@>=19`); that may come from the npm registry, and
    // a dependency that is not published still fails there.
    if (!/ENOTCACHED/.test(String(error))) throw error;
    console.log('  (metadata missing from the npm cache; installing with --prefer-offline)');
    npm(['--prefer-offline', ...args], project);
  }
  return project;
}
