package de.lotse.wording;

import java.util.List;

/** An override that cannot be taken: a message key of the bundles says why, with its arguments. */
public class InvalidText extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    InvalidText(String messageKey, Object... arguments) {
        super("Invalid text: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
