package com.collectiq.card.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The child process of {@link H2CommitDurabilityTest}: opens the database at the URL it is given,
 * commits rows into its {@code committed_rows} table one transaction each (as the service's stores do), says so on its output and waits
 * to be killed.
 */
final class CommittedRowsWriter {

    static final String DONE = "committed";

    private CommittedRowsWriter() {
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "collectiq", "")) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO committed_rows (n) VALUES (?)")) {
                for (int n = 0; n < rows; n++) {
                    insert.setInt(1, n);
                    insert.executeUpdate();
                }
            }
            System.out.println(DONE);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
