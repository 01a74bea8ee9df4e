package io.github.vodclient.testing.internal.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The pipeline's DynamoDB table (VOD-CONTRACT §4) and its writes: partition key {@code guid} (S), GSI
 * {@code srcBucket-startTime-index} (projection ALL); items updated with {@code SET} of every state key, the way the
 * solution's dynamo step builds its expression (plain attribute names, so custom keys that are reserved words fail
 * the update there as they do on AWS).
 */
final class PipelineTable {
    static final String GSI = "srcBucket-startTime-index";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    PipelineTable(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    void create() {
        dynamoDb.createTable(r -> r.tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("guid"), attribute("srcBucket"), attribute("startTime"))
                .keySchema(key("guid", KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI)
                        .keySchema(key("srcBucket", KeyType.HASH), key("startTime", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()));
    }

    /** {@code UpdateItem} with {@code SET k1 = :0, k2 = :1, ...} for every key of the state but {@code guid}. */
    void setAll(String guid, Map<String, Object> state) {
        StringBuilder expression = new StringBuilder("SET ");
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> entry : state.entrySet()) {
            if (entry.getKey().equals("guid") || entry.getValue() == null) {
                continue;
            }
            if (i > 0) {
                expression.append(", ");
            }
            expression.append(entry.getKey()).append(" = :").append(i);
            values.put(":" + i, attributeValue(entry.getValue()));
            i++;
        }
        dynamoDb.updateItem(r -> r.tableName(tableName).key(Map.of("guid", AttributeValue.fromS(guid)))
                .updateExpression(expression.toString()).expressionAttributeValues(values));
    }

    /** The error handler's update: {@code SET workflowStatus, workflowErrorAt, errorMessage, errorDetails}. */
    void setError(String guid, String errorAt, String message, String details) {
        dynamoDb.updateItem(r -> r.tableName(tableName).key(Map.of("guid", AttributeValue.fromS(guid)))
                .updateExpression("SET workflowStatus = :st,workflowErrorAt = :ea,errorMessage = :em,errorDetails = :ed")
                .expressionAttributeValues(Map.of(":st", AttributeValue.fromS("Error"),
                        ":ea", AttributeValue.fromS(errorAt), ":em", AttributeValue.fromS(message),
                        ":ed", AttributeValue.fromS(details))));
    }

    /** The DocumentClient's marshalling: strings S, numbers N, booleans BOOL, lists L, objects M. */
    static AttributeValue attributeValue(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> items = new ArrayList<>();
            list.forEach(v -> items.add(attributeValue(v)));
            return AttributeValue.fromL(items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(String.valueOf(k), attributeValue(v)));
            return AttributeValue.fromM(members);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
