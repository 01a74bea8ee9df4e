package io.github.vodclient.examples.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;

/**
 * A real S3 endpoint on 127.0.0.1 (S3Proxy): SigV4 checked on every request and presigned URL (a wrong signature,
 * signed header or an expired URL gets 403), objects stored as files under a directory, and CORS answered as a
 * bucket configured for browser uploads answers it (see {@link #serverProperties}).
 */
final class LocalS3 implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 30_000;

    private final S3Proxy proxy;
    private final URI endpoint;

    private LocalS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    static LocalS3 start(Path directory, String accessKey, String secretKey) throws Exception {
        Properties properties = serverProperties(accessKey, secretKey);
        properties.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        properties.setProperty("jclouds.identity", accessKey);
        properties.setProperty("jclouds.credential", secretKey);
        S3Proxy proxy = S3Proxy.Builder.fromProperties(properties)
                .blobStore(BlobStores.create("filesystem", properties))
                .stopTimeout(0) // no graceful drain: clients may keep idle connections open
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.currentTimeMillis() > deadline) {
                proxy.stop();
                throw new IllegalStateException("S3Proxy did not start within " + START_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(10); // S3Proxy offers no start callback; its own JUnit extension polls the same way
        }
        return new LocalS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /**
     * S3Proxy's own settings, as its properties file names them: SigV4 (and V2) checked with the stack's
     * credentials, and CORS as a bucket whose CORS configuration lets a web page upload straight into it
     * ({@code AllowedOrigins *}, every method a presigned upload uses, every request header, and {@code ETag}
     * exposed, which a browser doing multipart needs to complete the upload).
     */
    static Properties serverProperties(String accessKey, String secretKey) {
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:0");
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", accessKey);
        properties.setProperty("s3proxy.credential", secretKey);
        properties.setProperty("s3proxy.ignore-unknown-headers", "true");
        properties.setProperty("s3proxy.cors-allow-origins", "*");
        properties.setProperty("s3proxy.cors-allow-methods", "GET HEAD PUT POST DELETE");
        properties.setProperty("s3proxy.cors-allow-headers", "*");
        properties.setProperty("s3proxy.cors-exposed-headers", "ETag");
        return properties;
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
