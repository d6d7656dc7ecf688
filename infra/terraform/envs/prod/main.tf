# The prod environment: built from `main`, two NAT gateways, two tasks at least, nothing deletable
# by accident. bucket, region and dynamodb_table come from `terraform init -backend-config=...`.

terraform {
  backend "s3" {
    key     = "collectiq/prod.tfstate"
    encrypt = true
  }
}

locals {
  environment = "prod"
}

module "collectiq" {
  source = "../../modules/collectiq"
  name   = "collectiq-${local.environment}"

  deletion_protection = true
  vpc_cidr_block      = "10.50.0.0/16"
  nat_gateway_count   = 2
  # One vCPU per task, with 2 GB (the least Fargate pairs with it; the service needs about 560 MiB,
  # docs/PERFORMANCE.md, "Memory and throughput (issue 26)"): throughput grows with the task count,
  # so the floor is two small tasks in two zones, and the ceiling keeps the 40 vCPU of 20 2-vCPU tasks.
  cpu                    = 1024
  memory                 = 2048
  min_tasks              = 2
  max_tasks              = 40
  enable_execute_command = false
  log_retention_days     = 90
  throttling_rate_limit  = 200
  throttling_burst_limit = 400
  self_sign_up           = false

  image_tag       = var.image_tag
  collector_image = var.collector_image
  web_origins     = var.web_origins
  alarm_emails    = var.alarm_emails
  domain_name     = var.domain_name
  certificate_arn = var.certificate_arn

  # Set to false when prod shares its account with dev, whose apply made the provider.
  create_oidc_provider = true
  github_repository    = var.github_repository
  deploy_branch        = "main"
  deploy_environment   = local.environment
  state_bucket         = var.state_bucket
  state_key            = "collectiq/prod.tfstate"
  lock_table           = var.lock_table
}
