package io.github.vodclient.internal;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * The two deadlines of every call made with an AWS client the library creates: the whole call (every attempt and
 * the backoff between them) and each attempt. The SDK's defaults set neither, so one call against an endpoint that
 * accepts connections and never answers ran for minutes, long after a Lambda had been killed.
 *
 * @param apiCall the deadline of one call, all attempts included
 * @param attempt the deadline of one attempt
 */
public record CallDeadlines(Duration apiCall, Duration attempt) {

    /**
     * Validates that both deadlines are positive.
     *
     * @param apiCall the deadline of one call
     * @param attempt the deadline of one attempt
     */
    public CallDeadlines {
        positive(apiCall, "apiCallTimeout");
        positive(attempt, "apiCallAttemptTimeout");
    }

    /**
     * The deadlines a builder ends up with: what the caller set, each unset one (null) from the defaults.
     *
     * @param apiCall the caller's whole-call deadline, or null
     * @param attempt the caller's attempt deadline, or null
     * @param defaults the part's defaults
     * @return the deadlines
     */
    public static CallDeadlines of(Duration apiCall, Duration attempt, CallDeadlines defaults) {
        return new CallDeadlines(apiCall != null ? apiCall : defaults.apiCall(),
                attempt != null ? attempt : defaults.attempt());
    }

    /** The SDK configuration that applies both deadlines. */
    public ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(apiCall).apiCallAttemptTimeout(attempt).build();
    }

    /** Checks a builder's timeout argument, naming the setting. */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
