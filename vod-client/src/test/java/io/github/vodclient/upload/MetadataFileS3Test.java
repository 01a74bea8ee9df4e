package io.github.vodclient.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class MetadataFileS3Test {
    @RegisterExtension
    final S3ProxyExtension proxy = LocalS3.extension();

    private S3Client s3;
    private VodUploads uploads;

    @BeforeEach
    void setUp() {
        s3 = LocalS3.clientWithBucket(proxy);
        uploads = LocalS3.uploads(proxy).workflowTrigger(WorkflowTrigger.METADATA_FILE).build();
    }

    @AfterEach
    void tearDown() {
        uploads.close();
        s3.close();
    }

    @Test
    void startWorkflow_videoInBucket_writesExactlyTheExpectedJson() {
        s3.putObject(b -> b.bucket(LocalS3.BUCKET).key("video/42/clip.mxf"), RequestBody.fromString("video"));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("score", 4.5);
        rating.put("votes", 12);
        WorkflowStart start = WorkflowStart.builder("video/42/clip.mxf")
                .archiveSource(WorkflowStart.ArchiveSource.DEEP_ARCHIVE)
                .frameCapture(true)
                .jobTemplate("vod-stack_Ott_720p_Avc_Aac_16x9_qvbr_no_preset")
                .inputRotate(WorkflowStart.InputRotate.AUTO)
                .acceleratedTranscoding(WorkflowStart.AcceleratedTranscoding.PREFERRED)
                .custom("videoId", "42")
                .custom("Title", "Grüße \"aus\" Köln")
                .custom("labelList", List.of("a", "b"))
                .custom("rating", rating)
                .custom("premium", false)
                .build();

        String key = uploads.startWorkflow(start);

        assertEquals("video/42/clip.mxf.json", key);
        ResponseBytes<GetObjectResponse> written = s3.getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(key));
        assertEquals("{\"srcVideo\":\"video/42/clip.mxf\",\"archiveSource\":\"DEEP_ARCHIVE\",\"frameCapture\":true,"
                + "\"jobTemplate\":\"vod-stack_Ott_720p_Avc_Aac_16x9_qvbr_no_preset\",\"inputRotate\":\"AUTO\","
                + "\"acceleratedTranscoding\":\"PREFERRED\",\"videoId\":\"42\","
                + "\"Title\":\"Grüße \\\"aus\\\" Köln\",\"labelList\":[\"a\",\"b\"],"
                + "\"rating\":{\"score\":4.5,\"votes\":12},\"premium\":false}",
                new String(written.asByteArray(), StandardCharsets.UTF_8));
        assertEquals("application/json", written.response().contentType());
    }

    @Test
    void startWorkflow_onlySrcVideo_writesOnlySrcVideo() {
        s3.putObject(b -> b.bucket(LocalS3.BUCKET).key("in/a.mp4"), RequestBody.fromString("video"));

        String key = uploads.startWorkflow(WorkflowStart.builder("in/a.mp4").build());

        assertEquals("{\"srcVideo\":\"in/a.mp4\"}",
                s3.getObjectAsBytes(b -> b.bucket(LocalS3.BUCKET).key(key)).asUtf8String());
    }

    @Test
    void startWorkflow_videoNotInBucket_rejectedNamingSrcVideo() {
        UploadValidationException e = assertThrows(UploadValidationException.class,
                () -> uploads.startWorkflow(WorkflowStart.builder("video/42/missing.mp4").build()));

        assertEquals("srcVideo", e.field());
        assertEquals(0, s3.listObjectsV2(b -> b.bucket(LocalS3.BUCKET)).contents().size());
    }
}
