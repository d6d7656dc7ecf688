package com.collectiq.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.spi.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ServiceTest;

/**
 * Live reload: the service runs its routes from a copy in a directory, an integrator edits one file
 * there, and the running service behaves as the edited route says, with no restart.
 * Its own context (the reload directory and a data dir of its own), closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "collectiq.routes.reload-dir=" + RouteReloadTest.ROUTES,
        "collectiq.data-dir=" + RouteReloadTest.DATA})
@DirtiesContext
class RouteReloadTest extends ServiceTest {

    static final String ROUTES = "./target/route-reload-test/routes";
    static final String DATA = "./target/route-reload-test/data";
    /** A reload takes a second or two; generous for a loaded machine. */
    private static final Duration RELOADED_WITHIN = Duration.ofSeconds(90);

    @Autowired
    private CamelContext camel;

    @Autowired
    private ProducerTemplate producer;

    @Value("${collectiq.intake.work-uri}")
    private String workUri;

    @BeforeAll
    static void copyTheRoutes() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/route-reload-test"));
        Files.createDirectories(Path.of(ROUTES));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/routes"))) {
            for (Path file : files.toList()) {
                Files.copy(file, Path.of(ROUTES).resolve(file.getFileName()));
            }
        }
    }

    @Test
    void everyRouteComesFromTheDirectoryOnce() {
        List<Route> routes = camel.getRoutes();
        // the REST DSL's generated /api-docs route is the one route no file declares
        List<String> sources = routes.stream()
                .map(Route::getSourceResource).filter(Objects::nonNull).map(Resource::getLocation).toList();

        assertThat(sources).hasSizeGreaterThanOrEqualTo(routes.size() - 1).isNotEmpty();
        assertThat(sources).allSatisfy(source -> assertThat(source)
                .startsWith("file:").contains("route-reload-test/routes/"));
        assertThat(routes.stream().map(Route::getRouteId)).doesNotHaveDuplicates();
    }

    @Test
    void savingARouteFileChangesTheRunningServiceWithoutARestart() throws IOException {
        int routesBefore = camel.getRoutes().size();
        ApiClient alice = api("reload-alice");
        assertThat(anonymous().get("/healthz").json().has("edition")).isFalse();

        Path health = Path.of(ROUTES, "health.yaml");
        String route = Files.readString(health);
        String edited = route.replace("""
                        - marshal:
                            json: {}
                """, """
                        - marshal:
                            json: {}
                        - setBody:
                            constant: '{"status":"ok","edition":"edited-live"}'
                """);
        assertThat(edited).isNotEqualTo(route);
        Files.writeString(health, edited);

        // while the file's routes are swapped, /healthz may answer for a moment with no route behind it (no JSON)
        await().atMost(RELOADED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> Optional.ofNullable(anonymous().get("/healthz").json())
                        .map(body -> body.path("edition").asText()).orElse(""), "edited-live"::equals);
        assertThat(anonymous().get("/healthz").status()).isEqualTo(200);
        // only that file's routes were replaced: the rest of the service still answers, nothing doubled
        assertThat(alice.get("/cards").status()).isEqualTo(200);
        assertThat(camel.getRoutes()).hasSize(routesBefore);
    }

    /** The worked example of docs/routes.md, applied as written to the running service. */
    @Test
    void theWorkedExampleOfTheRoutesDocWorks() throws IOException {
        String example = Files.readString(Path.of("docs/routes.md"));
        String yaml = example.substring(example.indexOf("```yaml\n") + 8, example.indexOf("```", example.indexOf("```yaml\n") + 8));
        String wireTap = yaml.substring(yaml.indexOf("        - wireTap:"), yaml.indexOf("        - bean:"));
        Path intake = Path.of(ROUTES, "intake.yaml");
        String route = Files.readString(intake);
        String firstStep = "        - bean:\n            ref: queueLag\n";
        assertThat(route).contains(firstStep);
        Route before = camel.getRoute("intake");
        Files.writeString(intake, route.replace(firstStep, wireTap + firstStep));
        // a queue consumer's route is stopped gracefully, so wait for the new one before sending
        await().atMost(RELOADED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> camel.getRoute("intake") != null && camel.getRoute("intake") != before);

        String marker = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"n\":\"" + UUID.randomUUID() + "\"}";
        producer.sendBody(workUri, marker);

        Path audit = Path.of(DATA, "audit", "work");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> auditedCopies(audit).contains(marker));
    }

    private static List<String> auditedCopies(Path audit) throws IOException {
        if (!Files.isDirectory(audit)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(audit)) {
            List<String> copies = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copies.add(Files.readString(file));
            }
            return copies;
        }
    }
}
