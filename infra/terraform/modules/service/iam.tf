# Two roles. The execution role is what ECS uses to start a task: pull the image, write its logs,
# and read the secrets ECS injects as variables (ECS, not the service, makes that call). The task
# role is the service's own identity: exactly the calls it makes, on its own resources.

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "execution" {
  name               = "${var.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy" "execution" {
  name   = "start-tasks"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "PullServiceImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    resources = [aws_ecr_repository.service.arn]
  }
  statement {
    # GetAuthorizationToken has no resource-level permissions: AWS requires "*".
    sid       = "RegistryLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "WriteTaskLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.service.arn}:*", "${aws_cloudwatch_log_group.collector.arn}:*"]
  }
  statement {
    sid       = "InjectSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [for secret in aws_secretsmanager_secret.service : secret.arn]
  }
  statement {
    sid       = "DecryptInjectedSecrets"
    actions   = ["kms:Decrypt"]
    resources = [var.key_arn]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  name               = "${var.name}-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy" "task" {
  name   = "collectiq"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task.json
}

data "aws_iam_policy_document" "task" {
  statement {
    # HeadObject is authorised as GetObject, DeleteObjects as DeleteObject.
    sid       = "Photos"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = [for prefix in var.photo_prefixes : "${var.bucket_arn}/${prefix}/*"]
  }
  statement {
    # DELETE /me lists an owner's photos to delete them.
    sid       = "ListPhotos"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = [for prefix in var.photo_prefixes : "${prefix}/*"]
    }
  }
  statement {
    sid       = "CardTable"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:BatchWriteItem", "dynamodb:DescribeTable"]
    resources = [var.table_arn, "${var.table_arn}/index/*"]
  }
  statement {
    # the repricing backfill's one search for cards valued before repricing existed (RepricingBackfill);
    # set collectiq.repricing.backfill=false once it has run, and this statement may go
    sid       = "CardTableBackfillScan"
    actions   = ["dynamodb:Scan"]
    resources = [var.table_arn]
  }
  statement {
    sid       = "WorkQueues"
    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
    resources = [var.work_queue_arn, var.dead_letter_queue_arn]
  }
  statement {
    sid       = "DomainEvents"
    actions   = ["events:PutEvents"]
    resources = [var.event_bus_arn]
  }
  statement {
    # Rekognition's DetectText and DetectLabels have no resource-level permissions: AWS requires
    # "*". Rekognition reads the photo from S3 with these same credentials (the Photos statement).
    sid       = "ReadPhotoText"
    actions   = ["rekognition:DetectText", "rekognition:DetectLabels"]
    resources = ["*"]
  }
  statement {
    # The Converse API is authorised as InvokeModel, on the one foundation model configured.
    sid       = "Narrative"
    actions   = ["bedrock:InvokeModel"]
    resources = ["arn:aws:bedrock:${data.aws_region.current.name}::foundation-model/${var.bedrock_model_id}"]
  }
  dynamic "statement" {
    for_each = length(var.pricing_secrets) > 0 ? [1] : []
    content {
      # For reading at run time, so a rotated price API key is picked up without a redeploy.
      sid       = "PricingSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [for secret in var.pricing_secrets : aws_secretsmanager_secret.service[secret].arn]
    }
  }
  statement {
    # The table, the photos (SSE-KMS, also for Rekognition's read) and the secrets use this key.
    sid       = "DataKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.key_arn]
  }
  statement {
    # PutMetricData has no resource-level permissions: AWS requires "*"; the condition keeps the
    # service to its own namespace.
    sid       = "Metrics"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = ["CollectIQ"]
    }
  }
  statement {
    # The ADOT sidecar exports traces with the task role; X-Ray has no resource-level permissions
    # for these: AWS requires "*".
    sid       = "Traces"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }
  dynamic "statement" {
    for_each = var.enable_execute_command ? [1] : []
    content {
      # ECS Exec's channels (dev only) have no resource-level permissions: AWS requires "*".
      sid       = "ExecuteCommandChannels"
      actions   = ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"]
      resources = ["*"]
    }
  }
}
