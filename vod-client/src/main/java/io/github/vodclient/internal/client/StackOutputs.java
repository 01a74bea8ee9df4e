package io.github.vodclient.internal.client;

/** Reads the "Video on Demand on AWS" stack's outputs. */
final class StackOutputs {

    private StackOutputs() {
    }

    /**
     * The v6 stack outputs the topic's name only ({@code SnsTopicName}); its ARN shares partition, region and
     * account with the stack's queue ({@code SqsArn}, {@code arn:aws:sqs:us-east-1:111122223333:name}).
     */
    static String topicArn(String topicName, String sqsArn) {
        String[] parts = sqsArn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs")) {
            throw new IllegalArgumentException("SqsArn is not an SQS queue ARN: " + sqsArn);
        }
        return "arn:" + parts[1] + ":sns:" + parts[3] + ":" + parts[4] + ":" + topicName;
    }
}
