variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod; also the table's name."
  type        = string
}

variable "deletion_protection" {
  description = "true: the table cannot be deleted and `terraform destroy` leaves a non-empty photo bucket alone."
  type        = bool
}

variable "web_origins" {
  description = "Web origins (scheme://host[:port]) allowed to PUT photos to presigned URLs and GET them; empty for no CORS."
  type        = list(string)
  validation {
    condition     = alltrue([for origin in var.web_origins : can(regex("^https?://[^/*]+$", origin))])
    error_message = "Each web origin is scheme://host[:port], without a path or wildcard."
  }
}
