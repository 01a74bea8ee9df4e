package io.github.vodclient.internal.upload;

import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.UploadValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the custom keys of a metadata file the way the pipeline will use them: it lower-cases each key's first
 * letter and writes it, without expression-attribute-name placeholders, into a DynamoDB update expression.
 */
public final class MetadataKeyRules {
    /** What a DynamoDB update expression accepts as a bare attribute name. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    /** Keys the pipeline writes itself (workflow state, options, outputs), in every version's spelling. */
    private static final Set<String> PIPELINE_KEYS = Set.of(
            "guid", "startTime", "endTime", "EndTime", "workflowTrigger", "workflowStatus", "workflowName",
            "workflowErrorAt", "errorMessage", "errorDetails", "srcBucket", "srcVideo", "destBucket", "cloudFront",
            "frameCapture", "frameCaptureHeight", "frameCaptureWidth", "archiveSource", "jobTemplate",
            "jobTemplate_2160p", "jobTemplate_1080p", "jobTemplate_720p", "inputRotate", "acceleratedTranscoding",
            "enableSns", "enableSqs", "enableMediaPackage", "srcMediainfo", "srcHeight", "srcWidth",
            "encodingProfile", "isCustomTemplate", "customTemplate", "encodingJob", "encodingOutput", "encodeJobId",
            "ecodeJobId", "hlsPlaylist", "hlsUrl", "dashPlaylist", "dashUrl", "mssPlaylist", "mssUrl",
            "cmafDashPlaylist", "cmafDashUrl", "cmafHlsPlaylist", "cmafHlsUrl", "mp4Outputs", "mp4Urls",
            "thumbNails", "thumbNailsUrls", "thumbNail", "thumbNailUrl", "mediaPackageResourceId",
            "egressEndpoints", "status");

    private MetadataKeyRules() {
    }

    /**
     * Checks every key and value and returns a deep, unmodifiable copy in the same order.
     *
     * @param custom the application's keys and values
     * @return the checked copy
     * @throws UploadValidationException naming the first bad key
     */
    public static Map<String, Object> checkAll(Map<String, Object> custom) {
        Map<String, String> seen = new HashMap<>();
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : custom.entrySet()) {
            String key = e.getKey();
            String field = "custom." + Untrusted.escape(key);
            if (!KEY.matcher(key).matches()) {
                throw new UploadValidationException(field, "must start with a letter and contain only letters,"
                        + " digits and '_' (at most 255), or the pipeline's DynamoDB update fails");
            }
            String stored = Character.toLowerCase(key.charAt(0)) + key.substring(1);
            if (DynamoDbReservedWords.isReserved(stored)) {
                throw new UploadValidationException(field, "'" + stored + "' is a DynamoDB reserved word; the"
                        + " pipeline's update of the job record would fail");
            }
            if (PIPELINE_KEYS.contains(stored)) {
                throw new UploadValidationException(field, "'" + stored + "' is a key the pipeline writes itself;"
                        + (stored.equals(key) ? "" : " the pipeline lower-cases the first letter;")
                        + " use the typed option or another name");
            }
            String previous = seen.putIfAbsent(stored, key);
            if (previous != null) {
                throw new UploadValidationException(field, "collides with '" + previous + "': the pipeline"
                        + " lower-cases the first letter, so both become '" + stored + "'");
            }
            copy.put(key, value(field, e.getValue()));
        }
        return copy;
    }

    private static Object value(String field, Object value) {
        if (value == null) {
            throw new UploadValidationException(field, "is null; use a string, boolean, number, list or map");
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new UploadValidationException(field, "is " + d + ", which JSON cannot carry");
            }
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(value(field + "[" + i + "]", list.get(i)));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new UploadValidationException(field, "has a map key that is not a string");
                }
                copy.put(name, value(field + "." + name, e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new UploadValidationException(field, "is a " + value.getClass().getName()
                + "; use a string, boolean, number, list or map");
    }
}
