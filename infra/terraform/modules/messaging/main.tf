# The work queue (S3 events and the service's own work), its dead-letter queue, the rule that
# turns photo uploads into work, the repricing schedule, and the bus the service publishes its
# domain events on.
#
# Both queues use SQS-managed encryption (SSE-SQS): EventBridge can deliver to it without a KMS
# key policy for events.amazonaws.com, and the messages hold keys and ids, never photos or secrets.

resource "aws_sqs_queue" "dead_letters" {
  name                      = "${var.name}-dead-letters"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "work" {
  name = "${var.name}-work"
  # The service's collectiq.intake.visibility-timeout-seconds; long runs extend it themselves.
  visibility_timeout_seconds = var.visibility_timeout_seconds
  message_retention_seconds  = 345600
  receive_wait_time_seconds  = 20
  sqs_managed_sse_enabled    = true
  # A message that crashed the service this often goes to the dead letters for an operator.
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = var.max_receive_count
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dead_letters" {
  queue_url = aws_sqs_queue.dead_letters.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.work.arn]
  })
}

resource "aws_cloudwatch_event_bus" "domain" {
  name = "${var.name}-events"
}

# S3 publishes to the default bus; only fronts (uploads/) start a valuation.
resource "aws_cloudwatch_event_rule" "uploads" {
  name        = "${var.name}-uploads"
  description = "A photo under uploads/ in the photo bucket starts a valuation"
  event_pattern = jsonencode({
    source        = ["aws.s3"]
    "detail-type" = ["Object Created"]
    detail = {
      bucket = { name = [var.bucket_name] }
      object = { key = [{ prefix = "uploads/" }] }
    }
  })
}

resource "aws_cloudwatch_event_target" "uploads" {
  rule = aws_cloudwatch_event_rule.uploads.name
  arn  = aws_sqs_queue.work.arn
}

resource "aws_sqs_queue_policy" "work" {
  queue_url = aws_sqs_queue.work.id
  policy    = data.aws_iam_policy_document.work.json
}

data "aws_iam_policy_document" "work" {
  statement {
    sid     = "UploadEventsFromTheRule"
    actions = ["sqs:SendMessage"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    resources = [aws_sqs_queue.work.arn]
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.uploads.arn]
    }
  }
}

# Repricing (routes/repricing.yaml): EventBridge Scheduler puts a "pass due" message on the work
# queue; the task that takes it claims the valued cards that are due (each card's due date sets its
# daily cadence) and queues one reprice per card, which every task shares. The schedule only sets
# how soon after falling due a card is repriced.
resource "aws_scheduler_schedule" "repricing" {
  name                = "${var.name}-repricing"
  description         = "A repricing pass: the service reprices the valued cards that are due"
  schedule_expression = var.repricing_schedule
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = aws_sqs_queue.work.arn
    role_arn = aws_iam_role.scheduler.arn
    input    = jsonencode({ type = "collectiq.reprice-due" })
    retry_policy {
      maximum_event_age_in_seconds = 900
      maximum_retry_attempts       = 3
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-repricing-schedule"
  assume_role_policy = data.aws_iam_policy_document.scheduler_trust.json
}

data "aws_iam_policy_document" "scheduler_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_iam_role_policy" "scheduler" {
  name   = "send-repricing-passes"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "RepricingPassesToTheWorkQueue"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.work.arn]
  }
}
