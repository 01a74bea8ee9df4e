package io.github.vodclient.examples.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns an exception into the one-line message the CLI prints after {@code error:}. */
final class CliErrors {
    /** What to set when the AWS SDK finds no region; the SDK's own message lists its whole provider chain. */
    static final String NO_REGION = "no AWS region: set AWS_REGION or pass --region (with a local --endpoint,"
            + " any region will do)";
    /** What to set when the AWS SDK finds no credentials. */
    static final String NO_CREDENTIALS = "no AWS credentials: for AWS set AWS_ACCESS_KEY_ID and"
            + " AWS_SECRET_ACCESS_KEY, or AWS_PROFILE; for a local --endpoint any credentials do (e.g."
            + " AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local)";

    private CliErrors() {
    }

    /** What a command threw: the SDK's region and credential failures become what to set. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && t.getClass().getName().startsWith("software.amazon.awssdk.")) {
                if (m.startsWith("Unable to load region")) {
                    return NO_REGION;
                }
                if (m.startsWith("Unable to load credentials")) {
                    return NO_CREDENTIALS;
                }
            }
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return oneLine(message);
    }

    /** What was wrong with the command line, in our wording rather than picocli's. */
    static String describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            List<String> subcommands = List.copyOf(command.getSubcommands().keySet());
            if (!subcommands.isEmpty() && !first.startsWith("-")) {
                return "unknown command '" + first + "'; the commands of '"
                        + command.getCommandSpec().qualifiedName() + "' are " + String.join(", ", subcommands);
            }
            return (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first + "'";
        }
        return oneLine(e.getMessage().replace("option option", "option"));
    }

    private static String oneLine(String message) {
        String line = message.replace('\n', ' ').replace('\r', ' ').strip();
        // picocli and some libraries start their messages with "Error: ", which would follow our "error: ".
        return line.toLowerCase(Locale.ROOT).startsWith("error: ") ? line.substring("error: ".length()) : line;
    }
}
