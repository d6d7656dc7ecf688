output "work_queue_url" {
  description = "The work queue's URL (COLLECTIQ_AWS_WORK_QUEUE_URL)."
  value       = aws_sqs_queue.work.id
}

output "work_queue_arn" {
  description = "The work queue's ARN."
  value       = aws_sqs_queue.work.arn
}

output "work_queue_name" {
  description = "The work queue's name (alarms and scaling)."
  value       = aws_sqs_queue.work.name
}

output "dead_letter_queue_url" {
  description = "The dead-letter queue's URL (COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL)."
  value       = aws_sqs_queue.dead_letters.id
}

output "dead_letter_queue_arn" {
  description = "The dead-letter queue's ARN."
  value       = aws_sqs_queue.dead_letters.arn
}

output "dead_letter_queue_name" {
  description = "The dead-letter queue's name (alarms)."
  value       = aws_sqs_queue.dead_letters.name
}

output "event_bus_name" {
  description = "The domain event bus (COLLECTIQ_AWS_EVENT_BUS_NAME)."
  value       = aws_cloudwatch_event_bus.domain.name
}

output "event_bus_arn" {
  description = "The domain event bus's ARN."
  value       = aws_cloudwatch_event_bus.domain.arn
}
