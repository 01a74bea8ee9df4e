package io.github.vodclient.internal.sns;

import io.github.vodclient.SnsVerificationException;
import io.github.vodclient.SnsVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Parses and checks SNS signing certificates. */
public final class SigningCertificates {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final int DNS_NAME = 2;

    private SigningCertificates() {
    }

    /** Parses exactly one PEM X.509 certificate with an RSA key, or fails with {@link Reason#UNTRUSTED_CERTIFICATE}. */
    public static X509Certificate parsePem(byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        int first = text.indexOf(BEGIN);
        if (first < 0 || !text.substring(0, first).isBlank() || text.indexOf(BEGIN, first + 1) >= 0) {
            throw untrusted("is not exactly one PEM certificate");
        }
        Collection<? extends Certificate> certificates;
        try {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
        } catch (CertificateException e) {
            throw new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE,
                    "signing certificate could not be parsed", e);
        }
        if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate)) {
            throw untrusted("is not exactly one X.509 certificate");
        }
        X509Certificate certificate = (X509Certificate) certificates.iterator().next();
        if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
            throw untrusted("does not have an RSA key");
        }
        return certificate;
    }

    /** Checks the certificate's name and validity for a topic at an instant. */
    public static void check(X509Certificate certificate, TopicArn topic, Instant at) {
        List<String> expected = topic.signingCertificateNames();
        List<String> names = names(certificate);
        if (names.stream().noneMatch(expected::contains)) {
            throw untrusted("is not issued to " + String.join(" or ", expected));
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
            throw untrusted("has an unreadable subject");
        }
        return names;
    }

    private static SnsVerificationException untrusted(String what) {
        return new SnsVerificationException(Reason.UNTRUSTED_CERTIFICATE, "signing certificate " + what);
    }
}
