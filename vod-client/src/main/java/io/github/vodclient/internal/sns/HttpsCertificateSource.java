package io.github.vodclient.internal.sns;

import io.github.vodclient.internal.Lazy;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Fetches certificates with the JDK HTTP client: no redirects (a response from any URL but the requested one is
 * refused, for a caller's client that follows them), a connect timeout, one deadline for the whole
 * response (headers and body, so a slow body cannot hold a thread), and a size limit enforced while reading.
 */
public final class HttpsCertificateSource implements CertificateSource {

    /** Connect timeout of the client this class creates. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Deadline for the whole response. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The caller's client, or ours, created on the first fetch: a verifier that never fetches never starts one. */
    private final Lazy<HttpClient> client;
    private final Duration timeout;
    private final int maxBytes;

    /** A source with the caller's client. */
    public HttpsCertificateSource(HttpClient client, Duration timeout, int maxBytes) {
        this(Lazy.of("certificate source", Objects.requireNonNull(client, "client"), null), timeout, maxBytes);
    }

    /** A source whose client the factory creates on the first fetch, once. */
    public HttpsCertificateSource(Supplier<HttpClient> factory, Duration timeout, int maxBytes) {
        this(Lazy.of("certificate source", factory), timeout, maxBytes);
    }

    private HttpsCertificateSource(Lazy<HttpClient> client, Duration timeout, int maxBytes) {
        this.client = client;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** A source with its own client, created on the first fetch. */
    public static HttpsCertificateSource create() {
        return new HttpsCertificateSource(() -> HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), DEFAULT_TIMEOUT, DEFAULT_MAX_CERTIFICATE_BYTES);
    }

    @Override
    public byte[] fetch(URI certificateUrl) throws IOException {
        if (!"https".equals(certificateUrl.getScheme())) {
            throw new IOException("refusing to fetch a certificate over " + certificateUrl.getScheme());
        }
        HttpRequest request = HttpRequest.newBuilder(certificateUrl).GET().timeout(timeout).build();
        CompletableFuture<HttpResponse<byte[]>> response =
                client.get().sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            HttpResponse<byte[]> r = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!r.uri().equals(request.uri())) {
                // a caller's client may follow redirects: the certificate must come from the checked SNS URL itself
                throw new IOException("certificate download was redirected to another URL; refused");
            }
            if (r.statusCode() != 200) {
                throw new IOException("certificate download answered HTTP " + r.statusCode());
            }
            return r.body();
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new IOException("certificate download took longer than " + timeout, e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading the certificate");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException ? (IOException) cause
                    : new IOException("certificate download failed: " + cause, cause);
        }
    }

    /** Collects a response body, failing as soon as it exceeds the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private byte[] buffer = new byte[4096];
        private int size;
        private Flow.Subscription subscription;

        LimitedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return; // over the limit already; whatever still arrives after cancel() is dropped
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (size + n > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("certificate is larger than " + maxBytes + " bytes"));
                    return;
                }
                if (size + n > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(maxBytes, Math.max(size + n, buffer.length * 2)));
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(Arrays.copyOf(buffer, size));
        }
    }
}
