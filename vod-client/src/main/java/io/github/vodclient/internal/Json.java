package io.github.vodclient.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The library's one Jackson configuration, for reading and writing alike. Every input is size-checked before it is
 * parsed, so the string limit adds nothing and is lifted; nesting and number length stay bounded, because a few
 * bytes of {@code [[[[...} or digits cost stack or CPU out of proportion to their size. Built on first use, not
 * when a reader class loads.
 */
public final class Json {
    /** Deepest nesting accepted; the deepest real input (the solution's SQS body) nests about 12 levels. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    // Created when this class initialises, on the first factory() call: the constants above are compile-time
    // constants, inlined where they are used, so nothing else loads this class (no holder class needed).
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    private Json() {
    }

    /**
     * The shared factory.
     *
     * @return the factory; thread-safe
     */
    public static JsonFactory factory() {
        return FACTORY;
    }
}
