package io.github.vodclient.internal.job;

import io.github.vodclient.internal.event.MessageFields;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The projection expression of every look-up: the attributes {@code VodJob} models plus the caller's custom keys,
 * never {@code encodingJob} or {@code encodingOutput}. Every name goes through an expression attribute name
 * ({@code #a0}, ...) because several item keys ({@code status}-like custom keys, {@code name}, ...) are DynamoDB
 * reserved words. Immutable.
 */
final class JobProjection {
    private final String expression;
    private final Map<String, String> names;

    private JobProjection(String expression, Map<String, String> names) {
        this.expression = expression;
        this.names = names;
    }

    static JobProjection of(Collection<String> customKeys) {
        Set<String> attributes = new LinkedHashSet<>(MessageFields.TYPED_KEYS);
        attributes.addAll(customKeys);
        attributes.remove("encodingJob");
        attributes.remove("encodingOutput");
        Map<String, String> names = new LinkedHashMap<>();
        StringBuilder expression = new StringBuilder(attributes.size() * 5);
        int i = 0;
        for (String attribute : attributes) {
            String placeholder = "#a" + i++;
            names.put(placeholder, attribute);
            if (expression.length() > 0) {
                expression.append(',');
            }
            expression.append(placeholder);
        }
        return new JobProjection(expression.toString(), Map.copyOf(names));
    }

    String expression() {
        return expression;
    }

    /** The expression attribute names of the projection; a request may add its own with other prefixes. */
    Map<String, String> names() {
        return names;
    }
}
