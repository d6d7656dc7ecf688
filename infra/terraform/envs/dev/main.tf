# The dev environment: built from `develop`, small and cheap, easy to tear down.
# bucket, region and dynamodb_table come from `terraform init -backend-config=...` (docs/deploy.md).

terraform {
  backend "s3" {
    key     = "collectiq/dev.tfstate"
    encrypt = true
  }
}

locals {
  environment = "dev"
}

module "collectiq" {
  source = "../../modules/collectiq"
  name   = "collectiq-${local.environment}"

  deletion_protection = false
  nat_gateway_count   = 1
  # 1 GiB fits the service at 32 cards in flight (about 560 MiB resident with its one decode slot,
  # docs/PERFORMANCE.md, "Memory and throughput (issue 26)") beside the collector; Fargate pairs 1 GB
  # with 0.25 or 0.5 vCPU.
  cpu                    = 512
  memory                 = 1024
  min_tasks              = 1
  max_tasks              = 3
  enable_execute_command = true
  log_retention_days     = 14
  throttling_rate_limit  = 20
  throttling_burst_limit = 40
  self_sign_up           = true

  image_tag       = var.image_tag
  collector_image = var.collector_image
  web_origins     = var.web_origins
  alarm_emails    = var.alarm_emails
  domain_name     = var.domain_name
  certificate_arn = var.certificate_arn

  create_oidc_provider = true
  github_repository    = var.github_repository
  deploy_branch        = "develop"
  deploy_environment   = local.environment
  state_bucket         = var.state_bucket
  state_key            = "collectiq/dev.tfstate"
  lock_table           = var.lock_table
}
