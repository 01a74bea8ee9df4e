package io.github.vodclient.internal;

import java.util.Locale;
import java.util.Optional;

/** Reads the pipeline's SNS subjects, e.g. {@code " workflow Status:: Error: <guid>"}. */
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
        if (!lower.startsWith("workflow status::")) {
            return Optional.empty();
        }
        String rest = s.substring("workflow status::".length()).trim();
        if (!rest.toLowerCase(Locale.ROOT).startsWith("error")) {
            return Optional.empty();
        }
        rest = rest.substring("error".length());
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ':' || Character.isWhitespace(rest.charAt(i)))) {
            i++;
        }
        String guid = rest.substring(i).trim();
        return guid.isEmpty() || guid.indexOf(' ') >= 0 ? Optional.empty() : Optional.of(guid);
    }
}
