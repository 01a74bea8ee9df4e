package io.github.vodclient.examples.local;

import io.github.vodclient.upload.WorkflowTrigger;
import software.amazon.awssdk.regions.Region;

/**
 * What the emulated stack was deployed with: its name (the table's name and the buckets' prefix), region, trigger
 * mode, frame capture, and whether media info is measured with ffprobe.
 */
record StackSettings(String stackName, Region region, WorkflowTrigger trigger, boolean frameCapture,
        boolean ffprobe) {

    String sourceBucket() {
        return stackName + "-source";
    }

    String destinationBucket() {
        return stackName + "-destination";
    }

    /** A domain that resolves nowhere: nothing is transcoded, so nothing would be served. */
    String cloudFront() {
        return stackName + ".cloudfront.invalid";
    }

    String topicArn() {
        return "arn:aws:sns:" + region.id() + ":000000000000:" + stackName + "-Notifications";
    }
}
