# What differs between environments has no default here: envs/dev and envs/prod say it.

variable "name" {
  description = "Prefix of every resource name: collectiq-<environment>."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,22}$", var.name))
    error_message = "name is 3 to 23 lower-case letters, digits and hyphens (load balancer names allow 32 characters in all)."
  }
}

variable "deletion_protection" {
  description = "true (prod): the table, user pool and load balancer cannot be deleted, secrets keep a recovery window, the photo bucket and image repository are never emptied by Terraform."
  type        = bool
}

variable "vpc_cidr_block" {
  description = "The VPC's address range."
  type        = string
  default     = "10.40.0.0/16"
}

variable "nat_gateway_count" {
  description = "NAT gateways: 1 (dev: cheaper) or 2 (prod: one per zone)."
  type        = number
}

variable "image_tag" {
  description = "The service image's tag in its ECR repository: the commit SHA the deploy workflow built."
  type        = string
}

variable "collector_image" {
  description = "The AWS Distro for OpenTelemetry collector image, pinned to a version tag or digest."
  type        = string
}

variable "cpu" {
  description = "Task CPU units (1024 = one vCPU)."
  type        = number
}

variable "memory" {
  description = "Task memory in MiB."
  type        = number
}

variable "stop_timeout_seconds" {
  description = "Seconds between SIGTERM and SIGKILL: the service stops its web server (5 s) and drains (20 s), then waits up to 21 s for its queue polls to end before it returns unfinished work to the queue."
  type        = number
  default     = 60
}

variable "min_tasks" {
  description = "Fewest running tasks."
  type        = number
}

variable "max_tasks" {
  description = "Most running tasks."
  type        = number
}

variable "cpu_target_percent" {
  description = "Average CPU auto scaling holds the service at."
  type        = number
  default     = 60
}

variable "backlog_per_task_target" {
  description = "Visible work messages per task auto scaling holds the queue at (4 consumers per task, a valuation takes seconds)."
  type        = number
  default     = 20
}

variable "enable_execute_command" {
  description = "ECS Exec into running tasks: true in dev only."
  type        = bool
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps logs."
  type        = number
}

variable "throttling_rate_limit" {
  description = "API requests per second, steady state, for all callers together."
  type        = number
}

variable "throttling_burst_limit" {
  description = "API requests allowed in a burst above the rate."
  type        = number
}

variable "domain_name" {
  description = "Custom domain of the API; empty for the execute-api address."
  type        = string
  default     = ""
}

variable "certificate_arn" {
  description = "ACM certificate for domain_name (same region); empty without a domain."
  type        = string
  default     = ""
}

variable "bedrock_model_id" {
  description = "Bedrock foundation model id for the narrative (COLLECTIQ_BEDROCK_MODEL_ID); model access must be enabled in the region."
  type        = string
  default     = "anthropic.claude-3-haiku-20240307-v1:0"
}

variable "pricing_secrets" {
  description = "Price API secrets to create and inject (leave out the sources you have no key for)."
  type        = set(string)
  default     = ["pokemontcg-api-key", "pricecharting-api-key", "ebay-client-id", "ebay-client-secret"]
}

variable "web_origins" {
  description = "Web app origins allowed by CORS on the API and the photo bucket."
  type        = list(string)
  default     = []
}

variable "images_kept" {
  description = "Service images the ECR repository keeps."
  type        = number
  default     = 30
}

variable "work_visibility_timeout_seconds" {
  description = "The work queue's visibility timeout: the service's collectiq.intake.visibility-timeout-seconds."
  type        = number
  default     = 120
}

variable "work_max_receive_count" {
  description = "Receives of a work message before SQS moves it to the dead letters."
  type        = number
  default     = 5
}

variable "self_sign_up" {
  description = "true: anyone may create an account in the user pool."
  type        = bool
  default     = false
}

variable "hosted_ui_domain_prefix" {
  description = "Cognito hosted UI domain prefix; empty for none."
  type        = string
  default     = ""
}

variable "callback_urls" {
  description = "OAuth redirect URLs of the web app (hosted UI code flow); empty for none."
  type        = list(string)
  default     = []
}

variable "logout_urls" {
  description = "URLs the hosted UI may redirect to after sign-out."
  type        = list(string)
  default     = []
}

variable "alarm_emails" {
  description = "Addresses the alarms are mailed to."
  type        = list(string)
  default     = []
}

variable "max_5xx_percent" {
  description = "API 5xx share (%) that raises the alarm."
  type        = number
  default     = 2
}

variable "max_p99_latency_ms" {
  description = "API p99 latency (ms) that raises the alarm."
  type        = number
  default     = 2000
}

variable "max_oldest_message_seconds" {
  description = "Age (s) of the oldest work message that raises the alarm."
  type        = number
  default     = 600
}

variable "create_oidc_provider" {
  description = "true: create the account's GitHub OIDC provider (once per account)."
  type        = bool
}

variable "github_repository" {
  description = "owner/name of the repository whose workflows deploy this environment."
  type        = string
}

variable "deploy_branch" {
  description = "The branch that deploys this environment."
  type        = string
}

variable "deploy_environment" {
  description = "The GitHub environment whose protection rules gate the apply."
  type        = string
}

variable "state_bucket" {
  description = "The Terraform state bucket."
  type        = string
}

variable "state_key" {
  description = "This environment's state object key."
  type        = string
}

variable "lock_table" {
  description = "The Terraform lock table."
  type        = string
}
