package io.github.vodclient.examples.jdbc;

import io.github.vodclient.examples.testing.LocalPostgres;
import javax.sql.DataSource;

/** The JDBC example on a real PostgreSQL server, started by the test (see {@link LocalPostgres}). */
class JdbcVideoRepositoryPostgresTest extends JdbcVideoRepositoryTest {

    @Override
    DataSource dataSource() {
        return LocalPostgres.dataSource();
    }
}
