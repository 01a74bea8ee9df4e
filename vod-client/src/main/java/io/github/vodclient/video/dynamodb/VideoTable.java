package io.github.vodclient.video.dynamodb;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The schema of the videos table that {@link DynamoDbVideoRepository} reads and writes, as code: partition key
 * {@code videoId} (S), on-demand billing, and two GSIs projecting keys only, {@value #SOURCE_KEY_INDEX} (partition
 * key {@code sourceKey}) and {@value #JOB_GUID_INDEX} (partition key {@code jobGuid}; sparse, a NEW video has no
 * job). The same schema in CloudFormation, Terraform or the console works as well.
 *
 * <pre>{@code
 * VideoTable.create(dynamoDb, "my-app-videos");   // creates it and waits until it is active
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VideoTable {
    /** The GSI that finds a video by the key its source file is uploaded under. */
    public static final String SOURCE_KEY_INDEX = "sourceKey-index";
    /** The GSI that finds a video by the guid of the job it follows. */
    public static final String JOB_GUID_INDEX = "jobGuid-index";

    private VideoTable() {
    }

    /**
     * The CreateTable request for a videos table; change it (billing mode, tags, encryption) before sending it if
     * you need to.
     *
     * @param tableName the table's name
     * @return the request
     */
    public static CreateTableRequest createTableRequest(String tableName) {
        Objects.requireNonNull(tableName, "tableName");
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(VideoItems.VIDEO_ID), string(VideoItems.SOURCE_KEY),
                        string(VideoItems.JOB_GUID))
                .keySchema(hashKey(VideoItems.VIDEO_ID))
                .globalSecondaryIndexes(keysOnly(SOURCE_KEY_INDEX, VideoItems.SOURCE_KEY),
                        keysOnly(JOB_GUID_INDEX, VideoItems.JOB_GUID))
                .build();
    }

    /**
     * Creates a videos table and waits until it exists.
     *
     * @param dynamoDb the caller's client; not closed
     * @param tableName the table's name
     */
    public static void create(DynamoDbClient dynamoDb, String tableName) {
        Objects.requireNonNull(dynamoDb, "dynamoDb");
        dynamoDb.createTable(createTableRequest(tableName));
        dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(tableName)).matched().exception()
                .ifPresent(e -> {
                    throw new IllegalStateException("table " + tableName + " did not become active", e);
                });
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hashKey(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static GlobalSecondaryIndex keysOnly(String indexName, String attribute) {
        return GlobalSecondaryIndex.builder().indexName(indexName).keySchema(hashKey(attribute))
                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build();
    }
}
