package io.github.vodclient.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vodclient.BatchResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published fixture, in every envelope a subscriber receives, through every input type, gives one event. */
class EveryDeliveryShapeTest {
    private static final VodEventParser PARSER = VodEventParser.create();

    private static final List<String> PUBLISHED = List.of(
            "gen_A-video_sns_ingest.json",
            "gen_A-video_sns_complete.json",
            "gen_B-metadata-mediapackage_sns_ingest.json",
            "gen_B-metadata-mediapackage_sns_complete.json",
            "gen_error-handler_lambda-error_sns.json",
            "gen_error-handler_mediaconvert-error_sns.json",
            // solution v4.0-4.1: plain text, subject " workflow error: <guid>", guid also in the embedded JSON
            "legacy-v4.0_lambda-error_sns.json",
            "legacy-v4.0_mediaconvert-error_sns.json");

    record Shape(String name, boolean enveloped, Function<Deliveries.Published, String> wrap) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("Lambda SNS event", true, p -> Deliveries.lambdaSns(p)),
            new Shape("SNS HTTP body", true, Deliveries::snsHttpBody),
            new Shape("Lambda SQS event, SNS envelope body", true,
                    p -> Deliveries.lambdaSqs(Deliveries.snsHttpBody(p))),
            new Shape("Lambda SQS event, raw delivery body", false, p -> Deliveries.lambdaSqs(p.message())),
            new Shape("bare message", false, Deliveries.Published::message));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String fixture : PUBLISHED) {
            for (Shape shape : SHAPES) {
                cases.add(Arguments.of(fixture, shape));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void parse_anyShapeFromStringBytesOrStream_yieldsTheEventOfTheMessage(String fixture, Shape shape) {
        Deliveries.Published published = Fixtures.published(fixture);
        VodEvent expected = PARSER.parseMessage(published.message(), published.subject());
        String input = shape.wrap().apply(published);

        List<BatchResult<VodEvent>> batches = List.of(
                PARSER.parse(input),
                PARSER.parse(input.getBytes(StandardCharsets.UTF_8)),
                PARSER.parse(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));

        for (BatchResult<VodEvent> batch : batches) {
            assertEquals(List.of(), batch.failures());
            assertEquals(1, batch.values().size());
            VodEvent event = batch.values().get(0);
            assertEquals(expected.getClass(), event.getClass());
            assertEquals(published.message(), event.rawMessage());
            assertEquals(shape.enveloped(), event.sns().isPresent());
            if (expected instanceof WorkflowEvent workflow) {
                assertEquals(workflow.guid(), ((WorkflowEvent) event).guid());
            }
            if (shape.enveloped()) {
                assertEquals(Optional.of(published.subject()), event.sns().get().subject());
                assertEquals(withoutSns(expected), withoutSns(event));
            } else {
                assertEquals(expected, event);
            }
        }
    }

    private static VodEvent withoutSns(VodEvent event) {
        if (event instanceof IngestEvent e) {
            return new IngestEvent(e.guid(), e.rawStatus(), e.srcVideo(), Optional.empty(), e.rawMessage());
        }
        if (event instanceof CompleteEvent e) {
            return new CompleteEvent(e.guid(), e.rawStatus(), e.srcVideo(), e.srcBucket(), e.startTime(), e.endTime(),
                    e.playback(), e.workflow(), e.custom(), e.mediaInfo(), Optional.empty(), e.rawMessage());
        }
        if (event instanceof ErrorEvent e) {
            return new ErrorEvent(e.guid(), e.rawStatus(), e.errorAt(), e.errorMessage(), e.errorDetails(),
                    Optional.empty(), e.rawMessage());
        }
        UnknownEvent e = (UnknownEvent) event;
        return new UnknownEvent(e.guid(), e.rawStatus(), e.reason(), Optional.empty(), e.rawMessage());
    }
}
