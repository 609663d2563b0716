package de.lotse.concerns;

import java.util.List;

/** Thrown when a draft cannot become a concern; carries every problem at once so the citizen fixes them in one go. */
public class InvalidDraft extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDraft(List<FieldProblem> problems) {
        super("The draft has " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
