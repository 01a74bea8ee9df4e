package io.github.vodclient.internal.event;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the pipeline's SNS subjects: {@code " workflow Status:: Error: <guid>"} (v4.2 and later) and
 * {@code " workflow error: <guid>"} (v4.0–4.1).
 */
final class Subjects {

    private Subjects() {
    }

    /** The guid of an error subject, when the subject is one. */
    static Optional<String> errorGuid(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String s = subject.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("workflow error:")) {
            return guid(s.substring("workflow error:".length()));
        }
        if (!lower.startsWith("workflow status::")) {
            return Optional.empty();
        }
        String rest = s.substring("workflow status::".length()).trim();
        if (!rest.toLowerCase(Locale.ROOT).startsWith("error")) {
            return Optional.empty();
        }
        return guid(rest.substring("error".length()));
    }

    /** The guid after the status: colons and spaces skipped; one word. */
    private static Optional<String> guid(String rest) {
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ':' || Character.isWhitespace(rest.charAt(i)))) {
            i++;
        }
        String guid = rest.substring(i).trim();
        return guid.isEmpty() || guid.indexOf(' ') >= 0 ? Optional.empty() : Optional.of(guid);
    }
}
