package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vodclient.DeliveryResult;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.VodClient;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.testing.InMemoryVideoRepository;
import io.github.vodclient.testing.SnsTestMessages;
import org.junit.jupiter.api.Test;

/** (2) An HTTP endpoint's test: a signed delivery is verified and applied, a tampered one refused. */
class SignedDeliveryTest {
    private static final String GUID = "6e1b9e46-3d5f-4c6d-9b0a-2f9d6b8f4a11";
    private static final String KEY = "uploads/video-1/clip.mp4";

    private final SnsTestMessages sns = SnsTestMessages.create();
    private final InMemoryVideoRepository videos = new InMemoryVideoRepository();

    private VodClient client() {
        videos.createVideo("video-1", KEY);
        return VodClient.builder().allowedTopicArn(sns.topicArn()).certificateSource(sns.certificateSource())
                .videoRepository(videos).build();
    }

    @Test
    void handleHttpDelivery_signedIngest_isVerifiedAndApplied() {
        try (VodClient vod = client()) {
            DeliveryResult result = vod.handleHttpDelivery(sns.notification(sns.ingest(GUID, KEY)).httpBody());

            assertTrue(result.handled().isPresent(), result.toString());
            assertEquals(EncodingStatus.INGEST, videos.state("video-1").status());
            assertEquals(GUID, videos.state("video-1").jobGuid().orElseThrow());
        }
    }

    @Test
    void handleHttpDelivery_tamperedMessage_isRefusedAndNothingApplied() {
        try (VodClient vod = client()) {
            String tampered = sns.notification(sns.ingest(GUID, KEY)).tampered().httpBody();

            DeliveryResult refused = vod.handleHttpDelivery(tampered);
            assertInstanceOf(SnsVerificationException.class, refused.failure().orElseThrow());
            assertEquals(403, refused.httpStatus());
            assertEquals(EncodingStatus.NEW, videos.state("video-1").status());
        }
    }
}
