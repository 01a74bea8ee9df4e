package io.github.vodclient.event;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vodclient.VodParseException;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of every parser entry point: whatever the input, the only exception that may escape is
 * {@link VodParseException}. Any other throwable (a NullPointerException, a Jackson exception, an
 * OutOfMemoryError, a StackOverflowError) is a finding and fails the build.
 *
 * <p>The seed corpus in {@code VodEventParserFuzzTestInputs/} holds real deliveries built from the pipeline's
 * fixtures, so mutations start from deep inside the format. The build runs this in fuzzing mode for a fixed
 * number of executions (see the surefire configuration); {@code JAZZER_FUZZ} unset replays the seeds only.
 */
class VodEventParserFuzzTest {
    private static final VodEventParser PARSER = VodEventParser.builder()
            .maxInputBytes(64 * 1024)
            .maxMessageBytes(32 * 1024)
            .build();

    @FuzzTest(maxExecutions = 100_000)
    void anyEntryPoint_anyInput_onlyParseExceptionEscapes(FuzzedDataProvider data) {
        int entryPoint = data.consumeInt(0, 7);
        if (entryPoint == 0) {
            byte[] bytes = data.consumeRemainingAsBytes();
            call(() -> PARSER.parse(bytes));
            call(() -> PARSER.parse(new ByteArrayInputStream(bytes)));
            return;
        }
        String subject = entryPoint == 7 ? data.consumeString(80) : null;
        String text = data.consumeRemainingAsString();
        switch (entryPoint) {
            case 1: call(() -> PARSER.parse(text)); break;
            case 2: call(() -> PARSER.parseLambdaSnsEvent(text)); break;
            case 3: call(() -> PARSER.parseLambdaSqsEvent(text)); break;
            case 4: call(() -> PARSER.parseTrustedSnsEnvelope(text)); break;
            case 5: call(() -> PARSER.parseTrustedSqsBody(text)); break;
            case 6: call(() -> PARSER.parseMessage(text)); break;
            default: call(() -> PARSER.parseMessage(text, subject)); break;
        }
    }

    private static void call(Runnable parse) {
        try {
            parse.run();
        } catch (VodParseException expected) {
            // the one documented failure
        }
    }
}
