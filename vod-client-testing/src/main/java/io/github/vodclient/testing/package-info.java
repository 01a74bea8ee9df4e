/**
 * Test kit for applications that use vod-client: a local pipeline, signed SNS test deliveries and a reference
 * in-memory {@link io.github.vodclient.video.VideoRepository}. Meant for {@code test} scope.
 *
 * @since 0.1.0
 */
package io.github.vodclient.testing;
