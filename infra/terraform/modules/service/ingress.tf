# Ingress: API Gateway HTTP API (HTTPS, Cognito JWT authorizer, throttling) -> VPC link -> internal
# ALB -> tasks. docs/deploy.md says why this and not a public ALB.

resource "aws_security_group" "vpc_link" {
  name        = "${var.name}-vpc-link"
  description = "API Gateway's VPC link to the internal load balancer"
  vpc_id      = var.vpc_id
  egress {
    description = "HTTP to the internal load balancer"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr_block]
  }
}

resource "aws_security_group" "alb" {
  name        = "${var.name}-alb"
  description = "The internal load balancer: only the VPC link reaches it"
  vpc_id      = var.vpc_id
  ingress {
    description     = "HTTP from the VPC link"
    from_port       = 80
    to_port         = 80
    protocol        = "tcp"
    security_groups = [aws_security_group.vpc_link.id]
  }
  egress {
    description = "HTTP to the tasks"
    from_port   = local.container_port
    to_port     = local.container_port
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr_block]
  }
}

resource "aws_security_group" "service" {
  name        = "${var.name}-service"
  description = "The service's tasks: HTTP from the load balancer only"
  vpc_id      = var.vpc_id
  ingress {
    description     = "HTTP from the load balancer"
    from_port       = local.container_port
    to_port         = local.container_port
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
  egress {
    # AWS APIs through the endpoints and the NAT, the price APIs and Cognito's keys on the internet.
    description = "HTTPS out"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "internal" {
  name                       = var.name
  internal                   = true
  load_balancer_type         = "application"
  subnets                    = var.private_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
  enable_deletion_protection = var.deletion_protection
}

resource "aws_lb_target_group" "service" {
  name        = var.name
  port        = local.container_port
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id
  # Matches the service's drain: in-flight requests finish before the task is stopped.
  deregistration_delay = 30
  health_check {
    path                = "/healthz"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.service.arn
  }
}

resource "aws_apigatewayv2_api" "public" {
  name          = var.name
  protocol_type = "HTTP"
  # Browsers' preflights are answered here, before the authorizer.
  dynamic "cors_configuration" {
    for_each = length(var.web_origins) > 0 ? [1] : []
    content {
      allow_origins  = var.web_origins
      allow_methods  = ["GET", "POST", "PATCH", "DELETE"]
      allow_headers  = ["authorization", "content-type", "if-none-match"]
      expose_headers = ["etag", "location", "retry-after"]
      max_age        = 600
    }
  }
}

resource "aws_apigatewayv2_vpc_link" "internal" {
  name               = var.name
  subnet_ids         = var.private_subnet_ids
  security_group_ids = [aws_security_group.vpc_link.id]
}

resource "aws_apigatewayv2_integration" "service" {
  api_id             = aws_apigatewayv2_api.public.id
  integration_type   = "HTTP_PROXY"
  integration_method = "ANY"
  integration_uri    = aws_lb_listener.http.arn
  connection_type    = "VPC_LINK"
  connection_id      = aws_apigatewayv2_vpc_link.internal.id
}

# Cognito access tokens carry client_id rather than aud; the authorizer checks it against these.
resource "aws_apigatewayv2_authorizer" "cognito" {
  api_id           = aws_apigatewayv2_api.public.id
  name             = "cognito"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  jwt_configuration {
    issuer   = var.issuer_uri
    audience = var.client_ids
  }
}

resource "aws_apigatewayv2_route" "authenticated" {
  api_id             = aws_apigatewayv2_api.public.id
  route_key          = "$default"
  target             = "integrations/${aws_apigatewayv2_integration.service.id}"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
}

# The routes the service serves without a token (its own security config says the same): health, the
# API document, and the web page with its assets (the page is also the hosted UI's sign-in callback).
resource "aws_apigatewayv2_route" "anonymous" {
  for_each  = toset(["GET /healthz", "GET /api-docs", "GET /", "GET /index.html", "GET /app/{proxy+}"])
  api_id    = aws_apigatewayv2_api.public.id
  route_key = each.key
  target    = "integrations/${aws_apigatewayv2_integration.service.id}"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/apigateway/${var.name}"
  retention_in_days = var.log_retention_days
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.public.id
  name        = "$default"
  auto_deploy = true
  default_route_settings {
    throttling_rate_limit  = var.throttling_rate_limit
    throttling_burst_limit = var.throttling_burst_limit
  }
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format = jsonencode({
      requestId = "$context.requestId", ip = "$context.identity.sourceIp", method = "$context.httpMethod"
      path      = "$context.path", status = "$context.status", latencyMs = "$context.responseLatency"
      sub       = "$context.authorizer.claims.sub", error = "$context.integrationErrorMessage"
    })
  }
}

resource "aws_apigatewayv2_domain_name" "custom" {
  count       = var.domain_name == "" ? 0 : 1
  domain_name = var.domain_name
  domain_name_configuration {
    certificate_arn = var.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_api_mapping" "custom" {
  count       = var.domain_name == "" ? 0 : 1
  api_id      = aws_apigatewayv2_api.public.id
  domain_name = aws_apigatewayv2_domain_name.custom[0].id
  stage       = aws_apigatewayv2_stage.default.id
}
