package dev.marquee.topics;

import java.util.List;

/** Topic contracts that cannot be applied; lists every problem found, not just the first. */
public final class InvalidContractException extends RuntimeException {

    private final List<String> problems;

    public InvalidContractException(String source, List<String> problems) {
        super("Invalid topic contracts in " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
