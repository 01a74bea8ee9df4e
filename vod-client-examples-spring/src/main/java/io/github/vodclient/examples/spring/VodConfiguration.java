package io.github.vodclient.examples.spring;

import io.github.vodclient.VodClient;
import io.github.vodclient.video.VideoRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link VodClient} for the whole application, configured from the environment ({@code VOD_TOPIC_ARN},
 * {@code AWS_REGION}, optionally {@code VOD_TABLE} and {@code S3_VOD_SOURCE_BUCKET}) and the application's
 * {@link VideoRepository} bean. Spring closes it on shutdown.
 */
@Configuration(proxyBeanMethods = false)
public class VodConfiguration {

    /**
     * The client.
     *
     * @param videos the application's videos
     * @return the client, thread-safe, shared by every request
     */
    @Bean(destroyMethod = "close")
    public VodClient vodClient(VideoRepository videos) {
        return VodClient.builder().fromEnvironment().videoRepository(videos).build();
    }
}
