package io.github.vodclient.benchmarks;

import io.github.vodclient.VodClient;
import io.github.vodclient.upload.UploadRequest;
import io.github.vodclient.upload.VodUploads.PresignedUpload;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigning a PUT through {@code VodClient.uploads().presignPut} against a bare shared
 * {@link S3Presigner#presignPutObject} with the same bucket, key, content type, length and expiry (the key given, not
 * derived from a video id and file name, so both sign the same request). Fake static
 * credentials and a fixed region: presigning is local, no network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PresignBenchmark {
    static final String BUCKET = "vod-stack-source71e471f1-1k2l3m4n5o6p";
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("FAKEACCESSKEYFORTESTS", "fake-secret-key-for-tests"));
    static final Duration EXPIRY = Duration.ofMinutes(15);
    static final long LENGTH = 52_428_800L;
    static final String KEY = "video/42/clip.mp4";

    private VodClient vod;
    private S3Presigner presigner;
    private UploadRequest request;

    @Setup
    public void setUp() {
        vod = VodClient.builder().sourceBucket(BUCKET).region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .build();
        presigner = S3Presigner.builder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS).build();
        // The same key on both sides (ours still checks it against S3's and the pipeline's rules).
        request = UploadRequest.builder().key(KEY).contentType("video/mp4").contentLength(LENGTH).expiry(EXPIRY)
                .build();
        PresignedUpload upload = vod.uploads().presignPut(request);
        PresignedPutObjectRequest bare = bare();
        // Same request signed the same way: the same signed headers (ours leaves out host, which the uploader's
        // HTTP client sets) and the same URL path.
        Set<String> bareHeaders = new TreeSet<>(bare.signedHeaders().keySet());
        bareHeaders.remove("host");
        if (!bareHeaders.equals(new TreeSet<>(upload.signedHeaders().keySet()))
                || !bare.url().getPath().equals(upload.url().getPath())) {
            throw new IllegalStateException("the two presigned requests differ: " + bare.signedHeaders().keySet()
                    + " vs " + upload.signedHeaders().keySet());
        }
    }

    @TearDown
    public void tearDown() {
        vod.close();
        presigner.close();
    }

    @Benchmark
    public PresignedUpload presign_ours() {
        return vod.uploads().presignPut(request);
    }

    @Benchmark
    public PresignedPutObjectRequest presign_bareS3Presigner() {
        return bare();
    }

    private PresignedPutObjectRequest bare() {
        return presigner.presignPutObject(p -> p.signatureDuration(EXPIRY)
                .putObjectRequest(put -> put.bucket(BUCKET).key(KEY).contentType("video/mp4").contentLength(LENGTH)));
    }
}
