variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod."
  type        = string
}

variable "region" {
  description = "The region the dashboard's widgets read from."
  type        = string
}

variable "key_arn" {
  description = "The KMS key the alarm topic is encrypted with."
  type        = string
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic (each must confirm the subscription mail)."
  type        = list(string)
}

variable "api_id" {
  description = "The HTTP API whose errors and latency are watched."
  type        = string
}

variable "cluster_name" {
  description = "The ECS cluster."
  type        = string
}

variable "service_name" {
  description = "The ECS service."
  type        = string
}

variable "min_tasks" {
  description = "The service's minimum task count; fewer running raises an alarm."
  type        = number
}

variable "work_queue_name" {
  description = "The work queue."
  type        = string
}

variable "dead_letter_queue_name" {
  description = "The dead-letter queue."
  type        = string
}

variable "max_5xx_percent" {
  description = "Share of API requests answered 5xx above which the alarm fires."
  type        = number
}

variable "max_p99_latency_ms" {
  description = "API p99 latency in ms above which the alarm fires."
  type        = number
}

variable "max_oldest_message_seconds" {
  description = "Age of the oldest work message above which the alarm fires."
  type        = number
}
