package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

    /** A server stand-in that would run for a minute. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    @Test
    void main_parentEnds_serverJvmEndsWithIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        // the "parent": a JVM we can kill, as a build tool kills a test JVM
        Process parent = new ProcessBuilder(java, "-cp", testClasses, Sleeper.class.getName()).start();
        Process server = new ProcessBuilder(java, "-cp", testClasses + File.pathSeparator + ParentWatch.codeLocation(),
                ParentWatch.class.getName(), Long.toString(parent.pid()), Sleeper.class.getName()).start();
        try {
            assertFalse(server.waitFor(1, TimeUnit.SECONDS), "the server runs while its parent lives");

            parent.destroyForcibly().waitFor();

            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server JVM ended after its parent");
        } finally {
            parent.destroyForcibly();
            server.destroyForcibly();
        }
    }
}
