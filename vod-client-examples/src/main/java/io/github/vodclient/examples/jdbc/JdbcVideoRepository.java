package io.github.vodclient.examples.jdbc;

import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * A {@link VideoRepository} over a SQL table with plain JDBC: the application's own {@code videos} table, with the
 * three columns the library needs ({@code status}, {@code job_guid}, {@code job_started_at}) next to the
 * application's.
 *
 * <p>{@link #apply(VideoUpdate)} is one conditional {@code UPDATE}: it changes the row only if it still holds the
 * state the update was computed from, so racing deliveries cannot overwrite a newer state. Playback URLs are kept
 * from the previous job until a new job completes, so a re-uploaded video stays playable while it re-encodes.
 * The SQL runs on PostgreSQL and H2. Thread-safe (a connection per call from the {@link DataSource}).
 */
public final class JdbcVideoRepository implements VideoRepository {
    private static final String COLUMNS = "id, title, source_key, status, job_guid, job_started_at, hls_url, "
            + "thumbnail_url, duration_millis, width, height, error_message, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * Creates the repository.
     *
     * @param dataSource where the {@code videos} table is
     * @param clock the clock for {@code updated_at}
     */
    public JdbcVideoRepository(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the {@code videos} table if it does not exist. Safe to call from several consumers starting at once:
     * on PostgreSQL, {@code CREATE TABLE IF NOT EXISTS} racing another one fails ("relation already exists", "type
     * already exists" for the table's row type, or a unique violation in the catalog) instead of waiting, so a creation that lost that race is run again and then
     * finds the table.
     */
    public void createSchema() {
        String sql;
        try (InputStream in = JdbcVideoRepository.class.getResourceAsStream("schema.sql")) {
            sql = new String(Objects.requireNonNull(in, "schema.sql").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                return;
            } catch (SQLException e) {
                if (attempt == 5 || !lostCreationRace(e)) {
                    throw new IllegalStateException("cannot create the videos table: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * PostgreSQL's SQL states for a table or index created concurrently: duplicate table, duplicate object (the
     * table's row type), unique violation (in the catalog).
     */
    private static boolean lostCreationRace(SQLException e) {
        return "42P07".equals(e.getSQLState()) || "42710".equals(e.getSQLState()) || "23505".equals(e.getSQLState());
    }

    /**
     * The application's step 1: a new video row, before its file is uploaded.
     *
     * @param id the application's id
     * @param title the title
     * @param sourceKey the key the file will be uploaded under
     */
    public void create(String id, String title, String sourceKey) {
        update("INSERT INTO videos (id, title, source_key, status, updated_at) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, id);
            ps.setString(2, title);
            ps.setString(3, sourceKey);
            ps.setString(4, EncodingStatus.NEW.name());
            ps.setObject(5, now());
        });
    }

    /**
     * Reads one video.
     *
     * @param id the application's id
     * @return the row, or empty
     */
    public Optional<Video> find(String id) {
        return query("SELECT " + COLUMNS + " FROM videos WHERE id = ?", id).map(JdbcVideoRepository::video);
    }

    @Override
    public Optional<VideoState> findBySourceKey(String sourceKey) {
        return query("SELECT " + COLUMNS + " FROM videos WHERE source_key = ?", sourceKey).map(Row::state);
    }

    @Override
    public Optional<VideoState> findByJobGuid(String jobGuid) {
        return query("SELECT " + COLUMNS + " FROM videos WHERE job_guid = ?", jobGuid).map(Row::state);
    }

    @Override
    public boolean apply(VideoUpdate u) {
        VideoState next = u.next();
        VideoState expected = u.expected();
        String sql = "UPDATE videos SET status = ?, job_guid = ?, job_started_at = ?, "
                + "hls_url = COALESCE(?, hls_url), thumbnail_url = COALESCE(?, thumbnail_url), "
                + "duration_millis = COALESCE(?, duration_millis), width = COALESCE(?, width), "
                + "height = COALESCE(?, height), error_message = ?, last_message = ?, updated_at = ? "
                + "WHERE id = ? AND status = ? AND job_guid IS NOT DISTINCT FROM ? "
                + "AND job_started_at IS NOT DISTINCT FROM ?";
        return update(sql, ps -> {
            ps.setString(1, next.status().name());
            setString(ps, 2, next.jobGuid());
            setTime(ps, 3, next.jobStartedAt());
            setString(ps, 4, u.playback().preferredHls().map(MediaUrl::toString));
            setString(ps, 5, u.thumbnail().map(MediaUrl::toString));
            setLong(ps, 6, u.duration().map(Duration::toMillis));
            setInt(ps, 7, u.width());
            setInt(ps, 8, u.height());
            setString(ps, 9, u.error().flatMap(e -> e.errorMessage()));
            ps.setString(10, u.event().rawMessage());
            ps.setObject(11, now());
            ps.setString(12, u.videoId());
            ps.setString(13, expected.status().name());
            setString(ps, 14, expected.jobGuid());
            setTime(ps, 15, expected.jobStartedAt());
        }) == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Optional<Row> query(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Row.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("video query failed: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("video update failed: " + e.getMessage(), e);
        }
    }

    private static void setString(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(i, value.get());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    private static void setTime(PreparedStatement ps, int i, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            ps.setObject(i, OffsetDateTime.ofInstant(value.get(), ZoneOffset.UTC));
        } else {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(i, value.get());
        } else {
            ps.setNull(i, Types.BIGINT);
        }
    }

    private static void setInt(PreparedStatement ps, int i, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(i, value.getAsInt());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static Video video(Row r) {
        return new Video(r.id, r.title, r.sourceKey, r.status, Optional.ofNullable(r.jobGuid),
                Optional.ofNullable(r.jobStartedAt), Optional.ofNullable(r.hlsUrl).map(URI::create),
                Optional.ofNullable(r.thumbnailUrl).map(URI::create),
                r.durationMillis == null ? Optional.empty() : Optional.of(Duration.ofMillis(r.durationMillis)),
                r.width == null ? OptionalInt.empty() : OptionalInt.of(r.width),
                r.height == null ? OptionalInt.empty() : OptionalInt.of(r.height),
                Optional.ofNullable(r.errorMessage), r.updatedAt);
    }

    /** One row as read. */
    private static final class Row {
        String id;
        String title;
        String sourceKey;
        EncodingStatus status;
        String jobGuid;
        Instant jobStartedAt;
        String hlsUrl;
        String thumbnailUrl;
        Long durationMillis;
        Integer width;
        Integer height;
        String errorMessage;
        Instant updatedAt;

        static Row read(ResultSet rs) throws SQLException {
            Row r = new Row();
            r.id = rs.getString("id");
            r.title = rs.getString("title");
            r.sourceKey = rs.getString("source_key");
            r.status = EncodingStatus.valueOf(rs.getString("status"));
            r.jobGuid = rs.getString("job_guid");
            OffsetDateTime started = rs.getObject("job_started_at", OffsetDateTime.class);
            r.jobStartedAt = started == null ? null : started.toInstant();
            r.hlsUrl = rs.getString("hls_url");
            r.thumbnailUrl = rs.getString("thumbnail_url");
            r.durationMillis = (Long) rs.getObject("duration_millis", Long.class);
            r.width = (Integer) rs.getObject("width", Integer.class);
            r.height = (Integer) rs.getObject("height", Integer.class);
            r.errorMessage = rs.getString("error_message");
            r.updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
            return r;
        }

        VideoState state() {
            return new VideoState(id, status, Optional.ofNullable(jobGuid), Optional.ofNullable(jobStartedAt));
        }
    }
}
