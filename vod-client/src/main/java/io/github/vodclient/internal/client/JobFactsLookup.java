package io.github.vodclient.internal.client;

import io.github.vodclient.internal.video.JobFacts;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.util.Optional;
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
        return JobFacts.of(job.srcVideo(), job.startTime(), job.mediaInfo());
    }
}
