package io.github.vodclient.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Anchor (b): the floor for reading JSON with jackson-core — a streaming token scan of both layers (the envelope,
 * then the {@code Message} string it carries) that builds nothing but the inner string it must scan.
 */
public final class TokenScan {
    private final JsonFactory factory;

    public TokenScan(JsonFactory factory) {
        this.factory = factory;
    }

    /** Scans a Lambda SNS event and each record's message; returns the number of tokens seen. */
    public int scanLambdaSns(String event) {
        int tokens = 0;
        try (JsonParser p = factory.createParser(event)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                tokens++;
                if (t == JsonToken.FIELD_NAME && "Message".equals(p.currentName())) {
                    p.nextToken();
                    tokens += scan(p.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Scans one JSON document; returns the number of tokens seen. */
    public int scan(String json) {
        int tokens = 0;
        try (JsonParser p = factory.createParser(json)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
