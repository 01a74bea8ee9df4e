package io.github.vodclient.benchmarks.load;

import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.StoredVideo;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.VideoTable;
import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository;
import java.net.URI;
import java.util.Collection;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code DynamoDbVideoRepository} on DynamoDB Local, a new table per run. Consumers may reach it through a proxy
 * that answers a share of the requests with DynamoDB's throttling error (the fault run).
 */
final class DynamoDbStore implements Store {
    private final DynamoDbClient client;
    private final URI consumerEndpoint;
    private int run;
    private String table;
    private String clientSettings = "";

    DynamoDbStore(URI endpoint, URI consumerEndpoint) {
        this.client = LoadConsumer.dynamoDb(endpoint);
        this.consumerEndpoint = consumerEndpoint;
    }

    @Override
    public String name() {
        return "DynamoDB Local";
    }

    @Override
    public String consumerArgument() {
        return "dynamodb:" + consumerEndpoint + "|" + table + clientSettings;
    }

    /** Consumers' clients make at most this many attempts per request from now on; 0 for the SDK's default. */
    void maxAttempts(int attempts) {
        clientSettings = attempts > 0 ? "|" + attempts : "";
    }

    @Override
    public void reset(Collection<DeliveryStream.Expected> videos) {
        table = "videos-" + (++run);
        VideoTable.create(client, table);
        DynamoDbVideoRepository repository = DynamoDbVideoRepository.create(client, table);
        videos.forEach(v -> repository.create(v.videoId(), v.sourceKey()));
    }

    @Override
    public Optional<Observed> read(String videoId) {
        return DynamoDbVideoRepository.create(client, table).find(videoId).map((StoredVideo v) -> new Observed(
                v.state().status(), v.state().jobGuid(), v.state().jobStartedAt(),
                v.playback().preferredHls().map(MediaUrl::toString)));
    }

    @Override
    public void close() {
        client.close();
    }
}
