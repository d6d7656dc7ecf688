# Shared by envs/dev and envs/prod (each links this file): what each apply is given, by the deploy
# workflow (TF_VAR_... and -var) or on an administrator's command line.

variable "region" {
  description = "The AWS region of the environment."
  type        = string
}

variable "image_tag" {
  description = "The service image tag to run: the commit SHA the deploy workflow built and pushed."
  type        = string
}

variable "collector_image" {
  description = "The AWS Distro for OpenTelemetry collector image (aws-otel-collector from Amazon ECR Public), pinned to a version tag or digest."
  type        = string
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose workflows deploy this environment."
  type        = string
}

variable "state_bucket" {
  description = "The S3 bucket holding the Terraform state (the same as the backend's bucket)."
  type        = string
}

variable "lock_table" {
  description = "The DynamoDB table holding the state locks (the same as the backend's dynamodb_table)."
  type        = string
}

variable "alarm_emails" {
  description = "Addresses the alarms are mailed to."
  type        = list(string)
  default     = []
}

variable "web_origins" {
  description = "Web app origins (scheme://host[:port]) allowed by CORS."
  type        = list(string)
  default     = []
}

variable "domain_name" {
  description = "Custom domain of the API (e.g. api.example.com); empty for the execute-api address."
  type        = string
  default     = ""
}

variable "certificate_arn" {
  description = "ACM certificate in the same region for domain_name; empty without a domain."
  type        = string
  default     = ""
}
