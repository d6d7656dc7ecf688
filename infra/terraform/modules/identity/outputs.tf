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
