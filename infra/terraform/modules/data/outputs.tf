output "key_arn" {
  description = "The customer-managed KMS key of the table, the bucket, the secrets and the alarm topic."
  value       = aws_kms_key.data.arn
}

output "table_name" {
  description = "The DynamoDB table."
  value       = aws_dynamodb_table.cards.name
}

output "table_arn" {
  description = "The DynamoDB table's ARN."
  value       = aws_dynamodb_table.cards.arn
}

output "bucket_name" {
  description = "The photo bucket."
  value       = aws_s3_bucket.photos.id
}

output "bucket_arn" {
  description = "The photo bucket's ARN."
  value       = aws_s3_bucket.photos.arn
}

output "photo_prefixes" {
  description = "The areas of the bucket the service reads and writes."
  value       = local.photo_prefixes
}
