output "vpc_id" {
  description = "The VPC's id."
  value       = aws_vpc.this.id
}

output "cidr_block" {
  description = "The VPC's address range."
  value       = aws_vpc.this.cidr_block
}

output "private_subnet_ids" {
  description = "Subnets of the tasks, the internal load balancer and the VPC link."
  value       = aws_subnet.private[*].id
}
