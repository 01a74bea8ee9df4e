package io.github.vodclient.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vod} command-line tool: {@code java -jar vod-client-examples/target/vod.jar --help}.
 *
 * <p>Exit codes: 0 success; 1 the input was usable but something in it failed (a bad record of a batch); 2 the
 * input or the arguments are unusable (one {@code error:} line on stderr, no stack trace).
 */
@Command(name = "vod", mixinStandardHelpOptions = true, versionProvider = VodCli.Version.class,
        description = "Work with the Video on Demand on AWS pipeline from the command line.",
        subcommands = {ParseCommand.class, VerifyCommand.class})
public final class VodCli {

    private VodCli() {
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the tool and returns its exit code instead of exiting (for tests and embedding).
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new VodCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.describe(e));
            return 2;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine commandLine = e.getCommandLine();
            commandLine.getErr().println("error: " + e.getMessage());
            commandLine.getErr().println("(run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage)");
            return 2;
        });
        return cli.execute(args);
    }

    /** Reports the library's version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = VodCli.class.getPackage().getImplementationVersion();
            return new String[] {"vod " + (version != null ? version : "(development build)")};
        }
    }
}
