variable "name" {
  description = "Prefix of every resource name, e.g. collectiq-prod."
  type        = string
}

variable "cidr_block" {
  description = "The VPC's address range; a /16 to /20 leaves room for the 16 subnets it is cut into."
  type        = string
  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && can(regex("/(1[6-9]|20)$", var.cidr_block))
    error_message = "cidr_block must be an IPv4 CIDR from /16 to /20."
  }
}

variable "zone_count" {
  description = "How many availability zones the subnets span."
  type        = number
  default     = 2
  validation {
    condition     = var.zone_count >= 2 && var.zone_count <= 4
    error_message = "zone_count must be 2 to 4: one zone is no high availability."
  }
}

variable "nat_gateway_count" {
  description = "NAT gateways: 1 (cheaper; egress stops if its zone fails) or one per zone."
  type        = number
  validation {
    condition     = var.nat_gateway_count >= 1
    error_message = "Tasks need at least one NAT gateway to reach Rekognition, Bedrock and the price APIs."
  }
}
