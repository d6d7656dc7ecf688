# Shared by envs/dev and envs/prod (each links this file); the deploy workflow reads these.

output "api_endpoint" {
  description = "The public HTTPS base URL of the API."
  value       = module.collectiq.api_endpoint
}

output "api_domain_target" {
  description = "Where the custom domain's DNS record points; empty without one."
  value       = module.collectiq.api_domain_target
}

output "repository_url" {
  description = "The ECR repository the deploy workflow pushes the image to."
  value       = module.collectiq.repository_url
}

output "cluster_name" {
  description = "The ECS cluster."
  value       = module.collectiq.cluster_name
}

output "service_name" {
  description = "The ECS service."
  value       = module.collectiq.service_name
}

output "log_group_name" {
  description = "The service's log group."
  value       = module.collectiq.log_group_name
}

output "user_pool_id" {
  description = "The Cognito user pool."
  value       = module.collectiq.user_pool_id
}

output "app_client_id" {
  description = "The apps' Cognito client id."
  value       = module.collectiq.app_client_id
}

output "smoke_test_client_id" {
  description = "The Cognito client id of the smoke test."
  value       = module.collectiq.smoke_test_client_id
}

output "smoke_test_user_secret_arn" {
  description = "The secret with the smoke test user's credentials."
  value       = module.collectiq.smoke_test_user_secret_arn
}

output "secret_arns" {
  description = "The service's secrets; set their values outside Terraform."
  value       = module.collectiq.secret_arns
}

output "table_name" {
  description = "The DynamoDB table."
  value       = module.collectiq.table_name
}

output "bucket_name" {
  description = "The photo bucket."
  value       = module.collectiq.bucket_name
}

output "work_queue_url" {
  description = "The work queue."
  value       = module.collectiq.work_queue_url
}

output "dead_letter_queue_url" {
  description = "The dead-letter queue."
  value       = module.collectiq.dead_letter_queue_url
}

output "alarm_topic_arn" {
  description = "The SNS topic alarms notify."
  value       = module.collectiq.alarm_topic_arn
}

output "publish_role_arn" {
  description = "The role the deploy workflow's build and plan jobs assume."
  value       = module.collectiq.publish_role_arn
}

output "release_role_arn" {
  description = "The role the deploy workflow's apply job assumes."
  value       = module.collectiq.release_role_arn
}
