package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException.Reason;
import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.internal.Untrusted;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SNS topic ARN of a supported partition, and what follows from its region: the SNS endpoint host that serves
 * signing certificates and the names a signing certificate may carry.
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
}
