variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod."
  type        = string
}

variable "bucket_name" {
  description = "The photo bucket whose uploads/ objects start valuations."
  type        = string
}

variable "visibility_timeout_seconds" {
  description = "The work queue's visibility timeout; equal to the service's collectiq.intake.visibility-timeout-seconds."
  type        = number
  validation {
    condition     = var.visibility_timeout_seconds >= 30 && var.visibility_timeout_seconds <= 43200
    error_message = "visibility_timeout_seconds must be 30 to 43200."
  }
}

variable "max_receive_count" {
  description = "Receives of one message before SQS moves it to the dead-letter queue."
  type        = number
  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000
    error_message = "max_receive_count must be 1 to 1000."
  }
}

variable "repricing_schedule" {
  description = "How often a repricing pass runs (an EventBridge Scheduler expression); each card is repriced once per collectiq.repricing.every, at the first pass after it falls due."
  type        = string
  default     = "rate(15 minutes)"
  validation {
    condition     = can(regex("^(rate|cron)\\(.+\\)$", var.repricing_schedule))
    error_message = "repricing_schedule is an EventBridge Scheduler rate(...) or cron(...) expression."
  }
}
