package com.collectiq.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    private CamelContext camel;

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

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> anonymous().get("/healthz").json().path("edition").asText(), "edited-live"::equals);
        assertThat(anonymous().get("/healthz").status()).isEqualTo(200);
        // only that file's routes were replaced: the rest of the service still answers, nothing doubled
        assertThat(alice.get("/cards").status()).isEqualTo(200);
        assertThat(camel.getRoutes()).hasSize(routesBefore);
    }
}
