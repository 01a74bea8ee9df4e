package io.github.vodclient.video;

import io.github.vodclient.event.PlaybackUrls;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.event.WorkflowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pieces of the short {@code toString()} of results: one line each, no raw message (a result holds its event
 * twice, and a Complete is 2–30 KB), free text clipped. The twin of {@code event.Summaries}, whose clipping and
 * playback kinds it repeats word for word: a shared copy would have to be public or internal, and neither public
 * package may depend on {@code internal}.
 */
final class Summaries {
    private static final int MAX_TEXT = 100;

    private Summaries() {
    }

    /** An event by kind and guid, for results that refer to it: {@code CompleteEvent 6e1b9e46-...}. */
    static String reference(VodEvent event) {
        String guid = event instanceof WorkflowEvent workflow ? workflow.guid()
                : ((UnknownEvent) event).guid().orElse("(no guid)");
        return event.getClass().getSimpleName() + " " + clip(guid);
    }

    /** Which playback outputs are present, without their URLs: {@code [hls, dash, mp4 x3, thumbnails x1]}. */
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

    /** A free-text value on one line, at most 100 characters, clipped with {@code ...}. */
    static String clip(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 3) + "...";
    }

    /** An optional free-text value, clipped, or {@code none}. */
    static String clip(Optional<String> text) {
        return text.map(Summaries::clip).orElse("none");
    }
}
