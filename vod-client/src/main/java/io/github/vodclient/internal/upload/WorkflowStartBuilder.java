package io.github.vodclient.internal.upload;

import io.github.vodclient.UploadValidationException;
import io.github.vodclient.internal.Untrusted;
import io.github.vodclient.upload.WorkflowStart;
import io.github.vodclient.upload.WorkflowStart.AcceleratedTranscoding;
import io.github.vodclient.upload.WorkflowStart.ArchiveSource;
import io.github.vodclient.upload.WorkflowStart.InputRotate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The builder behind {@link WorkflowStart#builder(String)}: checks each option as it is given, the custom keys at
 * build, the way the pipeline will use them: it lower-cases each key's first letter and writes it, without
 * expression-attribute-name placeholders, into a DynamoDB update expression.
 */
public final class WorkflowStartBuilder implements WorkflowStart.Builder {
    private final String srcVideo;
    private ArchiveSource archiveSource;
    private Boolean frameCapture;
    private String jobTemplate;
    private InputRotate inputRotate;
    private AcceleratedTranscoding acceleratedTranscoding;
    private final Map<String, Object> custom = new LinkedHashMap<>();

    public WorkflowStartBuilder(String srcVideo) {
        Objects.requireNonNull(srcVideo, "srcVideo");
        if (srcVideo.isEmpty()) {
            throw new UploadValidationException("srcVideo", "is empty");
        }
        if (srcVideo.endsWith(".json")) {
            throw new UploadValidationException("srcVideo", "must be the video, not a .json metadata file");
        }
        this.srcVideo = srcVideo;
    }

    @Override
    public WorkflowStart.Builder archiveSource(ArchiveSource archiveSource) {
        this.archiveSource = Objects.requireNonNull(archiveSource, "archiveSource");
        return this;
    }

    @Override
    public WorkflowStart.Builder frameCapture(boolean frameCapture) {
        this.frameCapture = frameCapture;
        return this;
    }

    @Override
    public WorkflowStart.Builder jobTemplate(String jobTemplate) {
        Objects.requireNonNull(jobTemplate, "jobTemplate");
        if (jobTemplate.isBlank()) {
            throw new UploadValidationException("jobTemplate", "is blank");
        }
        this.jobTemplate = jobTemplate;
        return this;
    }

    @Override
    public WorkflowStart.Builder inputRotate(InputRotate inputRotate) {
        this.inputRotate = Objects.requireNonNull(inputRotate, "inputRotate");
        return this;
    }

    @Override
    public WorkflowStart.Builder acceleratedTranscoding(AcceleratedTranscoding acceleratedTranscoding) {
        this.acceleratedTranscoding = Objects.requireNonNull(acceleratedTranscoding, "acceleratedTranscoding");
        return this;
    }

    @Override
    public WorkflowStart.Builder custom(String key, Object value) {
        Objects.requireNonNull(key, "custom key");
        if (custom.containsKey(key)) {
            throw new UploadValidationException("custom." + key, "is set twice");
        }
        custom.put(key, value);
        return this;
    }

    @Override
    public WorkflowStart.Builder custom(Map<String, ?> values) {
        Objects.requireNonNull(values, "custom").forEach(this::custom);
        return this;
    }

    @Override
    public WorkflowStart build() {
        return new MetadataFile(srcVideo, Optional.ofNullable(archiveSource), Optional.ofNullable(frameCapture),
                Optional.ofNullable(jobTemplate), Optional.ofNullable(inputRotate),
                Optional.ofNullable(acceleratedTranscoding), checkAll(custom));
    }

    /**
     * Checks every key and value and returns a deep, unmodifiable copy in the same order.
     *
     * @param custom the application's keys and values
     * @return the checked copy
     * @throws UploadValidationException naming the first bad key
     */
    private static Map<String, Object> checkAll(Map<String, Object> custom) {
        Map<String, String> seen = new HashMap<>();
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : custom.entrySet()) {
            String key = e.getKey();
            String field = "custom." + Untrusted.escape(key);
            if (!Rules.KEY.matcher(key).matches()) {
                throw new UploadValidationException(field, "must start with a letter and contain only letters,"
                        + " digits and '_' (at most 255), or the pipeline's DynamoDB update fails");
            }
            String stored = Character.toLowerCase(key.charAt(0)) + key.substring(1);
            if (Rules.RESERVED_WORDS.contains(stored.toLowerCase(Locale.ROOT))) {
                throw new UploadValidationException(field, "'" + stored + "' is a DynamoDB reserved word; the"
                        + " pipeline's update of the job record would fail");
            }
            if (Rules.PIPELINE_KEYS.contains(stored)) {
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

    /** The rules for custom keys, built on first use, not when the builder class loads. */
    private static final class Rules {
        /** What a DynamoDB update expression accepts as a bare attribute name. */
        static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
        /** Keys the pipeline writes itself (workflow state, options, outputs), in every version's spelling. */
        static final Set<String> PIPELINE_KEYS = Set.of("""
                guid startTime endTime EndTime workflowTrigger workflowStatus workflowName workflowErrorAt errorMessage
                errorDetails srcBucket srcVideo destBucket cloudFront frameCapture frameCaptureHeight frameCaptureWidth
                archiveSource jobTemplate jobTemplate_2160p jobTemplate_1080p jobTemplate_720p inputRotate
                acceleratedTranscoding enableSns enableSqs enableMediaPackage srcMediainfo srcHeight srcWidth
                encodingProfile isCustomTemplate customTemplate encodingJob encodingOutput encodeJobId ecodeJobId
                hlsPlaylist hlsUrl dashPlaylist dashUrl mssPlaylist mssUrl cmafDashPlaylist cmafDashUrl cmafHlsPlaylist
                cmafHlsUrl mp4Outputs mp4Urls thumbNails thumbNailsUrls thumbNail thumbNailUrl mediaPackageResourceId
                egressEndpoints status
                """.strip().split("\\s+"));

        /**
         * DynamoDB's reserved words, 573 words, compared case-insensitively
         * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html). The pipeline writes
         * metadata keys into update expressions without placeholders, so a custom key that is one of these words
         * makes the workflow's DynamoDB update fail.
         */
        static final Set<String> RESERVED_WORDS = Set.of("""
                abort absolute action add after agent aggregate all allocate alter analyze and any archive are array
                as asc ascii asensitive assertion asymmetric at atomic attach attribute auth authorization authorize
                auto avg back backup base batch before begin between bigint binary bit blob block boolean both
                breadth bucket bulk by byte call called calling capacity cascade cascaded case cast catalog char
                character check class clob close cluster clustered clustering clusters coalesce collate collation
                collection column columns combine comment commit compact compile compress condition conflict connect
                connection consistency consistent constraint constraints constructor consumed continue convert copy
                corresponding count counter create cross cube current cursor cycle data database date datetime day
                deallocate dec decimal declare default deferrable deferred define defined definition delete
                delimited depth deref desc describe descriptor detach deterministic diagnostics directories disable
                disconnect distinct distribute do domain double drop dump duration dynamic each element else elseif
                empty enable end equal equals error escape escaped eval evaluate exceeded except exception
                exceptions exclusive exec execute exists exit explain explode export expression extended external
                extract fail false family fetch fields file filter filtering final finish first fixed flattern float
                for force foreign format forward found free from full function functions general generate get glob
                global go goto grant greater group grouping handler hash have having heap hidden hold hour
                identified identity if ignore immediate import in including inclusive increment incremental index
                indexed indexes indicator infinite initially inline inner innter inout input insensitive insert
                instead int integer intersect interval into invalidate is isolation item items iterate join key keys
                lag language large last lateral lead leading leave left length less level like limit limited lines
                list load local localtime localtimestamp location locator lock locks log loged long loop lower map
                match materialized max maxlen member merge method metrics min minus minute missing mod mode modifies
                modify module month multi multiset name names national natural nchar nclob new next no none not null
                nullif number numeric object of offline offset old on online only opaque open operator option or
                order ordinality other others out outer output over overlaps override owner pad parallel parameter
                parameters partial partition partitioned partitions path percent percentile permission permissions
                pipe pipelined plan pool position precision prepare preserve primary prior private privileges
                procedure processed project projection property provisioning public put query quit quorum raise
                random range rank raw read reads real rebuild record recursive reduce ref reference references
                referencing regexp region reindex relative release remainder rename repeat replace request reset
                resignal resource response restore restrict result return returning returns reverse revoke right
                role roles rollback rollup routine row rows rule rules sample satisfies save savepoint scan schema
                scope scroll search second section segment segments select self semi sensitive separate sequence
                serializable session set sets shard share shared short show signal similar size skewed smallint
                snapshot some source space spaces sparse specific specifictype split sql sqlcode sqlerror
                sqlexception sqlstate sqlwarning start state static status storage store stored stream string struct
                style sub submultiset subpartition substring subtype sum super symmetric synonym system table
                tablesample temp temporary terminated text than then throughput time timestamp timezone tinyint to
                token total touch trailing transaction transform translate translation treat trigger trim true
                truncate ttl tuple type under undo union unique unit unknown unlogged unnest unprocessed unsigned
                until update upper url usage use user users using uuid vacuum value valued values varchar variable
                variance varint varying view views virtual void wait when whenever where while window with within
                without work wrapped write year zone
                """.strip().split("\\s+"));
    }
}
