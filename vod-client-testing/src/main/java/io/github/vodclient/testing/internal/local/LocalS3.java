package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real S3 endpoint on 127.0.0.1 (S3Proxy, run as a separate process from the jars nested in the kit): SigV4 checked
 * on every request and presigned URL (a wrong signature, signed header or an expired URL gets 403), objects stored
 * as files under a directory, CORS open to every origin (browsers upload with presigned URLs).
 */
public final class LocalS3 implements AutoCloseable {
    /** S3Proxy's command-line entry point (its {@code Main-Class}); it reads a properties file. */
    static final String MAIN_CLASS = "org.gaul.s3proxy.Main";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final JavaServerProcess server;

    private LocalS3(JavaServerProcess server) {
        this.server = server;
    }

    static LocalS3 start(Path directory, String accessKey, String secretKey) throws IOException, InterruptedException {
        Path data = Files.createDirectories(directory.resolve("data"));
        Path configuration = directory.resolve("s3proxy.properties");
        String classPath = S3ProxyJars.directory().resolve("*").toString();
        return new LocalS3(JavaServerProcess.start("S3Proxy", classPath, MAIN_CLASS, port -> {
            writeConfiguration(configuration, port, data, accessKey, secretKey);
            return List.of("--properties", configuration.toString());
        }, directory, directory.resolve("s3proxy.log"), START_TIMEOUT_MILLIS));
    }

    private static void writeConfiguration(Path file, int port, Path data, String accessKey, String secretKey) {
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", accessKey);
        properties.setProperty("s3proxy.credential", secretKey);
        properties.setProperty("s3proxy.ignore-unknown-headers", "true");
        // CORS as a bucket configured for browser uploads answers it: any origin, every method a presigned upload
        // uses, every request header, and ETag exposed (a browser doing multipart needs it to complete the upload).
        properties.setProperty("s3proxy.cors-allow-origins", "*");
        properties.setProperty("s3proxy.cors-allow-methods", "GET HEAD PUT POST DELETE");
        properties.setProperty("s3proxy.cors-allow-headers", "*");
        properties.setProperty("s3proxy.cors-exposed-headers", "ETag");
        properties.setProperty("jclouds.provider", "filesystem");
        properties.setProperty("jclouds.identity", accessKey);
        properties.setProperty("jclouds.credential", secretKey);
        properties.setProperty("jclouds.filesystem.basedir", data.toAbsolutePath().toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "the local stack's S3 server");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return server.endpoint();
    }

    /**
     * The server's process, to check that it has ended.
     *
     * @return its handle
     */
    public ProcessHandle processHandle() {
        return server.processHandle();
    }

    @Override
    public void close() {
        server.close();
    }
}
