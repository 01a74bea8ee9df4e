package io.github.vodclient;

import java.util.Objects;

/**
 * The HTTP response an endpoint subscribed to an SNS topic gives for one delivery, and why. SNS treats 2xx and
 * 4xx as final and retries 5xx (and timeouts) for hours, so the status decides whether SNS delivers the message
 * again. The rule, the same in every framework:
 *
 * <table>
 *   <caption>Status by outcome of {@link VodClient#handleHttpDelivery(byte[])}</caption>
 *   <tr><th>outcome</th><th>status</th><th>SNS</th></tr>
 *   <tr><td>a {@link DeliveryResult}: a notification handled (applied, duplicate, stale, unknown video, ignored),
 *       a subscription confirmed, an unsubscribe confirmation reported</td><td>200</td><td>done</td></tr>
 *   <tr><td>{@link VodParseException}: the body is not an SNS envelope (not JSON, a bare pipeline message,
 *       a missing field, over the size limit), or {@link SnsVerificationException.Reason#MALFORMED}</td>
 *       <td>400</td><td>not retried</td></tr>
 *   <tr><td>{@link SnsVerificationException}, any other reason: bad signature, untrusted certificate, topic not
 *       allowed, too old</td><td>403</td><td>not retried</td></tr>
 *   <tr><td>{@link SnsVerificationException.Reason#CERTIFICATE_UNAVAILABLE}: the signing certificate cannot be
 *       fetched now</td><td>503</td><td>retried</td></tr>
 *   <tr><td>anything else: the video repository or the job look-up threw, the client lacks a setting, an
 *       {@link UnknownVideoException} with {@code failOnUnknownVideo}</td><td>500</td><td>retried</td></tr>
 * </table>
 *
 * <p>{@link #body()} is a short fixed text safe to send; {@link #reason()} says why, for the log only (it carries
 * the exception's message, never a signature or token, but it is not meant for the caller).
 *
 * <pre>{@code
 * HttpDeliveryAnswer answer;
 * try {
 *     answer = HttpDeliveryAnswer.of(vod.handleHttpDelivery(body));
 * } catch (RuntimeException e) {
 *     answer = HttpDeliveryAnswer.of(e);
 *     log.warn("SNS delivery answered {}: {}", answer.status(), answer.reason(), e);
 * }
 * return ResponseEntity.status(answer.status()).body(answer.body());
 * }</pre>
 *
 * @param status the HTTP status to answer
 * @param body a short fixed response text: {@code ok}, {@code not an SNS message}, {@code forbidden},
 *     {@code try again later} or {@code internal error}
 * @param reason why, for the log
 * @since 0.1.0
 */
public record HttpDeliveryAnswer(int status, String body, String reason) {

    /**
     * Validates the components.
     *
     * @param status the HTTP status
     * @param body the response text
     * @param reason why, for the log
     */
    public HttpDeliveryAnswer {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status from 200 to 599, was " + status);
        }
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The answer for a delivery that was handled: always 200.
     *
     * @param result what {@link VodClient#handleHttpDelivery(byte[])} returned
     * @return 200 {@code ok}, with what the delivery did as the reason
     */
    public static HttpDeliveryAnswer of(DeliveryResult result) {
        Objects.requireNonNull(result, "result");
        String what = result.handled().map(h -> "outcome " + h.outcome()
                        + h.videoId().map(id -> " for video " + id).orElse(""))
                .or(() -> result.subscriptionArn().map(arn -> "confirmed " + arn))
                .orElse("done");
        return new HttpDeliveryAnswer(200, "ok", result.type() + " handled: " + what);
    }

    /**
     * The answer for what {@link VodClient#handleHttpDelivery(byte[])} threw, by the rule above.
     *
     * @param failure the exception
     * @return 400, 403, 503 or 500
     */
    public static HttpDeliveryAnswer of(RuntimeException failure) {
        Objects.requireNonNull(failure, "failure");
        if (failure instanceof SnsVerificationException e) {
            return switch (e.reason()) {
                case CERTIFICATE_UNAVAILABLE -> new HttpDeliveryAnswer(503, "try again later",
                        "cannot verify now, SNS will retry: " + e.getMessage());
                case MALFORMED -> new HttpDeliveryAnswer(400, "not an SNS message",
                        "not a usable SNS envelope: " + e.getMessage());
                default -> new HttpDeliveryAnswer(403, "forbidden",
                        "rejected, " + e.reason() + ": " + e.getMessage());
            };
        }
        if (failure instanceof VodParseException) {
            return new HttpDeliveryAnswer(400, "not an SNS message", "not an SNS message: " + failure.getMessage());
        }
        return new HttpDeliveryAnswer(500, "internal error", "handling failed, SNS will retry: "
                + failure.getClass().getName() + ": " + failure.getMessage());
    }

    /**
     * Tells whether SNS delivers the message again after this answer.
     *
     * @return true for a 5xx status
     */
    public boolean snsRetries() {
        return status >= 500;
    }
}
