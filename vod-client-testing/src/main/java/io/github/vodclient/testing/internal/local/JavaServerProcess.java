package io.github.vodclient.testing.internal.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A server run in a separate JVM (the running JVM's own {@code java}) on a free port of 127.0.0.1: started, waited
 * for until it accepts connections, killed on {@link #close()}. The stack's S3 server and DynamoDB Local both run
 * this way, so none of their libraries share the class path of the tests that use them.
 *
 * <p>The child runs under {@link ParentWatch}, which ends it when this JVM ends, even when this JVM is killed
 * without running its shutdown hooks.
 */
public final class JavaServerProcess implements AutoCloseable {
    /** A short-lived server JVM starts faster with the C1 compiler alone and the serial collector. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto", "-Xmx512m");
    private static final int ATTEMPTS = 3;

    private final String name;
    private final Process process;
    private final URI endpoint;

    private JavaServerProcess(String name, Process process, URI endpoint) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts the server and waits until it listens. A port taken between choosing and binding it makes the child
     * exit; then it is started again on another port.
     *
     * @param name what the server is, for messages
     * @param classPath the child's class path
     * @param mainClass its main class
     * @param arguments its arguments for a given port
     * @param workingDirectory where it runs; its output goes to {@code log}
     * @param log the file of its standard output and error
     * @param timeoutMillis how long to wait for it to listen
     * @return the listening server
     * @throws IOException when it cannot be started or did not listen in time
     * @throws InterruptedException when interrupted while waiting (the child is killed)
     */
    public static JavaServerProcess start(String name, String classPath, String mainClass,
            IntFunction<List<String>> arguments, Path workingDirectory, Path log, long timeoutMillis)
            throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.add("-cp");
            // the kit's own code last: where it is a fat jar (vod.jar), the server's libraries win over its copies
            command.add(classPath + File.pathSeparator + ParentWatch.codeLocation());
            command.add(ParentWatch.class.getName());
            command.add(Long.toString(ProcessHandle.current().pid()));
            command.add(mainClass);
            command.addAll(arguments.apply(port));
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            JavaServerProcess server = new JavaServerProcess(name, process, URI.create("http://127.0.0.1:" + port));
            try {
                if (server.awaitListening(port, timeoutMillis)) {
                    return server;
                }
                last = new IOException(name + " exited with code " + process.exitValue()
                        + " before it listened on port " + port + "; its output: " + tail(log));
            } catch (IOException | InterruptedException | RuntimeException | Error e) {
                server.close();
                throw e;
            }
        }
        throw last;
    }

    /** True once listening, false when the child exited first; throws when it did not listen in time. */
    private boolean awaitListening(int port, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            if (!process.isAlive()) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException(name + " did not listen on port " + port + " within " + timeoutMillis
                            + " ms");
                }
                process.waitFor(50, TimeUnit.MILLISECONDS); // returns early if it dies
            }
        }
    }

    /**
     * The last 2,000 characters of a log, for error messages.
     *
     * @param log the file
     * @return its tail, or why it could not be read
     */
    public static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * The server's address.
     *
     * @return {@code http://127.0.0.1:port}
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The child process, to check that it has ended.
     *
     * @return its handle
     */
    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Kills the process and waits for it to end. Idempotent. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
