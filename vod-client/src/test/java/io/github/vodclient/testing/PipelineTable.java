package io.github.vodclient.testing;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The pipeline's table (VOD-CONTRACT §4) in DynamoDB Local, with the key schema and GSI the solution creates. */
public final class PipelineTable {
    public static final String NAME = "vod-stack";
    public static final StaticCredentialsProvider FAKE_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAFAKEFAKEFAKE", "fake-secret"));

    private PipelineTable() {
    }

    /** A client of the local server, with fake credentials. */
    public static DynamoDbClient client(DynamoDbLocal local) {
        return clientBuilder(local).build();
    }

    public static DynamoDbClientBuilder clientBuilder(DynamoDbLocal local) {
        return DynamoDbClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(FAKE_CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create());
    }

    /** Creates the table: partition key guid (S), GSI srcBucket-startTime-index (srcBucket, startTime), ALL. */
    public static void create(DynamoDbClient client) {
        client.createTable(r -> r.tableName(NAME)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("guid").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("srcBucket").attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder().attributeName("startTime").attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(KeySchemaElement.builder().attributeName("guid").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("srcBucket-startTime-index")
                        .keySchema(
                                KeySchemaElement.builder().attributeName("srcBucket").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("startTime").keyType(KeyType.RANGE).build())
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build()));
    }

    /** Puts a copy of an item with other attribute values (e.g. another guid). */
    public static Map<String, AttributeValue> put(DynamoDbClient client, Map<String, AttributeValue> item,
            Map<String, AttributeValue> changes) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.putAll(changes);
        client.putItem(r -> r.tableName(NAME).item(copy));
        return copy;
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
