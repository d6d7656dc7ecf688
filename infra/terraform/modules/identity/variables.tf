variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod."
  type        = string
}

variable "deletion_protection" {
  description = "true: the user pool cannot be deleted."
  type        = bool
}

variable "self_sign_up" {
  description = "true: anyone may sign up; false: only administrators create users."
  type        = bool
}

variable "hosted_ui_domain_prefix" {
  description = "Prefix of the Cognito hosted UI domain (<prefix>.auth.<region>.amazoncognito.com); empty for none."
  type        = string
  validation {
    condition     = var.hosted_ui_domain_prefix == "" || can(regex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", var.hosted_ui_domain_prefix))
    error_message = "hosted_ui_domain_prefix is lower-case letters, digits and hyphens."
  }
}

variable "callback_urls" {
  description = "OAuth redirect URLs of the web app for the hosted UI's code flow; empty turns the OAuth flows off."
  type        = list(string)
}

variable "logout_urls" {
  description = "URLs the hosted UI may send a user to after signing out."
  type        = list(string)
}

variable "key_arn" {
  description = "The KMS key the smoke test user's secret is encrypted with."
  type        = string
}
