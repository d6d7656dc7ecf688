package com.collectiq.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import com.collectiq.testsupport.LocalDatabaseUrl;

/**
 * A second `local` process on a data directory another one holds: the database's real refusal, from
 * a process that has it open (H2's own shell), is reported as a data directory in use.
 */
class DataDirInUseAnalyzerTest {

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsTheDataDirectoryInUse(@TempDir Path dataDir) throws Exception {
        String url = LocalDatabaseUrl.forDataDir(dataDir);
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.h2.tools.Shell", "-url", url, "-user", "collectiq",
                "-password", "")).redirectErrorStream(true).start();
        try (Writer in = holder.outputWriter(StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                        StandardCharsets.UTF_8))) {
            in.write("SELECT 'open' AS HELD;\n");
            in.flush();
            String line = out.readLine();
            while (line != null && !line.contains("open")) {
                line = out.readLine();
            }
            assertThat(line).as("the shell opened the database").isNotNull();

            SQLException refused = catchThrowableOfType(() -> DriverManager.getConnection(url, "collectiq", ""),
                    SQLException.class);
            FailureAnalysis analysis = new DataDirInUseAnalyzer().analyze(new IllegalStateException("start", refused));

            assertThat(analysis.getDescription()).startsWith("Another process holds the local data directory's database open")
                    .contains(dataDir.toString());
            assertThat(analysis.getAction()).contains("COLLECTIQ_DATA_DIR");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void otherDatabaseFailuresAreLeftToSpringBoot() {
        assertThat(new DataDirInUseAnalyzer().analyze(new SQLException("Wrong user name or password", "28000", 28000)))
                .isNull();
    }

    @Test
    void itIsRegisteredWithSpringBoot() throws IOException {
        List<String> registered = new ArrayList<>();
        for (URL factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties each = PropertiesLoaderUtils.loadProperties(new UrlResource(factories));
            registered.addAll(List.of(each.getProperty(FailureAnalyzer.class.getName(), "").split(",")));
        }

        assertThat(registered).contains(DataDirInUseAnalyzer.class.getName());
    }
}
