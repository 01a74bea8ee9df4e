package io.github.vodclient.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.vodclient.BatchResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.video.HandleResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A Lambda function reading an SQS queue subscribed to the pipeline's topic, with partial batch failures: only the
 * records that failed are delivered again.
 *
 * <p>Handler {@code io.github.vodclient.examples.lambda.SqsLambdaHandler::handleRequest}; the event source mapping
 * needs {@code FunctionResponseTypes: [ReportBatchItemFailures]}. Environment: {@code JDBC_URL} (with
 * {@code JDBC_USER}, {@code JDBC_PASSWORD}), {@code VOD_TOPIC_ARN} (SNS envelopes in the queue are verified
 * against it; raw-delivery bodies are trusted as coming from your own queue) and {@code VOD_TABLE}.
 */
public final class SqsLambdaHandler implements RequestStreamHandler {
    private final VodClient vod;

    /** Called by Lambda once per execution environment, so one client serves the container's life. */
    public SqsLambdaHandler() {
        this(System.getenv());
    }

    SqsLambdaHandler(Map<String, String> environment) {
        this(LambdaVodClient.fromEnvironment(environment));
    }

    /**
     * Uses a client configured elsewhere (dependency injection, tests).
     *
     * @param vod the client; owned by the caller
     */
    public SqsLambdaHandler(VodClient vod) {
        this.vod = Objects.requireNonNull(vod, "vod");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        BatchResult<HandleResult> result = vod.handle(input);
        // {"batchItemFailures":[{"itemIdentifier":"<messageId>"}, ...]}: SQS deletes the other messages. A failed
        // record without a messageId cannot be reported alone: lambdaBatchResponse() throws, the invocation fails
        // and the whole batch comes back.
        output.write(result.lambdaBatchResponse().getBytes(StandardCharsets.UTF_8));
    }
}
