package io.github.vodclient.examples.cli;

import io.github.vodclient.upload.VodUploads.WorkflowTrigger;
import io.github.vodclient.upload.VodUploads;
import java.net.URI;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** The bucket and connection options every upload command shares. Credentials: the SDK's default chain. */
final class S3Options {

    @Option(names = "--bucket", required = true, paramLabel = "BUCKET", description = "The pipeline's source bucket.")
    String bucket;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The bucket's region (default: the SDK's region chain; us-east-1 with --endpoint).")
    String region;

    @Option(names = "--endpoint", paramLabel = "URL", description = "An S3-compatible endpoint instead of AWS.")
    URI endpoint;

    @Option(names = "--path-style", description = "Use path-style URLs (http://host/bucket/key).")
    boolean pathStyle;

    @Option(names = "--trigger", paramLabel = "MODE", defaultValue = "VIDEO_FILE",
            description = "How the stack starts workflows: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    WorkflowTrigger trigger;

    VodUploads open() {
        VodUploads.Builder builder = VodUploads.builder().bucket(bucket).pathStyle(pathStyle).workflowTrigger(trigger);
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }
}
