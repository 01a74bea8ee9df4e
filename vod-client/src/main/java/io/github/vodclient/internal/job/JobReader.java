package io.github.vodclient.internal.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vodclient.VodParseException;
import io.github.vodclient.internal.Json;
import io.github.vodclient.internal.JsonReading;
import io.github.vodclient.internal.Limits;
import io.github.vodclient.internal.event.MessageFields;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.job.VodJob;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns a table item or a body of the solution's own SQS queue into a {@link VodJob}. Thread-safe: stateless. */
public final class JobReader {
    /** Largest SQS body accepted: SQS's own limit is 1 MiB. */
    static final int MAX_SQS_BODY_BYTES = 1024 * 1024;

    private JobReader() {
    }

    /**
     * Reads a table item.
     *
     * @param item the item's attributes, as GetItem, BatchGetItem or Query return them
     * @return the job
     * @throws VodParseException when an attribute has an unusable value; the message names it ({@code item.X})
     */
    public static VodJob fromItem(Map<String, AttributeValue> item) {
        return read(AttributeJson.write(item, "item"), "item");
    }

    /**
     * Reads a body of the solution's own SQS queue: the whole final workflow state as JSON.
     *
     * @param body the message body
     * @return the job
     * @throws VodParseException when the body is malformed; the message names the field ({@code body.X})
     */
    public static VodJob fromSqsBody(String body) {
        Limits.check(body, "body", MAX_SQS_BODY_BYTES);
        return read(body, "body");
    }

    private static VodJob read(String json, String path) {
        MessageFields fields = new MessageFields(path);
        try (JsonParser p = Json.factory().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new VodParseException(path + " must be a JSON object, was " + JsonReading.describe(first));
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                fields.accept(name, p.nextToken(), p);
            }
            if (p.nextToken() != null) {
                throw new VodParseException(path + " has content after the end of the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new VodParseException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new VodParseException(path + " could not be read", e);
        }
        Optional<MediaInfo> mediaInfo = fields.srcMediainfo()
                .map(raw -> MediaInfoReader.parse(raw, path + ".srcMediainfo"));
        return fields.toJob(mediaInfo);
    }
}
