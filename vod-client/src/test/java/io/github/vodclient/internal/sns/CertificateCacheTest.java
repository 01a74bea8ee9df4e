package io.github.vodclient.internal.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.sns.CertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CertificateCacheTest {

    private static final byte[] PEM = resource(
            "/io/github/vodclient/sns/sns-real/awsv2/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem");
    private static final URI A = URI.create("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-a.pem");
    private static final URI B = URI.create("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-b.pem");
    private static final URI C = URI.create("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-c.pem");

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final CertificateSource counting = url -> {
        fetches.incrementAndGet();
        return PEM;
    };

    private static byte[] resource(String path) {
        try (InputStream in = CertificateCacheTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void get_sameUrlTwiceWithinTtl_fetchesOnce() {
        CertificateCache cache = new CertificateCache(counting, 4, Duration.ofMinutes(5), nanos::get);

        X509Certificate first = cache.get(A);
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());

        assertSame(first, cache.get(A));
        assertEquals(1, fetches.get());
    }

    @Test
    void get_afterTtl_fetchesAgain() {
        CertificateCache cache = new CertificateCache(counting, 4, Duration.ofMinutes(5), nanos::get);

        cache.get(A);
        nanos.addAndGet(Duration.ofMinutes(5).toNanos());
        cache.get(A);

        assertEquals(2, fetches.get());
    }

    @Test
    void get_moreUrlsThanMaxEntries_keepsAtMostMaxEntriesDroppingTheOldest() {
        CertificateCache cache = new CertificateCache(counting, 2, Duration.ofHours(1), nanos::get);

        cache.get(A);
        nanos.incrementAndGet();
        cache.get(B);
        nanos.incrementAndGet();
        cache.get(C);
        cache.get(C);
        cache.get(B);

        assertEquals(2, cache.size());
        assertEquals(3, fetches.get());
        cache.get(A);
        assertEquals(4, fetches.get());
    }

    @Test
    void get_fetchFails_failureNotCachedAndReportedAsUnavailable() {
        AtomicInteger calls = new AtomicInteger();
        CertificateCache cache = new CertificateCache(url -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("connection reset");
            }
            return PEM;
        }, 4, Duration.ofHours(1), nanos::get);

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> cache.get(A));

        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, e.reason());
        cache.get(A);
        assertEquals(2, calls.get());
    }

    @Test
    void get_manyThreadsAskAtOnce_fetchesOnceAndAllGetTheCertificate() throws Exception {
        int threads = 8;
        CountDownLatch release = new CountDownLatch(1);
        CertificateCache cache = new CertificateCache(url -> {
            fetches.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PEM;
        }, 4, Duration.ofHours(1));
        List<X509Certificate> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> results.add(cache.get(A)));
            workers.add(worker);
            worker.start();
        }
        // release the download only once every thread is parked: the loader in the source, the rest waiting on it
        // (without single-flight each would be parked inside the source, and fetches would equal threads)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!workers.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                || t.getState() == Thread.State.TIMED_WAITING) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread worker : workers) {
            worker.join(10_000);
        }

        assertEquals(1, fetches.get());
        assertEquals(threads, results.size());
        assertTrue(results.stream().allMatch(c -> c == results.get(0)));
    }
}
