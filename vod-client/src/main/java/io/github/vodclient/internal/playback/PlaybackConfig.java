package io.github.vodclient.internal.playback;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A {@link io.github.vodclient.playback.VodPlayback}'s settings, as built. */
record PlaybackConfig(String keyPairId, PrivateKey privateKey, Duration defaultExpiry, Duration maxExpiry,
        Optional<String> distributionDomain, Optional<String> cookieDomain, boolean allowHttp, Clock clock) {

    /** Leaves the private key out. */
    @Override
    public String toString() {
        return "PlaybackConfig[keyPairId=" + keyPairId + ", defaultExpiry=" + defaultExpiry + ", maxExpiry="
                + maxExpiry + ", distributionDomain=" + distributionDomain + "]";
    }
}
