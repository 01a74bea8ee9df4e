package io.github.vodclient.testing.internal.local;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the pipeline writes them: JavaScript's {@code toISOString()}, always with milliseconds. */
final class WorkflowClock {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private WorkflowClock() {
    }

    static String iso(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
