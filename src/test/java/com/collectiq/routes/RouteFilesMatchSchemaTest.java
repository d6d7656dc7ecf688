package com.collectiq.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every route file validates against Camel's YAML DSL schema, and a broken one is caught with a
 * message that says which file, where in it and what is wrong.
 */
class RouteFilesMatchSchemaTest {

    private static final Path ROUTES = Path.of("src/main/resources/routes");
    private static final Path BROKEN = Path.of("src/test/resources/routes-broken/broken-route.yaml");

    private final RouteSchema schema = new RouteSchema();

    @Test
    void everyRouteFileMatchesCamelsSchema() throws IOException {
        List<Path> files = routeFiles();
        assertThat(files).as("route files under " + ROUTES).hasSizeGreaterThanOrEqualTo(10);

        List<RouteSchema.Finding> findings = files.stream().flatMap(file -> schema.check(file).stream()).toList();

        assertThat(findings).as("schema findings in the route files").isEmpty();
    }

    @Test
    void aBrokenRouteFileIsCaughtWithFilePathAndReason() {
        List<RouteSchema.Finding> findings = schema.check(BROKEN);

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.file()).isEqualTo(BROKEN));
        // the log step's unknown option, the misspelt "stepz" of the second route, a word for a number
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.where()).contains("/1").contains("from");
            assertThat(finding.what()).contains("stepz");
        });
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.where()).contains("/0").contains("steps").contains("log");
            assertThat(finding.what()).contains("levl");
        });
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.where()).isEqualTo("/2/routeConfiguration/onException/0/onException/redeliveryPolicy/maximumRedeliveries");
            assertThat(finding.what()).isEqualTo("string found, number expected");
        });
        assertThat(findings.get(0).toString()).startsWith(BROKEN + " at ");
        findings.forEach(System.out::println);
    }

    @Test
    void aFileThatIsNotYamlIsReportedNotThrown() throws IOException {
        Path notYaml = Files.createTempFile("not-yaml", ".yaml");
        Files.writeString(notYaml, "- route: {id: x\n  from: [unclosed\n");

        List<RouteSchema.Finding> findings = schema.check(notYaml);

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.what()).startsWith("not YAML"));
    }

    private static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.list(ROUTES)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
