package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.internal.Untrusted;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * An SNS topic ARN of a supported partition, and what follows from its region: the SNS endpoint host that serves
 * signing certificates, so which {@code SigningCertURL} may be fetched, and the names a signing certificate may
 * carry.
 *
 * <p>The region is matched against a strict pattern per partition. That matters: the certificate host is built from
 * it, so a region like {@code s3-external-1} (an S3 host) or one containing dots must never get this far.
 */
public record TopicArn(String arn, String partition, String region) {

    private static final Pattern ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):sns:([a-z0-9-]{1,32}):([0-9]{12}):([A-Za-z0-9_-]{1,256}(?:\\.fifo)?)");
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}-[a-z]+-[0-9]{1,2}");
    private static final Pattern CN_REGION = Pattern.compile("cn-[a-z]+-[0-9]{1,2}");
    private static final Pattern GOV_REGION = Pattern.compile("us-gov-[a-z]+-[0-9]{1,2}");
    private static final Pattern CERTIFICATE_PATH =
            Pattern.compile("/SimpleNotificationService-[0-9A-Za-z]{1,64}\\.pem");
    private static final int DNS_NAME = 2;

    /**
     * Checks a topic ARN given as configuration (an allow-list entry): the same rules as {@link #parse}, reported as
     * an {@link IllegalArgumentException} naming the setting.
     */
    public static String requireValid(String arn, String setting) {
        Objects.requireNonNull(arn, setting);
        try {
            parse(arn);
        } catch (SnsVerificationException e) {
            throw new IllegalArgumentException(setting + " is not an SNS topic ARN (arn:partition:sns:region:account:"
                    + "name) of the aws, aws-cn or aws-us-gov partition: " + Untrusted.quote(arn), e);
        }
        return arn;
    }

    /**
     * The builders' rule for a collection setter: every ARN is checked first, then the set is replaced (a bad ARN
     * leaves it unchanged).
     *
     * @param allowed the builder's set, replaced in place
     * @param arns the new ARNs
     * @param setting the setter's name, for messages
     */
    public static void replaceAll(Set<String> allowed, Collection<String> arns, String setting) {
        Objects.requireNonNull(arns, setting);
        Set<String> checked = new LinkedHashSet<>();
        arns.forEach(arn -> checked.add(requireValid(arn, setting)));
        allowed.clear();
        allowed.addAll(checked);
    }

    /** Parses a topic ARN, or fails with {@link Reason#MALFORMED}. */
    public static TopicArn parse(String arn) {
        if (arn == null) {
            throw new SnsVerificationException(Reason.MALFORMED, "TopicArn is missing");
        }
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new SnsVerificationException(Reason.MALFORMED, "TopicArn is not an SNS topic ARN of the aws, aws-cn"
                    + " or aws-us-gov partition");
        }
        String partition = m.group(1);
        String region = m.group(2);
        boolean regionFits;
        switch (partition) {
            case "aws-cn":
                regionFits = CN_REGION.matcher(region).matches();
                break;
            case "aws-us-gov":
                regionFits = GOV_REGION.matcher(region).matches();
                break;
            default:
                regionFits = AWS_REGION.matcher(region).matches() && !region.startsWith("cn-")
                        && !region.startsWith("us-gov-");
        }
        if (!regionFits) {
            throw new SnsVerificationException(Reason.MALFORMED, "TopicArn region '" + region
                    + "' is not a region of partition " + partition);
        }
        return new TopicArn(arn, partition, region);
    }

    /** The regional SNS endpoint host, the only host signing certificates are fetched from. */
    public String snsHost() {
        return "sns." + region + (partition.equals("aws-cn") ? ".amazonaws.com.cn" : ".amazonaws.com");
    }

    /** The DNS names a signing certificate for this region may carry (VOD-CONTRACT §3). */
    public List<String> signingCertificateNames() {
        switch (partition) {
            case "aws-cn":
                return List.of("sns-" + region + ".amazonaws.com.cn");
            case "aws-us-gov":
                return List.of("sns-us-gov-west-1.amazonaws.com");
            default:
                // Opt-in regions sign with a regional name; the rest with sns.amazonaws.com. Both are AWS names.
                return List.of("sns.amazonaws.com", "sns-signing." + region + ".amazonaws.com");
        }
    }

    /**
     * Decides, before any network request, whether a {@code SigningCertURL} may be fetched for this topic, and returns
     * the canonical URL to fetch (rebuilt from the expected host and the checked path, so no parser quirk of the
     * received string can reach the HTTP client); or fails with {@link Reason#UNTRUSTED_CERTIFICATE_URL}.
     */
    public URI certificateUrl(String signingCertUrl) {
        if (signingCertUrl == null) {
            throw new SnsVerificationException(Reason.MALFORMED, "SigningCertURL is missing");
        }
        URI uri;
        try {
            uri = new URI(signingCertUrl);
        } catch (URISyntaxException e) {
            throw untrustedUrl("is not a valid URI");
        }
        String host = snsHost();
        if (uri.isOpaque() || !"https".equals(uri.getScheme())) {
            throw untrustedUrl("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw untrustedUrl("must not contain user information");
        }
        if (!host.equals(uri.getHost())) {
            throw untrustedUrl("must be on " + host + ", the SNS endpoint of the topic's region");
        }
        String authority = uri.getRawAuthority();
        if (!(host.equals(authority) || (host + ":443").equals(authority))) {
            throw untrustedUrl("must not name a port other than 443");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw untrustedUrl("must not have a query or fragment");
        }
        String path = uri.getRawPath();
        if (path == null || !CERTIFICATE_PATH.matcher(path).matches()) {
            throw untrustedUrl("must be a /SimpleNotificationService-<id>.pem path");
        }
        return URI.create("https://" + host + path);
    }

    private static SnsVerificationException untrustedUrl(String what) {
        return new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE_URL, "SigningCertURL " + what);
    }

    /** Checks a signing certificate's name (one of {@link #signingCertificateNames()}) and validity at an instant. */
    public void checkCertificate(X509Certificate certificate, Instant at) {
        List<String> expected = signingCertificateNames();
        if (names(certificate).stream().noneMatch(expected::contains)) {
            throw new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE, "signing certificate is not issued to "
                    + String.join(" or ", expected));
        }
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw new SnsVerificationException(Reason.EXPIRED_CERTIFICATE, "signing certificate expired on "
                    + certificate.getNotAfter().toInstant() + ", before " + at);
        } catch (CertificateNotYetValidException e) {
            throw new SnsVerificationException(Reason.EXPIRED_CERTIFICATE, "signing certificate is not valid before "
                    + certificate.getNotBefore().toInstant() + ", after " + at);
        }
    }

    /** The DNS names of the subject alternative names or, when there are none, the subject's common names. */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>(2);
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    if (alternative.size() >= 2 && Integer.valueOf(DNS_NAME).equals(alternative.get(0))
                            && alternative.get(1) instanceof String) {
                        names.add(((String) alternative.get(1)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            throw new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE,
                    "signing certificate's alternative names could not be parsed", e);
        }
        if (!names.isEmpty()) {
            return names;
        }
        try {
            LdapName subject = new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
            for (Rdn rdn : subject.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN") && rdn.getValue() instanceof String) {
                    names.add(((String) rdn.getValue()).toLowerCase(Locale.ROOT));
                }
            }
        } catch (InvalidNameException e) {
            throw new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE, "signing certificate has an unreadable"
                    + " subject");
        }
        return names;
    }
}
