package com.collectiq.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * dynalite (npm) on loopback: the DynamoDB endpoint of the tests, one node process per JVM.
 * The build installs it with {@code npm ci} before the tests run (see pom.xml).
 */
public final class DynaliteStandIn {

    private static DynaliteStandIn instance;

    private final Process process;
    private final String endpoint;

    private DynaliteStandIn() throws IOException {
        Path dir = Path.of(System.getProperty("dynalite.dir", "src/test/dynalite")).toAbsolutePath();
        Path cli = dir.resolve("node_modules/dynalite/cli.js");
        if (!Files.exists(cli)) {
            throw new IllegalStateException(cli + " is missing: run `npm ci` in " + dir + " (mvn verify does)");
        }
        // dynalite cannot listen on port 0, so a free port is chosen first
        int port = FreePorts.next();
        process = new ProcessBuilder(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"))
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "dynalite-" + port + ".log"))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "dynalite-stop"));
        FreePorts.awaitListening(port, Duration.ofSeconds(30));
        endpoint = "http://127.0.0.1:" + port;
    }

    /** Starts dynalite once and points {@code aws.endpointUrlDynamoDb} at it. */
    public static synchronized DynaliteStandIn get() {
        if (instance == null) {
            try {
                instance = new DynaliteStandIn();
            } catch (IOException e) {
                throw new IllegalStateException("dynalite did not start", e);
            }
        }
        AwsTestEnvironment.endpoint("aws.endpointUrlDynamoDb", instance.endpoint);
        return instance;
    }

    /** The node process's id, for benchmarks that tell the stand-in's CPU from the service's. */
    public long pid() {
        return process.pid();
    }

    public String endpoint() {
        return endpoint;
    }
}
