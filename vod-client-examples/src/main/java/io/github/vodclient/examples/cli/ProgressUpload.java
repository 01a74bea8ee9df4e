package io.github.vodclient.examples.cli;

import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/** A presigned PUT with java.net.http, printing progress every 10% (what a browser's upload bar would show). */
final class ProgressUpload {

    private ProgressUpload() {
    }

    /** Uploads the file and returns the HTTP status. */
    static int put(PresignedUpload upload, Path file, long size, PrintWriter progress)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher fileBody;
        try {
            fileBody = HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        AtomicLong sent = new AtomicLong();
        long step = Math.max(1, size / 10);
        HttpRequest.BodyPublisher counted = HttpRequest.BodyPublishers.fromPublisher(subscriber ->
                fileBody.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        long before = sent.get();
                        long after = sent.addAndGet(item.remaining());
                        if (after / step != before / step || after == size) {
                            progress.printf("  upload: %,d of %,d bytes (%d%%)%n", after, size,
                                    size == 0 ? 100 : after * 100 / size);
                        }
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                }), size);
        HttpRequest.Builder request = HttpRequest.newBuilder(upload.url()).method(upload.method(), counted);
        upload.headersToSet().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
