package io.github.vodclient.testing.internal.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFront's access rules for a distribution that trusts one key pair, written from CloudFront's documentation
 * with the JDK and sharing no code with vod-client's signer: a signed URL ({@code Expires} or {@code Policy},
 * {@code Signature}, {@code Key-Pair-Id}) takes precedence over signed cookies ({@code CloudFront-*}); the
 * signature is RSA over the canned or custom policy (SHA-1, or SHA-256 with {@code Hash-Algorithm=SHA256});
 * the policy's resource (with {@code *} and {@code ?} wildcards) must match the requested URL, its
 * {@code DateLessThan} be in the future, its {@code DateGreaterThan} in the past, and the client inside its
 * {@code IpAddress} range.
 */
final class CloudFrontAccessRules {
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> URL_PARAMETERS = List.of("Expires", "Policy", "Signature", "Key-Pair-Id",
            "Hash-Algorithm");

    private final PublicKey publicKey;
    private final String keyPairId;

    CloudFrontAccessRules(PrivateOutputs keys) {
        this.publicKey = keys.publicKey();
        this.keyPairId = keys.keyPairId();
    }

    /**
     * Why CloudFront would refuse the request, or empty when it would serve it.
     *
     * @param origin {@code http://127.0.0.1:port}, the distribution's own origin
     * @param rawPath the request's raw (encoded) path
     * @param rawQuery the request's raw query, or null
     * @param cookieHeader the {@code Cookie} header, or null
     * @param clientIp the client's address
     * @param now the time of the request
     */
    Optional<String> refusal(String origin, String rawPath, String rawQuery, String cookieHeader, String clientIp,
            Instant now) {
        Map<String, String> signing = new LinkedHashMap<>();
        StringBuilder otherQuery = new StringBuilder();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (URL_PARAMETERS.contains(name)) {
                    signing.put(name, eq < 0 ? "" : pair.substring(eq + 1));
                } else if (!pair.isEmpty()) {
                    otherQuery.append(otherQuery.length() == 0 ? "?" : "&").append(pair);
                }
            }
        }
        String url = origin + rawPath + otherQuery;
        if (!signing.isEmpty()) {
            return check(signing.get("Expires"), signing.get("Policy"), signing.get("Signature"),
                    signing.get("Key-Pair-Id"), signing.get("Hash-Algorithm"), url, clientIp, now);
        }
        Map<String, String> cookies = cookies(cookieHeader);
        if (cookies.containsKey("CloudFront-Signature") || cookies.containsKey("CloudFront-Key-Pair-Id")) {
            return check(cookies.get("CloudFront-Expires"), cookies.get("CloudFront-Policy"),
                    cookies.get("CloudFront-Signature"), cookies.get("CloudFront-Key-Pair-Id"),
                    cookies.get("CloudFront-Hash-Algorithm"), url, clientIp, now);
        }
        return Optional.of("MissingKey: no signed URL parameters and no CloudFront cookies");
    }

    private Optional<String> check(String expires, String policy, String signature, String pairId, String hash,
            String url, String clientIp, Instant now) {
        if (signature == null || pairId == null || (expires == null) == (policy == null)) {
            return Optional.of("AccessDenied: incomplete signing parameters");
        }
        if (!pairId.equals(keyPairId)) {
            return Optional.of("AccessDenied: key pair id is not trusted by this distribution");
        }
        byte[] policyBytes;
        try {
            policyBytes = policy != null ? decode(policy)
                    : ("{\"Statement\":[{\"Resource\":\"" + url + "\",\"Condition\":{\"DateLessThan\":"
                            + "{\"AWS:EpochTime\":" + Long.parseLong(expires) + "}}}]}").getBytes(StandardCharsets.UTF_8);
            Signature verifier = Signature.getInstance("SHA256".equals(hash) ? "SHA256withRSA" : "SHA1withRSA");
            verifier.initVerify(publicKey);
            verifier.update(policyBytes);
            if (!verifier.verify(decode(signature))) {
                return Optional.of("AccessDenied: signature does not match");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("AccessDenied: malformed signing parameters");
        }
        Map<String, Object> statement;
        try {
            statement = firstStatement(policyBytes);
        } catch (IOException | ClassCastException | IndexOutOfBoundsException e) {
            return Optional.of("AccessDenied: malformed policy");
        }
        Object resource = statement.getOrDefault("Resource", "*");
        if (!(resource instanceof String pattern) || !matches(pattern, url)) {
            return Optional.of("AccessDenied: policy resource does not match " + url);
        }
        Map<?, ?> condition = statement.get("Condition") instanceof Map<?, ?> c ? c : Map.of();
        Long before = epoch(condition.get("DateLessThan"));
        if (before == null || now.getEpochSecond() >= before) {
            return Optional.of("AccessDenied: expired");
        }
        Long after = epoch(condition.get("DateGreaterThan"));
        if (after != null && now.getEpochSecond() <= after) {
            return Optional.of("AccessDenied: not valid yet");
        }
        if (condition.get("IpAddress") instanceof Map<?, ?> ip && ip.get("AWS:SourceIp") instanceof String cidr
                && !inRange(clientIp, cidr)) {
            return Optional.of("AccessDenied: client address outside " + cidr);
        }
        return Optional.empty();
    }

    private static byte[] decode(String urlSafe) {
        return Base64.getDecoder().decode(urlSafe.replace('-', '+').replace('_', '=').replace('~', '/'));
    }

    private static Long epoch(Object condition) {
        return condition instanceof Map<?, ?> m && m.get("AWS:EpochTime") instanceof Number n ? n.longValue() : null;
    }

    /** CloudFront's wildcards: {@code *} any run of characters, {@code ?} exactly one. */
    static boolean matches(String pattern, String text) {
        boolean[] row = new boolean[text.length() + 1];
        row[0] = true;
        for (int p = 0; p < pattern.length(); p++) {
            char c = pattern.charAt(p);
            boolean[] next = new boolean[text.length() + 1];
            next[0] = row[0] && c == '*';
            for (int t = 1; t <= text.length(); t++) {
                next[t] = c == '*' ? next[t - 1] || row[t] : row[t - 1] && (c == '?' || c == text.charAt(t - 1));
            }
            row = next;
        }
        return row[text.length()];
    }

    static boolean inRange(String ip, String cidr) {
        try {
            int slash = cidr.indexOf('/');
            byte[] network = InetAddress.getByName(slash < 0 ? cidr : cidr.substring(0, slash)).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
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
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header != null) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
        }
        return cookies;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstStatement(byte[] policy) throws IOException {
        try (JsonParser parser = JSON.createParser(policy)) {
            parser.nextToken();
            Map<String, Object> document = (Map<String, Object>) value(parser);
            return (Map<String, Object>) ((List<Object>) document.get("Statement")).get(0);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        throw new IOException("unexpected " + token);
    }
}
