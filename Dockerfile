# CollectIQ service image: `docker build -t collectiq .` (or `buildah bud`); `.ci/container-check`
# builds and runs it in CI. Stage `build` compiles the jar (Java 17 bytecode, the project's floor);
# stage `runtime` is a Java 25 JRE with the jar and its libraries in layers of their own and an AOT
# cache (JEP 483/514: classes loaded and linked, method profiles) made by a training run.

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies resolve in their own layer, so a change under src/ does not download them again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
# -DskipTests also skips the test-only npm install, so this stage needs no Node; maven.test.skip
# leaves the tests uncompiled (the image needs none, and javac over the test classpath can exhaust
# the build container's open-file limit).
# The build makes the jar in Spring Boot's extracted layout: target/collectiq-*.jar, whose
# manifest names its libraries in target/lib/ (pom.xml, maven-dependency-plugin).
RUN mvn -B -q package -DskipTests -Dmaven.test.skip=true \
 && mv target/collectiq-*.jar target/app.jar

FROM eclipse-temurin:25.0.3_9-jre AS runtime
# A fixed UID/GID, so volume ownership and runAsNonRoot-style policies can rely on the number.
RUN groupadd --gid 10001 collectiq \
 && useradd --uid 10001 --gid 10001 --home-dir /data --no-create-home \
      --shell /usr/sbin/nologin collectiq \
 && mkdir -p /data \
 && chown 10001:10001 /data

# aws is the production mode; local mode's data (and nothing else) lives under /data. Two malloc
# arenas instead of glibc's eight per core: with some 150 threads, the arenas' retained memory was
# resident memory no heap flag reaches (PipelineBench sets the same).
ENV SPRING_PROFILES_ACTIVE=aws \
    COLLECTIQ_DATA_DIR=/data \
    MALLOC_ARENA_MAX=2

WORKDIR /app
# Least to most often changed, so a code change ships as one small layer.
COPY --from=build /build/target/lib/ ./lib/
COPY --from=build /build/target/app.jar ./
# The JVM's flags, for the training run below and the ENTRYPOINT alike (sizing: the file's comments).
COPY src/main/docker/jvm.options ./

# AOT cache training run (JEP 514's one step: the JVM records the run, then writes the cache on
# exit): start the context once in aws mode, the image's mode (no server, no connections: the JVM
# exits right after the refresh). The cache maps classes from jars only, which is why the service
# runs as app.jar + lib/ rather than as a fat jar or exploded classes; its class path and JVM must
# match the ENTRYPOINT's, or the JVM starts without the cache (container-check counts the classes
# that came from it); so must its flags (the collector above all), which is why both read
# jvm.options. The region and the resource names are placeholders the beans need to be created; the
# context exits on refresh, before anything is called.
RUN AWS_REGION=us-east-1 \
    COLLECTIQ_AWS_UPLOADS_BUCKET=aot-training \
    COLLECTIQ_AWS_WORK_QUEUE_URL=http://127.0.0.1:9/aot-training \
    COLLECTIQ_AWS_DEAD_LETTER_QUEUE_URL=http://127.0.0.1:9/aot-training-dlq \
    COLLECTIQ_AWS_EVENT_BUS_NAME=aot-training \
    COLLECTIQ_AUTH_ISSUER_URI=http://127.0.0.1:9/aot-training \
    COLLECTIQ_AUTH_CLIENT_IDS=aot-training \
    COLLECTIQ_SIGNING_SECRET=aot-training-placeholder-not-a-secret \
    java @/app/jvm.options -XX:AOTCacheOutput=/app/app.aot \
      -Dspring.context.exit=onRefresh -jar /app/app.jar > /tmp/training.log 2>&1 \
      || { cat /tmp/training.log; exit 1; } \
 && test -s /app/app.aot \
 && rm -rf /tmp/* /tmp/.[!.]*

USER 10001:10001
# The only writable places: local mode's data and the JVM's / Tomcat's temporary files. With these
# two mounted, the container runs with a read-only root file system.
VOLUME ["/data", "/tmp"]
EXPOSE 8080

# The probe is a JDK-only class in the jar: the runtime image needs no curl or shell for it.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-cp", "/app/app.jar", "com.collectiq.platform.health.HealthProbe"]

# Exec form: the JVM is PID 1 and gets SIGTERM itself, so Spring's graceful shutdown drains.
# Heap, collector and the other memory ceilings: jvm.options (the heap follows the container's limit).
# JavaCPP unpacks the native libraries (FFmpeg for HEIC, Tesseract in local mode) on first use: into
# /tmp, the one place that is writable in both modes (aws tasks mount no /data).
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/app.aot", "-Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp", "-jar", "/app/app.jar"]

# Last, so a new revision or build time does not invalidate the cached layers above.
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="collectiq" \
      org.opencontainers.image.description="Values collectible trading cards from a photo: Apache Camel on Spring Boot" \
      org.opencontainers.image.vendor="CollectIQ" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="eclipse-temurin:25.0.3_9-jre"
