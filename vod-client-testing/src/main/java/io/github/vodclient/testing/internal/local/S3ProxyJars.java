package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where S3Proxy's jars are. The kit's build nests them under {@value #FOLDER}; a class path cannot point into a jar,
 * so from a jar they are extracted once into a cache directory named after their content (several kit versions,
 * and several JVMs starting at once, never see each other's half-written copies). In the kit's own build they are
 * used where they are, in {@code target/classes}.
 */
final class S3ProxyJars {
    /** The cache's location, when not the default {@code ~/.cache/vod-client-testing}. */
    static final String CACHE_PROPERTY = "vod.testing.cacheDir";
    private static final String FOLDER = "io/github/vodclient/testing/internal/s3proxy/";
    private static final String COMPLETE = ".complete";

    private S3ProxyJars() {
    }

    /** The directory holding S3Proxy's jars, extracting them first when needed. */
    static Path directory() throws IOException {
        Path code = Path.of(ParentWatch.codeLocation());
        if (Files.isDirectory(code)) {
            Path folder = code.resolve(FOLDER);
            if (!Files.isDirectory(folder)) {
                throw new IOException("S3Proxy's jars are not in " + folder + ": build vod-client-testing first");
            }
            return folder;
        }
        try (JarFile jar = new JarFile(code.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            Collections.list(jar.entries()).stream()
                    .filter(e -> e.getName().startsWith(FOLDER) && e.getName().endsWith(".jar"))
                    .forEach(entries::add);
            if (entries.isEmpty()) {
                throw new IOException(code + " holds no S3Proxy jars under " + FOLDER);
            }
            Path cache = Files.createDirectories(cacheRoot());
            Path target = cache.resolve("s3proxy-" + contentKey(entries));
            if (Files.exists(target.resolve(COMPLETE))) {
                return target;
            }
            Path partial = Files.createTempDirectory(cache, "s3proxy-partial-");
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, partial.resolve(entry.getName().substring(FOLDER.length())));
                }
            }
            Files.createFile(partial.resolve(COMPLETE));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                StackResources.deleteRecursively(partial); // another JVM extracted the same content first
            } catch (IOException e) {
                if (!Files.exists(target.resolve(COMPLETE))) {
                    throw e;
                }
                StackResources.deleteRecursively(partial);
            }
            return target;
        }
    }

    private static Path cacheRoot() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "vod-client-testing");
    }

    /** A digest of the entries' names, sizes and CRCs: equal content, equal directory. */
    private static String contentKey(List<JarEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (JarEntry entry : entries) {
                digest.update((entry.getName() + ' ' + entry.getSize() + ' ' + entry.getCrc() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
