# Shared by envs/dev and envs/prod (each links this file): Terraform, the provider and the tags.

terraform {
  # 1.6: the S3 backend's current settings; a saved plan is applied by the same version it was made with.
  required_version = ">= 1.6.0, < 2.0.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      Application = "collectiq"
      Environment = local.environment
      ManagedBy   = "terraform"
    }
  }
}
