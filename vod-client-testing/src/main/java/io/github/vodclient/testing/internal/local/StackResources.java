package io.github.vodclient.examples.local;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the stack's parts are found and how they are released. */
final class StackResources {
    private static final Logger LOG = LoggerFactory.getLogger(LocalVodStack.class);

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

    /** Where DynamoDB Local is: the property, else {@code dynamodb-local} in the build directory of this code. */
    static Path defaultDynamoDbLocalDirectory() {
        String property = System.getProperty(LocalVodStack.DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path code = Path.of(LocalVodStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/vod.jar -> target; target/classes -> target
            return code.getParent().resolve(DynamoDbLocalProcess.DIRECTORY_NAME);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("vod-client-examples", "target", DynamoDbLocalProcess.DIRECTORY_NAME);
        }
    }
}
