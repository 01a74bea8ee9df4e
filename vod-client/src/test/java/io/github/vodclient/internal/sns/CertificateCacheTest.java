package io.github.vodclient.internal.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
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
    void get_fetchFails_failureCachedBrieflyThenFetchedAgain() {
        AtomicInteger calls = new AtomicInteger();
        CertificateCache cache = new CertificateCache(url -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("connection reset");
            }
            return PEM;
        }, 4, Duration.ofHours(1), nanos::get);

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> cache.get(A));
        SnsVerificationException again = assertThrows(SnsVerificationException.class, () -> cache.get(A));

        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, e.reason());
        assertSame(e, again);
        assertEquals(1, calls.get());
        nanos.addAndGet(SnsVerifier.CERTIFICATE_FAILURE_TTL.toNanos());
        cache.get(A);
        assertEquals(2, calls.get());
    }

    @Test
    void get_manyFailedUrls_evictedBeforeTheGoodCertificate() {
        CertificateCache cache = new CertificateCache(url -> {
            fetches.incrementAndGet();
            if (!url.equals(A)) {
                throw new IOException("HTTP 404");
            }
            return PEM;
        }, 2, Duration.ofHours(1), nanos::get);
        cache.get(A);

        for (int i = 0; i < 20; i++) {
            nanos.incrementAndGet();
            URI forged = URI.create("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f" + i + ".pem");
            assertThrows(SnsVerificationException.class, () -> cache.get(forged));
        }
        cache.get(A);

        assertEquals(21, fetches.get());
        assertEquals(2, cache.size());
    }

    @Test
    void get_sourceThrowsUndeclaredCheckedException_waitersReleasedAsUnavailable() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CertificateCache cache = new CertificateCache(url -> {
            fetches.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw sneaky(new Exception("checked, undeclared"));
        }, 4, Duration.ofHours(1));
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread worker = new Thread(() -> {
                try {
                    cache.get(A);
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            workers.add(worker);
            worker.start();
        }
        awaitParked(workers);
        release.countDown();
        for (Thread worker : workers) {
            worker.join(5_000);
        }

        assertTrue(workers.stream().noneMatch(Thread::isAlive), "a waiter still blocks");
        assertEquals(4, failures.size());
        for (Throwable failure : failures) {
            assertEquals(Reason.CERTIFICATE_UNAVAILABLE, ((SnsVerificationException) failure).reason());
            assertTrue(failure.getMessage().contains("checked, undeclared"), failure.getMessage());
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void get_causeWithoutMessage_messageNamesTheCauseType() {
        CertificateCache cache = new CertificateCache(url -> {
            // what the JDK HttpClient throws for a host that does not resolve: no message at either level
            throw (IOException) new java.net.ConnectException().initCause(
                    new java.nio.channels.UnresolvedAddressException());
        }, 4, Duration.ofHours(1), nanos::get);

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> cache.get(A));

        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().endsWith(
                ": java.net.ConnectException caused by java.nio.channels.UnresolvedAddressException"), e.getMessage());
    }

    @Test
    void get_moreDistinctUrlsAtOnceThanTheFetchLimit_extraCallersAnsweredUnavailableWithoutFetching()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CertificateCache cache = new CertificateCache(url -> {
            fetches.incrementAndGet();
            peak.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            concurrent.decrementAndGet();
            return PEM;
        }, 64, Duration.ofHours(1));
        List<Thread> loaders = new ArrayList<>();
        for (int i = 0; i < SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES; i++) {
            URI url = URI.create("https://sns.us-west-2.amazonaws.com/SimpleNotificationService-l" + i + ".pem");
            Thread loader = new Thread(() -> cache.get(url));
            loaders.add(loader);
            loader.start();
        }
        awaitParked(loaders);

        SnsVerificationException e = assertThrows(SnsVerificationException.class, () -> cache.get(B));
        release.countDown();
        for (Thread loader : loaders) {
            loader.join(5_000);
        }

        assertEquals(Reason.CERTIFICATE_UNAVAILABLE, e.reason());
        assertEquals(SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES, fetches.get());
        assertEquals(SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES, peak.get());
        cache.get(B);
        assertEquals(SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES + 1, fetches.get());
    }

    private static void awaitParked(List<Thread> threads) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                || t.getState() == Thread.State.TIMED_WAITING) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
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
