package io.github.vodclient.testing.internal.local;

import java.nio.file.Path;
import java.util.Optional;

/** Turns the builder's private-output settings into the stack's key pair (generated, or the caller's). */
final class PrivateOutputMode {

    private PrivateOutputMode() {
    }

    static Optional<PrivateOutputs> of(boolean enabled, Path privateKeyPem, String keyPairId) {
        if (!enabled) {
            return Optional.empty();
        }
        return Optional.of(privateKeyPem == null ? PrivateOutputs.generate()
                : PrivateOutputs.of(privateKeyPem, keyPairId));
    }
}
