package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.UploadValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowStartTest {

    private static UploadValidationException rejected(String key, Object value) {
        return assertThrows(UploadValidationException.class,
                () -> WorkflowStart.builder("in/a.mp4").custom(key, value).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "status", "year", "Name", "STATUS", "Year", "size", "comment", "user"})
    void build_dynamoDbReservedWord_rejectedNamingTheKey(String key) {
        UploadValidationException e = rejected(key, "x");

        assertEquals("custom." + key, e.field());
        assertTrue(e.getMessage().contains("DynamoDB reserved word"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"srcVideo", "SrcVideo", "guid", "workflowStatus", "hlsUrl", "archiveSource",
        "FrameCapture", "jobTemplate_1080p", "egressEndpoints"})
    void build_pipelineKey_rejectedNamingTheKey(String key) {
        UploadValidationException e = rejected(key, "x");

        assertEquals("custom." + key, e.field());
        assertTrue(e.getMessage().contains("the pipeline writes itself"), e.getMessage());
    }

    @Test
    void build_firstLetterCaseCollision_rejectedNamingBothKeys() {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> WorkflowStart.builder("in/a.mp4").custom("title", "a").custom("Title", "b").build());

        assertEquals("custom.Title: collides with 'title': the pipeline lower-cases the first letter, so both"
                + " become 'title'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"video-id", "video.id", "1st", "_x", "a b", ""})
    void build_keyNotABareAttributeName_rejected(String key) {
        assertEquals("custom." + key, rejected(key, "x").field());
    }

    @Test
    void build_unsupportedValues_rejectedNamingThePath() {
        assertEquals("custom.when", rejected("when", new Object()).field());
        assertEquals("custom.tags[1]", rejected("tags", Arrays.asList("a", null)).field());
        assertEquals("custom.score", rejected("score", Double.NaN).field());
        Map<Object, Object> nested = new HashMap<>();
        nested.put(1, "x");
        assertEquals("custom.info", rejected("info", nested).field());
    }

    @Test
    void build_validKeys_keptInOrderAndCopied() {
        List<String> tags = new java.util.ArrayList<>(List.of("a"));
        WorkflowStart start = WorkflowStart.builder("in/a.mp4").custom("videoId", "42").custom("Title", "T")
                .custom("tags", tags).custom("ratingScore", 4).build();
        tags.add("b");

        assertEquals(List.of("videoId", "Title", "tags", "ratingScore"), List.copyOf(start.custom().keySet()));
        assertEquals(List.of("a"), start.custom().get("tags"));
        assertEquals("in/a.mp4.json", start.metadataKey());
        assertEquals("{\"srcVideo\":\"in/a.mp4\",\"videoId\":\"42\",\"Title\":\"T\",\"tags\":[\"a\"],"
                + "\"ratingScore\":4}", start.toJson());
    }

    @Test
    void builder_srcVideoIsMetadataFile_rejected() {
        assertEquals("srcVideo", assertThrows(UploadValidationException.class,
                () -> WorkflowStart.builder("in/a.json")).field());
    }
}
