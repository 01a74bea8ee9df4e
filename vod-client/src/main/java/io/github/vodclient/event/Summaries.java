package io.github.vodclient.event;

import io.github.vodclient.sns.SnsMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pieces of the short {@code toString()} of events: one line each, no raw message (a Complete is 2–30 KB), free
 * text clipped. The full values stay on the accessors. {@code video.Summaries} is its twin for the results, kept
 * apart so that neither public package depends on {@code internal}.
 */
final class Summaries {
    private static final int MAX_TEXT = 100;

    private Summaries() {
    }

    /**
     * The closing part shared by every event: the SNS message id and the raw message's length.
     *
     * @param sns the envelope, if any
     * @param rawMessage the raw message
     * @return {@code , sns=<messageId>, rawMessage=<n> chars]}
     */
    static String tail(Optional<SnsMessage> sns, String rawMessage) {
        return ", sns=" + sns.map(s -> clip(s.messageId())).orElse("none") + ", rawMessage=" + rawMessage.length()
                + " chars]";
    }

    /**
     * Which playback outputs are present, without their URLs: {@code [hls, dash, mp4 x3, thumbnails x1]}.
     *
     * @param playback the URLs
     * @return the kinds present
     */
    static String playback(PlaybackUrls playback) {
        List<String> kinds = new ArrayList<>();
        playback.hls().ifPresent(u -> kinds.add("hls"));
        playback.dash().ifPresent(u -> kinds.add("dash"));
        playback.mss().ifPresent(u -> kinds.add("mss"));
        playback.cmafHls().ifPresent(u -> kinds.add("cmafHls"));
        playback.cmafDash().ifPresent(u -> kinds.add("cmafDash"));
        if (!playback.mp4().isEmpty()) {
            kinds.add("mp4 x" + playback.mp4().size());
        }
        if (!playback.thumbnails().isEmpty()) {
            kinds.add("thumbnails x" + playback.thumbnails().size());
        }
        if (!playback.egressEndpoints().isEmpty()) {
            kinds.add("egress " + playback.egressEndpoints().keySet());
        }
        return kinds.toString();
    }

    /**
     * A free-text value on one line, at most 100 characters.
     *
     * @param text the value
     * @return the value, line breaks as spaces, clipped with {@code ...}
     */
    static String clip(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 3) + "...";
    }

    /**
     * An optional free-text value, clipped, or {@code none}.
     *
     * @param text the value
     * @return the clipped value or {@code none}
     */
    static String clip(Optional<String> text) {
        return text.map(Summaries::clip).orElse("none");
    }
}
