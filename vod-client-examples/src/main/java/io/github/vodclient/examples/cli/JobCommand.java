package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.regions.Region;

/** {@code vod job GUID --table T}: looks a job up in the pipeline's DynamoDB table and prints it as JSON. */
@Command(name = "job", mixinStandardHelpOptions = true,
        description = {
            "Look a job up by guid in the pipeline's DynamoDB table and print it as one JSON object, with its media"
                + " info (durations normalised to integer milliseconds: mediaInfo.container.durationMillis).",
            "Uses the AWS SDK's default credentials and, without --region, its default region.",
            "Exit 0: found; 2: unusable arguments or the look-up failed; 3: no job has that guid."})
final class JobCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GUID", description = "The job's guid, as in every pipeline event.")
    private String guid;

    @Option(names = "--table", required = true, paramLabel = "T",
            description = "The table: the stack's name (stack output DynamoDBTableName).")
    private String table;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Another DynamoDB endpoint, e.g. DynamoDB Local.")
    private String endpoint;

    @Option(names = "--region", paramLabel = "R",
            description = "The AWS region, e.g. eu-west-1 (default: the SDK's region chain; us-east-1 with --endpoint).")
    private String region;

    @Option(names = "--custom", split = ",", paramLabel = "KEY",
            description = "Custom metadata keys to read too (comma-separated), e.g. title,genre.")
    private List<String> customKeys = List.of();

    @Override
    public Integer call() {
        VodJobs.Builder builder = VodJobs.builder().tableName(table).customMetadataKeys(customKeys);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        if (region != null) {
            builder.region(Region.of(region));
        } else if (endpoint != null) {
            builder.region(Region.US_EAST_1); // a local endpoint ignores the region; as presign does
        }
        Optional<VodJob> job;
        try (VodJobs jobs = builder.build()) {
            job = jobs.find(guid);
        }
        if (job.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: no job with guid " + guid + " in table " + table);
            err.flush();
            return 3;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            JobJson.write(job.get(), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
        return 0;
    }
}
