#!/usr/bin/env node
'use strict';
// CollectIQ's infrastructure checks, run by `mvn verify` (and `npm test` here):
//   1. the Terraform under infra/terraform: HCL syntax and formatting of every file, every
//      variable described, and the policy rules over each environment's whole module graph;
//   2. the workflows under .github/workflows: actionlint, the workflow schema and our own rules;
//   3. every rule shown able to fail: each fixture under fixtures/ must break the rule it is named
//      after (fixtures/<kind>/<rule>[.<variant>]), with the finding its "expect:" comment names.
// Prints what each rule checked, every finding, and a closing "N passed, N failed"; exits 1 on any
// finding in the real tree or any fixture that did not fail.

const fs = require('fs');
const path = require('path');
const { loadEnvironment } = require('./lib/hcl');
const { fileRules, environmentRules } = require('./lib/terraform-rules');
const workflows = require('./lib/workflow-rules');

const REPO = path.resolve(__dirname, '../..');
const TERRAFORM = path.join(REPO, 'infra/terraform');
const ENVIRONMENTS = ['dev', 'prod'].map((name) => path.join(TERRAFORM, 'envs', name));
const WORKFLOWS = path.join(REPO, '.github/workflows');
const FIXTURES = path.join(__dirname, 'fixtures');

let passed = 0;
let failed = 0;
const shown = (file) => path.relative(REPO, file) || '.';

function report(ok, line, details = []) {
  if (ok) {
    passed++;
  } else {
    failed++;
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  details.forEach((detail) => console.log(`       ${detail}`));
}

function describe(result) {
  return `${result.checked} checked, ${result.findings.length} finding(s)`;
}

function findingLines(result) {
  return result.findings.map((finding) => `${finding.where}: ${finding.message}`);
}

async function runOnTree() {
  console.log(`::: Terraform (${shown(TERRAFORM)})`);
  for (const [name, rule] of Object.entries(fileRules)) {
    const result = await rule(TERRAFORM);
    report(result.findings.length === 0, `${name}: ${describe(result)}`, findingLines(result));
  }
  for (const dir of ENVIRONMENTS) {
    const modules = await loadEnvironment(dir);
    console.log(`::: environment ${shown(dir)}: ${modules.length} modules, ${modules.reduce((n, m) => n + m.resources.length, 0)} resource blocks`);
    for (const [name, rule] of Object.entries(environmentRules)) {
      const result = rule(modules);
      report(result.findings.length === 0, `${name}: ${describe(result)}`, findingLines(result));
    }
  }
  const files = fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();
  console.log(`::: workflows (${shown(WORKFLOWS)}): ${files.join(', ')}`);
  if (files.length === 0) {
    report(false, 'no workflow files');
  }
  const read = files.map((name) => workflows.readWorkflow(shown(path.join(WORKFLOWS, name)), fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')));
  workflows.lintAll([...read, ...workflowFixtures().map(({ workflow }) => workflow)]);
  for (const [i, name] of files.entries()) {
    const workflow = read[i];
    for (const [ruleName, rule] of Object.entries(workflows.rules)) {
      const result = await rule(workflow);
      report(result.findings.length === 0, `${name} ${ruleName}: ${describe(result)}`, findingLines(result));
    }
  }
}

/** The text after "expect:" in a fixture's comments: what the finding must say. */
function expectationOf(texts) {
  for (const text of texts) {
    const match = /#\s*expect:\s*(.+)$/m.exec(text);
    if (match) {
      return match[1].trim();
    }
  }
  return null;
}

async function runFixture(kind, fixture, ruleName, run) {
  const label = `fixture ${kind}/${path.basename(fixture)} breaks ${ruleName}`;
  const texts = fs.statSync(fixture).isDirectory()
    ? fs.readdirSync(fixture, { recursive: true }).map((name) => path.join(fixture, name))
      .filter((file) => fs.statSync(file).isFile()).map((file) => fs.readFileSync(file, 'utf8'))
    : [fs.readFileSync(fixture, 'utf8')];
  const expected = expectationOf(texts);
  if (!expected) {
    report(false, label, ['the fixture has no "# expect: <text of the finding>" comment']);
    return;
  }
  const result = await run();
  const matching = result.findings.filter((finding) => finding.message.includes(expected));
  report(matching.length > 0, `${label}: "${expected}"`,
    matching.length > 0 ? [] : [`no finding says "${expected}"; found:`, ...findingLines(result)]);
}

/** The workflow fixtures; a directory holds a workflow whose file name matters (deploy.yml). */
function workflowFixtures() {
  const dir = path.join(FIXTURES, 'workflows');
  return fs.readdirSync(dir).sort().map((name) => {
    const fixture = path.join(dir, name);
    const file = fs.statSync(fixture).isDirectory() ? path.join(fixture, fs.readdirSync(fixture)[0]) : fixture;
    return { name, fixture, workflow: workflows.readWorkflow(shown(file), fs.readFileSync(file, 'utf8')) };
  });
}

async function runFixtures() {
  console.log(`::: fixtures (${shown(FIXTURES)}): every rule must fail on a bad fixture`);
  const ruleOf = (name) => name.replace(/\.ya?ml$/, '').split('.')[0];
  const shownToFail = new Set();

  const terraformDir = path.join(FIXTURES, 'terraform');
  for (const name of fs.readdirSync(terraformDir).sort()) {
    const fixture = path.join(terraformDir, name);
    const ruleName = ruleOf(name);
    shownToFail.add(`terraform/${ruleName}`);
    if (fileRules[ruleName]) {
      await runFixture('terraform', fixture, ruleName, () => fileRules[ruleName](fixture));
    } else if (environmentRules[ruleName]) {
      await runFixture('terraform', fixture, ruleName, async () => environmentRules[ruleName](await loadEnvironment(fixture)));
    } else {
      report(false, `fixture terraform/${name} names no rule`);
    }
  }

  for (const { name, fixture, workflow } of workflowFixtures()) {
    const ruleName = ruleOf(name);
    shownToFail.add(`workflows/${ruleName}`);
    if (workflows.rules[ruleName]) {
      await runFixture('workflows', fixture, ruleName, () => workflows.rules[ruleName](workflow));
    } else {
      report(false, `fixture workflows/${name} names no rule`);
    }
  }

  const everyRule = [
    ...Object.keys(fileRules).map((name) => `terraform/${name}`),
    ...Object.keys(environmentRules).map((name) => `terraform/${name}`),
    ...Object.keys(workflows.rules).map((name) => `workflows/${name}`),
  ];
  for (const rule of everyRule.filter((name) => !shownToFail.has(name))) {
    report(false, `${rule} has no fixture showing it can fail`);
  }
}

(async () => {
  const started = Date.now();
  await runOnTree();
  await runFixtures();
  console.log(`::: infra checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`infra checks: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
