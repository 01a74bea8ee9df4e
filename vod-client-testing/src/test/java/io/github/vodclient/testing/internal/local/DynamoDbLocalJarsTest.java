package io.github.vodclient.testing.internal.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynamoDbLocalJarsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(DynamoDbLocalJars.REPOSITORY_PROPERTY);
        System.clearProperty(DynamoDbLocalJars.DIRECTORY_PROPERTY);
    }

    @Test
    void classPath_namedDirectoryWithoutIt_throwsNamingTheDirectory(@TempDir Path empty) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DynamoDbLocalJars.classPath(Optional.of(empty)));

        assertTrue(e.getMessage().contains("DynamoDB Local is not in " + empty.toAbsolutePath()), e.getMessage());
    }

    @Test
    void classPath_directoryInAwsDownloadLayout_includesItsLibraries(@TempDir Path download) throws IOException {
        Files.createFile(download.resolve("DynamoDBLocal.jar"));
        Files.createDirectory(download.resolve("DynamoDBLocal_lib"));

        String classPath = DynamoDbLocalJars.classPath(Optional.of(download));

        assertEquals(List.of(download.toAbsolutePath().resolve("*").toString(),
                download.toAbsolutePath().resolve("DynamoDBLocal_lib").resolve("*").toString()),
                Arrays.asList(classPath.split(File.pathSeparator)));
    }

    @Test
    void classPath_directoryProperty_isUsed(@TempDir Path directory) throws IOException {
        Files.createFile(directory.resolve("DynamoDBLocal-3.3.1.jar"));
        System.setProperty(DynamoDbLocalJars.DIRECTORY_PROPERTY, directory.toString());

        assertEquals(directory.toAbsolutePath().resolve("*").toString(), DynamoDbLocalJars.classPath(Optional.empty()));
    }

    @Test
    void classPath_emptyRepository_throwsWithTheFetchCommand(@TempDir Path repository) {
        System.setProperty(DynamoDbLocalJars.REPOSITORY_PROPERTY, repository.toString());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DynamoDbLocalJars.classPath(Optional.empty()));

        assertTrue(e.getMessage().contains(DynamoDbLocalJars.FETCH_COMMAND), e.getMessage());
        assertTrue(e.getMessage().contains(repository.toString()), e.getMessage());
    }

    @Test
    void classPath_repositoryWithOtherVersions_usesThem(@TempDir Path repository) throws IOException {
        List<String> listed = listed();
        for (String entry : listed) { // group/artifact/version/artifact-version.jar -> version 0.0.1-other
            Path artifact = Path.of(entry).getParent().getParent();
            String name = artifact.getFileName().toString();
            Path jar = repository.resolve(artifact).resolve("0.0.1-other").resolve(name + "-0.0.1-other.jar");
            Files.createDirectories(jar.getParent());
            Files.createFile(jar);
        }
        System.setProperty(DynamoDbLocalJars.REPOSITORY_PROPERTY, repository.toString());

        List<String> classPath = Arrays.asList(DynamoDbLocalJars.classPath(Optional.empty()).split(File.pathSeparator));

        assertEquals(listed.size(), classPath.size());
        assertTrue(classPath.stream().allMatch(jar -> jar.endsWith("-0.0.1-other.jar")), classPath.toString());
        assertTrue(classPath.stream().anyMatch(jar -> jar.contains("DynamoDBLocal-0.0.1-other.jar")));
    }

    @Test
    void classPath_repositoryWithOnlySomeListedArtifacts_leavesTheOthersOut(@TempDir Path repository)
            throws IOException {
        String server = listed().stream().filter(e -> e.contains("/DynamoDBLocal-")).findFirst().orElseThrow();
        Files.createDirectories(repository.resolve(server).getParent());
        Files.createFile(repository.resolve(server));
        System.setProperty(DynamoDbLocalJars.REPOSITORY_PROPERTY, repository.toString());

        assertEquals(repository.resolve(server).toAbsolutePath().toString(),
                DynamoDbLocalJars.classPath(Optional.empty()));
    }

    private static List<String> listed() throws IOException {
        try (InputStream in = DynamoDbLocalJars.class.getResourceAsStream("dynamodb-local.classpath")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\|"))
                    .map(e -> e.substring("@repository@/".length())).toList();
        }
    }
}
