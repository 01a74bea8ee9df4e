package io.github.vodclient.internal.upload;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.presigner.PresignedRequest;

/** Reads what an uploader needs from an SDK presigned request. */
final class SignedHeaders {

    private SignedHeaders() {
    }

    /** Signed headers the uploader must send, names in lower case, without {@code host}. */
    static Map<String, String> of(PresignedRequest presigned) {
        Map<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : presigned.signedHeaders().entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("host")) {
                headers.put(name, String.join(",", e.getValue()));
            }
        }
        return headers;
    }

    static URI url(PresignedRequest presigned) {
        try {
            return presigned.url().toURI();
        } catch (URISyntaxException e) {
            // Never include the URL: it is a credential.
            throw new IllegalStateException("the SDK returned a presigned URL that is not a valid URI");
        }
    }
}
