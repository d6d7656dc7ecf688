# GitHub Actions' way into AWS: the account's OIDC provider for GitHub and two roles per
# environment, assumable only with a token GitHub issued to this repository (no stored keys).
#
# - publish: the build and plan jobs on the environment's branch push the image and plan; they can
#   read the state and the resources' settings, and change nothing but the image repository.
# - release: the apply job, which runs only in the GitHub environment (its protection rules decide
#   who may let it run), applies a saved plan that changes the task definition and the service,
#   smoke-tests the result and rolls back. It cannot change IAM, the network or the data stores:
#   a plan that would is stopped by the workflow and applied by an administrator (docs/deploy.md),
#   so a compromised workflow cannot widen its own rights.

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

locals {
  token_issuer = "token.actions.githubusercontent.com"
  provider_arn = var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : "arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/${local.token_issuer}"
  state_object = "arn:aws:s3:::${var.state_bucket}/${var.state_key}"
  lock_table   = "arn:aws:dynamodb:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:table/${var.lock_table}"
}

# One per account: an account that holds both environments creates it in one of them only.
resource "aws_iam_openid_connect_provider" "github" {
  count          = var.create_oidc_provider ? 1 : 0
  url            = "https://${local.token_issuer}"
  client_id_list = ["sts.amazonaws.com"]
  # AWS checks GitHub's certificate against its own trusted CAs; the API still wants a thumbprint.
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

data "aws_iam_policy_document" "publish_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.token_issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.token_issuer}:sub"
      values   = ["repo:${var.github_repository}:ref:refs/heads/${var.branch}"]
    }
  }
}

data "aws_iam_policy_document" "release_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.token_issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.token_issuer}:sub"
      values   = ["repo:${var.github_repository}:environment:${var.environment}"]
    }
  }
}

resource "aws_iam_role" "publish" {
  name                 = "${var.name}-publish"
  assume_role_policy   = data.aws_iam_policy_document.publish_trust.json
  max_session_duration = 3600
}

resource "aws_iam_role" "release" {
  name                 = "${var.name}-release"
  assume_role_policy   = data.aws_iam_policy_document.release_trust.json
  max_session_duration = 3600
}

resource "aws_iam_role_policy" "publish" {
  name   = "publish"
  role   = aws_iam_role.publish.id
  policy = data.aws_iam_policy_document.publish.json
}

resource "aws_iam_role_policy" "release" {
  name   = "release"
  role   = aws_iam_role.release.id
  policy = data.aws_iam_policy_document.release.json
}

resource "aws_iam_role_policy" "publish_refresh" {
  name   = "terraform-refresh"
  role   = aws_iam_role.publish.id
  policy = data.aws_iam_policy_document.refresh.json
}

resource "aws_iam_role_policy" "release_refresh" {
  name   = "terraform-refresh"
  role   = aws_iam_role.release.id
  policy = data.aws_iam_policy_document.refresh.json
}

data "aws_iam_policy_document" "publish" {
  statement {
    sid       = "PushServiceImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage", "ecr:DescribeImages"]
    resources = [var.repository_arn]
  }
  statement {
    # GetAuthorizationToken has no resource-level permissions: AWS requires "*".
    sid       = "RegistryLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = [local.state_object]
  }
  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::${var.state_bucket}"]
  }
  statement {
    # A plan takes the state lock too.
    sid       = "StateLock"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [local.lock_table]
  }
}

data "aws_iam_policy_document" "release" {
  statement {
    sid       = "WriteState"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = [local.state_object]
  }
  statement {
    sid       = "ListState"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::${var.state_bucket}"]
  }
  statement {
    sid       = "StateLock"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [local.lock_table]
  }
  statement {
    # Task definition revisions have no resource-level permissions for these: AWS requires "*".
    sid       = "TaskDefinitions"
    actions   = ["ecs:RegisterTaskDefinition", "ecs:DeregisterTaskDefinition", "ecs:DescribeTaskDefinition", "ecs:TagResource"]
    resources = ["*"]
  }
  statement {
    sid       = "RollOutAndRollBack"
    actions   = ["ecs:UpdateService", "ecs:DescribeServices"]
    resources = [var.service_arn]
  }
  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [var.task_role_arn, var.execution_role_arn]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
  statement {
    sid       = "SmokeTestUser"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.smoke_test_user_secret_arn]
  }
  statement {
    sid       = "DecryptSmokeTestUser"
    actions   = ["kms:Decrypt"]
    resources = [var.key_arn]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }
}

# What `terraform plan` reads to refresh the state: settings, never data (no object, item, message
# or secret value; only the photo bucket's key listing, which HeadBucket needs). Most of these read
# calls have no resource-level permissions.
data "aws_iam_policy_document" "refresh" {
  statement {
    sid = "TerraformRefreshReads"
    actions = [
      "ec2:Describe*",
      "elasticloadbalancing:Describe*",
      "ecs:DescribeClusters", "ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:ListTagsForResource",
      "ecr:DescribeRepositories", "ecr:GetLifecyclePolicy", "ecr:ListTagsForResource",
      "logs:DescribeLogGroups", "logs:ListTagsForResource", "logs:ListTagsLogGroup",
      "iam:GetRole", "iam:GetRolePolicy", "iam:ListRolePolicies", "iam:ListAttachedRolePolicies", "iam:GetOpenIDConnectProvider",
      "kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListResourceTags", "kms:ListAliases",
      "dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive", "dynamodb:ListTagsOfResource",
      "sqs:GetQueueAttributes", "sqs:ListQueueTags",
      "events:DescribeRule", "events:ListTargetsByRule", "events:DescribeEventBus", "events:ListTagsForResource",
      "cognito-idp:DescribeUserPool", "cognito-idp:DescribeUserPoolClient", "cognito-idp:DescribeUserPoolDomain", "cognito-idp:GetGroup", "cognito-idp:GetUserPoolMfaConfig",
      "secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy",
      "apigateway:GET",
      "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies", "application-autoscaling:ListTagsForResource",
      "cloudwatch:DescribeAlarms", "cloudwatch:GetDashboard", "cloudwatch:ListTagsForResource",
      "sns:GetTopicAttributes", "sns:GetSubscriptionAttributes", "sns:ListTagsForResource",
    ]
    resources = ["*"]
  }
  statement {
    # ListBucket is what HeadBucket (the provider's existence check) is authorised as.
    sid = "PhotoBucketSettings"
    actions = [
      "s3:ListBucket", "s3:GetBucketLocation",
      "s3:GetBucketPolicy", "s3:GetBucketPublicAccessBlock", "s3:GetBucketOwnershipControls", "s3:GetEncryptionConfiguration",
      "s3:GetLifecycleConfiguration", "s3:GetBucketCORS", "s3:GetBucketNotification", "s3:GetBucketTagging", "s3:GetBucketAcl",
      "s3:GetBucketVersioning", "s3:GetBucketWebsite", "s3:GetBucketLogging", "s3:GetAccelerateConfiguration",
      "s3:GetBucketRequestPayment", "s3:GetReplicationConfiguration", "s3:GetBucketObjectLockConfiguration",
    ]
    resources = [var.bucket_arn]
  }
}
