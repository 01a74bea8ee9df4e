package io.github.vodclient.testing.internal.local;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The entry point of the stack's server JVMs: runs the server's own main class and halts the JVM as soon as the
 * JVM that started it has ended. Shutdown hooks stop the servers when the test JVM exits normally; this also covers
 * a test JVM that is killed (a build timeout, {@code kill -9}), which would otherwise leave servers behind.
 * Uses only the JDK: it is the one class of the kit on the servers' class paths.
 */
public final class ParentWatch {
    private static final long POLL_MILLIS = 500;

    private ParentWatch() {
    }

    /**
     * Runs {@code args[1]}'s {@code main} with {@code args[2..]} while the process {@code args[0]} lives.
     *
     * @param args the parent's pid, the server's main class, the server's arguments
     * @throws Exception whatever the server's main throws
     */
    public static void main(String[] args) throws Exception {
        long parent = Long.parseLong(args[0]);
        Thread watch = new Thread(() -> {
            while (true) {
                Optional<ProcessHandle> handle = ProcessHandle.of(parent);
                if (handle.isEmpty() || !handle.get().isAlive()) {
                    Runtime.getRuntime().halt(0);
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    /** Where this class was loaded from: the kit's jar, or its classes directory in the kit's own build. */
    static String codeLocation() {
        try {
            return Path.of(ParentWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the vod-client-testing classes", e);
        }
    }
}
