#!/usr/bin/env node
// CollectIQ's own Dockerfile rules, on top of dockerfile-utils' generic checks. Each rule reads the
// file through dockerfile-ast and returns findings; `node dockerfile-rules.js FILE...` prints them
// as `FILE:LINE: [rule] message` and exits 1 when there is any.
'use strict';

const fs = require('fs');
const { DockerfileParser } = require('dockerfile-ast');

/** The instructions of each build stage, in order; a stage starts at its FROM. */
function stagesOf(dockerfile) {
  const stages = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction;
      stages.push({ from, name: (from.getBuildStage() || '').toLowerCase(), instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

function lineOf(instruction) {
  return instruction.getRange().start.line + 1;
}

function lastOfKind(stage, keyword) {
  return stage.instructions.filter((i) => i.getKeyword() === keyword).pop();
}

function finding(rule, instruction, message) {
  return { rule, line: instruction ? lineOf(instruction) : 1, message };
}

const rules = {
  // The build toolchain must not ship: compile in one stage, run from another.
  'multi-stage'(stages) {
    return stages.length >= 2 ? [] : [finding('multi-stage', stages[0] && stages[0].from,
      `${stages.length} stage(s): build and runtime must be separate stages`)];
  },

  // A process escaping the JVM must not be root in the container.
  'final-user-non-root'(stages) {
    const final = stages[stages.length - 1];
    if (!final) {
      return [];
    }
    const user = lastOfKind(final, 'USER');
    if (!user) {
      return [finding('final-user-non-root', final.from, 'the final stage has no USER: it would run as root')];
    }
    const name = (user.getArgumentsContent() || '').split(':')[0].trim();
    if (name.includes('$')) {
      return [finding('final-user-non-root', user, `USER ${name} cannot be checked: use a literal user`)];
    }
    return name === 'root' || name === '0' || name === ''
      ? [finding('final-user-non-root', user, `the final stage runs as root (USER ${name || '?'})`)]
      : [];
  },

  // COPY --from must name a stage built before it, not an image that is pulled silently.
  'copy-from-stage'(stages) {
    const results = [];
    stages.forEach((stage, index) => {
      const earlier = stages.slice(0, index).map((s) => s.name).filter(Boolean);
      for (const copy of stage.instructions.filter((i) => i.getKeyword() === 'COPY')) {
        const from = copy.getFromFlag();
        if (!from) {
          continue;
        }
        const value = (from.getValue() || '').toLowerCase();
        const isEarlierIndex = /^\d+$/.test(value) && Number(value) < index;
        if (!earlier.includes(value) && !isEarlierIndex) {
          results.push(finding('copy-from-stage', copy,
            `COPY --from=${from.getValue()} names no earlier stage (stages before it: ${earlier.join(', ') || 'none'})`));
        }
      }
    });
    return results;
  },

  // A base image must be reproducible: an exact tag or a digest, never latest or nothing.
  'base-pinned'(stages) {
    const results = [];
    stages.forEach((stage, index) => {
      const image = stage.from.getImage() || '';
      const earlier = stages.slice(0, index).map((s) => s.name);
      if (image === 'scratch' || earlier.includes(image.toLowerCase())) {
        return;
      }
      if (image.includes('$')) {
        results.push(finding('base-pinned', stage.from, `FROM ${image}: a variable image cannot be checked for a pin`));
      } else if (!stage.from.getImageDigest()) {
        const tag = stage.from.getImageTag();
        if (!tag || tag === 'latest') {
          results.push(finding('base-pinned', stage.from, `FROM ${image}: pin an exact tag or a digest, not ${tag || 'no tag'}`));
        }
      }
    });
    return results;
  },

  // The orchestrator and `docker ps` need to know when the service is really up.
  healthcheck(stages) {
    const final = stages[stages.length - 1];
    if (!final) {
      return [];
    }
    const check = lastOfKind(final, 'HEALTHCHECK');
    if (!check) {
      return [finding('healthcheck', final.from, 'the final stage has no HEALTHCHECK')];
    }
    const subcommand = check.getSubcommand();
    return subcommand && subcommand.getValue().toUpperCase() === 'NONE'
      ? [finding('healthcheck', check, 'HEALTHCHECK NONE switches the health check off')]
      : [];
  },

  // Shell form would make /bin/sh PID 1, and the JVM would never see SIGTERM to drain.
  'entrypoint-exec-form'(stages) {
    const final = stages[stages.length - 1];
    if (!final) {
      return [];
    }
    const entrypoint = lastOfKind(final, 'ENTRYPOINT');
    if (!entrypoint) {
      return [finding('entrypoint-exec-form', final.from, 'the final stage has no ENTRYPOINT')];
    }
    return entrypoint.getOpeningBracket() && entrypoint.getClosingBracket()
      ? []
      : [finding('entrypoint-exec-form', entrypoint, 'ENTRYPOINT must use the exec (JSON) form so the JVM gets SIGTERM')];
  },
};

function lint(content) {
  const stages = stagesOf(DockerfileParser.parse(content));
  return Object.values(rules).flatMap((rule) => rule(stages));
}

function main(files) {
  if (files.length === 0) {
    console.error('usage: dockerfile-rules.js DOCKERFILE...');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    for (const { rule, line, message } of lint(fs.readFileSync(file, 'utf8'))) {
      console.log(`${file}:${line}: [${rule}] ${message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

main(process.argv.slice(2));
