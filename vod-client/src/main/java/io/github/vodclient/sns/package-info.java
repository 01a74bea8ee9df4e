/**
 * Verified SNS deliveries: {@link io.github.vodclient.sns.SnsVerifier} checks the signature, certificate and topic
 * of an SNS HTTP or SQS body before it is trusted, and {@link io.github.vodclient.sns.SubscriptionHandler}
 * completes the subscription handshake through the SNS API.
 *
 * @since 0.1.0
 */
package io.github.vodclient.sns;
