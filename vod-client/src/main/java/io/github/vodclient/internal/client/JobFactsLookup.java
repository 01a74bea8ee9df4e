package io.github.vodclient.internal.client;

import io.github.vodclient.internal.video.JobFacts;
import io.github.vodclient.internal.video.JobLookup;
import io.github.vodclient.job.VodJob;
import io.github.vodclient.job.VodJobs;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What the handler needs of a job, read with one projected GetItem, or of a batch's jobs with one BatchGetItem. */
final class JobFactsLookup implements JobLookup {
    private final Supplier<VodJobs> jobs;

    JobFactsLookup(Supplier<VodJobs> jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobFacts> find(String guid) {
        return jobs.get().find(guid).map(JobFactsLookup::facts);
    }

    @Override
    public Map<String, JobFacts> findAll(Collection<String> guids) {
        Map<String, JobFacts> found = new LinkedHashMap<>();
        jobs.get().findAll(guids).forEach((guid, job) -> found.put(guid, facts(job)));
        return found;
    }

    static JobFacts facts(VodJob job) {
        return JobFacts.of(job.srcVideo(), job.startTime(), job.mediaInfo());
    }
}
