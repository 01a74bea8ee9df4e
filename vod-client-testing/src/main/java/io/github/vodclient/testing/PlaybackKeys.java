package io.github.vodclient.testing;

import io.github.vodclient.playback.VodPlayback;
import java.nio.file.Path;

/**
 * The CloudFront key pair of a {@link LocalVodStack} started with {@link LocalVodStack.Builder#privateOutputs()}: its
 * output server answers 403 unless a request carries a URL or cookies signed with this key, as a distribution with
 * a trusted key group does.
 *
 * <pre>{@code
 * VodPlayback signer = stack.privateOutputs().orElseThrow().playbackBuilder().build();
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PlaybackKeys {
    /**
     * The key pair id to sign with (CloudFront's public key id).
     *
     * @return the id
     */
    String keyPairId();

    /**
     * The RSA private key, as a PEM file the stack wrote (or the one given to the builder).
     *
     * @return the file
     */
    Path privateKeyFile();

    /**
     * A {@link VodPlayback} builder with this key pair, and plain HTTP allowed (the local output server has no TLS).
     *
     * @return a new builder
     */
    VodPlayback.Builder playbackBuilder();
}
