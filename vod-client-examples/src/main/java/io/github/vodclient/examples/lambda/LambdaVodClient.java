package io.github.vodclient.examples.lambda;

import io.github.vodclient.VodClient;
import io.github.vodclient.examples.jdbc.JdbcUrlDataSource;
import io.github.vodclient.examples.jdbc.JdbcVideoRepository;
import java.time.Clock;
import java.util.Map;

/** The client both handlers build from the function's environment. */
final class LambdaVodClient {
    private LambdaVodClient() {
    }

    /**
     * Builds the client: {@code VOD_TOPIC_ARN}, {@code VOD_TABLE}, {@code AWS_REGION} (see
     * {@link VodClient.Builder#fromEnvironment(Map)}) and the videos table at {@code JDBC_URL}. Cheap: nothing
     * connects until the first event, and AWS clients are created on first use.
     */
    static VodClient fromEnvironment(Map<String, String> environment) {
        return VodClient.builder()
                .fromEnvironment(environment)
                .videoRepository(new JdbcVideoRepository(JdbcUrlDataSource.fromEnvironment(environment),
                        Clock.systemUTC()))
                .build();
    }
}
