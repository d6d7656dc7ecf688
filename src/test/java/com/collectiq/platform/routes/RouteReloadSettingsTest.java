package com.collectiq.platform.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/** What {@code collectiq.routes.reload-dir} turns on, and where it is refused. */
class RouteReloadSettingsTest {

    private final RouteReload reload = new RouteReload(new DeferredLogs());

    @Test
    void unsetChangesNothing() {
        MockEnvironment environment = new MockEnvironment();

        reload.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camel.main.routes-reload-enabled")).isNull();
        assertThat(environment.getProperty("camel.main.routes-include-pattern")).isNull();
    }

    @Test
    void inLocalModeTheRoutesComeFromTheDirectoryAndOnlyTheSavedFileIsReplaced(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("health.yaml"), "[]");
        MockEnvironment environment = new MockEnvironment()
                .withProperty(RouteReload.PROPERTY, dir.toString())
                .withProperty("camel.main.routes-include-pattern", "classpath:routes/*.yaml");

        reload.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camel.main.routes-include-pattern")).isEqualTo("file:" + dir + "/*.yaml");
        assertThat(environment.getProperty("camel.main.routes-reload-enabled")).isEqualTo("true");
        assertThat(environment.getProperty("camel.main.routes-reload-directory")).isEqualTo(dir.toString());
        assertThat(environment.getProperty("camel.main.routes-reload-remove-all-routes")).isEqualTo("false");
    }

    @Test
    void awsModeRefusesIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("health.yaml"), "[]");
        MockEnvironment environment = new MockEnvironment().withProperty(RouteReload.PROPERTY, dir.toString());
        environment.setActiveProfiles("aws");

        assertThatThrownBy(() -> reload.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("local mode only");
    }

    @Test
    void aDirectoryWithoutRouteFilesIsRefused(@TempDir Path dir) {
        MockEnvironment environment = new MockEnvironment().withProperty(RouteReload.PROPERTY, dir.toString());

        assertThatThrownBy(() -> reload.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("holds no route file");
    }
}
