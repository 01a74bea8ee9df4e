package io.github.vodclient.testing.internal.local;

import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What the emulated stack was deployed with: its name (the table's name and the buckets' prefix), region, trigger
 * mode, frame capture, whether media info is measured with ffprobe, and where outputs are served from.
 *
 * @param stackName the stack's name
 * @param region the region clients sign for
 * @param trigger how uploads start workflows
 * @param frameCapture whether Complete carries thumbnails
 * @param ffprobe whether ffprobe measures media info
 * @param cloudFront the output URLs' host: a {@code .invalid} name when nothing is transcoded, else the local
 *     output server's {@code 127.0.0.1:port}
 * @param urlScheme {@code https} as on AWS, or {@code http} for the local output server
 * @param renditions where ffmpeg writes the outputs ({@code <guid>/hls/...}), when it is used
 * @param privateOutputs the key pair the output server requires signatures of, when the outputs are private
 */
public record StackSettings(String stackName, Region region, WorkflowTrigger trigger, boolean frameCapture,
        boolean ffprobe, String cloudFront, String urlScheme, Optional<Path> renditions,
        Optional<PrivateOutputs> privateOutputs) {

    /** A domain that resolves nowhere: nothing is transcoded, so nothing would be served. */
    static String invalidCloudFront(String stackName) {
        return stackName + ".cloudfront.invalid";
    }

    /**
     * The source bucket.
     *
     * @return {@code <stack>-source}
     */
    public String sourceBucket() {
        return stackName + "-source";
    }

    /**
     * The destination bucket.
     *
     * @return {@code <stack>-destination}
     */
    public String destinationBucket() {
        return stackName + "-destination";
    }

    /**
     * The emulated topic.
     *
     * @return its ARN
     */
    public String topicArn() {
        return "arn:aws:sns:" + region.id() + ":000000000000:" + stackName + "-Notifications";
    }
}
