package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Decides, before any network request, whether a {@code SigningCertURL} may be fetched, and returns the canonical
 * URL to fetch (rebuilt from the expected host and the checked path, so no parser quirk of the received string can
 * reach the HTTP client).
 */
public final class CertificateUrls {

    private static final Pattern PATH = Pattern.compile("/SimpleNotificationService-[0-9A-Za-z]{1,64}\\.pem");

    private CertificateUrls() {
    }

    /** The canonical certificate URL, or {@link Reason#UNTRUSTED_CERTIFICATE_URL}. */
    public static URI trusted(String signingCertUrl, TopicArn topic) {
        if (signingCertUrl == null) {
            throw new SnsVerificationException(Reason.MALFORMED, "SigningCertURL is missing");
        }
        URI uri;
        try {
            uri = new URI(signingCertUrl);
        } catch (URISyntaxException e) {
            throw untrusted("is not a valid URI");
        }
        String host = topic.snsHost();
        if (uri.isOpaque() || !"https".equals(uri.getScheme())) {
            throw untrusted("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw untrusted("must not contain user information");
        }
        if (!host.equals(uri.getHost())) {
            throw untrusted("must be on " + host + ", the SNS endpoint of the topic's region");
        }
        String authority = uri.getRawAuthority();
        if (!(host.equals(authority) || (host + ":443").equals(authority))) {
            throw untrusted("must not name a port other than 443");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw untrusted("must not have a query or fragment");
        }
        String path = uri.getRawPath();
        if (path == null || !PATH.matcher(path).matches()) {
            throw untrusted("must be a /SimpleNotificationService-<id>.pem path");
        }
        return URI.create("https://" + host + path);
    }

    private static SnsVerificationException untrusted(String what) {
        return new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE_URL, "SigningCertURL " + what);
    }
}
