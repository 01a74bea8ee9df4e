package io.github.vodclient.internal.event;

import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.internal.JacksonFloor;

/** The builder behind {@link VodEventParser#builder()}: mutable, not thread-safe, checks each limit as it is given. */
public final class VodEventParserBuilder implements VodEventParser.Builder {
    private int maxInputBytes = VodEventParser.DEFAULT_MAX_INPUT_BYTES;
    private int maxMessageBytes = VodEventParser.DEFAULT_MAX_MESSAGE_BYTES;

    @Override
    public VodEventParserBuilder maxInputBytes(int maxInputBytes) {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be at least 1, was " + maxInputBytes);
        }
        this.maxInputBytes = maxInputBytes;
        return this;
    }

    @Override
    public VodEventParserBuilder maxMessageBytes(int maxMessageBytes) {
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be at least 1, was " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
        return this;
    }

    /** The input limit as set (a {@code VodClient} applies the same limits to its deliveries). */
    public int maxInputBytes() {
        return maxInputBytes;
    }

    /** The message limit as set. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    @Override
    public VodEventParser build() {
        JacksonFloor.check();
        return new EventReader(maxInputBytes, maxMessageBytes);
    }
}
