package io.github.vodclient.playback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudFront's checks of a signed request, written from its documentation and sharing no code with the signer:
 * the JDK's {@link Signature}, its own URL-safe base64, Jackson for the policy, its own wildcard and CIDR matching.
 * Returns why a request would be refused, or null when CloudFront would serve it.
 */
final class CloudFrontRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PublicKey publicKey;
    private final String keyPairId;

    CloudFrontRules(PublicKey publicKey, String keyPairId) {
        this.publicKey = publicKey;
        this.keyPairId = keyPairId;
    }

    static CloudFrontRules forTestKey(String keyPairId) {
        try (InputStream in = CloudFrontRules.class.getResourceAsStream("test-key-public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new CloudFrontRules(key, keyPairId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why CloudFront would refuse this signed URL requested at {@code now} from {@code ip}; null if it serves it. */
    String refusalOfUrl(URI signedUrl, Instant now, String ip) {
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        String query = signedUrl.getRawQuery() == null ? "" : signedUrl.getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equals("Expires") || name.equals("Policy") || name.equals("Signature")
                    || name.equals("Key-Pair-Id") || name.equals("Hash-Algorithm")) {
                params.put(name, pair.substring(eq + 1));
            } else if (!pair.isEmpty()) {
                rest.append(rest.length() == 0 ? "?" : "&").append(pair);
            }
        }
        String resource = signedUrl.getScheme() + "://" + signedUrl.getRawAuthority() + signedUrl.getRawPath() + rest;
        return refusal(params.get("Expires"), params.get("Policy"), params.get("Signature"), params.get("Key-Pair-Id"),
                resource, now, ip);
    }

    /** Why CloudFront would refuse a request for {@code url} carrying these cookies; null if it serves it. */
    String refusalOfCookies(Map<String, String> cookies, URI url, Instant now, String ip) {
        return refusal(cookies.get("CloudFront-Expires"), cookies.get("CloudFront-Policy"),
                cookies.get("CloudFront-Signature"), cookies.get("CloudFront-Key-Pair-Id"), url.toString(), now, ip);
    }

    private String refusal(String expires, String policy, String signature, String pairId, String url, Instant now,
            String ip) {
        if (signature == null || pairId == null || (expires == null) == (policy == null)) {
            return "missing signing parameters";
        }
        if (!pairId.equals(keyPairId)) {
            return "unknown key pair id";
        }
        byte[] policyBytes = policy != null ? urlSafeDecode(policy)
                : ("{\"Statement\":[{\"Resource\":\"" + url + "\",\"Condition\":{\"DateLessThan\":{\"AWS:EpochTime\":"
                        + expires + "}}}]}").getBytes(StandardCharsets.UTF_8);
        try {
            Signature verifier = Signature.getInstance("SHA1withRSA");
            verifier.initVerify(publicKey);
            verifier.update(policyBytes);
            if (!verifier.verify(urlSafeDecode(signature))) {
                return "bad signature";
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "bad signature: " + e;
        }
        JsonNode statement;
        try {
            statement = JSON.readTree(policyBytes).path("Statement").path(0);
        } catch (IOException e) {
            return "policy is not JSON";
        }
        if (!wildcard(statement.path("Resource").asText()).matcher(url).matches()) {
            return "resource " + statement.path("Resource").asText() + " does not match " + url;
        }
        JsonNode condition = statement.path("Condition");
        if (now.getEpochSecond() >= condition.path("DateLessThan").path("AWS:EpochTime").asLong()) {
            return "expired";
        }
        JsonNode notBefore = condition.path("DateGreaterThan").path("AWS:EpochTime");
        if (!notBefore.isMissingNode() && now.getEpochSecond() <= notBefore.asLong()) {
            return "not yet valid";
        }
        JsonNode cidr = condition.path("IpAddress").path("AWS:SourceIp");
        if (!cidr.isMissingNode() && !inCidr(ip, cidr.asText())) {
            return "address " + ip + " outside " + cidr.asText();
        }
        return null;
    }

    static byte[] urlSafeDecode(String value) {
        return Base64.getDecoder().decode(value.replace('-', '+').replace('_', '=').replace('~', '/'));
    }

    static String decodedPolicy(URI signedUrl) {
        for (String pair : signedUrl.getRawQuery().split("&")) {
            if (pair.startsWith("Policy=")) {
                return new String(urlSafeDecode(pair.substring(7)), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Pattern wildcard(String resource) {
        StringBuilder regex = new StringBuilder();
        for (char c : resource.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean inCidr(String ip, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (network.length != address.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (address[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
