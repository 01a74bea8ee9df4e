package io.github.vodclient.internal.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.VodParseException;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.VodEventParser;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.testing.TestItems;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
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
    void fromItem_everyAttributeTypeThePipelineWrites_readsLikeTheSameJsonBody() {
        String json = "{\"guid\":\"g-1\",\"workflowStatus\":\"Complete\",\"srcVideo\":\"a b.mp4\","
                + "\"startTime\":\"2025-09-01T12:00:01.512Z\",\"EndTime\":\"2025-09-01 12:01.5\",\"srcWidth\":1920,"
                + "\"srcHeight\":\"1080\",\"encodingProfile\":1080.0,\"frameCapture\":true,\"archiveSource\":false,"
                + "\"jobTemplate\":7,\"mp4Urls\":[\"https://d/a.mp4\"],\"thumbNailUrl\":\"https://d/t.jpg\","
                + "\"egressEndpoints\":{\"HLS\":\"https://e/i.m3u8\",\"DASH\":\"https://e/i.mpd\"},"
                + "\"errorMessage\":null,\"srcMediainfo\":\"{\\\"container\\\":{\\\"duration\\\":21.021}}\","
                + "\"encodingJob\":{\"Settings\":[1,2]},\"title\":\"T\",\"count\":12,\"long\":12345678901,"
                + "\"big\":123456789012345678901234567890,\"score\":4.5,\"flag\":false,\"nothing\":null,"
                + "\"tags\":[\"a\",1,true,null,[],{}],\"nested\":{\"on\":true,\"list\":[{\"n\":-2.25}]},\"empty\":{}}";

        VodJob fromBody = JobReader.fromSqsBody(json);
        VodJob fromItem = JobReader.fromItem(TestItems.fromPlainJson(json));

        assertEquals(fromBody, fromItem);
        assertEquals(List.copyOf(fromBody.custom().keySet()), List.copyOf(fromItem.custom().keySet()));
        assertEquals(12345678901L, fromItem.custom().get("long"));
        assertEquals(Optional.of("7"), fromItem.workflow().jobTemplate());
        assertEquals(2, fromItem.playback().egressEndpoints().size());
        assertTrue(fromItem.mediaInfo().isPresent());
    }

    @Test
    void fromItem_wrongTypes_failWithTheMessagesOfTheSameJsonBody() {
        for (String json : List.of("{\"guid\":[\"g\"]}", "{\"guid\":\"g\",\"srcWidth\":\"wide\"}",
                "{\"guid\":\"g\",\"srcWidth\":99999999999}", "{\"guid\":\"g\",\"frameCapture\":\"yes\"}",
                "{\"guid\":\"g\",\"mp4Urls\":[\"u\",1]}", "{\"guid\":\"g\",\"egressEndpoints\":{\"HLS\":{}}}",
                "{\"guid\":\"g\",\"startTime\":1}", "{\"guid\":\"g\",\"srcMediainfo\":{\"video\":[]}}",
                "{\"guid\":\"g\",\"srcMediainfo\":\"{\\\"video\\\":[{\\\"width\\\":\\\"w\\\"}]}\"}")) {
            String fromBody = assertThrows(VodParseException.class, () -> JobReader.fromSqsBody(json)).getMessage();
            String fromItem = assertThrows(VodParseException.class,
                    () -> JobReader.fromItem(TestItems.fromPlainJson(json))).getMessage();

            assertTrue(fromBody.startsWith("body."), fromBody);
            assertEquals(fromBody.replace("body.", "item."), fromItem, json);
        }
    }

    @Test
    void fromItem_beyondTheJsonReadersLimits_isRejected() {
        AttributeValue deep = AttributeValue.fromS("x");
        for (int i = 0; i < 100; i++) {
            deep = AttributeValue.fromL(List.of(deep));
        }
        Map<String, AttributeValue> deepItem = Map.of("guid", AttributeValue.fromS("g"), "deep", deep);
        Map<String, AttributeValue> longNumber = Map.of("guid", AttributeValue.fromS("g"),
                "n", AttributeValue.fromN("1".repeat(101)));

        assertTrue(assertThrows(VodParseException.class, () -> JobReader.fromItem(deepItem)).getMessage()
                .endsWith(" is nested more than 100 levels deep"));
        assertEquals("item.n is a number longer than 100 characters",
                assertThrows(VodParseException.class, () -> JobReader.fromItem(longNumber)).getMessage());
        assertEquals("item.n is not a number", assertThrows(VodParseException.class,
                () -> JobReader.fromItem(Map.of("guid", AttributeValue.fromS("g"), "n", AttributeValue.fromN("1x"))))
                .getMessage());
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
    void projectionNames_leaveOutTheLargeMapsAndNameEveryAttributeByPlaceholder() {
        Map<String, String> names = DefaultVodJobs.projectionNames(List.of("title", "encodingJob", "name"));

        assertTrue(names.containsValue("title"));
        assertTrue(names.containsValue("name"));
        assertTrue(names.containsValue("srcMediainfo"));
        assertTrue(!names.containsValue("encodingJob") && !names.containsValue("encodingOutput"));
        int i = 0;
        for (String placeholder : names.keySet()) {
            assertEquals("#a" + i++, placeholder);
        }
        assertEquals(names.size(), new HashSet<>(names.values()).size());
    }
}
