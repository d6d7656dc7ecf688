'use strict';
// Just enough of Terraform's expression language to follow a value back to where it was written:
// literals, `local.x.y` paths, a dynamic block's `iterator.value.x`, and `jsondecode(file(...))`
// relative to path.module. Every value comes with its source: the JSON file it was read from, or
// 'literal' when it was typed into the Terraform.

const fs = require('fs');
const path = require('path');
const { expressionOf } = require('./hcl');

const JSON_FILE = /^jsondecode\(file\("\$\{path\.module\}\/([^"]+)"\)\)$/;
const REFERENCE = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])*$/;

class Unsupported extends Error {}

function walk(sourced, steps, expression) {
  let value = sourced.value;
  for (const step of steps) {
    if (value === null || typeof value !== 'object' || !(step in value)) {
      throw new Unsupported(`${expression}: no "${step}"`);
    }
    value = value[step];
  }
  return { value, source: sourced.source };
}

/** scope: {moduleDir, locals, iterators: {name: sourcedValue}}; returns {value, source}. */
function evaluate(raw, scope) {
  const expression = expressionOf(raw);
  if (expression === null) {
    return { value: raw, source: 'literal' };
  }
  const file = JSON_FILE.exec(expression);
  if (file) {
    const fullPath = path.resolve(scope.moduleDir, file[1]);
    if (!fs.existsSync(fullPath)) {
      throw new Unsupported(`${expression}: ${fullPath} does not exist`);
    }
    return { value: JSON.parse(fs.readFileSync(fullPath, 'utf8')), source: fs.realpathSync(fullPath) };
  }
  if (!REFERENCE.test(expression)) {
    throw new Unsupported(`cannot follow ${expression}`);
  }
  const [head, ...steps] = expression.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (head === 'local') {
    const [name, ...rest] = steps;
    if (!(name in scope.locals)) {
      throw new Unsupported(`${expression}: no local "${name}"`);
    }
    return walk(evaluate(scope.locals[name], scope), rest, expression);
  }
  if (scope.iterators && head in scope.iterators && steps[0] === 'value') {
    return walk(scope.iterators[head], steps.slice(1), expression);
  }
  throw new Unsupported(`cannot follow ${expression}`);
}

module.exports = { evaluate, Unsupported };
