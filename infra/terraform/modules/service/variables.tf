variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod."
  type        = string
}

variable "deletion_protection" {
  description = "true: the load balancer cannot be deleted, secrets keep a 30-day recovery window and the image repository is not force-deleted."
  type        = bool
}

variable "image_tag" {
  description = "The image tag to run from the service's ECR repository: the commit SHA the deploy workflow pushed."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag))
    error_message = "image_tag must be a valid image tag."
  }
}

variable "collector_image" {
  description = "The AWS Distro for OpenTelemetry collector image (aws-otel-collector), pinned to a version tag or digest."
  type        = string
  validation {
    condition     = can(regex("[:@]", var.collector_image)) && !endswith(var.collector_image, ":latest")
    error_message = "collector_image must be pinned to a version tag or a digest, not latest."
  }
}

variable "cpu" {
  description = "Task CPU units (1024 = one vCPU); must be a Fargate CPU/memory pair with memory."
  type        = number
  validation {
    condition     = contains([256, 512, 1024, 2048, 4096], var.cpu)
    error_message = "cpu must be 256, 512, 1024, 2048 or 4096."
  }
}

variable "memory" {
  description = "Task memory in MiB; the JVM takes 40 % of it as heap (the image's jvm.options); 1024 fits 32 cards in flight."
  type        = number
  validation {
    condition     = var.memory >= 512 && var.memory <= 30720
    error_message = "memory must be 512 to 30720 MiB."
  }
}

variable "stop_timeout_seconds" {
  description = "Seconds ECS waits after SIGTERM before SIGKILL; above the service's stop (up to 46 s: web 5 s, drain 20 s, queue polls 21 s)."
  type        = number
  validation {
    condition     = var.stop_timeout_seconds > 46 && var.stop_timeout_seconds <= 120
    error_message = "stop_timeout_seconds must exceed the service's 46 s stop and be at most 120 (Fargate's limit)."
  }
}

variable "min_tasks" {
  description = "Fewest running tasks (auto scaling never goes below)."
  type        = number
  validation {
    condition     = var.min_tasks >= 1
    error_message = "min_tasks must be at least 1: the queue needs a consumer."
  }
}

variable "max_tasks" {
  description = "Most running tasks (auto scaling never goes above)."
  type        = number
}

variable "cpu_target_percent" {
  description = "Average CPU utilisation auto scaling holds the service at."
  type        = number
  validation {
    condition     = var.cpu_target_percent >= 20 && var.cpu_target_percent <= 90
    error_message = "cpu_target_percent must be 20 to 90."
  }
}

variable "backlog_per_task_target" {
  description = "Visible work messages per running task auto scaling holds the queue at."
  type        = number
  validation {
    condition     = var.backlog_per_task_target > 0
    error_message = "backlog_per_task_target must be positive."
  }
}

variable "enable_execute_command" {
  description = "true: ECS Exec into running tasks (dev only; it also grants the task the SSM channels)."
  type        = bool
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the service's, the collector's and the API's logs."
  type        = number
}

variable "throttling_rate_limit" {
  description = "Requests per second the API lets through, steady state, for all callers together."
  type        = number
}

variable "throttling_burst_limit" {
  description = "Requests the API lets through in a burst above the rate limit."
  type        = number
}

variable "domain_name" {
  description = "Custom domain of the API (e.g. api.example.com); empty to use the execute-api address."
  type        = string
}

variable "certificate_arn" {
  description = "ACM certificate (same region) for domain_name; ignored without a domain."
  type        = string
}

variable "bedrock_model_id" {
  description = "Bedrock foundation model for summaries and authenticity opinions (COLLECTIQ_BEDROCK_MODEL_ID)."
  type        = string
}

variable "pricing_secrets" {
  description = "Price API secrets to create and inject; leave out the sources you have no key for."
  type        = set(string)
  validation {
    condition     = alltrue([for secret in var.pricing_secrets : contains(["pokemontcg-api-key", "pricecharting-api-key", "ebay-client-id", "ebay-client-secret"], secret)])
    error_message = "pricing_secrets may hold pokemontcg-api-key, pricecharting-api-key, ebay-client-id and ebay-client-secret."
  }
}

variable "web_origins" {
  description = "Web origins allowed by CORS (COLLECTIQ_WEB_ALLOWED_ORIGINS and the API's preflight answers)."
  type        = list(string)
}

variable "vpc_id" {
  description = "The VPC of the tasks and the load balancer."
  type        = string
}

variable "vpc_cidr_block" {
  description = "The VPC's address range."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets of the tasks, the load balancer and the VPC link."
  type        = list(string)
}

variable "key_arn" {
  description = "The data KMS key (table, photos, secrets)."
  type        = string
}

variable "table_name" {
  description = "The DynamoDB table (COLLECTIQ_AWS_TABLE_NAME)."
  type        = string
}

variable "table_arn" {
  description = "The DynamoDB table's ARN."
  type        = string
}

variable "bucket_name" {
  description = "The photo bucket (COLLECTIQ_AWS_UPLOADS_BUCKET)."
  type        = string
}

variable "bucket_arn" {
  description = "The photo bucket's ARN."
  type        = string
}

variable "photo_prefixes" {
  description = "The bucket's areas the task may read and write."
  type        = list(string)
}

variable "work_queue_url" {
  description = "The work queue (COLLECTIQ_AWS_WORK_QUEUE_URL)."
  type        = string
}

variable "work_queue_arn" {
  description = "The work queue's ARN."
  type        = string
}

variable "work_queue_name" {
  description = "The work queue's name, for the backlog metric."
  type        = string
}

variable "dead_letter_queue_url" {
  description = "The dead-letter queue (COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL)."
  type        = string
}

variable "dead_letter_queue_arn" {
  description = "The dead-letter queue's ARN."
  type        = string
}

variable "event_bus_name" {
  description = "The domain event bus (COLLECTIQ_AWS_EVENT_BUS_NAME)."
  type        = string
}

variable "event_bus_arn" {
  description = "The domain event bus's ARN."
  type        = string
}

variable "issuer_uri" {
  description = "The Cognito issuer (COLLECTIQ_AUTH_ISSUER_URI and the JWT authorizer)."
  type        = string
}

variable "hosted_ui_url" {
  description = "The Cognito hosted UI the web page signs in with (COLLECTIQ_PAGE_COGNITO_DOMAIN); empty: the page offers no sign-in."
  type        = string
  default     = ""
}

variable "client_ids" {
  description = "App client ids whose access tokens are accepted (COLLECTIQ_AUTH_CLIENT_IDS and the authorizer's audience)."
  type        = list(string)
}

variable "images_kept" {
  description = "Images the repository keeps; older ones expire."
  type        = number
}
