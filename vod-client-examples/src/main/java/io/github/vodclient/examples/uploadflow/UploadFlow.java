package io.github.vodclient.examples.uploadflow;

import io.github.vodclient.VodClient;
import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import io.github.vodclient.upload.UploadRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The upload flow: create the video row, presign a PUT into the pipeline's source bucket, upload the file. The
 * pipeline then starts on its own, and its events (handled by {@code SnsLambdaHandler}, {@code SqsLambdaHandler} or
 * {@code SnsEndpoint} over the same database) move the row to {@code INGEST}, then {@code COMPLETE} or
 * {@code ERROR}.
 *
 * <p>In a web application steps 1 and 2 run on the server and step 3 in the browser, which receives
 * {@link PresignedUpload#url()} and {@link PresignedUpload#signedHeaders()}. Thread-safe.
 */
public final class UploadFlow {
    private final VodClient vod;
    private final JdbcVideoRepository videos;
    private final HttpClient http;

    /**
     * Creates the flow.
     *
     * @param vod the client, configured with the source bucket; owned by the caller
     * @param videos the videos table
     * @param http the client that uploads; owned by the caller
     */
    public UploadFlow(VodClient vod, JdbcVideoRepository videos, HttpClient http) {
        this.vod = Objects.requireNonNull(vod, "vod");
        this.videos = Objects.requireNonNull(videos, "videos");
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Creates the video and uploads its file.
     *
     * @param videoId the application's id for the new video
     * @param title its title
     * @param file the video file
     * @return the key the file was uploaded under (the pipeline's {@code srcVideo})
     * @throws IOException when the file cannot be read or S3 refuses the upload
     * @throws InterruptedException when interrupted while uploading
     */
    public String upload(String videoId, String title, Path file) throws IOException, InterruptedException {
        UploadRequest request = UploadRequest.builder()
                .videoId(videoId)
                .fileName(file.getFileName().toString())
                .contentLength(Files.size(file))
                .build();

        // 1. The row first, under the key the upload will get, so that the pipeline's events find it.
        String key = vod.uploads().sourceKey(request);
        videos.create(videoId, title, key);

        // 2. Presign: local, no request to S3. The URL is a secret until it expires: never log it.
        PresignedUpload upload = vod.uploads().presignPut(request);

        // 3. Upload with exactly the signed headers (content-length comes from the body).
        HttpRequest.Builder put = HttpRequest.newBuilder(upload.url())
                .method(upload.method(), HttpRequest.BodyPublishers.ofFile(file));
        upload.headersToSet().forEach(put::header);
        HttpResponse<Void> response = http.send(put.build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IOException("S3 refused the upload of " + key + ": HTTP " + response.statusCode());
        }
        return key;
    }

    /**
     * Uploads one file: {@code FILE [VIDEO-ID [TITLE]]}. Configuration from the environment:
     * {@code S3_VOD_SOURCE_BUCKET}, {@code AWS_REGION}, and {@code JDBC_URL} (default: an in-memory H2 database,
     * which shows the new row but which your event handler cannot see).
     *
     * @param args the file, and optionally the video's id and title
     * @throws Exception when the upload fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: UploadFlow FILE [VIDEO-ID [TITLE]]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String videoId = args.length > 1 ? args[1] : String.valueOf(System.currentTimeMillis());
        String title = args.length > 2 ? args[2] : file.getFileName().toString();

        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent(JdbcUrlDataSource.URL_VARIABLE, JdbcUrlDataSource.IN_MEMORY_H2);
        JdbcVideoRepository videos = new JdbcVideoRepository(JdbcUrlDataSource.fromEnvironment(environment),
                Clock.systemUTC());
        videos.createSchema();
        try (VodClient vod = VodClient.builder().fromEnvironment(environment).videoRepository(videos).build()) {
            String key = new UploadFlow(vod, videos, HttpClient.newHttpClient()).upload(videoId, title, file);
            System.out.println("uploaded " + file + " to s3://" + vod.uploads().bucket() + "/" + key);
            System.out.println(videos.find(videoId).orElseThrow());
        }
    }
}
