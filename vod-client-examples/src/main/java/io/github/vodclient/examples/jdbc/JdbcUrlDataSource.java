package io.github.vodclient.examples.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest {@link DataSource}: a new {@link DriverManager} connection per call, for one JDBC URL. It keeps the
 * examples free of a pool library; in a long-running server use a pool (HikariCP, your framework's), and in Lambda
 * consider RDS Proxy. The driver is found by its URL ({@code jdbc:h2:} is bundled with the examples; add
 * {@code org.postgresql:postgresql} for {@code jdbc:postgresql:}). Thread-safe.
 */
public final class JdbcUrlDataSource implements DataSource {
    /** The variable holding the JDBC URL of the videos database. */
    public static final String URL_VARIABLE = "JDBC_URL";

    /** An in-memory H2 database in PostgreSQL mode, kept until the JVM exits: for trying the examples out. */
    public static final String IN_MEMORY_H2 = "jdbc:h2:mem:vod;DB_CLOSE_DELAY=-1;MODE=PostgreSQL";

    private final String url;
    private final Properties credentials = new Properties();

    /**
     * Creates the data source; connects to nothing yet.
     *
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     */
    public JdbcUrlDataSource(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    /**
     * Reads {@code JDBC_URL} (required), {@code JDBC_USER} and {@code JDBC_PASSWORD}.
     *
     * @param environment the variables, for example {@code System.getenv()}
     * @return the data source
     * @throws IllegalStateException when {@code JDBC_URL} is not set
     */
    public static JdbcUrlDataSource fromEnvironment(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: the JDBC URL of the videos database, "
                    + "for example jdbc:postgresql://db.example.com/app");
        }
        return new JdbcUrlDataSource(url, environment.get("JDBC_USER"), environment.get("JDBC_PASSWORD"));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is global; nothing to set per data source
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
