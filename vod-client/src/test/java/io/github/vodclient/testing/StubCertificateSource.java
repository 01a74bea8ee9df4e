package io.github.vodclient.testing;

import io.github.vodclient.sns.SnsVerifier.CertificateSource;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A certificate source that serves fixed PEMs per URL and records every request; unknown URLs fail. */
public final class StubCertificateSource implements CertificateSource {
    private final Map<URI, byte[]> pems = new ConcurrentHashMap<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();

    public StubCertificateSource serve(URI url, byte[] pem) {
        pems.put(url, pem);
        return this;
    }

    @Override
    public byte[] fetch(URI certificateUrl) throws IOException {
        requests.add(certificateUrl);
        byte[] pem = pems.get(certificateUrl);
        if (pem == null) {
            throw new IOException("stub serves nothing at " + certificateUrl);
        }
        return pem.clone();
    }

    public List<URI> requests() {
        return List.copyOf(requests);
    }
}
