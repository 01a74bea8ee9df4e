package io.github.vodclient.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.VodException;
import io.github.vodclient.video.HandleResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * A Lambda function subscribed to the pipeline's SNS topic: applies every Ingest, Complete and Error event to the
 * application's videos.
 *
 * <p>Handler {@code io.github.vodclient.examples.lambda.SnsLambdaHandler::handleRequest}; environment
 * {@code JDBC_URL} (with {@code JDBC_USER}, {@code JDBC_PASSWORD}) for the videos table and {@code VOD_TABLE} for
 * the media info of Complete events ({@code AWS_REGION} is set by Lambda).
 *
 * <p>SNS invokes the function asynchronously and has no partial batch response: when any record fails, the
 * handler throws and Lambda retries the whole invocation (twice by default, then its on-failure destination). The
 * records that were already applied come back as duplicates, which change nothing.
 */
public final class SnsLambdaHandler implements RequestStreamHandler {
    private final VodClient vod;

    /** Called by Lambda once per execution environment, so one client serves the container's life. */
    public SnsLambdaHandler() {
        this(System.getenv());
    }

    SnsLambdaHandler(Map<String, String> environment) {
        this(LambdaVodClient.fromEnvironment(environment));
    }

    /**
     * Uses a client configured elsewhere (dependency injection, tests).
     *
     * @param vod the client; owned by the caller
     */
    public SnsLambdaHandler(VodClient vod) {
        this.vod = Objects.requireNonNull(vod, "vod");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        BatchResult<HandleResult> result = vod.handle(input);
        if (result.hasFailures()) {
            throw failure(result);
        }
    }

    private static VodException failure(BatchResult<HandleResult> result) {
        VodException e = new VodException(result.failures().size() + " of "
                + (result.failures().size() + result.values().size()) + " records failed; Lambda retries the event",
                result.failures().get(0).error());
        result.failures().stream().skip(1).forEach(f -> e.addSuppressed(f.error()));
        return e;
    }
}
