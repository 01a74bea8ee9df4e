package io.github.vodclient.examples.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC example on H2 in PostgreSQL mode (what the demo and the runnable examples default to). */
class JdbcVideoRepositoryH2Test extends JdbcVideoRepositoryTest {

    @Override
    DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        return dataSource;
    }
}
