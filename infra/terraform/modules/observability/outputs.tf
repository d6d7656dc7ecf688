output "alarm_topic_arn" {
  description = "The SNS topic alarms notify."
  value       = aws_sns_topic.alarms.arn
}
