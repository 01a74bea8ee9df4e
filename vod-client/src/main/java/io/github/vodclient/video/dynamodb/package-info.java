/**
 * A ready {@link io.github.vodclient.video.VideoRepository} over a DynamoDB table of the application's videos:
 * {@link io.github.vodclient.video.dynamodb.DynamoDbVideoRepository}, with the table's schema as code in
 * {@link io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.VideoTable}.
 *
 * @since 0.1.0
 */
package io.github.vodclient.video.dynamodb;

import io.github.vodclient.video.dynamodb.DynamoDbVideoRepository.VideoTable;
