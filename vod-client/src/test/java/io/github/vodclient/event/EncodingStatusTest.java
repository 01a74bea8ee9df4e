package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Ingest, INGEST", "ingest, INGEST", "INGEST, INGEST", "encoding, INGEST", "' Ingest ', INGEST",
        "Complete, COMPLETE", "complete, COMPLETE",
        "Error, ERROR", "error, ERROR",
    })
    void fromWire_pipelineValueInAnyCase_mapsToStatus(String wire, EncodingStatus expected) {
        assertEquals(Optional.of(expected), EncodingStatus.fromWire(wire));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Archived", "NEW", "Completed", "Notification"})
    void fromWire_otherValue_isEmpty(String wire) {
        assertEquals(Optional.empty(), EncodingStatus.fromWire(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLETE", "ERROR"})
    void isTerminal_completeAndError_areTerminal(EncodingStatus status) {
        assertTrue(status.isTerminal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEW", "INGEST"})
    void isTerminal_newAndIngest_areNotTerminal(EncodingStatus status) {
        assertFalse(status.isTerminal());
    }
}
