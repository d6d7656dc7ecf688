# The service on Fargate: its image repository, cluster, task definition (the service container and
# an ADOT collector sidecar), its secrets, and its two IAM roles. Ingress is in ingress.tf,
# scaling in scaling.tf.

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  container_name = "collectiq"
  container_port = 8080
  # Secrets Manager secret (under var.name/) -> the variable ECS injects its value as.
  secret_variables = merge(
    { "signing-secret" = "COLLECTIQ_SIGNING_SECRET" },
    { for secret in var.pricing_secrets : secret => local.pricing_secret_variables[secret] }
  )
  pricing_secret_variables = {
    "pokemontcg-api-key"    = "COLLECTIQ_CATALOG_POKEMONTCG_API_KEY"
    "pricecharting-api-key" = "COLLECTIQ_PRICING_PRICECHARTING_API_KEY"
    "ebay-client-id"        = "COLLECTIQ_PRICING_EBAY_CLIENT_ID"
    "ebay-client-secret"    = "COLLECTIQ_PRICING_EBAY_CLIENT_SECRET"
  }
  environment = merge({
    SPRING_PROFILES_ACTIVE              = "aws"
    SERVER_PORT                         = tostring(local.container_port)
    COLLECTIQ_AWS_TABLE_NAME            = var.table_name
    COLLECTIQ_AWS_UPLOADS_BUCKET        = var.bucket_name
    COLLECTIQ_AWS_WORK_QUEUE_URL        = var.work_queue_url
    COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL = var.dead_letter_queue_url
    COLLECTIQ_AWS_EVENT_BUS_NAME        = var.event_bus_name
    COLLECTIQ_AUTH_ISSUER_URI           = var.issuer_uri
    COLLECTIQ_AUTH_CLIENT_IDS           = join(",", var.client_ids)
    COLLECTIQ_WEB_ALLOWED_ORIGINS       = join(",", var.web_origins)
    COLLECTIQ_BEDROCK_MODEL_ID          = var.bedrock_model_id
    # one photo decoded whole at a time per vCPU: the decoding is CPU-bound, and each slot holds about
    # 55 MB of rasters at 12 MP, which jvm.options' heap is sized for (docs/PERFORMANCE.md, issue 26)
    COLLECTIQ_IMAGE_MAX_CONCURRENT_DECODES = tostring(max(1, floor(var.cpu / 1024)))
    # the ADOT sidecar's OTLP/HTTP receiver; tasks share one network namespace (awsvpc)
    COLLECTIQ_TRACING_OTLP_ENDPOINT = "http://localhost:4318"
    },
    # the page's sign-in; the app client (the first of the client ids) lists the page as its callback
    var.hosted_ui_url == "" ? {} : { COLLECTIQ_PAGE_COGNITO_DOMAIN = var.hosted_ui_url }
  )
  # OTLP in, X-Ray out: the sidecar's whole configuration, so no config file has to be baked in.
  collector_config = yamlencode({
    receivers  = { otlp = { protocols = { http = { endpoint = "127.0.0.1:4318" } } } }
    processors = { batch = {} }
    exporters  = { awsxray = { region = data.aws_region.current.name } }
    service    = { pipelines = { traces = { receivers = ["otlp"], processors = ["batch"], exporters = ["awsxray"] } } }
  })
}

resource "aws_ecr_repository" "service" {
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"
  force_delete         = !var.deletion_protection
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_lifecycle_policy" "service" {
  repository = aws_ecr_repository.service.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last ${var.images_kept} images: enough to roll back several releases"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = var.images_kept }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecs_cluster" "this" {
  name = var.name
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "service" {
  name              = "/ecs/${var.name}"
  retention_in_days = var.log_retention_days
}

resource "aws_cloudwatch_log_group" "collector" {
  name              = "/ecs/${var.name}/adot-collector"
  retention_in_days = var.log_retention_days
}

# Values are set outside Terraform (docs/deploy.md), so they never enter the state.
resource "aws_secretsmanager_secret" "service" {
  for_each                = local.secret_variables
  name                    = "${var.name}/${each.key}"
  description             = "CollectIQ ${var.name}: ${each.value}"
  kms_key_id              = var.key_arn
  recovery_window_in_days = var.deletion_protection ? 30 : 0
}

resource "aws_ecs_task_definition" "service" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  task_role_arn            = aws_iam_role.task.arn
  execution_role_arn       = aws_iam_role.execution.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  # Tomcat's and the JVM's temporary files: the root file system is read-only.
  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([
    {
      name                   = local.container_name
      image                  = "${aws_ecr_repository.service.repository_url}:${var.image_tag}"
      essential              = true
      readonlyRootFilesystem = true
      portMappings           = [{ containerPort = local.container_port, protocol = "tcp" }]
      environment            = [for name, value in local.environment : { name = name, value = value }]
      secrets = [for secret, variable in local.secret_variables :
      { name = variable, valueFrom = aws_secretsmanager_secret.service[secret].arn }]
      mountPoints = [{ sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }]
      # The image's HEALTHCHECK: a JDK-only probe class in the jar asks /healthz.
      healthCheck = {
        command     = ["CMD", "java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-cp", "/app/app.jar", "com.collectiq.platform.health.HealthProbe"]
        interval    = 30
        timeout     = 10
        retries     = 3
        startPeriod = 120
      }
      # Spring drains for up to 30 s (spring.lifecycle.timeout-per-shutdown-phase) after SIGTERM;
      # ECS must not SIGKILL it before.
      stopTimeout = var.stop_timeout_seconds
      dependsOn   = [{ containerName = "adot-collector", condition = "START" }]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.service.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "service"
        }
      }
    },
    {
      name                   = "adot-collector"
      image                  = var.collector_image
      essential              = false
      readonlyRootFilesystem = true
      environment            = [{ name = "AOT_CONFIG_CONTENT", value = local.collector_config }]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.collector.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "collector"
        }
      }
    }
  ])
}

resource "aws_ecs_service" "service" {
  name                              = var.name
  cluster                           = aws_ecs_cluster.this.id
  task_definition                   = aws_ecs_task_definition.service.arn
  desired_count                     = var.min_tasks
  launch_type                       = "FARGATE"
  enable_execute_command            = var.enable_execute_command
  health_check_grace_period_seconds = 120
  propagate_tags                    = "SERVICE"

  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.service.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.service.arn
    container_name   = local.container_name
    container_port   = local.container_port
  }

  # Application Auto Scaling owns the count once the service exists.
  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener.http]
}
