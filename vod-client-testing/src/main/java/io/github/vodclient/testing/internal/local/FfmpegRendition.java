package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The encode step done for real with {@code ffmpeg} (when it is installed): an HLS rendition
 * ({@code hls/<base>.m3u8} and its segments) and, with frame capture, one JPEG every 5 seconds
 * ({@code thumbnails/<base>_thumb.NNNNNNN.jpg}), at the paths MediaConvert writes with the solution's templates.
 */
final class FfmpegRendition {
    private static final long TIMEOUT_SECONDS = 300;

    private FfmpegRendition() {
    }

    /** Whether {@code ffmpeg} runs here. */
    static boolean available() {
        return Tools.available("ffmpeg");
    }

    /**
     * Encodes the source into {@code jobDirectory}.
     *
     * @throws IOException with ffmpeg's own message when it fails
     */
    static void encode(Path source, Path jobDirectory, String base, boolean frameCapture)
            throws IOException, InterruptedException {
        Path hls = Files.createDirectories(jobDirectory.resolve("hls"));
        String segmentBase = base.replace("%", "%%");
        run(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", source.toString(),
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k",
                "-f", "hls", "-hls_time", "3", "-hls_playlist_type", "vod",
                "-hls_segment_filename", hls.resolve(segmentBase + "_%05d.ts").toString(),
                hls.resolve(base + ".m3u8").toString()));
        if (frameCapture) {
            Path thumbnails = Files.createDirectories(jobDirectory.resolve("thumbnails"));
            run(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", source.toString(), "-vf", "fps=1/5",
                    "-start_number", "0", "-q:v", "3",
                    thumbnails.resolve(segmentBase + "_thumb.%07d.jpg").toString()));
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("ffmpeg", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new IOException("ffmpeg exited with " + process.exitValue() + ": "
                        + (output.length() > 500 ? output.substring(output.length() - 500) : output));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
