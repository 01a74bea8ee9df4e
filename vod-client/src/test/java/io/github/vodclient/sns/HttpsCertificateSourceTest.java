package io.github.vodclient.sns;

import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.testing.internal.TestCertificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.vodclient.internal.sns.HttpsCertificateSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default HTTPS certificate source against a local HTTPS server on 127.0.0.1. */
class HttpsCertificateSourceTest {

    private static final int LIMIT = 1024;
    private static final byte[] PEM = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes();

    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpsServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        TestCertificate tls = TestCertificate.issue("localhost", "ip:127.0.0.1,dns:localhost",
                Instant.now().minus(Duration.ofDays(1)), 3);
        char[] password = "test".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("tls", tls.privateKey(), password, new Certificate[] {tls.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("tls", tls.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/big") ? new byte[LIMIT + 1] : PEM;
            int status = 200;
            if (path.equals("/missing")) {
                status = 404;
            } else if (path.equals("/redirect")) {
                status = 302;
                exchange.getResponseHeaders().add("Location", "/ok");
            } else if (path.equals("/elsewhere")) {
                status = 302;
                exchange.getResponseHeaders().add("Location",
                        "https://localhost:" + server.getAddress().getPort() + "/ok");
            } else if (path.equals("/slow")) {
                try {
                    releaseSlow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, path.equals("/big") ? 0 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        client = HttpClient.newBuilder().sslContext(clientTls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private HttpsCertificateSource source() {
        return new HttpsCertificateSource(client, Duration.ofSeconds(2), LIMIT);
    }

    @Test
    void fetch_certificate_returnsBody() throws IOException {
        assertArrayEquals(PEM, source().fetch(url("/ok")));
    }

    @Test
    void fetch_publicFactoryWithCallerClient_returnsBody() throws IOException {
        assertArrayEquals(PEM, CertificateSource.https(client).fetch(url("/ok")));
    }

    @Test
    void fetch_sourceWithItsOwnClient_createsTheClientOnFirstFetchOnly() throws IOException {
        AtomicInteger created = new AtomicInteger();
        HttpsCertificateSource source = new HttpsCertificateSource(() -> {
            created.incrementAndGet();
            return client;
        }, Duration.ofSeconds(2), LIMIT);

        assertEquals(0, created.get(), "a source that has not fetched yet must not have created its client");
        assertArrayEquals(PEM, source.fetch(url("/ok")));
        assertArrayEquals(PEM, source.fetch(url("/ok")));
        assertEquals(1, created.get());
    }

    @Test
    void fetch_bodyOverLimit_failsWhileReading() {
        IOException e = assertThrows(IOException.class, () -> source().fetch(url("/big")));

        assertTrue(e.getMessage().contains("larger than " + LIMIT), e.getMessage());
    }

    @Test
    void fetch_notFound_fails() {
        IOException e = assertThrows(IOException.class, () -> source().fetch(url("/missing")));

        assertTrue(e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void fetch_redirect_notFollowed() {
        assertThrows(IOException.class, () -> source().fetch(url("/redirect")));

        assertEquals(1, requests.get());
    }

    @Test
    void fetch_callerClientFollowsRedirectToAnotherHost_refused() {
        HttpClient following = HttpClient.newBuilder().sslContext(client.sslContext())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();

        IOException e = assertThrows(IOException.class,
                () -> CertificateSource.https(following).fetch(url("/elsewhere")));

        assertTrue(e.getMessage().contains("redirected"), e.getMessage());
        assertEquals(2, requests.get());
    }

    @Test
    void fetch_serverTooSlow_failsAfterTimeout() {
        HttpsCertificateSource source = source();
        URI slow = url("/slow");
        long start = System.nanoTime();

        assertThrows(IOException.class, () -> source.fetch(slow));

        // the server holds the response for 10 s; the 2 s deadline must end the wait long before
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void fetch_plainHttp_refusedWithoutRequest() {
        URI http = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ok");

        assertThrows(IOException.class, () -> source().fetch(http));
        assertEquals(0, requests.get());
    }
}
