package io.github.vodclient.internal.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.event.ErrorEvent;
import io.github.vodclient.event.UnknownEvent;
import io.github.vodclient.event.VodEvent;
import io.github.vodclient.sns.SnsMessage;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the plain-text Error notifications of solution v4.0–4.1. Their Subject is {@code " workflow error: <guid>"}
 * and their Message {@code "Please see the AWS console for detail :<console url>"}, a newline, then the failing
 * event as indented JSON: a Lambda failure ({@code guid}, {@code function}, {@code error}) or a MediaConvert event
 * (guid in {@code detail.userMetadata.guid}, text in {@code detail.errorMessage}). The guid comes from the subject,
 * or from that JSON when the subject is not at hand (raw delivery, a stored message). The error subjects of every
 * version are read here too ({@link #errorGuid}).
 */
final class LegacyErrors {
    static final String CONSOLE_PREFIX = "Please see the AWS console for detail :";

    // What the failing event says, as read: an instance is the fields of one failing event.
    private String guid;
    private String jobGuid;
    private String errorAt;
    private String message;

    private LegacyErrors() {
    }

    /**
     * Whether a body that is not JSON is such a message (a raw-delivery SQS body, a stored message): it is read as a
     * message, not as an envelope.
     */
    static boolean isPlainTextError(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.startsWith(CONSOLE_PREFIX, start);
    }

    /** The event of a message that is not JSON: a legacy Error when a guid is found, else unknown. */
    static VodEvent event(JsonFactory json, String message, String subject, Optional<SnsMessage> sns) {
        String text = message.trim();
        LegacyErrors failure = new LegacyErrors();
        Optional<String> consoleUrl = Optional.empty();
        if (text.startsWith(CONSOLE_PREFIX)) {
            int newline = text.indexOf('\n');
            String url = (newline < 0 ? text.substring(CONSOLE_PREFIX.length())
                    : text.substring(CONSOLE_PREFIX.length(), newline)).trim();
            consoleUrl = url.isEmpty() ? Optional.empty() : Optional.of(url);
            if (newline >= 0) {
                failure = read(json, text.substring(newline + 1));
            }
        }
        LegacyErrors read = failure;
        Optional<String> guid = errorGuid(subject).or(() -> Optional.ofNullable(read.guid()));
        if (guid.isEmpty()) {
            return new UnknownEvent(Optional.empty(), Optional.empty(), "message is not JSON", sns, message);
        }
        return new ErrorEvent(guid.get(), "Error", Optional.ofNullable(failure.errorAt),
                Optional.of(failure.message != null ? failure.message : text), consoleUrl, sns, message);
    }

    /** What the failing event says; empty when it is not a readable JSON object. */
    private static LegacyErrors read(JsonFactory json, String event) {
        LegacyErrors failure = new LegacyErrors();
        try (JsonParser p = json.createParser(event)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failure;
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_STRING && name.equals("guid")) {
                    failure.guid = p.getText();
                } else if (t == JsonToken.VALUE_STRING && name.equals("function")) {
                    failure.errorAt = p.getText();
                } else if (t == JsonToken.VALUE_STRING && name.equals("error")) {
                    failure.message = p.getText();
                } else if (t == JsonToken.START_OBJECT && name.equals("detail")) {
                    readDetail(p, failure);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // Not the JSON this shape promises: keep what was read; the message stays in rawMessage.
        }
        return failure;
    }

    /** A MediaConvert job-state event's {@code detail}: the error text and the job's guid in its user metadata. */
    private static void readDetail(JsonParser p, LegacyErrors failure) throws IOException {
        if (failure.errorAt == null) {
            failure.errorAt = "encoding";
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING && name.equals("errorMessage")) {
                failure.message = p.getText();
            } else if (t == JsonToken.START_OBJECT && name.equals("userMetadata")) {
                String key;
                while ((key = p.nextFieldName()) != null) {
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING && key.equals("guid")) {
                        failure.jobGuid = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /**
     * The guid of an error subject, when the subject is one: {@code " workflow Status:: Error: <guid>"} (v4.2 and
     * later) or {@code " workflow error: <guid>"} (v4.0–4.1).
     */
    static Optional<String> errorGuid(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String s = subject.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("workflow error:")) {
            return subjectGuid(s.substring("workflow error:".length()));
        }
        if (!lower.startsWith("workflow status::")) {
            return Optional.empty();
        }
        String rest = s.substring("workflow status::".length()).trim();
        if (!rest.toLowerCase(Locale.ROOT).startsWith("error")) {
            return Optional.empty();
        }
        return subjectGuid(rest.substring("error".length()));
    }

    /** The guid after the status: colons and spaces skipped; one word. */
    private static Optional<String> subjectGuid(String rest) {
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ':' || Character.isWhitespace(rest.charAt(i)))) {
            i++;
        }
        String guid = rest.substring(i).trim();
        return guid.isEmpty() || guid.indexOf(' ') >= 0 ? Optional.empty() : Optional.of(guid);
    }

    /** As the v4 error handler chose it: a Lambda failure's own guid, else the MediaConvert job's. */
    private String guid() {
        return errorAt != null && !errorAt.equals("encoding") ? guid : jobGuid != null ? jobGuid : guid;
    }
}
