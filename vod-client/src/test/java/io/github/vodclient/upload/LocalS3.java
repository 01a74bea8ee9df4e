package io.github.vodclient.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 for tests: S3Proxy (SigV4 presigned URLs validated), in memory, path-style, fixed fake credentials. */
final class LocalS3 {
    static final String ACCESS_KEY = "AKIAVODCLIENTTEST";
    static final String SECRET_KEY = "vod-client-test-secret";
    static final String BUCKET = "vod-source";

    private LocalS3() {
    }

    static S3ProxyExtension extension() {
        return S3ProxyExtension.builder()
                .withCredentials(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .withBlobStoreProvider("transient")
                .build();
    }

    static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    /** A client for the test's own checks, with the bucket created. */
    static S3Client clientWithBucket(S3ProxyExtension proxy) {
        S3Client client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(proxy.getUri())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(credentials())
                .build();
        client.createBucket(b -> b.bucket(BUCKET));
        return client;
    }

    /** A {@link VodUploads} builder for the proxy; the instance creates its own AWS clients. */
    static VodUploads.Builder uploads(S3ProxyExtension proxy) {
        return VodUploads.builder()
                .bucket(BUCKET)
                .endpointOverride(proxy.getUri())
                .region(Region.US_EAST_1)
                .pathStyle(true)
                .credentialsProvider(credentials());
    }

    /**
     * PUTs a body with plain java.net.http, as an uploader would; Content-Length comes from the body. A new client
     * per request: each test has its own S3Proxy, and a connection S3Proxy closed after a refusal is not reused.
     */
    static HttpResponse<String> put(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
