# The service's data: one customer-managed KMS key, the DynamoDB table and the photo bucket.

data "aws_caller_identity" "current" {}

locals {
  # The table's keys, indexes and TTL are defined once, for the service and for Terraform alike
  # (docs/data-model.md): read here, never typed twice.
  table = jsondecode(file("${path.module}/../../../../src/main/resources/dynamodb/table.json"))
  # The photo areas the service writes (PhotoKeys); only uploads/ starts a valuation.
  photo_prefixes = ["uploads", "backs", "derived", "references"]
}

resource "aws_kms_key" "data" {
  description             = "${var.name}: the table, the photos, the secrets and the alarm topic"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.key.json
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.name}"
  target_key_id = aws_kms_key.data.key_id
}

# In a key policy "*" as resource means this key. The account keeps administration (no lock-out),
# and use is left to IAM policies, which name the key (the task role's does).
data "aws_iam_policy_document" "key" {
  statement {
    sid     = "KeyAdministration"
    actions = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
    resources = ["*"]
  }
  statement {
    sid     = "KeyUseThroughIam"
    actions = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
    resources = ["*"]
  }
  statement {
    sid     = "AlarmNotifications"
    actions = ["kms:Decrypt", "kms:GenerateDataKey*"]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
    resources = ["*"]
  }
}

resource "aws_dynamodb_table" "cards" {
  name                        = var.name
  billing_mode                = local.table.billingMode
  hash_key                    = local.table.hashKey
  range_key                   = local.table.rangeKey
  deletion_protection_enabled = var.deletion_protection

  dynamic "attribute" {
    for_each = local.table.attributes
    content {
      name = attribute.value.name
      type = attribute.value.type
    }
  }

  dynamic "global_secondary_index" {
    for_each = local.table.globalSecondaryIndexes
    content {
      name            = global_secondary_index.value.name
      hash_key        = global_secondary_index.value.hashKey
      range_key       = global_secondary_index.value.rangeKey
      projection_type = global_secondary_index.value.projectionType
    }
  }

  ttl {
    attribute_name = local.table.ttlAttribute
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}

resource "aws_s3_bucket" "photos" {
  bucket_prefix = "${var.name}-photos-"
  # Without deletion protection (dev) `terraform destroy` may empty the bucket.
  force_destroy = !var.deletion_protection
}

resource "aws_s3_bucket_public_access_block" "photos" {
  bucket                  = aws_s3_bucket.photos.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "photos" {
  bucket = aws_s3_bucket.photos.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "photos" {
  bucket = aws_s3_bucket.photos.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    # One data key per bucket instead of per object: KMS calls (and their cost) drop by orders.
    bucket_key_enabled = true
  }
}

# No versioning: DELETE /me and DELETE /cards/{id} must remove a photo, not hide it behind a
# delete marker. A PUT to a presigned URL is a single request, so only interrupted multipart
# uploads (from other tools) are abandoned parts S3 can tell apart; an uploaded photo no card ever
# referred to cannot be told from a card's photo by a lifecycle rule (see docs/deploy.md).
resource "aws_s3_bucket_lifecycle_configuration" "photos" {
  bucket = aws_s3_bucket.photos.id
  rule {
    id     = "abort-interrupted-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
}

resource "aws_s3_bucket_cors_configuration" "photos" {
  count  = length(var.web_origins) > 0 ? 1 : 0
  bucket = aws_s3_bucket.photos.id
  cors_rule {
    # Browsers PUT the photo to the presigned URL and GET it through the redirect of /cards/{id}/image.
    allowed_methods = ["PUT", "GET"]
    allowed_origins = var.web_origins
    allowed_headers = ["content-type"]
    expose_headers  = ["ETag"]
    max_age_seconds = 3000
  }
}

# S3 sends "Object Created" to EventBridge; the messaging module routes uploads/ to the work queue.
resource "aws_s3_bucket_notification" "photos" {
  bucket      = aws_s3_bucket.photos.id
  eventbridge = true
}

resource "aws_s3_bucket_policy" "photos" {
  bucket     = aws_s3_bucket.photos.id
  policy     = data.aws_iam_policy_document.photos.json
  depends_on = [aws_s3_bucket_public_access_block.photos]
}

data "aws_iam_policy_document" "photos" {
  statement {
    sid     = "DenyPlainHttp"
    effect  = "Deny"
    actions = ["s3:*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = [aws_s3_bucket.photos.arn, "${aws_s3_bucket.photos.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
