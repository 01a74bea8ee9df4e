package io.github.vodclient.benchmarks.load;

import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import io.github.vodclient.video.HandleResult;
import io.github.vodclient.video.VideoRepository;
import io.github.vodclient.video.VideoState;
import io.github.vodclient.video.VideoUpdate;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One consumer process: handles its share of the delivery stream with several threads through {@link VodClient}, as
 * a service replica or a Lambda instance would, and writes what happened to a result file for the harness.
 *
 * <p>Arguments: {@code STORE STREAM INDICES THREADS JOBS_ENDPOINT THROW_RATE LOSE_RATE RESULT}, where STORE is
 * {@code jdbc:...} or {@code dynamodb:ENDPOINT|TABLE}.
 */
public final class LoadConsumer {
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAFAKEFAKEFAKE", "fake-secret"));

    private LoadConsumer() {
    }

    public static void main(String[] args) throws Exception {
        String store = args[0];
        List<String> stream = Files.readAllLines(Path.of(args[1]));
        List<Integer> indices = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank())
                .map(Integer::valueOf).toList();
        int threads = Integer.parseInt(args[3]);
        URI jobsEndpoint = URI.create(args[4]);
        double throwRate = Double.parseDouble(args[5]);
        double loseRate = Double.parseDouble(args[6]);
        Path result = Path.of(args[7]);

        DynamoDbClient storeClient = null;
        VideoRepository repository;
        if (store.startsWith("jdbc:")) {
            repository = new JdbcVideoRepository(new JdbcUrlDataSource(store, null, null), Clock.systemUTC());
        } else {
            String[] parts = store.substring("dynamodb:".length()).split("\\|");
            storeClient = parts.length > 2
                    ? dynamoDb(URI.create(parts[0]), Integer.parseInt(parts[2]))
                    : dynamoDb(URI.create(parts[0]));
            repository = DynamoDbVideoRepository.create(storeClient, parts[1]);
        }
        CountingRepository counting = new CountingRepository(repository, throwRate, loseRate, result.hashCode());
        ConcurrentLinkedQueue<String> regressions = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(indices.size()));
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        AtomicInteger giveUps = new AtomicInteger();
        long startedAt;
        long endedAt;
        try (VodClient vod = VodClient.builder().tableName(LoadHarness.JOB_TABLE).region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS).dynamoDbEndpoint(jobsEndpoint)
                .videoRepository(counting).listener(r -> checkForward(r, regressions)).build()) {
            warmUp(vod);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            startedAt = System.currentTimeMillis();
            for (int index : indices) {
                pool.execute(() -> {
                    long t0 = System.nanoTime();
                    BatchResult<HandleResult> batch;
                    try {
                        batch = vod.handle(stream.get(index));
                    } catch (RuntimeException e) {
                        failed.add(index + " " + e);
                        return;
                    }
                    latencies.add(System.nanoTime() - t0);
                    for (BatchResult.Failure f : batch.failures()) {
                        failed.add(index + " " + f.error());
                        if (String.valueOf(f.error().getMessage()).contains("giving up")) {
                            giveUps.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            endedAt = System.currentTimeMillis();
        } finally {
            if (storeClient != null) {
                storeClient.close();
            }
        }
        write(result, startedAt, endedAt, indices.size(), counting, giveUps.get(), failed, latencies, regressions);
    }

    /**
     * Start-up, before the clock starts: handles deliveries of videos that do not exist (other source keys, other
     * guids), so class loading and the clients' first connections are not measured as handling latency.
     */
    private static void warmUp(VodClient vod) {
        for (String delivery : DeliveryStream.generate(10, 7).deliveries) {
            vod.handle(delivery.replace("uploads/video-", "warm-up/video-"));
        }
    }

    static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** A client whose retry strategy makes at most this many attempts per request (DynamoDB's default is 9). */
    private static DynamoDbClient dynamoDb(URI endpoint, int maxAttempts) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(maxAttempts))).build();
    }

    /** Every stored change must move the video forward: a later job, or the same job to a later status. */
    private static void checkForward(HandleResult result, ConcurrentLinkedQueue<String> regressions) {
        if (result.outcome() != HandleResult.Outcome.APPLIED || result.update().isEmpty()) {
            return;
        }
        VideoUpdate u = result.update().get();
        VideoState from = u.expected();
        VideoState to = u.next();
        boolean forward;
        if (from.jobGuid().isEmpty()) {
            forward = true;
        } else if (from.jobGuid().equals(to.jobGuid())) {
            forward = rank(to.status()) > rank(from.status());
        } else {
            forward = from.jobStartedAt().isEmpty()
                    || to.jobStartedAt().isPresent() && to.jobStartedAt().get().isAfter(from.jobStartedAt().get());
        }
        if (!forward) {
            regressions.add(u.videoId() + " " + from + " -> " + to);
        }
    }

    private static int rank(EncodingStatus status) {
        return switch (status) {
            case NEW -> 0;
            case INGEST -> 1;
            default -> 2;
        };
    }

    private static void write(Path result, long startedAt, long endedAt, int deliveries, CountingRepository counting,
            int giveUps, ConcurrentLinkedQueue<String> failed, List<Long> latencies,
            ConcurrentLinkedQueue<String> regressions) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(result))) {
            out.println("started " + startedAt);
            out.println("ended " + endedAt);
            out.println("deliveries " + deliveries);
            out.println("casLost " + counting.casLost.get());
            out.println("thrown " + counting.thrown.get());
            out.println("giveUps " + giveUps);
            failed.forEach(f -> out.println("failed " + f.replace('\n', ' ')));
            regressions.forEach(r -> out.println("regression " + r));
            synchronized (latencies) {
                latencies.forEach(l -> out.println("latency " + l));
            }
        }
    }
}
