package io.github.vodclient.upload;

import io.github.vodclient.upload.MultipartUpload.PresignedPart;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers for sending presigned requests. */
final class PresignedUploads {

    private PresignedUploads() {
    }

    /** The part's signed headers without content-length, which java.net.http sets from the body. */
    static Map<String, String> withoutLength(PresignedPart part) {
        Map<String, String> headers = new LinkedHashMap<>(part.signedHeaders());
        headers.remove("content-length");
        return headers;
    }
}
