package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.LocalDatabaseUrl;

/**
 * A commit of {@code local} mode's database is on disk when it returns: a process that commits
 * rows and is killed ({@code kill -9}) the instant it says so has lost none of them when the
 * database is opened again. H2's default write delay (500 ms) loses the last ones; the service's
 * URL turns it off. A process kill proves what survives the process, not a power loss.
 */
class H2CommitDurabilityTest {

    private static final int ROWS = 200;

    @Test
    void rowsCommittedRightBeforeAKillAreAllThereAfterIt(@TempDir Path dataDir) throws Exception {
        String url = LocalDatabaseUrl.forDataDir(dataDir);
        for (int round = 1; round <= 3; round++) {
            try (Connection db = DriverManager.getConnection(url, "collectiq", "")) {
                db.createStatement().execute("DROP TABLE IF EXISTS committed_rows");
                db.createStatement().execute("CREATE TABLE committed_rows (n INT PRIMARY KEY)");
            }
            commitThenKill(url, ROWS);
            try (Connection db = DriverManager.getConnection(url, "collectiq", "");
                    ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM committed_rows")) {
                count.next();
                assertThat(count.getInt(1)).as("rows committed before kill %d found after it", round).isEqualTo(ROWS);
            }
        }
    }

    private static void commitThenKill(String url, int rows) throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommittedRowsWriter.class.getName(), url,
                Integer.toString(rows))).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(CommittedRowsWriter.DONE)) {
                    child.destroyForcibly();
                    break;
                }
                seen.append(line).append('\n');
            }
            assertThat(child.waitFor()).as("the writer was killed, not ended:\n%s", seen).isNotZero();
        }
    }
}
