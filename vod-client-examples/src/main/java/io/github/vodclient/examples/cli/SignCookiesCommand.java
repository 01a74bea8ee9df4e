package io.github.vodclient.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vod sign-cookies}: prints CloudFront signed cookies and their Set-Cookie headers as one JSON object. */
@Command(name = "sign-cookies", mixinStandardHelpOptions = true,
        description = {
            "Sign cookies (custom policy) for a resource pattern and print"
                + " {\"cookies\":{...},\"setCookie\":[...],\"expiresAt\"}.",
            "Cookies work only when the distribution is served on a subdomain of your site (e.g. media.example.com"
                + " for www.example.com, --domain example.com); never on *.cloudfront.net.",
            "Exit 2 with one 'error:' line for unusable arguments."})
final class SignCookiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--resource", required = true, paramLabel = "PATTERN",
            description = "Policy resource, e.g. https://media.example.com/<guid>/*.")
    private String resource;

    @Mixin
    private SigningKeyOptions key;

    @Option(names = "--domain", paramLabel = "D", description = "Cookie Domain attribute (default: the resource's"
            + " host without its first label).")
    private String domain;

    @Override
    public Integer call() {
        var playback = key.playback(SigningKeyOptions.url(resource.replace("*", "").replace("?", "")), domain);
        PlaybackJson.write(spec.commandLine().getOut(), playback.signCookies(resource, key.options().build()));
        return 0;
    }
}
