# Users: a Cognito user pool whose access tokens the service verifies itself (issuer, client_id,
# token_use) and the API's JWT authorizer checks first; operators are in the admin group.

data "aws_region" "current" {}

resource "aws_cognito_user_pool" "users" {
  name                     = var.name
  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]
  deletion_protection      = var.deletion_protection ? "ACTIVE" : "INACTIVE"
  mfa_configuration        = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length                   = 12
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = false
    temporary_password_validity_days = 3
  }

  admin_create_user_config {
    allow_admin_create_user_only = !var.self_sign_up
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }
}

resource "aws_cognito_user_group" "admin" {
  name         = "admin"
  description  = "Operators: /admin/** (dead letters, events, reference images)"
  user_pool_id = aws_cognito_user_pool.users.id
}

resource "aws_cognito_user_pool_domain" "hosted_ui" {
  count        = var.hosted_ui_domain_prefix == "" ? 0 : 1
  domain       = var.hosted_ui_domain_prefix
  user_pool_id = aws_cognito_user_pool.users.id
}

# The web and mobile apps: public clients (no secret), SRP sign-in, the code flow when the hosted UI
# is on.
resource "aws_cognito_user_pool_client" "app" {
  name                                 = "${var.name}-app"
  user_pool_id                         = aws_cognito_user_pool.users.id
  generate_secret                      = false
  explicit_auth_flows                  = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors        = "ENABLED"
  enable_token_revocation              = true
  access_token_validity                = 60
  id_token_validity                    = 60
  refresh_token_validity               = 30
  supported_identity_providers         = ["COGNITO"]
  allowed_oauth_flows_user_pool_client = length(var.callback_urls) > 0
  allowed_oauth_flows                  = length(var.callback_urls) > 0 ? ["code"] : []
  allowed_oauth_scopes                 = length(var.callback_urls) > 0 ? ["openid", "email"] : []
  callback_urls                        = var.callback_urls
  logout_urls                          = var.logout_urls

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "days"
  }
}

# The deploy workflow's smoke test signs its test user in with a password; the apps' client does
# not allow that flow, so the smoke test has a client of its own that can be removed on its own.
resource "aws_cognito_user_pool_client" "smoke_test" {
  name                          = "${var.name}-smoke-test"
  user_pool_id                  = aws_cognito_user_pool.users.id
  generate_secret               = false
  explicit_auth_flows           = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  prevent_user_existence_errors = "ENABLED"
  enable_token_revocation       = true
  access_token_validity         = 15
  refresh_token_validity        = 1

  token_validity_units {
    access_token  = "minutes"
    refresh_token = "days"
  }
}

# The smoke test user's {"username": ..., "password": ...}; its value is set outside Terraform.
resource "aws_secretsmanager_secret" "smoke_test_user" {
  name                    = "${var.name}/smoke-test-user"
  description             = "CollectIQ ${var.name}: the deploy workflow's smoke test user"
  kms_key_id              = var.key_arn
  recovery_window_in_days = var.deletion_protection ? 30 : 0
}
