package com.collectiq.platform.settings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * The settings each mode cannot run without, checked before any bean is made: what is missing or
 * invalid is reported all at once, as {@link SettingProblem}s, instead of failing later inside a bean
 * (or at the first request). An endpoint that does not answer yet is not a problem here: the service
 * starts and {@code /healthz} says 503 until it does.
 */
public final class StartupSettings {

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final int MIN_SECRET_LENGTH = 32;
    private static final String NOT_SET = "is not set";
    private static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrl";

    private StartupSettings() {
    }

    /** What stops {@code aws} mode: its resources, its secret, its token issuer, its region and endpoints. */
    public static List<SettingProblem> aws(ConfigurableEnvironment environment) {
        List<SettingProblem> problems = new ArrayList<>();
        String secret = environment.getProperty("collectiq.signing-secret");
        String secretExpected = "a random secret of at least " + MIN_SECRET_LENGTH
                + " characters (Terraform's task definition takes it from Secrets Manager),"
                + " e.g. from `openssl rand -base64 48`";
        if (isBlank(secret)) {
            problems.add(SettingProblem.of("collectiq.signing-secret", NOT_SET, secretExpected));
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            problems.add(SettingProblem.of("collectiq.signing-secret", "is " + secret.length() + " characters long",
                    secretExpected));
        }
        String bucket = environment.getProperty("collectiq.aws.uploads-bucket");
        String bucketExpected = "the S3 bucket of the uploads: 3-63 lower-case letters, digits, dots and hyphens,"
                + " e.g. collectiq-uploads";
        if (isBlank(bucket)) {
            problems.add(SettingProblem.of("collectiq.aws.uploads-bucket", NOT_SET, bucketExpected));
        } else if (!BUCKET_NAME.matcher(bucket).matches()) {
            problems.add(SettingProblem.of("collectiq.aws.uploads-bucket", "is not a bucket name ('" + bucket + "')",
                    bucketExpected));
        }
        url(environment, "collectiq.aws.work-queue-url",
                "the work queue's SQS URL, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/collectiq-work")
                .ifPresent(problems::add);
        url(environment, "collectiq.aws.dead-letter-queue-url",
                "the dead-letter queue's SQS URL, e.g."
                        + " https://sqs.eu-west-1.amazonaws.com/123456789012/collectiq-dead-letters")
                .ifPresent(problems::add);
        if (isBlank(environment.getProperty("collectiq.aws.event-bus-name"))) {
            problems.add(SettingProblem.of("collectiq.aws.event-bus-name", NOT_SET,
                    "the EventBridge bus the service publishes its events on, e.g. collectiq"));
        }
        url(environment, "collectiq.auth.issuer-uri",
                "the Cognito user pool's issuer, e.g. https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123")
                .ifPresent(problems::add);
        if (isBlank(environment.getProperty("aws.region")) && profileRegion().isEmpty()) {
            problems.add(SettingProblem.of("aws.region", NOT_SET,
                    "the AWS region of the resources, e.g. eu-west-1 (Fargate sets AWS_REGION itself)"));
        }
        if (environment.getProperty("collectiq.webhooks.allow-loopback-for-tests", Boolean.class, false)) {
            problems.add(SettingProblem.of("collectiq.webhooks.allow-loopback-for-tests", "is true",
                    "false (or unset): it lets webhooks reach the service's own machine, for tests only"));
        }
        for (String endpoint : endpointSettings(environment)) {
            url(environment, endpoint, "an http(s) URL of the AWS service's endpoint, or unset for AWS's own")
                    .map(problem -> new SettingProblem(endpoint, sdkVariable(endpoint), problem.problem(),
                            problem.expected()))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /** What stops {@code local} mode: a data directory it cannot write. */
    public static List<SettingProblem> local(ConfigurableEnvironment environment) {
        String dir = environment.getProperty("collectiq.data-dir");
        String expected = "a directory the service may create and write, e.g. ./data";
        if (isBlank(dir)) {
            return List.of(SettingProblem.of("collectiq.data-dir", NOT_SET, expected));
        }
        try {
            Path path = Path.of(dir);
            Files.createDirectories(path);
            Files.delete(Files.createTempFile(path, ".write-check", null));
            return List.of();
        } catch (IOException | InvalidPathException | SecurityException cannotWrite) {
            return List.of(SettingProblem.of("collectiq.data-dir", "('" + dir + "') cannot be written ("
                    + cannotWrite.getClass().getSimpleName() + ": " + cannotWrite.getMessage() + ")", expected));
        }
    }

    /** A required http(s) URL whose host is known; an empty result when it is fine. */
    private static Optional<SettingProblem> url(ConfigurableEnvironment environment, String property, String expected) {
        String value = environment.getProperty(property);
        if (isBlank(value)) {
            return Optional.of(SettingProblem.of(property, NOT_SET, expected));
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException malformed) {
            return Optional.of(SettingProblem.of(property, "is not a URL ('" + value + "')", expected));
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            return Optional.of(SettingProblem.of(property, "is not an http(s) URL with a host ('" + value + "')",
                    expected));
        }
        try {
            InetAddress.getAllByName(uri.getHost());
            return Optional.empty();
        } catch (UnknownHostException unknown) {
            return Optional.of(SettingProblem.of(property, "names a host that is not known ('" + uri.getHost() + "')",
                    expected));
        }
    }

    /** The SDK's endpoint overrides present: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>, aws.endpointUrl*. */
    private static List<String> endpointSettings(ConfigurableEnvironment environment) {
        TreeSet<String> names = new TreeSet<>();
        environment.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance)
                .flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
                .filter(name -> name.startsWith(ENDPOINT_VARIABLE) || name.startsWith(ENDPOINT_PROPERTY))
                .forEach(names::add);
        return List.copyOf(names);
    }

    /** The SDK's variable for an endpoint setting: aws.endpointUrlBedrockRuntime is AWS_ENDPOINT_URL_BEDROCK_RUNTIME. */
    private static String sdkVariable(String endpointSetting) {
        if (!endpointSetting.startsWith(ENDPOINT_PROPERTY)) {
            return endpointSetting;
        }
        String service = endpointSetting.substring(ENDPOINT_PROPERTY.length()).replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return ENDPOINT_VARIABLE + (service.isEmpty() ? "" : "_" + service.toUpperCase(Locale.ROOT));
    }

    private static Optional<String> profileRegion() {
        try {
            return Optional.ofNullable(new AwsProfileRegionProvider().getRegion()).map(Object::toString);
        } catch (RuntimeException noRegionInTheProfile) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
