package io.github.vodclient.examples.cli;

import io.github.vodclient.VodException;
import io.github.vodclient.playback.VodPlayback.SigningOptions;
import io.github.vodclient.playback.VodPlayback;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vod sign-playlist}: prints an HLS playlist rewritten with absolute, signed URIs. */
@Command(name = "sign-playlist", mixinStandardHelpOptions = true,
        description = {
            "Rewrite an HLS playlist (master or media) so every URI is absolute and carries one custom-policy query,"
                + " and print it. The playlist is read from FILE, from standard input for '-', or, without FILE,"
                + " fetched from PLAYLIST_URL with a signed URL.",
            "Exit 2 with one 'error:' line for unusable arguments."})
final class SignPlaylistCommand implements Callable<Integer> {
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VodCli cli;

    @Parameters(index = "0", paramLabel = "PLAYLIST_URL", description = "Where the playlist is served from: the base"
            + " of its relative URIs.")
    private String playlistUrl;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE|-", description = "The playlist; '-' for stdin.")
    private String file;

    @Mixin
    private SigningKeyOptions key;

    @Option(names = "--resource", paramLabel = "PATTERN",
            description = "Policy resource (default: the job's folder, https://<domain>/<guid>/*).")
    private String resource;

    @Override
    public Integer call() {
        URI base = SigningKeyOptions.url(playlistUrl);
        VodPlayback playback = key.playback(base, null);
        SigningOptions.Builder options = key.options();
        if (resource != null) {
            options.resource(resource);
        }
        String playlist = file != null ? new String(CliInput.read(file, cli.stdin()), StandardCharsets.UTF_8)
                : fetch(playback.signUrl(base, SigningOptions.defaults()).url());
        spec.commandLine().getOut().print(playback.signPlaylist(base, playlist, options.build()).content());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String fetch(URI signed) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(signed).timeout(FETCH_TIMEOUT)
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(VodPlayback.MAX_PLAYLIST_CHARS + 1);
                if (response.statusCode() != 200) {
                    throw new VodException("fetching the playlist answered HTTP " + response.statusCode());
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new VodException("cannot fetch the playlist: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VodException("interrupted while fetching the playlist", e);
        }
    }
}
