package io.github.vodclient.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code vod local}: prints a working configuration, then each event as one line, until stopped. */
class LocalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void local_uploadWithPrintedConfiguration_printsIngestAsOneLineAndStopsOnInterrupt() throws Exception {
        LineQueue out = new LineQueue();
        LineQueue err = new LineQueue();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread cli = new Thread(() -> exit.complete(VodCli.run(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true), "local", "--stack-name", "vod-cli-local")));
        cli.start();
        try {
            StringBuilder printed = new StringBuilder();
            String line;
            do {
                line = err.lines.poll(60, TimeUnit.SECONDS);
                assertTrue(line != null, "no 'Ready' within 60 s: " + printed);
                printed.append(line).append('\n');
            } while (!line.startsWith("Ready."));
            URI s3Endpoint = URI.create(find(printed, "\\.s3Endpoint\\(URI\\.create\\(\"([^\"]+)\"\\)\\)"));
            String bucket = find(printed, "\\.sourceBucket\\(\"([^\"]+)\"\\)");
            assertEquals("vod-cli-local-source", bucket);

            try (S3Client s3 = S3Client.builder().endpointOverride(s3Endpoint).forcePathStyle(true)
                    .region(Region.US_EAST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            find(printed, "create\\(\\s*\"(AKIA[A-Z]+)\""),
                            find(printed, "\"AKIA[A-Z]+\", \"([^\"]+)\""))))
                    .build()) {
                s3.putObject(r -> r.bucket(bucket).key("uploads/clip.mp4"), RequestBody.fromString("not a video"));
            }

            String event = out.lines.poll(30, TimeUnit.SECONDS);
            assertTrue(event != null, "no event on stdout");
            JsonNode sns = JSON.readTree(event).get("Records").get(0).get("Sns");
            assertTrue(sns.get("Subject").asText().startsWith("Workflow Status:: Ingest:: "), event);
            assertEquals("uploads/clip.mp4", JSON.readTree(sns.get("Message").asText()).get("srcVideo").asText());
            String guid = JSON.readTree(sns.get("Message").asText()).get("guid").asText();

            // The printed commands run as printed, with the printed credentials (system properties stand in for the
            // exported variables; the region is the tool's default for a local endpoint).
            System.setProperty("aws.accessKeyId", find(printed, "export AWS_ACCESS_KEY_ID=(\\S+)"));
            System.setProperty("aws.secretAccessKey", find(printed, "AWS_SECRET_ACCESS_KEY=(\\S+)"));
            CliRun presign = CliRun.of(args(find(printed, "\\n    vod (presign [^\\n]+)")));
            assertEquals(0, presign.exitCode(), presign.err());
            assertTrue(presign.out().contains("\"url\":\"" + s3Endpoint + "/" + bucket + "/video/42/clip.mp4?"),
                    presign.out());
            CliRun job = CliRun.of(args(find(printed, "\\n    vod (job [^#\\n]+)").replace("GUID", guid)));
            assertEquals(0, job.exitCode(), job.err());
            assertEquals(guid, JSON.readTree(job.out()).get("guid").asText());
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            cli.interrupt();
        }
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    void local_private_printsKeyPairIdAndPrivateKeyFileDeletedOnStop() throws Exception {
        LineQueue err = new LineQueue();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread cli = new Thread(() -> exit.complete(VodCli.run(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new LineQueue(), true), new PrintWriter(err, true), "local", "--private",
                "--stack-name", "vod-cli-private")));
        cli.start();
        java.nio.file.Path keyFile;
        try {
            StringBuilder printed = new StringBuilder();
            String line;
            do {
                line = err.lines.poll(60, TimeUnit.SECONDS);
                assertTrue(line != null, "no 'Ready' within 60 s: " + printed);
                printed.append(line).append('\n');
            } while (!line.startsWith("Ready."));
            String keyPairId = find(printed, "private outputs +key pair id (K[A-Z2-7]{13}), private key ");
            keyFile = java.nio.file.Path.of(find(printed, "private key (\\S+\\.pem)"));
            assertTrue(java.nio.file.Files.readString(keyFile).startsWith("-----BEGIN PRIVATE KEY-----"));
            assertTrue(printed.toString().contains(".keyPairId(\"" + keyPairId + "\")"), printed.toString());
        } finally {
            cli.interrupt();
        }
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        assertTrue(!java.nio.file.Files.exists(keyFile), "the generated key is deleted when the stack stops");
    }

    private static String[] args(String commandLine) {
        return commandLine.strip().split(" +");
    }

    private static String find(CharSequence text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " not in: " + text);
        return m.group(1);
    }

    /** A writer that hands over each complete line as it is written. */
    private static final class LineQueue extends Writer {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringWriter partial = new StringWriter();

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines.add(partial.toString().replace("\r", ""));
                    partial.getBuffer().setLength(0);
                } else {
                    partial.write(buffer[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
