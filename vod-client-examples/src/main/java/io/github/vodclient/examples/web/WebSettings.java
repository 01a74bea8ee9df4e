package io.github.vodclient.examples.web;

import io.github.vodclient.upload.MultipartUpload;

/**
 * How the web application takes uploads.
 *
 * @param port where to listen on 127.0.0.1; 0 picks a free port
 * @param multipartThreshold files this large or larger are uploaded in parts, smaller ones with one PUT
 * @param partSize the size of each part (the last is smaller), 5 MiB to 5 GiB
 * @param maxUploadBytes the largest file accepted; larger ones are refused before anything is uploaded
 * @param parallelParts how many parts the browser uploads at once
 */
public record WebSettings(int port, long multipartThreshold, long partSize, long maxUploadBytes, int parallelParts) {
    /** Default threshold: 64 MiB, well under the 5 GB a single PUT may carry, so large files resume part by part. */
    public static final long DEFAULT_MULTIPART_THRESHOLD = 64L * 1024 * 1024;
    /** Default limit on a file: 2 GiB, plenty for a demo on one machine. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;

    /** Checks the settings. */
    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (partSize < MultipartUpload.MIN_PART_SIZE || partSize > MultipartUpload.MAX_PART_SIZE) {
            throw new IllegalArgumentException("partSize must be 5 MiB to 5 GiB, was " + partSize);
        }
        if (multipartThreshold < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("multipartThreshold and maxUploadBytes must be positive");
        }
        if (parallelParts < 1 || parallelParts > 16) {
            throw new IllegalArgumentException("parallelParts must be 1 to 16, was " + parallelParts);
        }
    }

    /**
     * The defaults: a free port, multipart from 64 MiB in 8 MiB parts, 4 at a time, files up to 2 GiB.
     *
     * @return the defaults
     */
    public static WebSettings defaults() {
        return new WebSettings(0, DEFAULT_MULTIPART_THRESHOLD, 8L * 1024 * 1024, DEFAULT_MAX_UPLOAD_BYTES, 4);
    }

    /**
     * These settings on another port.
     *
     * @param newPort the port, 0 for a free one
     * @return the new settings
     */
    public WebSettings withPort(int newPort) {
        return new WebSettings(newPort, multipartThreshold, partSize, maxUploadBytes, parallelParts);
    }

    /**
     * These settings with another multipart threshold.
     *
     * @param threshold the smallest file uploaded in parts
     * @return the new settings
     */
    public WebSettings withMultipartThreshold(long threshold) {
        return new WebSettings(port, threshold, partSize, maxUploadBytes, parallelParts);
    }

    /**
     * These settings with another size limit.
     *
     * @param maxBytes the largest file accepted
     * @return the new settings
     */
    public WebSettings withMaxUploadBytes(long maxBytes) {
        return new WebSettings(port, multipartThreshold, partSize, maxBytes, parallelParts);
    }
}
