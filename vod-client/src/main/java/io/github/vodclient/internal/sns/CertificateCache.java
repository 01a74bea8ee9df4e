package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.sns.CertificateSource;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Parsed signing certificates per canonical URL: bounded, expiring, and loaded once when many threads ask for the
 * same URL at the same moment (the others wait for the one download). Failed loads are not cached. Thread-safe.
 *
 * <p>Expiry runs on a monotonic ticker, not on the verifier's {@code Clock}: that clock may be fixed in the past to
 * verify captured messages, which must not make cache entries immortal.
 */
public final class CertificateCache {

    private final CertificateSource source;
    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier ticker;
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    public CertificateCache(CertificateSource source, int maxEntries, Duration ttl) {
        this(source, maxEntries, ttl, System::nanoTime);
    }

    CertificateCache(CertificateSource source, int maxEntries, Duration ttl, LongSupplier ticker) {
        this.source = source;
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.ticker = ticker;
    }

    /** The certificate at a canonical, validated URL. */
    public X509Certificate get(URI url) {
        long now = ticker.getAsLong();
        Entry current = entries.get(url);
        if (current != null && !current.expired(now, ttlNanos)) {
            return await(current);
        }
        Entry mine = new Entry(now);
        Entry winner = entries.compute(url, (key, old) -> old != null && !old.expired(now, ttlNanos) ? old : mine);
        if (winner == mine) {
            evictOverflow(url);
            try {
                mine.certificate.complete(load(url));
            } catch (RuntimeException | Error e) {
                entries.remove(url, mine);
                mine.certificate.completeExceptionally(e);
            }
        }
        return await(winner);
    }

    private X509Certificate load(URI url) {
        byte[] pem;
        try {
            pem = source.fetch(url);
        } catch (IOException e) {
            throw new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE,
                    "signing certificate could not be fetched from " + url + ": " + e.getMessage(), e);
        } catch (SnsVerificationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE,
                    "signing certificate could not be fetched from " + url + ": " + e, e);
        }
        if (pem == null) {
            throw new SnsVerificationException(Reason.CERTIFICATE_UNAVAILABLE, "certificate source returned nothing");
        }
        return SigningCertificates.parsePem(pem);
    }

    private void evictOverflow(URI keep) {
        long now = ticker.getAsLong();
        entries.entrySet().removeIf(e -> e.getValue().expired(now, ttlNanos) && e.getValue().certificate.isDone());
        while (entries.size() > maxEntries) {
            entries.entrySet().stream()
                    .filter(e -> !e.getKey().equals(keep))
                    .min(Comparator.comparingLong(e -> e.getValue().loadedAt))
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

        boolean expired(long now, long ttlNanos) {
            return now - loadedAt >= ttlNanos;
        }
    }
}
