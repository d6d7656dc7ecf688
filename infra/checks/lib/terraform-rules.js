'use strict';
// CollectIQ's rules over parsed Terraform. File rules see every .tf file under a directory;
// environment rules see one environment's whole module graph. Each returns
// {checked: <how many things it looked at>, findings: [{where, message}]}.

const fs = require('fs');
const path = require('path');
const { format } = require('@cdktf/hcl-tools');
const { tfFilesUnder, parseFile, nestedBlocks, expressionOf, where } = require('./hcl');
const { evaluate, Unsupported } = require('./evaluate');

const REPO = path.resolve(__dirname, '../../..');
const TABLE_JSON = path.join(REPO, 'src/main/resources/dynamodb/table.json');
const ALLOW_LIST = JSON.parse(fs.readFileSync(path.join(__dirname, '../wildcard-resources.json'), 'utf8'));

// What issue 15 asks every environment to have.
const REQUIRED_RESOURCES = [
  'aws_vpc', 'aws_subnet', 'aws_nat_gateway', 'aws_vpc_endpoint',
  'aws_ecr_repository', 'aws_ecr_lifecycle_policy',
  'aws_ecs_cluster', 'aws_ecs_task_definition', 'aws_ecs_service',
  'aws_apigatewayv2_api', 'aws_apigatewayv2_authorizer', 'aws_apigatewayv2_vpc_link', 'aws_apigatewayv2_stage',
  'aws_lb', 'aws_lb_listener', 'aws_lb_target_group',
  'aws_kms_key', 'aws_dynamodb_table',
  'aws_s3_bucket', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_ownership_controls', 'aws_s3_bucket_lifecycle_configuration', 'aws_s3_bucket_cors_configuration',
  'aws_s3_bucket_notification',
  'aws_sqs_queue', 'aws_sqs_queue_policy', 'aws_cloudwatch_event_rule', 'aws_cloudwatch_event_target',
  'aws_cloudwatch_event_bus',
  'aws_cognito_user_pool', 'aws_cognito_user_pool_client', 'aws_cognito_user_group',
  'aws_iam_role', 'aws_iam_role_policy', 'aws_iam_openid_connect_provider', 'aws_secretsmanager_secret',
  'aws_appautoscaling_target', 'aws_appautoscaling_policy',
  'aws_cloudwatch_metric_alarm', 'aws_sns_topic', 'aws_cloudwatch_dashboard', 'aws_cloudwatch_log_group',
];
const REQUIRED_ENDPOINTS = ['s3', 'dynamodb', 'sqs', 'ecr.api', 'ecr.dkr', 'logs', 'secretsmanager'];

// Attributes that hold an IAM policy document, by resource type.
const POLICY_ATTRIBUTES = {
  aws_iam_role: ['assume_role_policy'],
  aws_iam_role_policy: ['policy'],
  aws_iam_policy: ['policy'],
  aws_iam_user_policy: ['policy'],
  aws_iam_group_policy: ['policy'],
  aws_s3_bucket_policy: ['policy'],
  aws_sqs_queue_policy: ['policy'],
  aws_sns_topic_policy: ['policy'],
  aws_kms_key: ['policy'],
  aws_secretsmanager_secret_policy: ['policy'],
  aws_ecr_repository_policy: ['policy'],
  aws_cloudwatch_event_bus_policy: ['policy'],
};
// Policies the checks cannot read (AWS-managed or attached by ARN) are not allowed at all.
const OPAQUE_POLICY_TYPES = ['aws_iam_role_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment'];
const POLICY_DOCUMENT = /^data\.aws_iam_policy_document\.([\w-]+)\.json$/;

const listOf = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const allResources = (modules) => modules.flatMap((module) => module.resources);
const ofType = (modules, type) => allResources(modules).filter((block) => block.type === type);

function globToRegExp(glob) {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
}

/** Whether two action patterns (either may hold "*") can name the same action. */
function overlaps(a, b) {
  return globToRegExp(a).test(b.replace(/\*/g, '')) || globToRegExp(b).test(a.replace(/\*/g, ''));
}

/** Every IAM statement of every policy document, with the attributes the document is used in. */
function statementsOf(modules) {
  const statements = [];
  for (const module of modules) {
    for (const document of module.data.filter((block) => block.type === 'aws_iam_policy_document')) {
      const usedBy = module.resources.flatMap((resource) => (POLICY_ATTRIBUTES[resource.type] || [])
        .filter((attribute) => expressionOf(resource.body[attribute]) === `data.aws_iam_policy_document.${document.name}.json`)
        .map((attribute) => `${resource.type}.${attribute}`));
      for (const { block } of nestedBlocks(document.body, 'statement')) {
        statements.push({
          document,
          usedBy,
          sid: block.sid || '(no sid)',
          effect: block.effect || 'Allow',
          actions: listOf(block.actions),
          resources: listOf(block.resources),
          notActions: listOf(block.not_actions),
          notResources: listOf(block.not_resources),
        });
      }
    }
  }
  return statements;
}

/** Whether `resource` (a block) is what `attribute` of `other` points at, e.g. bucket = aws_s3_bucket.photos.id. */
function refersTo(other, attribute, resource) {
  const expression = expressionOf(other.body[attribute]);
  return other.module === resource.module && expression !== null
    && expression.startsWith(`${resource.type}.${resource.name}.`);
}

function blockOf(body, name) {
  return (body[name] || [])[0] || {};
}

const fileRules = {
  async 'hcl-parse'(dir) {
    const files = tfFilesUnder(dir);
    const findings = [];
    for (const file of files) {
      try {
        await parseFile(file);
      } catch (error) {
        findings.push({ where: file, message: String(error.message || error).trim() });
      }
    }
    return { checked: files.length, findings };
  },

  async 'hcl-format'(dir) {
    const files = tfFilesUnder(dir);
    const findings = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      let formatted;
      try {
        formatted = await format(text);
      } catch (error) {
        continue; // hcl-parse reports it
      }
      if (formatted !== text) {
        const lines = text.split('\n');
        const line = formatted.split('\n').findIndex((formattedLine, i) => formattedLine !== lines[i]) + 1;
        findings.push({ where: `${file}:${line}`, message: 'not formatted as `terraform fmt` would (first difference on this line)' });
      }
    }
    return { checked: files.length, findings };
  },

  async 'variables-described'(dir) {
    const findings = [];
    let checked = 0;
    for (const file of tfFilesUnder(dir)) {
      let json;
      try {
        json = await parseFile(file);
      } catch (error) {
        continue; // hcl-parse reports it
      }
      for (const [name, bodies] of Object.entries(json.variable || {})) {
        for (const body of bodies) {
          checked++;
          if (typeof body.description !== 'string' || body.description.trim() === '') {
            findings.push({ where: file, message: `variable "${name}" has no description` });
          }
        }
      }
    }
    return { checked, findings };
  },
};

const environmentRules = {
  'required-resources'(modules) {
    const present = new Set(allResources(modules).map((block) => block.type));
    const findings = REQUIRED_RESOURCES.filter((type) => !present.has(type) && !(type === 'aws_iam_openid_connect_provider'
      && modules.some((module) => module.data.some((block) => block.type === type))))
      .map((type) => ({ where: modules[0].dir, message: `no ${type} in the environment's module graph` }));
    const endpoints = new Set(ofType(modules, 'aws_vpc_endpoint').flatMap((block) => {
      // for_each = toset([...]) or a local holding one
      let forEach = expressionOf(block.body.for_each) || '';
      const local = /^local\.([\w-]+)$/.exec(forEach);
      if (local) {
        forEach = String(block.module.locals[local[1]] || '');
      }
      const names = [...forEach.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
      const service = /\.([a-z.]+)"?$/.exec(String(block.body.service_name || ''));
      return names.length > 0 ? names : service ? [service[1]] : [];
    }));
    for (const endpoint of REQUIRED_ENDPOINTS.filter((name) => !endpoints.has(name))) {
      findings.push({ where: modules[0].dir, message: `no VPC endpoint for ${endpoint}` });
    }
    return { checked: REQUIRED_RESOURCES.length + REQUIRED_ENDPOINTS.length, findings };
  },

  'iam-policies-readable'(modules) {
    const findings = [];
    let checked = 0;
    for (const block of allResources(modules)) {
      if (OPAQUE_POLICY_TYPES.includes(block.type)) {
        checked++;
        findings.push({ where: where(block), message: 'attaches a policy by ARN, which these checks cannot read: write it as an aws_iam_policy_document' });
      }
      if (block.type === 'aws_iam_role' && block.body.managed_policy_arns !== undefined) {
        findings.push({ where: where(block), message: 'managed_policy_arns attaches policies these checks cannot read' });
      }
      for (const attribute of POLICY_ATTRIBUTES[block.type] || []) {
        if (block.body[attribute] === undefined) {
          continue;
        }
        checked++;
        const match = POLICY_DOCUMENT.exec(expressionOf(block.body[attribute]) || '');
        if (!match) {
          findings.push({ where: where(block), message: `${attribute} is not data.aws_iam_policy_document.<name>.json, so no rule can read it` });
        } else if (!block.module.data.some((data) => data.type === 'aws_iam_policy_document' && data.name === match[1])) {
          findings.push({ where: where(block), message: `${attribute} names a policy document this module does not define` });
        }
      }
    }
    return { checked, findings };
  },

  'iam-no-wildcard-actions'(modules) {
    const findings = [];
    const statements = statementsOf(modules).filter((statement) => statement.effect === 'Allow');
    for (const statement of statements) {
      const at = `${where(statement.document)} statement ${statement.sid}`;
      for (const action of statement.actions) {
        if (action === '*' || /^[\w-]+:\*$/.test(action)) {
          findings.push({ where: at, message: `allows every action of a service: ${action}` });
        }
      }
      if (statement.notActions.length > 0 || statement.notResources.length > 0) {
        findings.push({ where: at, message: 'an Allow with not_actions or not_resources allows everything else' });
      }
    }
    return { checked: statements.length, findings };
  },

  'iam-wildcard-resources'(modules) {
    const findings = [];
    const statements = statementsOf(modules).filter((statement) => statement.effect === 'Allow' && statement.resources.includes('*'));
    for (const statement of statements) {
      const at = `${where(statement.document)} statement ${statement.sid}`;
      const entry = ALLOW_LIST.allowed[statement.sid];
      if (!entry) {
        findings.push({ where: at, message: `resource "*" without an entry for sid ${statement.sid} in wildcard-resources.json` });
        continue;
      }
      for (const action of statement.actions) {
        if (!entry.actions.some((pattern) => globToRegExp(pattern).test(action))) {
          findings.push({ where: at, message: `${action} on "*" is not allowed for ${statement.sid} (${entry.why})` });
        }
      }
      const keyPolicy = statement.usedBy.length > 0 && statement.usedBy.every((use) => use === 'aws_kms_key.policy');
      if (!keyPolicy) {
        for (const action of statement.actions) {
          const data = ALLOW_LIST.dataActions.find((dataAction) => overlaps(action, dataAction));
          if (data) {
            findings.push({ where: at, message: `${action} on "*" reaches data (${data}): name the resources` });
          }
        }
      }
    }
    return { checked: statements.length, findings };
  },

  'bucket-private-encrypted'(modules) {
    const findings = [];
    const buckets = ofType(modules, 'aws_s3_bucket');
    for (const bucket of buckets) {
      const related = (type) => ofType(modules, type).filter((other) => refersTo(other, 'bucket', bucket));
      const blocks = related('aws_s3_bucket_public_access_block');
      const flags = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
      if (!blocks.some((block) => flags.every((flag) => block.body[flag] === true))) {
        findings.push({ where: where(bucket), message: `no public access block with ${flags.join(', ')} all true` });
      }
      const encrypted = related('aws_s3_bucket_server_side_encryption_configuration').some((config) => (config.body.rule || [])
        .some((rule) => blockOf(rule, 'apply_server_side_encryption_by_default').sse_algorithm === 'aws:kms'
          && blockOf(rule, 'apply_server_side_encryption_by_default').kms_master_key_id !== undefined));
      if (!encrypted) {
        findings.push({ where: where(bucket), message: 'not encrypted with SSE-KMS under a customer key' });
      }
      const enforced = related('aws_s3_bucket_ownership_controls')
        .some((controls) => blockOf(controls.body, 'rule').object_ownership === 'BucketOwnerEnforced');
      if (!enforced) {
        findings.push({ where: where(bucket), message: 'object ownership is not BucketOwnerEnforced (ACLs stay on)' });
      }
    }
    return { checked: buckets.length, findings };
  },

  'queues-encrypted-redrive'(modules) {
    const findings = [];
    const queues = ofType(modules, 'aws_sqs_queue');
    const redrives = queues.map((queue) => String(queue.body.redrive_policy || ''));
    for (const queue of queues) {
      if (queue.body.sqs_managed_sse_enabled !== true && queue.body.kms_master_key_id === undefined) {
        findings.push({ where: where(queue), message: 'not encrypted: neither sqs_managed_sse_enabled nor kms_master_key_id' });
      }
      const isDeadLetterQueue = redrives.some((redrive) => redrive.includes(`aws_sqs_queue.${queue.name}.arn`));
      const redrive = String(queue.body.redrive_policy || '');
      if (!isDeadLetterQueue && !(redrive.includes('deadLetterTargetArn') && redrive.includes('maxReceiveCount'))) {
        findings.push({ where: where(queue), message: 'a work queue without a redrive policy (deadLetterTargetArn, maxReceiveCount) to a dead-letter queue' });
      }
    }
    return { checked: queues.length, findings };
  },

  'table-pitr'(modules) {
    const tables = ofType(modules, 'aws_dynamodb_table');
    const findings = tables.filter((table) => blockOf(table.body, 'point_in_time_recovery').enabled !== true)
      .map((table) => ({ where: where(table), message: 'point-in-time recovery is not enabled' }));
    return { checked: tables.length, findings };
  },

  'no-public-ip'(modules) {
    const services = ofType(modules, 'aws_ecs_service');
    const findings = services.filter((service) => blockOf(service.body, 'network_configuration').assign_public_ip !== false)
      .map((service) => ({ where: where(service), message: 'tasks may get a public IP: set network_configuration.assign_public_ip = false' }));
    return { checked: services.length, findings };
  },

  'table-matches-data-model'(modules) {
    const truth = JSON.parse(fs.readFileSync(TABLE_JSON, 'utf8'));
    const truthPath = fs.realpathSync(TABLE_JSON);
    const shown = path.relative(REPO, TABLE_JSON);
    const tables = ofType(modules, 'aws_dynamodb_table');
    const findings = [];
    for (const table of tables) {
      const at = where(table);
      const scope = { moduleDir: table.module.dir, locals: table.module.locals, iterators: {} };
      const read = (raw, what, iterators = {}) => {
        try {
          const { value, source } = evaluate(raw, { ...scope, iterators });
          if (source !== truthPath) {
            findings.push({ where: at, message: source === 'literal'
              ? `${what} is typed into the Terraform; read it from ${shown}`
              : `${what} is read from ${path.relative(REPO, source)}, not ${shown}` });
          }
          return value;
        } catch (error) {
          if (!(error instanceof Unsupported)) {
            throw error;
          }
          findings.push({ where: at, message: `${what}: ${error.message}` });
          return undefined;
        }
      };
      const expect = (what, actual, expected) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          findings.push({ where: at, message: `${what} is ${JSON.stringify(actual)}; ${shown} says ${JSON.stringify(expected)}` });
        }
      };
      const blocks = (name, fields) => nestedBlocks(table.body, name).flatMap(({ block, dynamic }) => {
        if (!dynamic) {
          return [Object.fromEntries(fields.map(([key, attribute]) => [key, read(block[attribute], `${name}.${attribute}`)]))];
        }
        const items = read(dynamic.forEach, `${name}'s for_each`) || [];
        return items.map((item) => Object.fromEntries(fields.map(([key, attribute]) => [key,
          read(block[attribute], `${name}.${attribute}`, { [dynamic.iterator]: { value: item, source: truthPath } })])));
      });
      const byName = (list) => [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)));

      expect('billing_mode', read(table.body.billing_mode, 'billing_mode'), truth.billingMode);
      expect('hash_key', read(table.body.hash_key, 'hash_key'), truth.hashKey);
      expect('range_key', read(table.body.range_key, 'range_key'), truth.rangeKey);
      expect('attributes', byName(blocks('attribute', [['name', 'name'], ['type', 'type']])), byName(truth.attributes));
      expect('global secondary indexes',
        byName(blocks('global_secondary_index', [['name', 'name'], ['hashKey', 'hash_key'], ['rangeKey', 'range_key'], ['projectionType', 'projection_type']])),
        byName(truth.globalSecondaryIndexes));
      const ttl = blockOf(table.body, 'ttl');
      expect('ttl attribute', ttl.enabled === true ? read(ttl.attribute_name, 'ttl.attribute_name') : null, truth.ttlAttribute);
    }
    if (tables.length === 0) {
      findings.push({ where: modules[0].dir, message: 'no aws_dynamodb_table to hold to the data model' });
    }
    return { checked: tables.length, findings };
  },
};

module.exports = { fileRules, environmentRules, TABLE_JSON };
