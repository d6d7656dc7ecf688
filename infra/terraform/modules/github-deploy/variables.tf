variable "name" {
  description = "Prefix of the roles' names, e.g. collectiq-prod."
  type        = string
}

variable "create_oidc_provider" {
  description = "true: create the account's GitHub OIDC provider; false when it exists already (another environment in the same account made it)."
  type        = bool
}

variable "github_repository" {
  description = "owner/name of the repository whose workflows may assume the roles."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository is owner/name."
  }
}

variable "branch" {
  description = "The branch whose pushes build and plan this environment (main for prod, develop for dev)."
  type        = string
}

variable "environment" {
  description = "The GitHub environment whose jobs may apply (its protection rules gate the apply)."
  type        = string
}

variable "state_bucket" {
  description = "The S3 bucket holding the Terraform state."
  type        = string
}

variable "state_key" {
  description = "The state object's key in state_bucket."
  type        = string
}

variable "lock_table" {
  description = "The DynamoDB table holding Terraform's state locks."
  type        = string
}

variable "repository_arn" {
  description = "The service's ECR repository."
  type        = string
}

variable "service_arn" {
  description = "The ECS service the release role rolls out and back."
  type        = string
}

variable "task_role_arn" {
  description = "The task role the release role may pass to ECS."
  type        = string
}

variable "execution_role_arn" {
  description = "The execution role the release role may pass to ECS."
  type        = string
}

variable "smoke_test_user_secret_arn" {
  description = "The secret holding the smoke test user's credentials."
  type        = string
}

variable "key_arn" {
  description = "The KMS key the smoke test user's secret is encrypted with."
  type        = string
}

variable "bucket_arn" {
  description = "The photo bucket, whose settings the refresh reads."
  type        = string
}
