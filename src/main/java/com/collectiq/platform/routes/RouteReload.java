package com.collectiq.platform.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Live reload of the routes for integrators, in {@code local} mode only: with
 * {@code collectiq.routes.reload-dir} set, the routes are loaded from that directory instead of the
 * classpath (so no route exists twice) and Camel watches it, replacing the routes of a file when the
 * file is saved. Only the changed file's routes are replaced; the others keep running.
 *
 * <p>{@code aws} mode refuses the property: a task must run the routes packaged in its image, the
 * same on every task, and a file watcher has no place on Fargate.
 */
public class RouteReload implements EnvironmentPostProcessor {

    static final String PROPERTY = "collectiq.routes.reload-dir";
    private static final String SOURCE = "collectiqRouteReload";

    private final Log log;

    public RouteReload(DeferredLogFactory logs) {
        this.log = logs.getLog(RouteReload.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "").trim();
        if (configured.isEmpty()) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("aws"))) {
            throw new IllegalStateException(PROPERTY + " is for local mode only: in aws mode every task runs the"
                    + " routes packaged in its image. Unset it.");
        }
        Path directory = Path.of(configured).toAbsolutePath().normalize();
        requireRouteFiles(directory);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                "camel.main.routes-include-pattern", "file:" + directory + "/*.yaml",
                "camel.main.routes-reload-enabled", "true",
                "camel.main.routes-reload-directory", directory.toString(),
                "camel.main.routes-reload-pattern", "*.yaml",
                // replace only the routes of the saved file; Camel's default would drop all the others
                "camel.main.routes-reload-remove-all-routes", "false")));
        log.info("Routes are loaded from " + directory + " and reloaded when a file there is saved");
    }

    private static void requireRouteFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(PROPERTY + "=" + directory + " is not a directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".yaml"))) {
                throw new IllegalStateException(PROPERTY + "=" + directory + " holds no route file (*.yaml)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
