output "api_endpoint" {
  description = "The public HTTPS base URL of the API."
  value       = module.service.api_endpoint
}

output "api_domain_target" {
  description = "Where the custom domain's DNS record points; empty without one."
  value       = module.service.api_domain_target
}

output "repository_url" {
  description = "The ECR repository of the service image."
  value       = module.service.repository_url
}

output "cluster_name" {
  description = "The ECS cluster."
  value       = module.service.cluster_name
}

output "service_name" {
  description = "The ECS service."
  value       = module.service.service_name
}

output "log_group_name" {
  description = "The service's log group."
  value       = module.service.log_group_name
}

output "user_pool_id" {
  description = "The Cognito user pool."
  value       = module.identity.user_pool_id
}

output "app_client_id" {
  description = "The apps' Cognito client id."
  value       = module.identity.app_client_id
}

output "smoke_test_client_id" {
  description = "The Cognito client the smoke test signs in with."
  value       = module.identity.smoke_test_client_id
}

output "smoke_test_user_secret_arn" {
  description = "The secret with the smoke test user's credentials."
  value       = module.identity.smoke_test_user_secret_arn
}

output "secret_arns" {
  description = "The service's secrets; set their values outside Terraform."
  value       = module.service.secret_arns
}

output "table_name" {
  description = "The DynamoDB table."
  value       = module.data.table_name
}

output "bucket_name" {
  description = "The photo bucket."
  value       = module.data.bucket_name
}

output "work_queue_url" {
  description = "The work queue."
  value       = module.messaging.work_queue_url
}

output "dead_letter_queue_url" {
  description = "The dead-letter queue."
  value       = module.messaging.dead_letter_queue_url
}

output "alarm_topic_arn" {
  description = "The SNS topic alarms notify."
  value       = module.observability.alarm_topic_arn
}

output "publish_role_arn" {
  description = "The role the deploy workflow's build and plan jobs assume."
  value       = module.github_deploy.publish_role_arn
}

output "release_role_arn" {
  description = "The role the deploy workflow's apply job assumes."
  value       = module.github_deploy.release_role_arn
}
