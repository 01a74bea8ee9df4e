package io.github.vodclient.internal.playback;

import io.github.vodclient.playback.VodPlayback.SigningOptions;

/** Checks of policy resources the signer is given. */
public final class PolicyInputs {
    private PolicyInputs() {
    }

    /**
     * Rejects a resource pattern with the rule of {@link SigningOptions#resource()} (an absolute http(s) URL in its
     * encoded form), by building options from it: one rule for a resource given alone and one given in options.
     */
    static void checkResourceText(String resource) {
        SigningOptions.builder().resource(resource).build();
    }

    /** Whether {@code url} matches a policy resource, where {@code *} is any run of characters and {@code ?} one. */
    static boolean matches(String pattern, String url) {
        int p = 0;
        int u = 0;
        int star = -1;
        int mark = 0;
        while (u < url.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == url.charAt(u))) {
                p++;
                u++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = u;
            } else if (star >= 0) {
                p = star + 1;
                u = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
