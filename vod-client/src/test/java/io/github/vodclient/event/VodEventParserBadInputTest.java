package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.BatchResult;
import io.github.vodclient.VodParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Unusable input gets a {@link VodParseException} whose message names the problem. */
class VodEventParserBadInputTest {
    private final VodEventParser parser = VodEventParser.create();

    private static String message(Executable call) {
        return assertThrows(VodParseException.class, call).getMessage();
    }

    @Test
    void parse_null_namesTheInput() {
        assertEquals("input is null", message(() -> parser.parse((String) null)));
        assertEquals("input is null", message(() -> parser.parse((byte[]) null)));
        assertEquals("input is null", message(() -> parser.parse((InputStream) null)));
        assertEquals("message is null", message(() -> parser.parseMessage(null)));
    }

    @Test
    void parse_emptyOrBlank_saysAJsonObjectIsExpected() {
        assertEquals("input must be a JSON object, was missing", message(() -> parser.parse("")));
        assertEquals("input must be a JSON object, was missing", message(() -> parser.parse(" \n\t")));
        assertEquals("input must be a JSON object, was missing", message(() -> parser.parse(new byte[0])));
        assertEquals("message is empty", message(() -> parser.parseMessage("  ")));
    }

    @Test
    void parse_jsonThatIsNotAnObject_namesWhatItWas() {
        assertEquals("input must be a JSON object, was an array", message(() -> parser.parse("[]")));
        assertEquals("input must be a JSON object, was a string", message(() -> parser.parse("\"x\"")));
        assertEquals("input must be a JSON object, was null", message(() -> parser.parse("null")));
    }

    @Test
    void parse_truncatedDelivery_saysItIsNotValidJson() {
        String delivery = Deliveries.lambdaSns(Fixtures.published("gen_A-video_sns_complete.json"));

        String error = message(() -> parser.parse(delivery.substring(0, delivery.length() - 10)));

        assertTrue(error.startsWith("input is not valid JSON: Unexpected end-of-input"), error);
    }

    @Test
    void parse_garbageAfterTheObject_isRejected() {
        assertEquals("input has content after the end of the JSON object",
                message(() -> parser.parse("{\"status\":\"Ingest\"} {}")));
    }

    @Test
    void parseSnsEnvelope_messageOfTheWrongType_namesTheField() {
        String body = "{\"Type\":\"Notification\",\"TopicArn\":\"arn\",\"Message\":{\"guid\":\"g\"}}";

        assertEquals("input.Message must be a string, was an object", message(() -> parser.parseTrustedSnsEnvelope(body)));
    }

    @Test
    void parseSnsEnvelope_missingOrMalformedMetadata_namesTheField() {
        String noId = "{\"Type\":\"Notification\",\"TopicArn\":\"arn\",\"Message\":\"{}\",\"Timestamp\":\"2025-09-01T12:00:00Z\"}";
        String badTime = "{\"Type\":\"Notification\",\"MessageId\":\"m\",\"TopicArn\":\"arn\",\"Message\":\"{}\","
                + "\"Timestamp\":\"yesterday\"}";

        assertEquals("input.MessageId is missing", message(() -> parser.parseTrustedSnsEnvelope(noId)));
        assertEquals("input.Timestamp is not an ISO-8601 instant: 'yesterday'",
                message(() -> parser.parseTrustedSnsEnvelope(badTime)));
    }

    @Test
    void parse_recordsThatAreNotAnArray_isRejected() {
        assertEquals("Records must be an array, was an object", message(() -> parser.parse("{\"Records\":{}}")));
    }

    @Test
    void parseMessage_requiredFieldMissingOrOfTheWrongType_namesTheField() {
        assertEquals("message: Ingest message has no srcVideo",
                message(() -> parser.parseMessage("{\"status\":\"Ingest\",\"guid\":\"g\"}")));
        assertEquals("message: Error message has no guid",
                message(() -> parser.parseMessage("{\"workflowStatus\":\"Error\"}")));
        assertEquals("message.guid must be a string, was an array",
                message(() -> parser.parseMessage("{\"workflowStatus\":\"Complete\",\"guid\":[1]}")));
        assertEquals("message.srcWidth is out of range: 99999999999",
                message(() -> parser.parseMessage("{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"srcWidth\":99999999999}")));
        assertEquals("message.mp4Urls[1] must be a string, was a number",
                message(() -> parser.parseMessage("{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"mp4Urls\":[\"a\",2]}")));
        assertEquals("message.frameCapture must be true or false, was 'yes'",
                message(() -> parser.parseMessage("{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"frameCapture\":\"yes\"}")));
    }

    @Test
    void parse_deepNesting_isRejectedWithoutStackOverflow() {
        String deep = "{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"title\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";

        String error = message(() -> parser.parseMessage(deep));

        assertTrue(error.startsWith("message is not valid JSON: Document nesting depth"), error);
    }

    @Test
    void parse_invalidUtf8_namesTheByteOffset() {
        byte[] prefix = "{\"status\":\"Ingest\",\"guid\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        bytes[prefix.length + 2] = '"';

        assertEquals("input is not valid UTF-8 (at byte " + prefix.length + ")", message(() -> parser.parse(bytes)));
    }

    @Test
    void parse_fiftyMegabyteString_isRejectedBeforeParsing() {
        String huge = "{\"x\":\"" + "a".repeat(50 * 1024 * 1024) + "\"}";

        assertEquals("input is larger than the limit of 6291456 bytes", message(() -> parser.parse(huge)));
    }

    @Test
    void parse_streamLargerThanTheLimit_stopsReadingAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertEquals("input is larger than the limit of 6291456 bytes", message(() -> parser.parse(endless)));
    }

    @Test
    void parse_streamThatFails_reportsTheReadError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertEquals("input could not be read: connection reset", message(() -> parser.parse(failing)));
    }

    @Test
    void parse_messageOverTheSnsLimit_isRejectedButOtherRecordsStillParse() {
        String big = "{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"title\":\"" + "é".repeat(132_000) + "\"}";
        String small = Fixtures.text("gen_A-video_sns_ingest_message-body.json");

        BatchResult<VodEvent> batch = parser.parse(Deliveries.lambdaSqs(big, small));

        assertEquals("Records[0].body is larger than the limit of 262144 bytes",
                batch.failures().get(0).error().getMessage());
        assertEquals(1, batch.values().size());
    }

    @Test
    void parse_envelopeAroundAMessageOfTheMaximumSize_isAccepted() {
        String title = "a".repeat(VodEventParser.DEFAULT_MAX_MESSAGE_BYTES - 100);
        String message = "{\"workflowStatus\":\"Complete\",\"guid\":\"g\",\"title\":\"" + title + "\"}";
        String envelope = Deliveries.snsHttpBody(new Deliveries.Published("Workflow Status:: Complete:: g", message));

        BatchResult<VodEvent> batch = parser.parse(Deliveries.lambdaSqs(envelope));

        assertEquals(List.of(), batch.failures());
        assertEquals(title, ((CompleteEvent) batch.values().get(0)).custom().get("title"));
    }

    @Test
    void builder_nonPositiveLimits_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> VodEventParser.builder().maxInputBytes(0));
        assertThrows(IllegalArgumentException.class, () -> VodEventParser.builder().maxMessageBytes(-1));
    }

    @Test
    void parseLambdaEvent_moreRecordsThanALambdaEventCarries_rejectedNamingTheLimit() {
        String records = "{\"Records\":[" + "{},".repeat(10_000) + "{}]}";

        assertEquals("Records has more than 10000 records, the most a Lambda event carries",
                message(() -> parser.parse(records)));
        assertEquals(10_000, parser.parse("{\"Records\":[" + "{},".repeat(9_999) + "{}]}").failures().size());
    }
}
