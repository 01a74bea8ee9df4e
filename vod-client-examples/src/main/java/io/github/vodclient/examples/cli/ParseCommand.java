package io.github.vodclient.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vodclient.BatchResult;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.VodEventParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vod parse [FILE|-]}: prints each event of any delivery as one JSON object per line. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {
            "Parse a pipeline delivery and print each event as one JSON object per line (JSON Lines).",
            "Accepts a Lambda SNS or SQS event, an SNS HTTP body, an SQS body, a body of the solution's own"
                + " queue, or the bare message. Does not verify signatures.",
            "Exit 0: everything parsed; 1: some records of a batch were bad (reported on stderr);"
                + " 2: the input is unusable."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VodCli parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file; '-' or none: stdin.")
    private String file;

    @Override
    public Integer call() {
        byte[] input = CliInput.read(file, parent.stdin());
        BatchResult<VodEvent> batch = VodEventParser.create().parse(input);
        PrintWriter out = spec.commandLine().getOut();
        JsonFactory json = new JsonFactory();
        for (VodEvent event : batch.values()) {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                EventJson.write(event, generator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (BatchResult.Failure failure : batch.failures()) {
            err.println("error: record " + failure.index()
                    + failure.recordId().map(id -> " (" + id + ")").orElse("") + ": " + failure.error().getMessage());
        }
        err.flush();
        return batch.hasFailures() ? 1 : 0;
    }
}
