package com.collectiq.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged jar ({@code java -jar}) running in a process of its own, as on a laptop or in the
 * container: started with properties and environment, waited for until {@code /healthz} answers
 * 200, killed ({@code kill -9}) or stopped (SIGTERM) and started again on the same port. Its output
 * goes to a log file per start under {@code target/service-processes}.
 *
 * <p>In {@code aws} mode it runs against this JVM's stand-ins, configured only through what a
 * Fargate task has: {@code AWS_ENDPOINT_URL_*}, region and credentials variables, and properties.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The jar under test; the failsafe plugin passes it, after {@code package}. */
    public static final String JAR_PROPERTY = "collectiq.jar";

    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final List<String> launcher;
    private Process process;
    private Path log;

    private ServiceProcess(Builder builder) {
        this.name = builder.name;
        this.port = FreePorts.next();
        this.properties = Map.copyOf(builder.properties);
        this.environment = Map.copyOf(builder.environment);
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.launcher = List.copyOf(builder.launcher);
    }

    /** A {@code local}-mode service keeping its data in the directory. */
    public static Builder local(String name, Path dataDir) {
        return new Builder(name)
                .property("spring.profiles.active", "local")
                .property("collectiq.data-dir", dataDir.toString())
                .property("collectiq.offline", "true");
    }

    /**
     * An {@code aws}-mode service against this JVM's stand-ins, with work and dead-letter queues of its
     * own (named after it) so that no other service in this JVM takes its work.
     */
    public static Builder aws(String name) {
        AwsStandIns.Starter.startAll();
        String wireMock = WireMockStandIn.get().baseUrl();
        Builder builder = new Builder(name)
                .property("spring.profiles.active", "aws")
                .property("collectiq.aws.table-name", AwsMode.TABLE)
                .property("collectiq.aws.uploads-bucket", AwsMode.BUCKET)
                .property("collectiq.aws.s3-path-style", "true")
                .property("collectiq.aws.create-resources", "true")
                .property("collectiq.aws.event-bus-name", AwsMode.EVENT_BUS)
                .property("collectiq.aws.work-queue-url", AwsMode.Resources.queue(name + "-work"))
                .property("collectiq.aws.dead-letter-queue-url", AwsMode.Resources.queue(name + "-dead-letters"))
                .property("collectiq.signing-secret", AwsMode.SIGNING_SECRET)
                .property("collectiq.auth.issuer-uri", CognitoStandIn.get().issuer())
                .property("collectiq.auth.client-ids", CognitoStandIn.CLIENT_ID)
                .property("collectiq.catalog.pokemontcg.base-url", wireMock)
                .property("collectiq.pricing.pricecharting.base-url", wireMock)
                .property("collectiq.pricing.ebay.base-url", wireMock)
                .property("collectiq.currency.rates-url", wireMock + OutsideUrlsOnWireMock.RATES_PATH)
                .env("AWS_REGION", AwsTestEnvironment.REGION)
                .env("AWS_ACCESS_KEY_ID", AwsTestEnvironment.ACCESS_KEY)
                .env("AWS_SECRET_ACCESS_KEY", AwsTestEnvironment.SECRET_KEY)
                .env("AWS_EC2_METADATA_DISABLED", "true")
                .env("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")
                .env("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required")
                .env("AWS_ENDPOINT_URL_S3", S3ProxyStandIn.get().endpoint())
                .env("AWS_ENDPOINT_URL_SQS", ElasticMqStandIn.get().endpoint())
                .env("AWS_ENDPOINT_URL_DYNAMODB", DynaliteStandIn.get().endpoint());
        for (String service : List.of("REKOGNITION", "BEDROCK_RUNTIME", "EVENTBRIDGE", "SECRETS_MANAGER", "CLOUDWATCH")) {
            builder.env("AWS_ENDPOINT_URL_" + service, wireMock);
        }
        return builder;
    }

    public String name() {
        return name;
    }

    public String property(String key) {
        return properties.get(key);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client signed in as the user (an operator when admin), as {@code ServiceTest} gives one. */
    public ApiClient client(String sub, boolean admin) {
        return new ApiClient(baseUrl(), ApiClient.tokenFor(baseUrl(), "aws".equals(property("spring.profiles.active")),
                sub, admin));
    }

    /** The log of the current (or last) start. */
    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the jar and returns once {@code /healthz} answers 200. */
    public ServiceProcess start(Duration timeout) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path logs = Files.createDirectories(Path.of("target", "service-processes"));
            log = logs.resolve(name + "-" + STARTS.incrementAndGet() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(timeout);
        return this;
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy:\n"
                        + tail());
            }
            if (healthStatus() == 200) {
                return;
            }
            FreePorts.sleep(100);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + ":\n" + tail());
    }

    /** The status {@code GET /healthz} answers now, or -1 when nothing answers. */
    public int healthStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/healthz"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as Fargate stops a task; returns the exit code once the process is gone. */
    public int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    private int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " still running " + timeout + " after it was told to stop");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the current log, for failure messages. */
    public String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    private static Path jar() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no packaged jar at -D" + JAR_PROPERTY + "=" + jar
                    + "; run the *IT tests through 'mvn verify' (failsafe, after package)");
        }
        return Path.of(jar);
    }

    /** What the process is started with; each start of the built service uses the same. */
    public static final class Builder {
        private final String name;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> launcher = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder env(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /**
         * The JVM runs on these CPUs only ({@code taskset -c}, e.g. "0"), as in a task with fewer cores
         * than this machine; the JVM sizes its thread pools and GC from the CPUs it may use.
         */
        public Builder pinnedTo(String cpuList) {
            launcher.clear();
            launcher.addAll(List.of("taskset", "-c", cpuList));
            return this;
        }

        /**
         * Recovery timers in seconds rather than minutes (visibility timeout, lease, sweep period and
         * grace), so that what a killed process held comes back within a test's patience.
         */
        public Builder quickRecovery() {
            return property("collectiq.intake.visibility-timeout-seconds", "10")
                    .property("collectiq.pipeline.lease", "15s")
                    .property("collectiq.recovery.sweep-period-ms", "2000")
                    .property("collectiq.recovery.first-sweep-delay-ms", "1000")
                    .property("collectiq.recovery.requeue-grace", "20s");
        }

        public ServiceProcess build() {
            return new ServiceProcess(this);
        }
    }
}
