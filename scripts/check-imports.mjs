#!/usr/bin/env node
/**
 * The import graph of packages/*\/src, checked against the layering the README describes:
 *
 * 1. arrows between packages only point up the diagram (contract ← sdk, rules ← elements;
 *    server → contract, rules), and `rules` takes nothing but types from the contract except
 *    through its zod-free `@mobility-kit/contract/vocabulary` entry point;
 * 2. no import cycle inside a package (type-only imports count: they tie files together too);
 * 3. no upward import inside a package: each file has a layer (below), and a file imports only
 *    from its own layer or lower ones; the elements' folders do not import each other (only
 *    `shared/`).
 *
 * Exits 1 and lists every violation; prints a one-line summary otherwise.
 * Usage: node scripts/check-imports.mjs [--json]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = process.env.CHECK_IMPORTS_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Which of our packages each package may import, and how. */
const packageArrows = {
  contract: {},
  rules: { contract: 'types', 'contract/vocabulary': 'values' },
  sdk: { contract: 'values' },
  elements: { contract: 'values', sdk: 'values', rules: 'values', 'contract/vocabulary': 'values' },
  server: { contract: 'values', rules: 'values', 'contract/vocabulary': 'values', 'contract/openapi': 'values' },
  conformance: { contract: 'values', sdk: 'values' },
  'demo-idp': {},
};

/**
 * Layers inside a package, lowest first. A file's layer is that of the first pattern its path
 * (relative to `src/`, without extension) starts with; files no pattern names are in the layer
 * marked `*`; the longest pattern wins. A file may import only from its own layer or a lower one.
 */
const packageLayers = {
  server: [
    ['paths', 'cursor', 'nul-guard', 'net/', 'text/', 'database-errors', 'problems'],
    ['*'],
    ['db/'],
    ['seed/', 'feeds/', 'insights/', 'idempotency'],
    ['auth', 'context', 'options', 'env', 'http-cache', 'routes/'],
    ['app', 'index', 'cli', 'feeds/command'],
  ],
  elements: [
    ['version', 'shared/'],
    ['*'],
    ['define', 'index', 'mobility-kit', 'mobility-kit-all'],
  ],
  sdk: [['errors', 'transport', 'paginate'], ['*'], ['client', 'index']],
  rules: [['*'], ['index']],
  contract: [['*'], ['routes', 'openapi', 'index']],
  conformance: [['*'], ['cli', 'index']],
  'demo-idp': [['organisations', 'accounts'], ['views/'], ['*'], ['provider'], ['index']],
};

/**
 * Packages whose top-level folders are siblings that never import each other (other than the
 * folders named here, which everyone may use): an element's folder does not reach into another's.
 */
const siblingFolders = { elements: ['shared'] };

/**
 * An HR element shows what it edits exactly as the employee's element will (the story slide, the
 * calculator's names and values of its parameters): it may use the views and words of that one
 * element, and of no other.
 */
const previewedFolders = { elements: { 'hr-stories': ['stories'], 'hr-regulations': ['calculator'] } };

const args = new Set(process.argv.slice(2));

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Import and re-export specifiers of a file, each with whether it brings only types. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      let typeOnly = false;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        typeOnly = !!clause && (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      } else {
        typeOnly = node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
      }
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, join(base, 'index.ts'), base];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function layerOf(pkg, relPath) {
  const layers = packageLayers[pkg] ?? [['*']];
  const path = relPath.replace(/\.tsx?$/, '').split(sep).join('/');
  // The longest pattern that names the file wins, so `feeds/command` outranks `feeds/`.
  let best = { layer: layers.findIndex((l) => l.includes('*')), length: -1 };
  layers.forEach((patterns, layer) => {
    for (const pattern of patterns) {
      if (pattern === '*') continue;
      const hit = pattern.endsWith('/') ? path.startsWith(pattern) : path === pattern || path.startsWith(`${pattern}/`);
      if (hit && pattern.length > best.length) best = { layer, length: pattern.length };
    }
  });
  return best.layer;
}

/** Tarjan's strongly connected components: every component of more than one file is a cycle. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const strong = (v) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do { w = stack.pop(); on.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? new Set()).has(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return out;
}

const problems = [];
let fileCount = 0;
let edgeCount = 0;
for (const pkg of Object.keys(packageArrows)) {
  const src = join(root, 'packages', pkg, 'src');
  if (!existsSync(src)) continue;
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    fileCount++;
    const rel = relative(src, file);
    const edges = new Set();
    graph.set(rel, edges);
    for (const { specifier, typeOnly, line } of importsOf(file)) {
      const where = `packages/${pkg}/src/${rel}:${line}`;
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (!target || !target.startsWith(src)) {
          problems.push(`${where}: '${specifier}' leaves the package's src/ or does not resolve`);
          continue;
        }
        const targetRel = relative(src, target);
        edges.add(targetRel);
        edgeCount++;
        const from = layerOf(pkg, rel);
        const to = layerOf(pkg, targetRel);
        if (to > from) problems.push(`${where}: upward import of ${targetRel} (layer ${to}) from layer ${from}`);
        const shared = siblingFolders[pkg];
        const folderOf = (p) => (p.includes(sep) ? p.split(sep)[0] : undefined);
        const [fromFolder, toFolder] = [folderOf(rel), folderOf(targetRel)];
        const previewed = previewedFolders[pkg]?.[fromFolder] ?? [];
        if (shared && fromFolder && toFolder && fromFolder !== toFolder && !shared.includes(toFolder) && !previewed.includes(toFolder)) {
          problems.push(`${where}: ${fromFolder}/ reaches into ${toFolder}/ (move what both need to ${shared.join(' or ')}/)`);
        }
      } else if (specifier.startsWith('@mobility-kit/')) {
        const name = specifier.slice('@mobility-kit/'.length);
        const allowed = packageArrows[pkg][name];
        if (!allowed) problems.push(`${where}: ${pkg} may not import ${specifier}`);
        else if (allowed === 'types' && !typeOnly) problems.push(`${where}: ${pkg} may import only types from ${specifier} (use \`import type\`)`);
      }
    }
  }
  for (const component of cycles(graph)) problems.push(`packages/${pkg}/src: import cycle: ${component.join(' → ')}`);
}

if (args.has('--json')) console.log(JSON.stringify({ files: fileCount, imports: edgeCount, problems }, null, 2));
if (problems.length > 0) {
  if (!args.has('--json')) for (const p of problems) console.error(p);
  console.error(`check-imports: ${problems.length} problem(s) in ${fileCount} files`);
  process.exit(1);
}
if (!args.has('--json')) console.log(`check-imports: ${fileCount} files, ${edgeCount} internal imports, no cycle, no upward import, package arrows as designed`);
