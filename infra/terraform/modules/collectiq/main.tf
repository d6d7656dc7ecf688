# Everything one CollectIQ environment runs on, wired together; envs/dev and envs/prod call this
# with their own sizes and protections.

data "aws_region" "current" {}

module "network" {
  source            = "../network"
  name              = var.name
  cidr_block        = var.vpc_cidr_block
  nat_gateway_count = var.nat_gateway_count
}

module "data" {
  source              = "../data"
  name                = var.name
  deletion_protection = var.deletion_protection
  web_origins         = var.web_origins
}

module "messaging" {
  source                     = "../messaging"
  name                       = var.name
  bucket_name                = module.data.bucket_name
  visibility_timeout_seconds = var.work_visibility_timeout_seconds
  max_receive_count          = var.work_max_receive_count
}

module "identity" {
  source                  = "../identity"
  name                    = var.name
  deletion_protection     = var.deletion_protection
  self_sign_up            = var.self_sign_up
  hosted_ui_domain_prefix = var.hosted_ui_domain_prefix
  callback_urls           = var.callback_urls
  logout_urls             = var.logout_urls
  key_arn                 = module.data.key_arn
}

module "service" {
  source                  = "../service"
  name                    = var.name
  deletion_protection     = var.deletion_protection
  image_tag               = var.image_tag
  collector_image         = var.collector_image
  cpu                     = var.cpu
  memory                  = var.memory
  stop_timeout_seconds    = var.stop_timeout_seconds
  min_tasks               = var.min_tasks
  max_tasks               = var.max_tasks
  cpu_target_percent      = var.cpu_target_percent
  backlog_per_task_target = var.backlog_per_task_target
  enable_execute_command  = var.enable_execute_command
  log_retention_days      = var.log_retention_days
  throttling_rate_limit   = var.throttling_rate_limit
  throttling_burst_limit  = var.throttling_burst_limit
  domain_name             = var.domain_name
  certificate_arn         = var.certificate_arn
  bedrock_model_id        = var.bedrock_model_id
  pricing_secrets         = var.pricing_secrets
  web_origins             = var.web_origins
  images_kept             = var.images_kept
  vpc_id                  = module.network.vpc_id
  vpc_cidr_block          = module.network.cidr_block
  private_subnet_ids      = module.network.private_subnet_ids
  key_arn                 = module.data.key_arn
  table_name              = module.data.table_name
  table_arn               = module.data.table_arn
  bucket_name             = module.data.bucket_name
  bucket_arn              = module.data.bucket_arn
  photo_prefixes          = module.data.photo_prefixes
  work_queue_url          = module.messaging.work_queue_url
  work_queue_arn          = module.messaging.work_queue_arn
  work_queue_name         = module.messaging.work_queue_name
  dead_letter_queue_url   = module.messaging.dead_letter_queue_url
  dead_letter_queue_arn   = module.messaging.dead_letter_queue_arn
  event_bus_name          = module.messaging.event_bus_name
  event_bus_arn           = module.messaging.event_bus_arn
  issuer_uri              = module.identity.issuer_uri
  hosted_ui_url           = module.identity.hosted_ui_url
  client_ids              = [module.identity.app_client_id, module.identity.smoke_test_client_id]
}

module "observability" {
  source                     = "../observability"
  name                       = var.name
  region                     = data.aws_region.current.name
  key_arn                    = module.data.key_arn
  alarm_emails               = var.alarm_emails
  api_id                     = module.service.api_id
  cluster_name               = module.service.cluster_name
  service_name               = module.service.service_name
  min_tasks                  = var.min_tasks
  work_queue_name            = module.messaging.work_queue_name
  dead_letter_queue_name     = module.messaging.dead_letter_queue_name
  max_5xx_percent            = var.max_5xx_percent
  max_p99_latency_ms         = var.max_p99_latency_ms
  max_oldest_message_seconds = var.max_oldest_message_seconds
}

module "github_deploy" {
  source                     = "../github-deploy"
  name                       = var.name
  create_oidc_provider       = var.create_oidc_provider
  github_repository          = var.github_repository
  branch                     = var.deploy_branch
  environment                = var.deploy_environment
  state_bucket               = var.state_bucket
  state_key                  = var.state_key
  lock_table                 = var.lock_table
  repository_arn             = module.service.repository_arn
  service_arn                = module.service.service_arn
  task_role_arn              = module.service.task_role_arn
  execution_role_arn         = module.service.execution_role_arn
  smoke_test_user_secret_arn = module.identity.smoke_test_user_secret_arn
  key_arn                    = module.data.key_arn
  bucket_arn                 = module.data.bucket_arn
}
