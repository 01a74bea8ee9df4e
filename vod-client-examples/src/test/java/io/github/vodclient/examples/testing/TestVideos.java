package io.github.vodclient.examples.testing;

import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import java.time.Clock;
import java.util.UUID;

/** A fresh in-memory H2 database (PostgreSQL mode) with the example's {@code videos} table. */
public final class TestVideos {
    /** The key of the samples' source video. */
    public static final String SAMPLE_KEY = "uploads/My Video (1).mp4";
    /** The job guid in the samples. */
    public static final String SAMPLE_GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    private final JdbcVideoRepository videos = new JdbcVideoRepository(new JdbcUrlDataSource(url, null, null),
            Clock.systemUTC());

    public TestVideos() {
        videos.createSchema();
    }

    /** The JDBC URL, for handlers configured from the environment. */
    public String url() {
        return url;
    }

    public JdbcVideoRepository videos() {
        return videos;
    }

    /** A JDBC URL that fails on connect (the database does not exist): a repository that is down. */
    public static String unreachableUrl() {
        return "jdbc:h2:mem:missing-" + UUID.randomUUID() + ";IFEXISTS=TRUE";
    }
}
