package io.github.vodclient.testing.internal.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds DynamoDB Local's jars, which the kit must never contain (its licence). In order: the directory the builder
 * names; the directory of the system property {@value #DIRECTORY_PROPERTY}; a {@code dynamodb-local} directory next
 * to the kit's jar (as {@code vod.jar}'s build leaves it); the local Maven repository ({@value #REPOSITORY_PROPERTY},
 * else {@code ~/.m2/repository}), from the list of DynamoDB Local's artifacts written at the kit's build — after
 * {@value #FETCH_COMMAND}, any version of each listed artifact found there is used, and listed artifacts that are not
 * there at all are left out (the list is a superset: the build lists whole dependency groups).
 */
public final class DynamoDbLocalJars {
    /** System property naming a directory with DynamoDB Local's jar and libraries. */
    public static final String DIRECTORY_PROPERTY = "vod.dynamodbLocal.dir";
    /** System property naming the Maven repository to read DynamoDB Local from. */
    public static final String REPOSITORY_PROPERTY = "vod.dynamodbLocal.repository";
    /** The one-line fetch that puts DynamoDB Local into the local Maven repository. */
    public static final String FETCH_COMMAND =
            "mvn dependency:get -Dartifact=software.amazon.dynamodb:DynamoDBLocal:3.3.1";
    private static final String LIST = "/io/github/vodclient/testing/internal/local/dynamodb-local.classpath";
    private static final String REPOSITORY = "@repository@/";
    private static final String SERVER_ARTIFACT = "software/amazon/dynamodb/DynamoDBLocal/";

    private DynamoDbLocalJars() {
    }

    /**
     * DynamoDB Local's class path.
     *
     * @param directory the directory the caller named, if any
     * @return a class path for {@code java -cp}
     * @throws IllegalStateException naming where it looked and how to get it, when it is nowhere
     */
    public static String classPath(Optional<Path> directory) {
        Optional<Path> named = directory.or(() -> Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY))
                .filter(p -> !p.isBlank()).map(Path::of));
        if (named.isPresent()) {
            return fromDirectory(named.get()).orElseThrow(() -> new IllegalStateException("DynamoDB Local is not in "
                    + named.get().toAbsolutePath() + ": that directory must hold DynamoDBLocal*.jar and its libraries"
                    + " (the unpacked download from AWS, or a copy of its Maven artifacts)"));
        }
        Path besideKit = Path.of(ParentWatch.codeLocation()).getParent().resolve("dynamodb-local");
        return fromDirectory(besideKit).orElseGet(DynamoDbLocalJars::fromRepository);
    }

    private static Optional<String> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            if (files.noneMatch(f -> f.getFileName().toString().startsWith("DynamoDBLocal"))) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        String path = directory.toAbsolutePath().resolve("*").toString();
        Path lib = directory.resolve("DynamoDBLocal_lib"); // the layout of AWS's download
        return Optional.of(Files.isDirectory(lib) ? path + File.pathSeparator + lib.toAbsolutePath().resolve("*")
                : path);
    }

    private static String fromRepository() {
        Path repository = Optional.ofNullable(System.getProperty(REPOSITORY_PROPERTY)).filter(p -> !p.isBlank())
                .map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        List<String> jars = new ArrayList<>();
        boolean server = false;
        for (String entry : listedArtifacts()) {
            Path exact = repository.resolve(entry);
            Optional<Path> found = Files.isRegularFile(exact) ? Optional.of(exact) : anyVersion(exact);
            // The list is a superset (the kit's build lists whole dependency groups): what is not there is skipped.
            found.ifPresent(jar -> jars.add(jar.toAbsolutePath().toString()));
            server |= found.isPresent() && entry.startsWith(SERVER_ARTIFACT);
        }
        if (!server) {
            throw new IllegalStateException("DynamoDB Local is not in the Maven repository " + repository
                    + ". Fetch it once with '" + FETCH_COMMAND + "', or name a directory holding it with"
                    + " LocalVodStack.builder().dynamoDbLocalDirectory(..) or -D" + DIRECTORY_PROPERTY
                    + "=...; the repository is read from -D" + REPOSITORY_PROPERTY);
        }
        return String.join(File.pathSeparator, jars);
    }

    /** The same artifact in another version: {@code group/artifact/<version>/artifact-<version>.jar}. */
    private static Optional<Path> anyVersion(Path exact) {
        Path artifactDirectory = exact.getParent().getParent();
        String artifact = artifactDirectory.getFileName().toString();
        if (!Files.isDirectory(artifactDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(artifactDirectory)) {
            return versions.map(v -> v.resolve(artifact + "-" + v.getFileName() + ".jar"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Repository-relative paths of DynamoDB Local's jars, as the kit's build resolved them. */
    private static List<String> listedArtifacts() {
        try (InputStream in = DynamoDbLocalJars.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the kit's list of DynamoDB Local's artifacts (" + LIST + ") is missing");
            }
            List<String> entries = new ArrayList<>();
            for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("[|\\s]+")) {
                if (entry.startsWith(REPOSITORY)) {
                    entries.add(entry.substring(REPOSITORY.length()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LIST, e);
        }
    }
}
