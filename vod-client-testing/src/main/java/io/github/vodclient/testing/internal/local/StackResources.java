package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the stack's parts are released. */
final class StackResources {
    private static final Logger LOG = LoggerFactory.getLogger(StackResources.class);

    private StackResources() {
    }

    static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Throwable e) {
                // keep stopping the other parts, whatever this one threw
                LOG.warn("stopping part of the local stack failed", e);
            }
        }
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}", root, e);
        }
    }
}
