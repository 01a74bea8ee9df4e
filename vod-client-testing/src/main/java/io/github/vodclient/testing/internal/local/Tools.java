package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The optional command-line tools the local pipeline uses when they are installed. */
final class Tools {

    private Tools() {
    }

    /** Whether {@code <tool> -version} runs and succeeds here. */
    static boolean available(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
