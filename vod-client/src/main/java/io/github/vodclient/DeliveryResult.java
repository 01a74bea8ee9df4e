package io.github.vodclient;

import io.github.vodclient.sns.SnsMessage;
import io.github.vodclient.video.HandleResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What one SNS HTTP(S) delivery did, and the HTTP response to give for it. SNS treats 2xx and 4xx as final and
 * retries 5xx (and timeouts) for hours, so the status decides whether SNS delivers the message again. The rule,
 * the same in every framework:
 *
 * <table>
 *   <caption>Status by outcome of {@link VodClient#handleHttpDelivery(byte[])}</caption>
 *   <tr><th>outcome</th><th>status</th><th>SNS</th></tr>
 *   <tr><td>no failure: a notification handled (applied, duplicate, stale, unknown video, ignored), a subscription
 *       confirmed, an unsubscribe confirmation reported</td><td>200</td><td>done</td></tr>
 *   <tr><td>{@link VodParseException}: the body is not an SNS envelope (not JSON, a bare pipeline message,
 *       a missing field, over the size limit), or {@link SnsVerificationException.Reason#MALFORMED}</td>
 *       <td>400</td><td>not retried</td></tr>
 *   <tr><td>{@link SnsVerificationException}, any other reason: bad signature, untrusted certificate, topic not
 *       allowed, too old</td><td>403</td><td>not retried</td></tr>
 *   <tr><td>{@link SnsVerificationException.Reason#CERTIFICATE_UNAVAILABLE}: the signing certificate cannot be
 *       fetched now</td><td>503</td><td>retried</td></tr>
 *   <tr><td>anything else: the video repository or the job look-up threw, the client lacks a setting, no video
 *       for the event with {@code failOnUnknownVideo}</td><td>500</td><td>retried</td></tr>
 * </table>
 *
 * <p>{@link #httpBody()} is a short fixed text safe to send; {@link #reason()} says why, for the log only (it
 * carries the exception's message, never a signature or token, but it is not meant for the caller).
 *
 * <pre>{@code
 * DeliveryResult result = vod.handleHttpDelivery(body);
 * result.failure().ifPresent(e -> log.warn("SNS delivery answered {}: {}", result.httpStatus(), result.reason(), e));
 * return ResponseEntity.status(result.httpStatus()).body(result.httpBody());
 * }</pre>
 *
 * @param message the envelope's message, once it was read and verified
 * @param handled for a {@link SnsMessage.Type#NOTIFICATION}: what handling its event did
 * @param subscriptionArn for a {@link SnsMessage.Type#SUBSCRIPTION_CONFIRMATION}: the confirmed subscription
 * @param failure why the delivery was refused or could not be handled
 * @since 0.1.0
 */
public record DeliveryResult(Optional<SnsMessage> message, Optional<HandleResult> handled,
        Optional<String> subscriptionArn, Optional<RuntimeException> failure) {

    /**
     * Validates that no component is null.
     *
     * @param message the envelope's message
     * @param handled what handling the event did
     * @param subscriptionArn the confirmed subscription
     * @param failure why the delivery failed
     */
    public DeliveryResult {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(handled, "handled");
        Objects.requireNonNull(subscriptionArn, "subscriptionArn");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * The HTTP status to answer, by the rule above.
     *
     * @return 200, 400, 403, 503 or 500
     */
    public int httpStatus() {
        if (failure.isEmpty()) {
            return 200;
        }
        RuntimeException e = failure.get();
        if (e instanceof SnsVerificationException refused) {
            // Compared, not switched on: a switch on another class's enum costs a synthetic class.
            SnsVerificationException.Reason reason = refused.reason();
            return reason == SnsVerificationException.Reason.CERTIFICATE_UNAVAILABLE ? 503
                    : reason == SnsVerificationException.Reason.MALFORMED ? 400 : 403;
        }
        return e instanceof VodParseException ? 400 : 500;
    }

    /**
     * A short fixed response text for {@link #httpStatus()}, safe to send.
     *
     * @return {@code ok}, {@code not an SNS message}, {@code forbidden}, {@code try again later} or
     *     {@code internal error}
     */
    public String httpBody() {
        return switch (httpStatus()) {
            case 200 -> "ok";
            case 400 -> "not an SNS message";
            case 403 -> "forbidden";
            case 503 -> "try again later";
            default -> "internal error";
        };
    }

    /**
     * Why, for the log: what the delivery did, or what was wrong with it.
     *
     * @return one line
     */
    public String reason() {
        if (failure.isEmpty()) {
            String what = handled.map(h -> "outcome " + h.outcome()
                            + h.videoId().map(id -> " for video " + id).orElse(""))
                    .or(() -> subscriptionArn.map(arn -> "confirmed " + arn))
                    .orElse("done");
            return message.map(m -> m.type().toString()).orElse("delivery") + " handled: " + what;
        }
        RuntimeException e = failure.get();
        return switch (httpStatus()) {
            case 503 -> "cannot verify now, SNS will retry: " + e.getMessage();
            case 400 -> (e instanceof SnsVerificationException ? "not a usable SNS envelope: " : "not an SNS message: ")
                    + e.getMessage();
            case 403 -> "rejected, " + ((SnsVerificationException) e).reason() + ": " + e.getMessage();
            default -> "handling failed, SNS will retry: " + e.getClass().getName() + ": " + e.getMessage();
        };
    }

    /**
     * Tells whether SNS delivers the message again after this answer.
     *
     * @return true for a 5xx status
     */
    public boolean snsRetries() {
        return httpStatus() >= 500;
    }
}
