output "repository_url" {
  description = "The ECR repository the deploy workflow pushes to."
  value       = aws_ecr_repository.service.repository_url
}

output "repository_arn" {
  description = "The ECR repository's ARN."
  value       = aws_ecr_repository.service.arn
}

output "cluster_name" {
  description = "The ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "service_name" {
  description = "The ECS service."
  value       = aws_ecs_service.service.name
}

output "service_arn" {
  description = "The ECS service's ARN."
  value       = aws_ecs_service.service.id
}

output "task_role_arn" {
  description = "The task role (the service's identity)."
  value       = aws_iam_role.task.arn
}

output "execution_role_arn" {
  description = "The execution role (starts tasks)."
  value       = aws_iam_role.execution.arn
}

output "api_id" {
  description = "The HTTP API's id (alarms)."
  value       = aws_apigatewayv2_api.public.id
}

output "api_endpoint" {
  description = "The public HTTPS base URL: the custom domain when set, else the execute-api address."
  value       = var.domain_name == "" ? aws_apigatewayv2_api.public.api_endpoint : "https://${var.domain_name}"
}

output "api_domain_target" {
  description = "Where a DNS alias (or CNAME) for domain_name points; empty without a custom domain."
  value       = var.domain_name == "" ? "" : aws_apigatewayv2_domain_name.custom[0].domain_name_configuration[0].target_domain_name
}

output "log_group_name" {
  description = "The service's log group."
  value       = aws_cloudwatch_log_group.service.name
}

output "secret_arns" {
  description = "The service's secrets, by name; set their values outside Terraform."
  value       = { for secret, variable in local.secret_variables : secret => aws_secretsmanager_secret.service[secret].arn }
}
