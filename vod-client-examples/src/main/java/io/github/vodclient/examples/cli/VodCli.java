package io.github.vodclient.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vod} command-line tool: {@code java -jar vod-client-examples/target/vod.jar --help}.
 *
 * <p>Exit codes: 0 success; 1 the input was usable but something in it failed (a bad record of a batch); 2 the
 * input or the arguments are unusable (one {@code error:} line on stderr, no stack trace); 3 what was asked for
 * does not exist (e.g. no job with that guid).
 */
@Command(name = "vod", mixinStandardHelpOptions = true, versionProvider = VodCli.Version.class,
        description = "Work with the Video on Demand on AWS pipeline from the command line.",
        subcommands = {ParseCommand.class, VerifyCommand.class, PresignCommand.class, MultipartCommand.class,
            JobCommand.class, DemoCommand.class, LocalCommand.class, SignUrlCommand.class,
            SignCookiesCommand.class, SignPlaylistCommand.class})
public final class VodCli {
    private final InputStream stdin;

    private VodCli(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /**
     * Runs the tool and returns its exit code instead of exiting (for tests and embedding).
     *
     * @param stdin what {@code -} reads
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new VodCli(stdin));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.describe(e));
            return 2;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine commandLine = e.getCommandLine();
            commandLine.getErr().println("error: " + CliErrors.describe(e));
            commandLine.getErr().println("(run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage)");
            return 2;
        });
        return cli.execute(args);
    }

    /** The tool's standard input, for subcommands reading {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** Reports the version the build wrote into {@code version.properties} (resource filtering). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = VodCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"vod " + properties.getProperty("version", "(version unknown: not built by Maven)")};
        }
    }
}
