output "publish_role_arn" {
  description = "The role the build and plan jobs assume."
  value       = aws_iam_role.publish.arn
}

output "release_role_arn" {
  description = "The role the apply job assumes."
  value       = aws_iam_role.release.arn
}
