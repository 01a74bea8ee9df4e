package io.github.vodclient.examples.local;

import io.github.vodclient.upload.WorkflowTrigger;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What the emulated stack was deployed with: its name (the table's name and the buckets' prefix), region, trigger
 * mode, frame capture, whether media info is measured with ffprobe, and where outputs are served from.
 *
 * @param cloudFront the output URLs' host: a {@code .invalid} name when nothing is transcoded, else the local
 *     output server's {@code 127.0.0.1:port}
 * @param urlScheme {@code https} as on AWS, or {@code http} for the local output server
 * @param renditions where ffmpeg writes the outputs ({@code <guid>/hls/...}), when it is used
 * @param privateOutputs the key pair the output server requires signatures of, when the outputs are private
 */
record StackSettings(String stackName, Region region, WorkflowTrigger trigger, boolean frameCapture,
        boolean ffprobe, String cloudFront, String urlScheme, Optional<Path> renditions,
        Optional<PrivateOutputs> privateOutputs) {

    /** A domain that resolves nowhere: nothing is transcoded, so nothing would be served. */
    static String invalidCloudFront(String stackName) {
        return stackName + ".cloudfront.invalid";
    }

    String sourceBucket() {
        return stackName + "-source";
    }

    String destinationBucket() {
        return stackName + "-destination";
    }

    String topicArn() {
        return "arn:aws:sns:" + region.id() + ":000000000000:" + stackName + "-Notifications";
    }
}
