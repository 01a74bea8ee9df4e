package io.github.vodclient.benchmarks.load;

import io.github.vodclient.benchmarks.Fixtures;
import io.github.vodclient.event.CompleteEvent;
import io.github.vodclient.event.EncodingStatus;
import io.github.vodclient.event.MediaUrl;
import io.github.vodclient.event.VodEventParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One shuffled stream of Lambda SNS deliveries for many videos, made from the pipeline's real messages, and the
 * sequential answer for every video. Each video has one to three jobs (re-uploads, starting 1 to 5 seconds apart);
 * each job publishes Ingest and then Complete (85 %) or Error; a quarter of the deliveries come twice; the whole
 * stream is shuffled, so every reordering happens. Job starts agree with the pipeline's table: the Ingest is
 * published at the job's start, Complete carries it as {@code startTime}, and the job item has it.
 */
final class DeliveryStream {
    static final String BUCKET = "vod-stack-source71e471f1-1k2l3m4n5o6p";
    private static final String FIXTURE_GUID = Fixtures.GUID;
    private static final String FIXTURE_KEY = Fixtures.SOURCE_KEY;
    private static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00.000Z");

    /** A job the stream has deliveries for. */
    record Job(String videoId, String sourceKey, String guid, Instant start, EncodingStatus terminal,
            Optional<String> hlsUrl) {
    }

    /** What a video must end as: the latest-started job, its status, and the HLS URLs it may show. */
    record Expected(String videoId, String sourceKey, Job latest, Set<Optional<String>> allowedHls) {
    }

    final List<String> deliveries;
    final Map<String, Expected> expected;
    final List<Job> jobs;

    private DeliveryStream(List<String> deliveries, Map<String, Expected> expected, List<Job> jobs) {
        this.deliveries = deliveries;
        this.expected = expected;
        this.jobs = jobs;
    }

    static DeliveryStream generate(int videos, long seed) {
        Random random = new Random(seed);
        VodEventParser parser = VodEventParser.create();
        String ingest = Fixtures.resource("event/gen_A-video_sns_ingest_message-body.json");
        String complete = Fixtures.resource("event/gen_A-video_sns_complete_message-body.json");
        String error = Fixtures.resource("event/gen_error-handler_mediaconvert-error_sns_message-body.json");
        List<String> deliveries = new ArrayList<>();
        Map<String, Expected> expected = new LinkedHashMap<>();
        List<Job> allJobs = new ArrayList<>();
        for (int v = 0; v < videos; v++) {
            String videoId = String.format("video-%04d", v);
            String sourceKey = "uploads/" + videoId + "/My Video (1).mp4";
            int jobCount = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
            Instant start = EPOCH.plusSeconds(v * 60L);
            List<Job> jobs = new ArrayList<>();
            for (int j = 0; j < jobCount; j++) {
                start = start.plusMillis(1_000 + random.nextInt(4_000));
                String guid = new UUID(random.nextLong(), random.nextLong()).toString();
                boolean completes = random.nextInt(100) < 85;
                String body = (completes ? complete : error).replace(FIXTURE_GUID, guid).replace(FIXTURE_KEY, sourceKey)
                        .replace("2025-09-01T12:00:01.512Z", start.toString());
                Optional<String> hls = completes
                        ? ((CompleteEvent) parser.parseMessage(body)).playback().preferredHls().map(MediaUrl::toString)
                        : Optional.empty();
                Job job = new Job(videoId, sourceKey, guid, start,
                        completes ? EncodingStatus.COMPLETE : EncodingStatus.ERROR, hls);
                jobs.add(job);
                String ingestBody = ingest.replace(FIXTURE_GUID, guid).replace(FIXTURE_KEY, sourceKey);
                add(deliveries, random, lambdaSnsEvent(guid, "Ingest", ingestBody, start));
                add(deliveries, random, lambdaSnsEvent(guid, completes ? "Complete" : "Error", body,
                        start.plusSeconds(45)));
            }
            Job latest = jobs.get(jobs.size() - 1);
            Set<Optional<String>> allowed = new java.util.HashSet<>();
            if (latest.terminal() == EncodingStatus.COMPLETE) {
                allowed.add(latest.hlsUrl());
            } else {
                allowed.add(Optional.empty());
                jobs.forEach(job -> allowed.add(job.hlsUrl()));
            }
            expected.put(videoId, new Expected(videoId, sourceKey, latest, Set.copyOf(allowed)));
            allJobs.addAll(jobs);
        }
        Collections.shuffle(deliveries, random);
        return new DeliveryStream(List.copyOf(deliveries), expected, List.copyOf(allJobs));
    }

    /** Adds the delivery, and a second time for a quarter of them (SNS delivers at least once). */
    private static void add(List<String> deliveries, Random random, String delivery) {
        deliveries.add(delivery);
        if (random.nextInt(4) == 0) {
            deliveries.add(delivery);
        }
    }

    private static String lambdaSnsEvent(String guid, String status, String message, Instant published) {
        Map<String, String> sns = new LinkedHashMap<>();
        sns.put("Type", "Notification");
        sns.put("MessageId", UUID.nameUUIDFromBytes((guid + status).getBytes()).toString());
        sns.put("TopicArn", Fixtures.TOPIC_ARN);
        sns.put("Subject", (status.equals("Error") ? " workflow Status:: Error: " : "Workflow Status:: " + status
                + ":: ") + guid);
        sns.put("Message", message);
        sns.put("Timestamp", published.toString());
        sns.put("SignatureVersion", "1");
        sns.put("Signature", "");
        sns.put("SigningCertUrl", Fixtures.CERT_URL);
        sns.put("UnsubscribeUrl", Fixtures.UNSUBSCRIBE_URL);
        return "{\"Records\":[{\"EventSource\":\"aws:sns\",\"EventVersion\":\"1.0\",\"EventSubscriptionArn\":\""
                + Fixtures.TOPIC_ARN + ":0b1e2c3d-0000-4000-8000-000000000000\",\"Sns\":" + Fixtures.json(sns) + "}]}";
    }
}
