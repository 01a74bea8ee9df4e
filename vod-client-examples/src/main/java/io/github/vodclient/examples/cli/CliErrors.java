package io.github.vodclient.examples.cli;

/** Turns an exception into the one-line message the CLI prints after {@code error:}. */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
