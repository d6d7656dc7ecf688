package com.collectiq.platform.web;

import java.util.Optional;

/**
 * How a feature's own exceptions read to an HTTP client. Each feature contributes one, so the
 * edge turns domain failures into problems without knowing every domain.
 */
public interface ProblemMapper {

    Optional<ApiProblem> map(Throwable failure);
}
