package com.collectiq.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Camel's own YAML DSL schema ({@code schema/camelYamlDsl.json} in the camel-yaml-dsl jar, so it is
 * always the schema of the Camel version we run), applied to route files. A finding names the file,
 * where in the document it is (a JSON pointer such as {@code /0/route/from/steps/1}) and what is
 * wrong, which is what an integrator needs to fix a route without starting the service.
 *
 * <p>One allowance: a property placeholder ({@code "{{collectiq.pipeline.retry.other.max-redeliveries:3}}"}) may stand
 * where the schema asks for a number or a boolean, because Camel resolves placeholders before it
 * reads the option; the schema cannot say so.
 */
final class RouteSchema {

    /** One thing wrong in one route file. */
    record Finding(Path file, String where, String what) {
        @Override
        public String toString() {
            return file + " at " + where + ": " + what;
        }
    }

    private static final String SCHEMA = "schema/camelYamlDsl.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]+}}");
    // wiremock-standalone carries an older validator's jsv-messages.properties, whose patterns take
    // other arguments; read the messages from the validator's own jar
    private static final Properties MESSAGES = validatorMessages();

    private final Schema schema;

    RouteSchema() {
        try (InputStream in = RouteSchema.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the classpath (camel-yaml-dsl missing?)");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> check(Path file) {
        JsonNode document;
        try {
            document = YAML.readTree(file.toFile());
        } catch (IOException e) {
            return List.of(new Finding(file, "(document)", "not YAML: " + e.getMessage()));
        }
        List<Error> errors = schema.validate(document);
        return errors.stream()
                .filter(error -> !isPlaceholderForATypedOption(error))
                .map(error -> new Finding(file, pointer(error), describe(error)))
                .toList();
    }

    private static boolean isPlaceholderForATypedOption(Error error) {
        JsonNode value = error.getInstanceNode();
        return "type".equals(error.getKeyword()) && value != null && value.isTextual()
                && PLACEHOLDER.matcher(value.asText()).matches();
    }

    private static String describe(Error error) {
        try {
            String pattern = MESSAGES.getProperty(error.getMessageKey());
            return pattern == null ? error.getMessage() : MessageFormat.format(pattern, error.getArguments());
        } catch (IllegalArgumentException e) {
            return error.getMessage();
        }
    }

    private static Properties validatorMessages() {
        URL jar = SchemaRegistry.class.getProtectionDomain().getCodeSource().getLocation();
        Properties messages = new Properties();
        try (InputStream in = URI.create("jar:" + jar + "!/jsv-messages.properties").toURL().openStream()) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static String pointer(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.isEmpty() || location.equals("$") ? "/" : location;
    }
}
