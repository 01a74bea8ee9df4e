package io.github.vodclient.internal.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodParseException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.job.VodJob;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class JobReaderTest {

    @Test
    void fromItem_customAttributesOfEveryType_becomePlainJavaValues() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("guid", AttributeValue.fromS("g-1"));
        item.put("count", AttributeValue.fromN("12"));
        item.put("big", AttributeValue.fromN("123456789012345678901234567890"));
        item.put("score", AttributeValue.fromN("4.5"));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("tags", AttributeValue.fromSs(List.of("a", "b")));
        item.put("sizes", AttributeValue.fromNs(List.of("1", "2")));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
        item.put("nested", AttributeValue.fromM(Map.of("on", AttributeValue.fromBool(true))));

        Map<String, Object> custom = JobReader.fromItem(item).custom();

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("count", 12);
        expected.put("big", new BigInteger("123456789012345678901234567890"));
        expected.put("score", 4.5);
        expected.put("nothing", null);
        expected.put("tags", List.of("a", "b"));
        expected.put("sizes", List.of(1, 2));
        expected.put("blob", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        expected.put("nested", Map.of("on", true));
        assertEquals(expected, custom);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(custom.keySet()));
    }

    @Test
    void fromItem_numberAsString_isReadLikeTheMessageParserDoes() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("guid", AttributeValue.fromS("g-1"));
        item.put("srcHeight", AttributeValue.fromS("720"));
        item.put("frameCapture", AttributeValue.fromS("true"));
        item.put("archiveSource", AttributeValue.fromBool(false));

        VodJob job = JobReader.fromItem(item);

        assertEquals(720, job.workflow().srcHeight().getAsInt());
        assertEquals(Optional.of(true), job.workflow().frameCapture());
        assertEquals(Optional.of("DISABLED"), job.workflow().archiveSource());
    }

    @Test
    void fromItem_withoutGuid_isRejected() {
        VodParseException e = assertThrows(VodParseException.class,
                () -> JobReader.fromItem(Map.of("workflowStatus", AttributeValue.fromS("Complete"))));
        assertEquals("item.guid is missing", e.getMessage());
    }

    @Test
    void fromSqsBody_notAnObject_isRejected() {
        assertEquals("body must be a JSON object, was an array",
                assertThrows(VodParseException.class, () -> JobReader.fromSqsBody("[]")).getMessage());
        assertTrue(assertThrows(VodParseException.class, () -> JobReader.fromSqsBody("{\"guid\":"))
                .getMessage().startsWith("body is not valid JSON"));
    }

    @Test
    void eventParser_srcMediainfoOfAnyType_isStillIgnoredInEvents() {
        String body = "{\"workflowStatus\":\"Complete\",\"guid\":\"g-1\",\"srcMediainfo\":{\"not\":\"a string\"}}";

        CompleteEvent event = (CompleteEvent) VodEventParser.create().parseTrustedSqsBody(body);

        assertEquals("g-1", event.guid());
        assertEquals(Map.of(), event.custom());
    }

    @Test
    void projection_leavesOutTheLargeMapsAndNamesEveryAttributeByPlaceholder() {
        JobProjection projection = JobProjection.of(List.of("title", "encodingJob", "name"));

        assertTrue(projection.names().containsValue("title"));
        assertTrue(projection.names().containsValue("name"));
        assertTrue(projection.names().containsValue("srcMediainfo"));
        assertTrue(!projection.names().containsValue("encodingJob") && !projection.names().containsValue(
                "encodingOutput"));
        for (String part : projection.expression().split(",")) {
            assertTrue(projection.names().containsKey(part), part);
        }
        assertArrayEquals(projection.names().keySet().stream().sorted().toArray(),
                List.of(projection.expression().split(",")).stream().sorted().toArray());
    }
}
