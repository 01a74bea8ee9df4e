package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("samples");
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final Set<String> KEYS = Set.of("status", "rawStatus", "guid", "srcVideo", "srcBucket", "startTime",
            "endTime", "hlsUrl", "dashUrl", "mssUrl", "cmafHlsUrl", "cmafDashUrl", "mp4Urls", "thumbnailUrls",
            "egressEndpoints", "errorAt", "errorMessage", "errorDetails", "custom", "sns", "reason");
    private static final Set<String> URL_KEYS = Set.of("hlsUrl", "dashUrl", "mssUrl", "cmafHlsUrl", "cmafDashUrl");

    private static List<JsonNode> events(CliRun run) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode event = JSON.readTree(line);
            assertOnlyDocumentedKeys(event);
            events.add(event);
        }
        return events;
    }

    private static void assertOnlyDocumentedKeys(JsonNode event) {
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(KEYS.contains(name), "undocumented key " + name);
            if (URL_KEYS.contains(name)) {
                URI.create(event.get(name).asText());
            }
        }
        event.path("thumbnailUrls").forEach(url -> URI.create(url.asText()));
        event.path("mp4Urls").forEach(url -> URI.create(url.asText()));
        event.path("egressEndpoints").forEach(url -> URI.create(url.asText()));
    }

    @Test
    void parse_lambdaSnsComplete_printsOneCompleteEventWithValidUrls() throws IOException {
        CliRun run = CliRun.of("parse", SAMPLES.resolve("lambda-sns-complete.json").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<JsonNode> events = events(run);
        assertEquals(1, events.size());
        JsonNode event = events.get(0);
        assertEquals("COMPLETE", event.get("status").asText());
        assertEquals("Complete", event.get("rawStatus").asText());
        assertEquals(GUID, event.get("guid").asText());
        assertEquals("uploads/My Video (1).mp4", event.get("srcVideo").asText());
        assertEquals("2025-09-01T12:00:01.512Z", event.get("startTime").asText());
        assertEquals("2025-09-01T12:00:46.512Z", event.get("endTime").asText());
        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/hls/My%20Video%20(1).m3u8",
                event.get("hlsUrl").asText());
        assertEquals(1, event.get("thumbnailUrls").size());
        JsonNode sns = event.get("sns");
        assertEquals("arn:aws:sns:us-east-1:111122223333:vod-stack-Notifications", sns.get("topicArn").asText());
        assertEquals("Workflow Status:: Complete:: " + GUID, sns.get("subject").asText());
        assertEquals("2025-09-01T12:00:47.123Z", sns.get("timestamp").asText());
        assertFalse(sns.get("messageId").asText().isEmpty());
    }

    @Test
    void parse_snsHttpError_printsErrorDetailsWithoutSourceKey() throws IOException {
        JsonNode event = events(CliRun.of("parse", SAMPLES.resolve("sns-http-error.json").toString())).get(0);

        assertEquals("ERROR", event.get("status").asText());
        assertEquals("Encoding", event.get("errorAt").asText());
        assertTrue(event.get("errorMessage").asText().startsWith("Unable to open input file"));
        assertTrue(event.get("errorDetails").asText().startsWith("https://console.aws.amazon.com/mediaconvert/"));
        assertFalse(event.has("srcVideo"));
    }

    @Test
    void parse_solutionsOwnQueueBody_printsCompleteEventFromStdin() throws IOException {
        String body = Files.readString(SAMPLES.resolve("solution-sqs-body.json"));

        CliRun run = CliRun.withStdin(body, "parse", "-");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode event = events(run).get(0);
        assertEquals("COMPLETE", event.get("status").asText());
        assertFalse(event.has("custom"), "pipeline keys such as srcMediainfo are not custom metadata");
        assertFalse(event.has("sns"));
    }

    @Test
    void parse_batchWithBadRecord_printsGoodEventsReportsTheBadOneAndExitsOne() throws IOException {
        CliRun run = CliRun.of("parse", SAMPLES.resolve("lambda-sqs-batch.json").toString());

        assertEquals(1, run.exitCode());
        List<JsonNode> events = events(run);
        assertEquals(List.of("COMPLETE", "INGEST"), events.stream().map(e -> e.get("status").asText()).toList());
        assertEquals("Documentary", events.get(0).get("custom").get("genre").asText());
        assertEquals(4, events.get(0).get("egressEndpoints").size());
        assertEquals(1, run.errLines().size());
        assertTrue(run.errLines().get(0).startsWith(
                "error: record 1 (059f36b4-87a3-44ab-83d2-661975830a71): Records[1].body is not valid JSON"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"Records\": 3}", "[1, 2]", ""})
    void parse_unusableInput_exitsTwoWithOneErrorLineAndNoStackTrace(String input) {
        CliRun run = CliRun.withStdin(input, "parse");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("error: "), run.err());
    }

    @Test
    void parse_missingFile_exitsTwoNamingTheFile() {
        CliRun run = CliRun.of("parse", "no/such/file.json");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: no such file: no/such/file.json"), run.errLines());
    }

    @Test
    void unknownOption_exitsTwoWithAnErrorLine() {
        CliRun run = CliRun.of("parse", "--frobnicate");

        assertEquals(2, run.exitCode());
        assertEquals("error: unknown option '--frobnicate'", run.errLines().get(0));
    }

    @Test
    void unknownCommand_exitsTwoNamingItAndListingTheCommands() {
        CliRun run = CliRun.of("frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("error: unknown command 'frobnicate'; the commands of 'vod' are"
                + " parse, verify, presign, multipart, job, demo, local"), run.err());
    }

    @Test
    void parse_extraArgument_exitsTwoNamingIt() {
        CliRun run = CliRun.of("parse", "a.json", "b.json");

        assertEquals(2, run.exitCode());
        assertEquals("error: unexpected argument 'b.json'", run.errLines().get(0));
    }

    @Test
    void parse_emptyStandardInput_exitsTwoSayingItIsEmpty() {
        CliRun run = CliRun.withStdin("", "parse");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("error: standard input is empty: give a FILE, or pipe a delivery in"), run.errLines());
    }

    @Test
    void version_printsTheBuildsVersion() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().strip().matches("vod \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out());
    }

    @Test
    void help_describesTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("parse"), run.out());
    }
}
