package io.github.vodclient.internal.client;

import io.github.vodclient.internal.video.JobFacts;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.job.MediaInfo;
import io.github.vodclient.job.VideoTrack;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** What the handler needs of a job, read with one projected GetItem. */
final class JobFactsLookup implements JobLookup {
    private final Supplier<VodJobs> jobs;

    JobFactsLookup(Supplier<VodJobs> jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobFacts> find(String guid) {
        return jobs.get().find(guid).map(JobFactsLookup::facts);
    }

    static JobFacts facts(VodJob job) {
        Optional<MediaInfo> media = job.mediaInfo();
        Optional<VideoTrack> video = media.flatMap(m -> m.video().stream().findFirst());
        return new JobFacts(job.srcVideo(), job.startTime(),
                media.flatMap(m -> m.container().duration()),
                video.map(VideoTrack::width).orElse(OptionalInt.empty()),
                video.map(VideoTrack::height).orElse(OptionalInt.empty()));
    }
}
