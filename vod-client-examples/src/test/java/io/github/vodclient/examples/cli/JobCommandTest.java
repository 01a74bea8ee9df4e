package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.testing.LocalVodStackExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** {@code vod job} against the local stack's DynamoDB Local (one stack for the run), with a table of its own. */
class JobCommandTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";

    @RegisterExtension
    static final LocalVodStackExtension STACK = LocalVodStackExtension.perRun();

    private static String endpoint;

    @BeforeAll
    static void startTable(LocalVodStack stack) throws Exception {
        endpoint = stack.dynamoDbEndpoint().toString();
        // The command uses the SDK's default credentials chain, whose first source is these system properties.
        System.setProperty("aws.accessKeyId", "AKIAFAKEFAKEFAKE");
        System.setProperty("aws.secretAccessKey", "fake-secret");
        // DynamoDB Local keeps tables per access key and region: the same fake key as the command's.
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(java.net.URI.create(endpoint))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAFAKEFAKEFAKE", "fake-secret")))
                .build()) {
            client.createTable(r -> r.tableName("vod-stack").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("guid")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("guid").keyType(KeyType.HASH).build()));
            Map<String, AttributeValue> item = item();
            client.putItem(r -> r.tableName("vod-stack").item(item));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void job_existingGuid_printsTheJobWithNormalisedMediaInfo() {
        Result result = run("job", GUID, "--table", "vod-stack", "--endpoint", endpoint, "--region", "us-east-1");

        assertEquals(0, result.exit, result.err);
        Map<?, ?> job = (Map<?, ?>) parse(result.out);
        assertEquals(GUID, job.get("guid"));
        assertEquals("COMPLETE", job.get("status"));
        assertEquals("uploads/My Video (1).mp4", job.get("srcVideo"));
        assertEquals("vod-stack-source71e471f1-1k2l3m4n5o6p", job.get("srcBucket"));
        assertEquals("2025-09-01T12:00:01.512Z", job.get("startTime"));
        assertEquals("2025-09-01T12:00:46.512Z", job.get("endTime"));
        assertEquals("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID + "/hls/My%20Video%20(1).m3u8",
                job.get("hlsUrl"));
        assertEquals(List.of("https://d1a2b3c4d5e6f7.cloudfront.net/" + GUID
                + "/thumbnails/My%20Video%20(1)_thumb.0000004.jpg"), job.get("thumbnailUrls"));
        Map<?, ?> info = (Map<?, ?>) job.get("mediaInfo");
        Map<?, ?> container = (Map<?, ?>) info.get("container");
        assertEquals("MPEG-4", container.get("format"));
        assertEquals(22145829L, container.get("fileSize"));
        assertEquals(21021L, container.get("durationMillis"));
        Map<?, ?> video = (Map<?, ?>) ((List<?>) info.get("video")).get(0);
        assertEquals("AVC", video.get("codec"));
        assertEquals(1920L, video.get("width"));
        assertEquals(1080L, video.get("height"));
        assertEquals(29.97, video.get("frameRate"));
        assertEquals(8L, video.get("bitDepth"));
        assertEquals("YUV 4:2:0", video.get("colorSpace"));
        Map<?, ?> audio = (Map<?, ?>) ((List<?>) info.get("audio")).get(0);
        assertEquals("AAC", audio.get("codec"));
        assertEquals(2L, audio.get("channels"));
        assertEquals(48000L, audio.get("samplingRate"));
    }

    @Test
    void job_unknownGuid_exits3WithErrorLine() {
        Result result = run("job", "no-such-guid", "--table", "vod-stack", "--endpoint", endpoint,
                "--region", "us-east-1");

        assertEquals(3, result.exit);
        assertEquals("", result.out);
        assertEquals("error: no job with guid no-such-guid in table vod-stack", result.err.strip());
    }

    @Test
    void job_unusableArguments_exit2WithErrorLine() {
        Result noTable = run("job", GUID, "--endpoint", endpoint);
        assertEquals(2, noTable.exit);
        assertTrue(noTable.err.startsWith("error: Missing required option: '--table=T'"), noTable.err);

        Result badTable = run("job", GUID, "--table", "x", "--endpoint", endpoint, "--region", "us-east-1");
        assertEquals(2, badTable.exit);
        assertTrue(badTable.err.startsWith("error: tableName must be 3 to 255 characters"), badTable.err);

        Result blankGuid = run("job", " ", "--table", "vod-stack", "--endpoint", endpoint, "--region", "us-east-1");
        assertEquals(2, blankGuid.exit);
        assertEquals("error: guid must not be blank", blankGuid.err.strip());
    }

    @Test
    void job_endpointThatNeverAnswers_endsWithin15SecondsWithOneErrorLine() throws Exception {
        List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());   // accepted, never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            Result result = assertTimeoutPreemptively(java.time.Duration.ofSeconds(15), () -> run("job", GUID,
                    "--table", "vod-stack", "--endpoint", "http://127.0.0.1:" + silent.getLocalPort(),
                    "--region", "us-east-1"));

            assertEquals(2, result.exit);
            assertEquals("", result.out);
            assertEquals(1, result.err.lines().count(), result.err);
            assertTrue(result.err.startsWith("error: "), result.err);
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
    }

    private static Result run(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.exitCode(), run.out(), run.err());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Map<String, AttributeValue> item() throws IOException {
        try (InputStream in = JobCommandTest.class.getResourceAsStream(
                "/io/github/vodclient/job/gen_A-video_dynamodb-item_final_attributevalue.json");
             JsonParser p = new JsonFactory().createParser(in)) {
            p.nextToken();
            return attributes(p);
        }
    }

    /** Low-level AttributeValue JSON, as GetItem returns it. */
    private static Map<String, AttributeValue> attributes(JsonParser p) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            p.nextToken();
            map.put(name, attribute(p));
        }
        return map;
    }

    private static AttributeValue attribute(JsonParser p) throws IOException {
        String type = p.nextFieldName();
        JsonToken t = p.nextToken();
        AttributeValue value;
        switch (type) {
            case "S": value = AttributeValue.fromS(p.getText()); break;
            case "N": value = AttributeValue.fromN(p.getText()); break;
            case "BOOL": value = AttributeValue.fromBool(t == JsonToken.VALUE_TRUE); break;
            case "M": value = AttributeValue.fromM(attributes(p)); break;
            case "L": {
                List<AttributeValue> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(attribute(p));
                }
                value = AttributeValue.fromL(list);
                break;
            }
            default: throw new IllegalArgumentException("type " + type);
        }
        p.nextToken();
        return value;
    }

    /** Plain JSON to Java values: numbers as Long or Double. */
    private static Object parse(String json) {
        try (JsonParser p = new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            Object value = value(p, p.nextToken());
            assertEquals(null, p.nextToken(), "one JSON object");
            return value;
        } catch (IOException e) {
            throw new AssertionError("output is not JSON: " + json, e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken item;
                while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, item));
                }
                return list;
            }
            case VALUE_NUMBER_INT: return p.getLongValue();
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return true;
            case VALUE_FALSE: return false;
            case VALUE_NULL: return null;
            default: return p.getText();
        }
    }
}
