package io.github.vodclient.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application receiving the pipeline's SNS deliveries at {@code POST /sns}. It needs a
 * {@link io.github.vodclient.video.VideoRepository} bean of the application's own (for example a JDBC one, see
 * {@code vod-client-examples}).
 */
@SpringBootApplication
public class VodSpringApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(VodSpringApplication.class, args);
    }
}
