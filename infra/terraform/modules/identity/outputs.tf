output "user_pool_id" {
  description = "The user pool's id."
  value       = aws_cognito_user_pool.users.id
}

output "user_pool_arn" {
  description = "The user pool's ARN."
  value       = aws_cognito_user_pool.users.arn
}

output "issuer_uri" {
  description = "The tokens' issuer (COLLECTIQ_AUTH_ISSUER_URI)."
  value       = "https://${aws_cognito_user_pool.users.endpoint}"
}

output "hosted_ui_url" {
  description = "The hosted UI's base URL the web page signs in with (COLLECTIQ_PAGE_COGNITO_DOMAIN); empty without one."
  value       = var.hosted_ui_domain_prefix == "" ? "" : "https://${aws_cognito_user_pool_domain.hosted_ui[0].domain}.auth.${data.aws_region.current.name}.amazoncognito.com"
}

output "app_client_id" {
  description = "The apps' client id."
  value       = aws_cognito_user_pool_client.app.id
}

output "smoke_test_client_id" {
  description = "The client id the deploy workflow's smoke test signs in with."
  value       = aws_cognito_user_pool_client.smoke_test.id
}

output "smoke_test_user_secret_arn" {
  description = "The secret holding the smoke test user's credentials."
  value       = aws_secretsmanager_secret.smoke_test_user.arn
}
