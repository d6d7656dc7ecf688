'use strict';
// Reads Terraform the way terraform itself would see it, without terraform: HashiCorp's HCL parser
// (WASM, @cdktf/hcl2json) turns each .tf file into JSON; a module is the merge of its directory's
// files, and an environment is its root module plus every local module it calls, recursively.

const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');

/** Every .tf file under dir, each once (envs link shared files; the link and its target are one file). */
function tfFilesUnder(dir) {
  const seen = new Set();
  const files = [];
  (function walk(current) {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && entry.name !== '.terraform') {
        walk(full);
      } else if (entry.name.endsWith('.tf')) {
        const real = fs.realpathSync(full);
        if (!seen.has(real)) {
          seen.add(real);
          files.push(full);
        }
      }
    }
  })(dir);
  return files.sort();
}

// Each file is parsed once per run, however many rules and environments read it.
const parsed = new Map();

function parseFile(file) {
  const key = fs.realpathSync(file);
  if (!parsed.has(key)) {
    parsed.set(key, parse(file, fs.readFileSync(file, 'utf8')));
  }
  return parsed.get(key);
}

/** The blocks of one module directory, as lists of {kind, type, name, body, module}. */
async function loadModule(dir) {
  const module = { dir, resources: [], data: [], modules: [], variables: [], locals: {} };
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.tf')).sort();
  for (const name of files) {
    const json = await parseFile(path.join(dir, name));
    for (const [type, byName] of Object.entries(json.resource || {})) {
      for (const [blockName, bodies] of Object.entries(byName)) {
        bodies.forEach((body) => module.resources.push({ kind: 'resource', type, name: blockName, body, module }));
      }
    }
    for (const [type, byName] of Object.entries(json.data || {})) {
      for (const [blockName, bodies] of Object.entries(byName)) {
        bodies.forEach((body) => module.data.push({ kind: 'data', type, name: blockName, body, module }));
      }
    }
    for (const [blockName, bodies] of Object.entries(json.module || {})) {
      bodies.forEach((body) => module.modules.push({ name: blockName, body }));
    }
    for (const [blockName, bodies] of Object.entries(json.variable || {})) {
      bodies.forEach((body) => module.variables.push({ name: blockName, body, file: path.join(dir, name) }));
    }
    for (const locals of json.locals || []) {
      Object.assign(module.locals, locals);
    }
  }
  return module;
}

/** The root module in envDir and every module reachable through local `source` paths. */
async function loadEnvironment(envDir) {
  const modules = [];
  async function visit(dir, address) {
    const module = await loadModule(dir);
    module.address = address;
    modules.push(module);
    for (const call of module.modules) {
      const source = call.body.source;
      if (typeof source === 'string' && source.startsWith('.')) {
        await visit(path.resolve(dir, source), `${address}module.${call.name}.`);
      }
    }
  }
  await visit(envDir, '');
  return modules;
}

/** The blocks named `name` inside body, static and `dynamic`, each with the iterator it is bound to. */
function nestedBlocks(body, name) {
  const blocks = (body[name] || []).map((block) => ({ block, dynamic: null }));
  for (const dynamic of (body.dynamic && body.dynamic[name]) || []) {
    for (const content of dynamic.content || []) {
      blocks.push({ block: content, dynamic: { forEach: dynamic.for_each, iterator: dynamic.iterator || name } });
    }
  }
  return blocks;
}

/** The expression inside "${...}", or null for a literal. */
function expressionOf(value) {
  const match = typeof value === 'string' && /^\$\{([\s\S]*)\}$/.exec(value);
  return match ? match[1].trim() : null;
}

function where(block) {
  return `${block.module.address}${block.kind === 'data' ? 'data.' : ''}${block.type}.${block.name} (${path.relative(process.cwd(), block.module.dir) || '.'})`;
}

module.exports = { tfFilesUnder, parseFile, loadModule, loadEnvironment, nestedBlocks, expressionOf, where };
