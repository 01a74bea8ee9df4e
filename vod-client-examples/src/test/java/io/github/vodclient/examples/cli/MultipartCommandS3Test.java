package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import io.github.vodclient.testing.LocalVodStack;
import io.github.vodclient.testing.LocalVodStackExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The multipart commands end to end against the local stack's S3 server (S3Proxy; one stack for the run), with the
 * part PUTs done by java.net.http. Each test has a bucket of its own.
 */
class MultipartCommandS3Test {
    private static final String ACCESS_KEY = LocalVodStack.ACCESS_KEY_ID;
    private static final String SECRET_KEY = LocalVodStack.SECRET_ACCESS_KEY;
    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    static final LocalVodStackExtension STACK = LocalVodStackExtension.perRun();

    private final String bucket = "multipart-" + UUID.randomUUID();
    private URI endpoint;

    private S3Client s3;
    private final byte[] file = new byte[11 * MIB];

    @BeforeEach
    void setUp(LocalVodStack stack) {
        endpoint = stack.s3Endpoint();
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint)
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY))).build();
        s3.createBucket(b -> b.bucket(bucket));
        new Random(3).nextBytes(file);
    }

    @AfterEach
    void tearDown() {
        s3.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private CliRun vod(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bucket", bucket, "--endpoint", endpoint.toString(), "--path-style"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void multipart_startUrlsComplete_objectHasTheFile() throws Exception {
        Map<String, String> started = flat(vod("multipart", "start", "--video-id", "7", "--file-name", "Big File.mp4",
                "--file-size", String.valueOf(file.length), "--part-size", String.valueOf(5 * MIB)).out());
        assertEquals("video/7/Big-File.mp4", started.get("key"));
        assertEquals("3", started.get("partCount"));
        String[] upload = {"--key", started.get("key"), "--upload-id", started.get("uploadId"), "--file-size",
            started.get("fileSize"), "--part-size", started.get("partSize")};

        String urls = vod(concat(new String[] {"multipart", "urls"}, upload)).out();
        List<String> etags = new ArrayList<>();
        for (Map<String, String> part : parts(urls)) {
            int offset = Integer.parseInt(part.get("offset"));
            byte[] slice = Arrays.copyOfRange(file, offset, offset + Integer.parseInt(part.get("size")));
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(part.get("url"))).PUT(HttpRequest.BodyPublishers.ofByteArray(slice)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode());
            etags.add(response.headers().firstValue("ETag").orElseThrow());
        }
        CliRun completed = vod(concat(new String[] {"multipart", "complete", "--part", "1=" + etags.get(0),
            "--part", "2=" + etags.get(1), "--part", "3=" + etags.get(2)}, upload));

        assertEquals("{\"bucket\":\"" + bucket + "\",\"key\":\"video/7/Big-File.mp4\",\"parts\":3}",
                completed.out().strip());
        assertArrayEquals(file, s3.getObjectAsBytes(b -> b.bucket(bucket).key("video/7/Big-File.mp4"))
                .asByteArray());
    }

    @Test
    void multipart_startThenAbort_noUploadLeft() throws IOException {
        Map<String, String> started = flat(vod("multipart", "start", "--key", "in/a.mp4", "--file-size", "100").out());

        CliRun aborted = vod("multipart", "abort", "--key", "in/a.mp4", "--upload-id", started.get("uploadId"));

        assertTrue(aborted.out().contains("\"aborted\":\"" + started.get("uploadId") + "\""), aborted.out());
        assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().isEmpty());
    }

    @Test
    void multipart_completeWithPartMissing_exit2() throws IOException {
        Map<String, String> started = flat(vod("multipart", "start", "--key", "in/a.mp4", "--file-size",
                String.valueOf(11 * MIB), "--part-size", String.valueOf(5 * MIB)).out());

        CliRun run = CliRun.of("multipart", "complete", "--bucket", bucket, "--endpoint",
                endpoint.toString(), "--path-style", "--key", "in/a.mp4", "--upload-id",
                started.get("uploadId"), "--file-size", String.valueOf(11 * MIB), "--part-size",
                String.valueOf(5 * MIB), "--part", "1=\"abc\"", "--part", "3=\"def\"");

        assertEquals(2, run.exitCode());
        assertEquals("error: parts: part 2 is missing", run.err().strip());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The top-level string and number fields of a JSON object. */
    private static Map<String, String> flat(String json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isStructStart()) {
                    p.skipChildren();
                } else {
                    fields.put(name, p.getText());
                }
            }
        }
        return fields;
    }

    /** The "parts" array of 'multipart urls' output, each part's scalar fields. */
    private static List<Map<String, String>> parts(String json) throws IOException {
        List<Map<String, String>> parts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("parts")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> part = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            if (p.nextToken().isStructStart()) {
                                p.skipChildren();
                            } else {
                                part.put(name, p.getText());
                            }
                        }
                        parts.add(part);
                    }
                }
            }
        }
        return parts;
    }
}
