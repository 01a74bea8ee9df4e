package io.github.vodclient.examples.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vod sign-url}: prints a CloudFront signed URL as one JSON object. */
@Command(name = "sign-url", mixinStandardHelpOptions = true,
        description = {
            "Sign a URL for CloudFront and print {\"url\",\"expiresAt\"}: a canned policy unless --resource or --ip"
                + " is given. The URL may be written as the pipeline writes it (raw spaces) or already encoded;"
                + " the encoded form is signed.",
            "Exit 2 with one 'error:' line for unusable arguments."})
final class SignUrlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The file's URL on the distribution.")
    private String url;

    @Mixin
    private SigningKeyOptions key;

    @Option(names = "--resource", paramLabel = "PATTERN",
            description = "Policy resource with * and ? wildcards, e.g. https://d1.cloudfront.net/<guid>/*.")
    private String resource;

    @Override
    public Integer call() {
        URI target = SigningKeyOptions.url(url);
        var options = key.options();
        if (resource != null) {
            options.resource(resource);
        }
        PlaybackJson.write(spec.commandLine().getOut(), key.playback(target, null).signUrl(target, options.build()));
        return 0;
    }
}
