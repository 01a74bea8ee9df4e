package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unauthenticated input must not cost many times its size in heap before anything checks it: {@code vod verify} and
 * {@code vod parse} of a 5.5 MB body whose bulk is {@code "pad":[{},{},...]} run in a child JVM limited to 96 MB
 * (the body and its decoded text alone take 11 MB) and end with a clean result, never an OutOfMemoryError.
 */
class PaddedInputMemoryTest {

    private static final String MESSAGE = "test-notification-signature-v2.json";
    private static final String PEM = "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";
    private static final String SENT_PLUS_A_MINUTE = "2026-03-06T20:01:26Z";
    private static final int PADDED_BYTES = 5_500_000;

    @TempDir
    Path dir;

    /** Exit code and output of one run of the tool in its own JVM. */
    record Run(int exit, String out, String err) {
    }

    private String resource(String name) throws IOException {
        try (InputStream in = PaddedInputMemoryTest.class.getResourceAsStream(
                "/io/github/vodclient/sns/sns-real/awsv2/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The JSON object with {@code "pad":[{},{},...]} inserted first, to about {@link #PADDED_BYTES}. */
    private Path padded(String name, String json) throws IOException {
        StringBuilder body = new StringBuilder(PADDED_BYTES + json.length());
        body.append("{\"pad\":[{}");
        while (body.length() < PADDED_BYTES) {
            body.append(",{}");
        }
        body.append("],").append(json.substring(json.indexOf('{') + 1));
        Path file = dir.resolve(name);
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    private Run vod(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx96m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                VodCli.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "vod did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void verifyAndParse_paddedSignedEnvelopeIn96MbHeap_verifyAndParseWithoutRunningOutOfMemory() throws Exception {
        Path pem = dir.resolve(PEM);
        Files.writeString(pem, resource(PEM));
        Path body = padded("padded-envelope.json", resource(MESSAGE));
        assertTrue(Files.size(body) >= PADDED_BYTES);

        Run verify = vod("verify", "--signing-cert", pem.toString(), "--at", SENT_PLUS_A_MINUTE, body.toString());
        Run parse = vod("parse", body.toString());

        assertFalse(verify.err().contains("OutOfMemoryError"), verify.err());
        assertEquals(0, verify.exit(), verify.err());
        assertTrue(verify.out().startsWith("{\"verified\":true"), verify.out());
        assertFalse(parse.err().contains("OutOfMemoryError"), parse.err());
        assertEquals(0, parse.exit(), parse.err());
        assertTrue(parse.out().contains("\"messageId\""), parse.out());
    }

    @Test
    void verifyAndParse_paddedBodyThatIsNoEnvelopeIn96MbHeap_typedErrorAndExit2() throws Exception {
        Path body = padded("padded-message.json", "{\"workflowStatus\":\"Complete\",\"guid\":\"g-1\"}");

        Run verify = vod("verify", body.toString());
        Run parse = vod("parse", body.toString());

        assertFalse(verify.err().contains("OutOfMemoryError"), verify.err());
        assertEquals(2, verify.exit(), verify.err());
        assertTrue(verify.err().contains("not an SNS envelope"), verify.err());
        assertFalse(parse.err().contains("OutOfMemoryError"), parse.err());
        assertEquals(2, parse.exit(), parse.err());
        assertTrue(parse.err().contains("larger than the limit"), parse.err());
    }
}
