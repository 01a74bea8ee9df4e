package io.github.vodclient.examples.spring;

import io.github.vodclient.DeliveryResult;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.VodEventParser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP(S) endpoint subscribed to the pipeline's SNS topic, as a Spring MVC controller: {@code POST /sns}.
 *
 * <p>SNS posts with {@code Content-Type: text/plain}, so the controller accepts any content type and reads the raw
 * bytes itself (verification needs them exactly as received; no message converter may touch them). The status
 * comes from the library's {@link DeliveryResult#httpStatus()}: 200 handled, 400 not an SNS message, 403 does not verify,
 * 503 certificate unavailable and 500 handling failed (SNS retries only these two). A body over the parser's size
 * limit gets 413. The reason goes to the log, never to the caller.
 */
@RestController
public class SnsController {
    private static final Logger LOG = LoggerFactory.getLogger(SnsController.class);
    private static final int MAX_BODY_BYTES = VodEventParser.DEFAULT_MAX_INPUT_BYTES;

    private final VodClient vod;

    /**
     * Creates the controller.
     *
     * @param vod the client, configured with the topic and the video repository
     */
    public SnsController(VodClient vod) {
        this.vod = Objects.requireNonNull(vod, "vod");
    }

    /**
     * Handles one SNS delivery.
     *
     * @param request the POST; its body is read at most one byte over the limit
     * @return the status and a short fixed text
     * @throws IOException when reading the body fails
     */
    @PostMapping(path = "/sns", consumes = MediaType.ALL_VALUE, produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return ResponseEntity.status(413).body("too large\n");
        }
        DeliveryResult result = vod.handleHttpDelivery(body);
        if (result.failure().isEmpty()) {
            LOG.info("SNS {}", result.reason());
        } else if (result.httpStatus() == 500) {
            LOG.error("SNS delivery answered 500: {}", result.reason(), result.failure().get());
        } else {
            LOG.warn("SNS delivery answered {}: {}", result.httpStatus(), result.reason());
        }
        return ResponseEntity.status(result.httpStatus()).body(result.httpBody() + "\n");
    }
}
