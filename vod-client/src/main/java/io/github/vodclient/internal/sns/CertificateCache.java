package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import io.github.vodclient.sns.SnsVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Parsed signing certificates per canonical URL: bounded, expiring, and loaded once when many threads ask for the
 * same URL at the same moment (the others wait for the one download). Thread-safe.
 *
 * <p>Outbound requests are bounded: at most {@value SnsVerifier#MAX_CONCURRENT_CERTIFICATE_FETCHES} downloads run
 * at once, and a caller that would start another is answered {@code CERTIFICATE_UNAVAILABLE} at once (SNS retries),
 * so a flood of forged deliveries naming fresh certificate ids cannot become a flood of requests or of blocked
 * threads. A failed load is remembered for {@link SnsVerifier#CERTIFICATE_FAILURE_TTL} (then tried again), and
 * failures are evicted before good certificates.
 *
 * <p>Every load completes its entry, whatever the source throws (a checked exception thrown undeclared, as Kotlin or
 * Lombok's {@code @SneakyThrows} do, included): waiters are always released.
 *
 * <p>Expiry runs on a monotonic ticker, not on the verifier's {@code Clock}: that clock may be fixed in the past to
 * verify captured messages, which must not make cache entries immortal.
 */
public final class CertificateCache {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";


    private final CertificateSource source;
    private final int maxEntries;
    private final long ttlNanos;
    private final long failureTtlNanos;
    private final LongSupplier ticker;
    private final Semaphore fetches = new Semaphore(SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES);
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    public CertificateCache(CertificateSource source, int maxEntries, Duration ttl) {
        this(source, maxEntries, ttl, System::nanoTime);
    }

    CertificateCache(CertificateSource source, int maxEntries, Duration ttl, LongSupplier ticker) {
        this.source = source;
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.failureTtlNanos = Math.min(ttlNanos, SnsVerifier.CERTIFICATE_FAILURE_TTL.toNanos());
        this.ticker = ticker;
    }

    /** The certificate at a canonical, validated URL. */
    public X509Certificate get(URI url) {
        long now = ticker.getAsLong();
        Entry current = entries.get(url);
        if (current != null && !expired(current, now)) {
            return await(current);
        }
        Entry mine = new Entry(now);
        Entry winner = entries.compute(url, (key, old) -> old != null && !expired(old, now) ? old : mine);
        if (winner == mine) {
            evictOverflow(url);
            load(url, mine);
        }
        return await(winner);
    }

    /** Loads into the entry, completing it on every path; only failures that say something about the URL stay. */
    private void load(URI url, Entry entry) {
        if (!fetches.tryAcquire()) {
            entries.remove(url, entry);
            entry.certificate.completeExceptionally(new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE,
                    "signing certificate not fetched: " + SnsVerifier.MAX_CONCURRENT_CERTIFICATE_FETCHES
                            + " certificate downloads are already in progress"));
            return;
        }
        try {
            entry.certificate.complete(parsePem(fetch(url)));
        } catch (SnsVerificationException e) {
            entry.certificate.completeExceptionally(e);
        } catch (Throwable e) {
            // An Error (or anything else) is not a fact about the URL: not cached, waiters released, rethrown here.
            entries.remove(url, entry);
            entry.certificate.completeExceptionally(unavailable(url, e));
            throw e;
        } finally {
            fetches.release();
        }
    }

    /** Parses exactly one PEM X.509 certificate with an RSA key, or fails with {@link Reason#UNTRUSTED_CERTIFICATE}. */
    private static X509Certificate parsePem(byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        int first = text.indexOf(BEGIN);
        if (first < 0 || !text.substring(0, first).isBlank() || text.indexOf(BEGIN, first + 1) >= 0) {
            throw untrusted("is not exactly one PEM certificate");
        }
        Collection<? extends Certificate> certificates;
        try {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
        } catch (CertificateException e) {
            throw new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE,
                    "signing certificate could not be parsed", e);
        }
        if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate)) {
            throw untrusted("is not exactly one X.509 certificate");
        }
        X509Certificate certificate = (X509Certificate) certificates.iterator().next();
        if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
            throw untrusted("does not have an RSA key");
        }
        return certificate;
    }

    private static SnsVerificationException untrusted(String what) {
        return new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE, "signing certificate " + what);
    }

    /** The source's bytes; any exception it throws, declared or not, becomes {@code CERTIFICATE_UNAVAILABLE}. */
    private byte[] fetch(URI url) {
        byte[] pem;
        try {
            pem = source.fetch(url);
        } catch (SnsVerificationException e) {
            throw e;
        } catch (Exception e) { // IOException, runtime exceptions, and checked exceptions thrown undeclared
            throw unavailable(url, e);
        }
        if (pem == null) {
            throw new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE, "certificate source returned nothing");
        }
        return pem;
    }

    private static SnsVerificationException unavailable(URI url, Throwable cause) {
        return new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE,
                "signing certificate could not be fetched from " + url + ": " + describe(cause), cause);
    }

    /**
     * The cause's message (with its type, unless it is an I/O failure); or, when it has none (the JDK client's
     * {@code ConnectException} for a host that does not resolve), its type and its own cause's, never "null".
     */
    static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message != null && !message.isBlank()) {
            // an I/O failure's message says enough ("HTTP 404"); anything else also needs its type
            return cause instanceof IOException ? message : cause.getClass().getName() + ": " + message;
        }
        Throwable inner = cause.getCause();
        return cause.getClass().getName() + (inner != null && inner != cause
                ? " caused by " + inner.getClass().getName() : "");
    }

    private boolean expired(Entry entry, long now) {
        return now - entry.loadedAt >= (entry.failed() ? failureTtlNanos : ttlNanos);
    }

    private void evictOverflow(URI keep) {
        long now = ticker.getAsLong();
        entries.entrySet().removeIf(e -> e.getValue().certificate.isDone() && expired(e.getValue(), now));
        while (entries.size() > maxEntries) {
            // failures go first, so forged URLs cannot push the real certificate out; then the oldest
            entries.entrySet().stream()
                    .filter(e -> !e.getKey().equals(keep))
                    .min(Comparator.comparing((Map.Entry<URI, Entry> e) -> !e.getValue().failed())
                            .thenComparingLong(e -> e.getValue().loadedAt))
                    .ifPresentOrElse(e -> entries.remove(e.getKey(), e.getValue()), entries::clear);
        }
    }

    private static X509Certificate await(Entry entry) {
        try {
            return entry.certificate.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }

    int size() {
        return entries.size();
    }

    /** One URL's certificate, possibly still loading. */
    private static final class Entry {
        final long loadedAt;
        final CompletableFuture<X509Certificate> certificate = new CompletableFuture<>();

        Entry(long loadedAt) {
            this.loadedAt = loadedAt;
        }

        boolean failed() {
            return certificate.isCompletedExceptionally();
        }
    }
}
