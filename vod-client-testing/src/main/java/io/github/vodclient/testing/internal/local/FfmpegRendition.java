package io.github.vodclient.testing.internal.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The encode step done for real with {@code ffmpeg} (when it is installed), scaled down from the solution's
 * templates: an HLS ladder of two or three renditions no taller than the source ({@code hls/<base>.m3u8}, the master
 * playlist, naming {@code hls/<base>_<height>p.m3u8} and their segments), the top rendition as MP4
 * ({@code mp4/<base>_<height>p.mp4}), and, with frame capture, one JPEG every 5 seconds
 * ({@code thumbnails/<base>_thumb.NNNNNNN.jpg}), at the paths MediaConvert writes.
 */
final class FfmpegRendition {
    private static final long TIMEOUT_SECONDS = 300;
    /** The ladder's rungs, tallest first; a source is encoded at its own height and the rungs below it. */
    private static final int[] LADDER = {1080, 720, 540, 360, 240};
    private static final int MAX_RENDITIONS = 3;

    /** What was written, relative to the job's directory. */
    record Outputs(String hlsMaster, List<String> mp4) {
    }

    private FfmpegRendition() {
    }

    /** Whether {@code ffmpeg} runs here. */
    static boolean available() {
        return Tools.available("ffmpeg");
    }

    /**
     * The heights of the ladder for a source this tall: its own height (even) and the rungs below it, at most three,
     * and always two (half the source's height when no rung is below it).
     */
    static List<Integer> ladder(int sourceHeight) {
        List<Integer> heights = new ArrayList<>();
        heights.add(even(Math.min(sourceHeight, LADDER[0])));
        for (int rung : LADDER) {
            if (rung < heights.get(0) && heights.size() < MAX_RENDITIONS) {
                heights.add(rung);
            }
        }
        if (heights.size() < 2) {
            heights.add(even(Math.max(2, sourceHeight / 2)));
        }
        return List.copyOf(heights);
    }

    /**
     * Encodes the source into {@code jobDirectory}.
     *
     * @param width the source's width, height its height (from the media info)
     * @throws IOException with ffmpeg's own message when it fails
     */
    static Outputs encode(Path source, Path jobDirectory, String base, int width, int height, boolean frameCapture)
            throws IOException, InterruptedException {
        Path hls = Files.createDirectories(jobDirectory.resolve("hls"));
        String pattern = base.replace("%", "%%");
        StringBuilder master = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        List<Integer> heights = ladder(height);
        for (int h : heights) {
            String name = base + "_" + h + "p";
            run(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", source.toString(),
                    "-map", "0:v:0", "-map", "0:a:0?", "-vf", "scale=-2:" + h,
                    "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k",
                    "-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod",
                    "-hls_segment_filename", hls.resolve(pattern + "_" + h + "p_%05d.ts").toString(),
                    hls.resolve(name + ".m3u8").toString()));
            int w = even((int) Math.round((double) width * h / Math.max(1, height)));
            master.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth(hls, name)).append(",RESOLUTION=")
                    .append(w).append('x').append(h).append('\n').append(name).append(".m3u8\n");
        }
        Files.writeString(hls.resolve(base + ".m3u8"), master, StandardCharsets.UTF_8);
        Path mp4 = Files.createDirectories(jobDirectory.resolve("mp4"));
        String mp4Name = base + "_" + heights.get(0) + "p.mp4";
        run(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", source.toString(),
                "-map", "0:v:0", "-map", "0:a:0?", "-vf", "scale=-2:" + heights.get(0),
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k",
                "-movflags", "+faststart", mp4.resolve(mp4Name).toString()));
        if (frameCapture) {
            Path thumbnails = Files.createDirectories(jobDirectory.resolve("thumbnails"));
            run(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", source.toString(), "-vf", "fps=1/5",
                    "-start_number", "0", "-q:v", "3",
                    thumbnails.resolve(pattern + "_thumb.%07d.jpg").toString()));
        }
        return new Outputs("hls/" + base + ".m3u8", List.of("mp4/" + mp4Name));
    }

    /** The rendition's peak-ish bit rate: its largest segment over the target duration, as HLS BANDWIDTH wants. */
    private static long bandwidth(Path hls, String name) throws IOException {
        long largest = 0;
        try (Stream<Path> files = Files.list(hls)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(name + "_") && fileName.toLowerCase(Locale.ROOT).endsWith(".ts")) {
                    largest = Math.max(largest, Files.size(file));
                }
            }
        }
        return Math.max(1, largest * 8 / 2);
    }

    private static int even(int value) {
        return Math.max(2, value - value % 2);
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
