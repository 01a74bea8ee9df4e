package io.github.vodclient.examples.cli;

import io.github.vodclient.VodException;
import io.github.vodclient.event.VodEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input for {@code -} or no argument. */
final class CliInput {

    private CliInput() {
    }

    static byte[] read(String file, InputStream stdin) {
        int limit = VodEventParser.DEFAULT_MAX_INPUT_BYTES;
        if (file == null || file.equals("-")) {
            try {
                byte[] bytes = stdin.readNBytes(limit + 1);
                if (bytes.length > limit) {
                    throw new VodException("standard input is larger than the limit of " + limit + " bytes");
                }
                if (bytes.length == 0) {
                    throw new VodException("standard input is empty: give a FILE, or pipe a delivery in");
                }
                return bytes;
            } catch (IOException e) {
                throw new VodException("cannot read standard input: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(file);
        try {
            if (Files.size(path) > limit) {
                throw new VodException(file + " is larger than the limit of " + limit + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length == 0) {
                throw new VodException(file + " is empty");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new VodException("no such file: " + file, e);
        } catch (IOException e) {
            throw new VodException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
